//! Calls and notifications read out in plain mode: what stands where, who spoke, what is hidden
//! until inspected, and the weight of each button.

use super::*;

fn en() -> &'static Catalog {
    Catalog::english()
}

fn scenario(id: &str) -> Scenario {
    let pack = crate::builtin::pack().expect("built-in pack");
    pack.scenarios
        .into_iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("scenario {id}"))
}

#[test]
fn a_call_says_its_kind_who_spoke_and_hides_the_number() {
    let call = scenario("tom-voice-clone-gift-cards");
    let lines = describe(en(), &call, false);
    for line in [
        "Incoming call",
        "Caller: Tom Okafor",
        "Number or account: (hidden; type i to inspect)",
        "Platform: Mobile",
        "Says they are: Tom, at the airport about to board",
        "Message 3 (you): Shouldn't that go through Lena as a PO?",
    ] {
        assert!(lines.iter().any(|l| l == line), "{line}: {lines:#?}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Message 1 (them): Sam, it's Tom.")),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.contains("555 0140")), "hidden");
    let inspected = describe(en(), &call, true);
    assert!(
        inspected
            .iter()
            .any(|l| l == "Number or account: +1 212 555 0140"),
        "{inspected:#?}"
    );
    assert_eq!(
        revealed(en(), &call),
        ["Number or account: +1 212 555 0140".to_string()]
    );
}

#[test]
fn a_voicemail_and_a_video_meeting_are_named_as_such() {
    let voicemail = scenario("meridian-fraud-voicemail");
    let lines = describe(en(), &voicemail, false);
    assert_eq!(lines[0], "Voicemail", "before the caller: {lines:#?}");
    let video = describe(en(), &scenario("mia-meet-member-counts"), false);
    assert!(video.contains(&"Video meeting".to_string()), "{video:#?}");
    assert!(
        video.iter().any(|l| l == "Link 1: Holiday campaign deck"),
        "the meeting chat's link: {video:#?}"
    );
}

#[test]
fn a_notification_reads_its_count_buttons_and_hidden_details() {
    let push = scenario("adharbor-mfa-fatigue-meeting");
    let lines = describe(en(), &push, false);
    for line in [
        "Notification on your phone",
        "App: AdHarbor Ads",
        "Received: 14:06",
        "Times sent: 4",
        "Title: Is this you trying to log in?",
        "Details: (hidden; type i to inspect)",
        "Button 1: Yes, it's me (big highlighted button)",
    ] {
        assert!(lines.iter().any(|l| l == line), "{line}: {lines:#?}");
    }
    let faint = describe(en(), &scenario("summit-session-reminder"), false);
    assert!(
        faint.contains(&"Button 2: Dismiss (small faint link)".to_string()),
        "{faint:#?}"
    );
    assert!(faint.contains(&"Notification on your desktop".to_string()));
}

#[test]
fn spot_mode_numbers_the_fields_of_a_push_and_marks_the_count() {
    let push = scenario("adharbor-mfa-fatigue-meeting");
    let numbered = describe_numbered(en(), &push, false);
    assert!(
        numbered.contains(&"[3] Times sent: 4".to_string()),
        "{numbered:#?}"
    );
    assert!(
        numbered.contains(&"[8] Details: (hidden; type i to inspect)".to_string()),
        "the details are hidden, but keep their number: {numbered:#?}"
    );
    let mut marks = Vec::new();
    let said = mark_fields(en(), &push, false, "m 3", &mut marks);
    assert_eq!(said, "Marked: Times sent");
    let inspected = describe_numbered(en(), &push, true);
    assert!(
        inspected
            .iter()
            .any(|l| l.starts_with("[8] Details: Safari on Mac")),
        "{inspected:#?}"
    );
}

#[test]
fn feedback_names_where_each_flag_stands_in_a_call() {
    let call = scenario("tom-voice-clone-gift-cards");
    let lines = feedback(en(), &call, OutcomeKind::Hit, 30);
    assert!(
        lines
            .iter()
            .any(|l| l
                .starts_with("  [3] Pretends to be someone you trust, in Caller: \"Tom Okafor\".")),
        "{lines:#?}"
    );
}
