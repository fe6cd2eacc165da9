//! The call and the notification as the gate sees them: what the lookup reads as their sender,
//! numbers and buttons, and which surface features they can show.

use super::*;
use crate::content::fairness::lookup::{Briefing, Finding, find};

fn call(caller: &str, number: &str, callback: &str) -> Scenario {
    toml::from_str(&format!(
        r#"
id = "call"
channel = "call"
verdict = "dangerous"
theme = "myths"
title = "t"
lesson = "l"
[call]
kind = "voice"
caller = "{caller}"
number = "{number}"
callback = "{callback}"
lines = [{{ from = "them", text = "Please call me back." }}]
"#
    ))
    .expect("scenario")
}

fn push(app: &str, second_weight: &str) -> Scenario {
    toml::from_str(&format!(
        r#"
id = "push"
channel = "notification"
verdict = "dangerous"
theme = "social-media"
title = "t"
lesson = "l"
[notification]
app = "{app}"
device = "phone"
title = "Approve sign-in?"
text = "Is this you?"
repeats = 3
buttons = [{{ label = "Approve" }}, {{ label = "Deny", weight = "{second_weight}" }}]
"#
    ))
    .expect("scenario")
}

fn lookup(scenario: &Scenario) -> Option<Finding> {
    find(&Briefing::from_manifest(&manifest()), scenario)
}

#[test]
fn the_lookup_reads_a_calls_caller_id_number_and_callback() {
    let on_file = "+1 212 555 0150";
    assert_eq!(lookup(&call("Kim Park", on_file, "")), None);
    assert_eq!(lookup(&call(on_file, on_file, on_file)), None);
    assert_eq!(
        lookup(&call("+1 305 555 0176", "+1 305 555 0176", "")),
        Some(Finding::UnknownPhone("13055550176".into())),
        "a bare caller ID not on file"
    );
    assert_eq!(
        lookup(&call("Kim Park", on_file, "+1 305 555 0177")),
        Some(Finding::UnknownPhone("13055550177".into())),
        "a callback number not on file"
    );
    assert_eq!(
        lookup(&call("Kim Park", "kim@freemail.example", "")),
        Some(Finding::UnknownHost("freemail.example".into())),
        "an account at a domain the briefing does not name"
    );
    assert_eq!(
        lookup(&call("Pat Doe", on_file, "")),
        Some(Finding::UnknownSender("Pat Doe".into()))
    );
}

#[test]
fn the_lookup_reads_a_pushs_app_by_its_brand_and_its_buttons_weight() {
    assert_eq!(lookup(&push("AdHarbor Ads Manager", "primary")), None);
    assert_eq!(
        lookup(&push("SafeShield", "primary")),
        Some(Finding::UnknownSender("SafeShield".into()))
    );
    assert_eq!(
        lookup(&push("AdHarbor", "link")),
        Some(Finding::FaintButton)
    );
}

#[test]
fn calls_and_pushes_show_only_the_features_they_can_have() {
    let bare = call("+1 212 555 0150", "+1 212 555 0150", "");
    let named = call("Kim Park", "+1 212 555 0150", "");
    assert_eq!(Surface::BareNumberSender.of(&bare), Some(true));
    assert_eq!(Surface::BareNumberSender.of(&named), Some(false));
    assert_eq!(Surface::Links.of(&named), Some(false));
    assert_eq!(Surface::Attachments.of(&named), None);
    assert_eq!(Surface::FaintButtons.of(&named), None);
    let faint = push("AdHarbor", "link");
    assert_eq!(Surface::FaintButtons.of(&faint), Some(true));
    assert_eq!(
        Surface::FaintButtons.of(&push("AdHarbor", "primary")),
        Some(false)
    );
    assert_eq!(Surface::BareNumberSender.of(&faint), None);
    assert_eq!(Surface::Links.of(&faint), Some(false));
}
