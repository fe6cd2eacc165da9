use super::*;
use crate::content::Channel;

fn pool() -> Vec<Scenario> {
    crate::builtin::pack().expect("pack").scenarios
}

fn scenario(id: &str) -> Scenario {
    pool().into_iter().find(|s| s.id == id).expect("scenario")
}

fn phish() -> Scenario {
    scenario("ads-billing-lookalike")
}

fn paths(written: &[&str]) -> Vec<FieldPath> {
    written.iter().map(|p| p.parse().expect(p)).collect()
}

#[test]
fn what_shows_as_one_thing_is_one_target() {
    let t = targets(&phish());
    let at: Vec<FieldPath> = t.iter().map(|t| t.at).collect();
    assert_eq!(
        at,
        paths(&[
            "from_name",
            "reply_to",
            "to",
            "date",
            "subject",
            "body",
            "link.1.text"
        ])
    );
    assert_eq!(t[0].fields, paths(&["from_name", "from"]));
    assert_eq!(t[6].fields, paths(&["link.1.text", "link.1"]));
    assert!(!t[0].hidden, "the name shows before inspecting");
    assert!(t[1].hidden, "Reply-To shows only once inspected");
}

#[test]
fn finds_misses_and_wrong_marks_are_scored_by_target() {
    let s = phish();
    // Flags stand in from, reply_to, body and link.1.
    let r = score_marks(&s, &paths(&["from_name", "body", "subject"]));
    assert_eq!(r.found, paths(&["from_name", "body"]));
    assert_eq!(r.missed, paths(&["reply_to", "link.1.text"]));
    assert_eq!(r.wrong, paths(&["subject"]));
    assert_eq!(r.points, 2 * 10 - 5);
    assert_eq!(
        score_marks(&s, &paths(&["subject", "to", "date"])).points,
        0,
        "never below zero"
    );
    let all = score_marks(&s, &markable(&s, true));
    assert_eq!(
        (all.points, all.missed.len(), all.wrong.len()),
        (4 * 10 - 3 * 5, 0, 3)
    );
}

#[test]
fn marking_the_sender_or_the_link_counts_for_a_flag_on_its_address() {
    let s = phish();
    // The flag is on the address (from) and the link's target (link.1); the player marks what
    // they see: the From line and the link's words.
    let r = score_marks(&s, &paths(&["from_name", "link.1.text"]));
    assert_eq!(r.found, paths(&["from_name", "link.1.text"]));
    assert!(r.wrong.is_empty(), "{r:?}");
    // Marks written on the other field of a target count for the target too.
    let r = score_marks(&s, &paths(&["from", "link.1"]));
    assert_eq!(r.found, paths(&["from_name", "link.1.text"]));
}

#[test]
fn results_are_saved_as_written_paths() {
    let r = score_marks(&phish(), &paths(&["link.1.text", "subject"]));
    let json = serde_json::to_string(&r).expect("json");
    assert_eq!(
        json,
        r#"{"found":["link.1.text"],"missed":["from_name","reply_to","body"],"wrong":["subject"],"points":5}"#
    );
    assert_eq!(serde_json::from_str::<SpotResult>(&json).expect("back"), r);
}

#[test]
fn on_a_safe_item_every_mark_is_wrong() {
    let pool = pool();
    let safe = pool
        .iter()
        .find(|s| s.verdict == Verdict::Safe)
        .expect("a safe one");
    let first = markable(safe, false)[0];
    let r = score_marks(safe, &[first]);
    assert!(r.found.is_empty() && r.missed.is_empty());
    assert_eq!(r.wrong, [first]);
    assert_eq!(score_marks(safe, &[]).points, 0);
}

#[test]
fn hidden_targets_are_markable_only_once_inspected_and_nothing_moves() {
    let s = phish();
    let reply_to = FieldPath::new(FieldKind::ReplyTo);
    let from_name = FieldPath::new(FieldKind::FromName);
    assert!(!markable(&s, false).contains(&reply_to));
    assert!(markable(&s, true).contains(&reply_to));
    assert!(markable(&s, false).contains(&from_name));
    let before = markable(&s, false);
    let after = markable(&s, true);
    assert!(
        after
            .iter()
            .filter(|a| before.contains(a))
            .eq(before.iter()),
        "inspecting adds targets without reordering the others"
    );
    let mut marks = vec![];
    toggle(&mut marks, &from_name);
    toggle(&mut marks, &reply_to);
    toggle(&mut marks, &from_name);
    assert_eq!(marks, [reply_to]);
}

#[test]
fn targets_follow_the_screen_order_of_each_channel() {
    let first = |channel: Channel| {
        let s = pool()
            .into_iter()
            .find(|s| s.channel == channel)
            .expect("a scenario of the channel");
        markable(&s, true)[0].kind
    };
    assert_eq!(first(Channel::Permission), FieldKind::Context);
    assert_eq!(first(Channel::Sms), FieldKind::Sender);
    assert_eq!(first(Channel::Consent), FieldKind::Site);
    let sms = pool()
        .into_iter()
        .find(|s| s.channel == Channel::Sms && !s.sms.as_ref().expect("sms").received.is_empty())
        .expect("a text with a time");
    let kinds: Vec<FieldKind> = markable(&sms, true).iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [FieldKind::Sender, FieldKind::Text, FieldKind::Received]
    );
}

#[test]
fn in_every_scenario_each_flag_is_on_one_target_and_marking_all_finds_all() {
    for s in pool() {
        let targets = targets(&s);
        for flag in &s.flag {
            let Some(field) = flag.at.field() else {
                continue;
            };
            let holding = targets.iter().filter(|t| t.fields.contains(&field)).count();
            assert_eq!(holding, 1, "{}: {field} is on one target", s.id);
        }
        for t in &targets {
            assert_eq!(t.fields.first(), Some(&t.at), "{}: {t:?}", s.id);
        }
        let all = score_marks(&s, &markable(&s, true));
        assert!(all.missed.is_empty(), "{}: {all:?}", s.id);
    }
}
