//! Packs built to make each part of the gate give a known answer.

mod channels;
mod gate;
mod players;

use super::*;
use crate::content::model::Manifest;

const MANIFEST: &str = r#"
id = "synthetic"
name = "Synthetic"
language = "en"
version = "0.1.0"

[world.company]
name = "Testco"
domain = "testco.example"
you = "Alex, marketer"

[[world.colleague]]
name = "Kim Park"
role = "Finance"
email = "kim.park@testco.example"
phone = "+1 212 555 0150"

[[world.contact]]
name = "AdHarbor"
kind = "ad platform"
domains = ["adharbor.example", "mail.adharbor.example"]
handles = ["@AdHarbor"]
habits = ["Texts come from the sender name AdHarbor"]
"#;

fn manifest() -> Manifest {
    toml::from_str(MANIFEST).expect("manifest")
}

/// Filler words shared by both verdicts, picked by a fixed generator.
const POOL: &[&str] = &[
    "campaign", "budget", "report", "meeting", "draft", "client", "update", "schedule", "post",
    "review", "asset", "banner", "launch", "brief", "audience", "copy", "team", "week", "slides",
    "numbers", "logo", "video", "plan", "notes", "deadline", "folder", "photo", "caption",
];

struct Words(u64);

impl Words {
    fn next(&mut self) -> &'static str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        POOL[(self.0 >> 33) as usize % POOL.len()]
    }
    fn text(&mut self, n: usize) -> String {
        (0..n).map(|_| self.next()).collect::<Vec<_>>().join(" ")
    }
}

fn email(id: &str, verdict: Verdict, from: &str, body: &str) -> Scenario {
    toml::from_str(&format!(
        r#"
id = "{id}"
channel = "email"
verdict = "{verdict}"
theme = "email-threats"
title = "t"
lesson = "l"
[email]
from_name = "Someone"
from = "{from}"
to = "alex@testco.example"
subject = "Hello"
body = "{body}"
"#
    ))
    .expect("scenario")
}

fn sms(id: &str, verdict: Verdict, sender: &str, text: &str) -> Scenario {
    toml::from_str(&format!(
        r#"
id = "{id}"
channel = "sms"
verdict = "{verdict}"
theme = "social-media"
title = "t"
lesson = "l"
[sms]
sender = "{sender}"
text = "{text}"
"#
    ))
    .expect("scenario")
}

fn consent(id: &str, verdict: Verdict, faint: bool, ticked: bool) -> Scenario {
    let weight = if faint { "link" } else { "secondary" };
    toml::from_str(&format!(
        r#"
id = "{id}"
channel = "consent"
verdict = "{verdict}"
theme = "consent-privacy"
title = "t"
lesson = "l"
[consent]
kind = "signup-form"
site = "news.testco.example"
heading = "Sign up"
text = "Get our newsletter."
checkboxes = [{{ label = "Partner offers", checked = {ticked} }}]
buttons = [{{ label = "Join", weight = "primary" }}, {{ label = "No thanks", weight = "{weight}" }}]
"#
    ))
    .expect("scenario")
}

fn run(scenarios: &[Scenario]) -> Fairness {
    let manifest = manifest();
    let items: Vec<Item<'_>> = scenarios
        .iter()
        .map(|scenario| Item {
            scenario,
            manifest: Some(&manifest),
        })
        .collect();
    measure(&items)
}

fn accuracy(f: &Fairness, player: Player) -> f64 {
    f.baseline(player).expect("baseline").overall.accuracy()
}

/// Safe items come only from what the briefing names, dangerous ones never do: the lookup
/// must see through all of it.
fn lookup_pack() -> Vec<Scenario> {
    let mut words = Words(1);
    let mut out = Vec::new();
    let safe_from = [
        "billing@mail.adharbor.example",
        "kim.park@testco.example",
        "hr@testco.example",
    ];
    let bad_from = [
        "billing@adharbor-pay.example",
        "kim.park@freemail.example",
        "hr@testco.example.login.test",
    ];
    for i in 0..12 {
        let body = words.text(20);
        out.push(email(
            &format!("safe-{i}"),
            Verdict::Safe,
            safe_from[i % 3],
            &body,
        ));
        out.push(email(
            &format!("bad-{i}"),
            Verdict::Dangerous,
            bad_from[i % 3],
            &body,
        ));
    }
    for i in 0..4 {
        let link = format!("{} https://tinyhop.example/x{i}", words.text(8));
        out.push(sms(
            &format!("sms-bad-{i}"),
            Verdict::Dangerous,
            "AdHarbor",
            &link,
        ));
        let number = format!("{} Call +1 415 555 01{}{i}", words.text(8), i % 2);
        out.push(sms(
            &format!("sms-call-{i}"),
            Verdict::Dangerous,
            "AdHarbor",
            &number,
        ));
        out.push(sms(
            &format!("sms-num-{i}"),
            Verdict::Dangerous,
            "+1 305 555 0176",
            &words.text(8),
        ));
        out.push(sms(
            &format!("sms-safe-{i}"),
            Verdict::Safe,
            "AdHarbor",
            &words.text(8),
        ));
        out.push(sms(
            &format!("sms-kim-{i}"),
            Verdict::Safe,
            "+1 212 555 0150",
            &words.text(8),
        ));
        out.push(sms(
            &format!("sms-site-{i}"),
            Verdict::Safe,
            "AdHarbor",
            "See adharbor.example/billing",
        ));
        out.push(consent(
            &format!("c-faint-{i}"),
            Verdict::Dangerous,
            true,
            false,
        ));
        out.push(consent(
            &format!("c-ticked-{i}"),
            Verdict::Dangerous,
            false,
            true,
        ));
        out.push(consent(&format!("c-fair-{i}"), Verdict::Safe, false, false));
    }
    out
}
