//! Rounds in words: counts that agree with their noun, what a round was (its mode, its module),
//! and the figures of a round or a profile, each with what it means beside it.

use crate::content::{Channel, Cue, Theme, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::{Mode, RoundSummary};
use crate::scoring::Tally;
use crate::training::EXAM_ID;

/// `n` items, the noun agreeing with the number ("1 item", "3 items"; six forms in Arabic).
pub fn items(t: &Catalog, n: impl Into<u64>) -> String {
    crate::t!(t, "count-items", count = n.into())
}

/// `n` points.
pub fn points(t: &Catalog, n: impl Into<u64>) -> String {
    crate::t!(t, "count-points", count = n.into())
}

/// `n` attempts at a module.
pub fn attempts(t: &Catalog, n: impl Into<u64>) -> String {
    crate::t!(t, "count-attempts", count = n.into())
}

/// `n` skills due for review.
pub fn reviews(t: &Catalog, n: impl Into<u64>) -> String {
    crate::t!(t, "count-reviews", count = n.into())
}

/// `n` seconds.
pub fn seconds(t: &Catalog, n: impl Into<u64>) -> String {
    crate::t!(t, "count-seconds", count = n.into())
}

/// A theme's name, which is also its training module's title.
pub fn theme_label(t: &Catalog, theme: Theme) -> String {
    match theme {
        Theme::EmailThreats => crate::t!(t, "theme-email-threats"),
        Theme::CustomerData => crate::t!(t, "theme-customer-data"),
        Theme::SocialMedia => crate::t!(t, "theme-social-media"),
        Theme::ConsentPrivacy => crate::t!(t, "theme-consent-privacy"),
        Theme::Myths => crate::t!(t, "theme-myths"),
    }
}

/// A channel as a scenario's header names it: "Email", "Social post".
pub fn channel_label(t: &Catalog, channel: Channel) -> String {
    match channel {
        Channel::Email => crate::t!(t, "channel-email"),
        Channel::Post => crate::t!(t, "channel-post"),
        Channel::Message => crate::t!(t, "channel-message"),
        Channel::Sms => crate::t!(t, "channel-sms"),
        Channel::Consent => crate::t!(t, "channel-consent"),
        Channel::Permission => crate::t!(t, "channel-permission"),
        Channel::Web => crate::t!(t, "channel-web"),
        Channel::Call => crate::t!(t, "channel-call"),
        Channel::Notification => crate::t!(t, "channel-notification"),
    }
}

/// The right answer in a word, as "it was ..." says it: "safe", "dangerous".
pub fn verdict(t: &Catalog, verdict: Verdict) -> String {
    match verdict {
        Verdict::Safe => crate::t!(t, "verdict-safe"),
        Verdict::Dangerous => crate::t!(t, "verdict-dangerous"),
    }
}

/// A training module's name from its id (`module-email-threats` → "Email threats"); an id the
/// path does not make is shown as written.
pub fn module_name(t: &Catalog, id: &str) -> String {
    if id == EXAM_ID {
        return super::module_title(t, crate::training::Topic::FinalExam);
    }
    id.strip_prefix("module-")
        .and_then(Theme::from_name)
        .map_or_else(|| inert(id).into_owned(), |theme| theme_label(t, theme))
}

/// What kind of round it was: "Practice", "Daily challenge", "Module: Email threats".
pub fn mode(t: &Catalog, mode: &Mode) -> String {
    match mode {
        Mode::Practice => crate::t!(t, "mode-practice"),
        Mode::Review => crate::t!(t, "mode-review"),
        Mode::Spot => crate::t!(t, "mode-spot"),
        Mode::Daily(_) => crate::t!(t, "mode-daily"),
        Mode::Module(id) => crate::t!(t, "mode-module", module = module_name(t, id)),
    }
}

/// How to play a finished round again, when it can be: a drawn round by its seed, a module from
/// the path. A review or a daily challenge is not replayed by a seed: None.
pub fn replay(t: &Catalog, mode: &Mode, seed: u64, items: usize) -> Option<String> {
    // A seed as text: as a number it would pass through a float and lose digits.
    let seed = seed.to_string();
    match mode {
        Mode::Practice => Some(crate::t!(t, "replay-practice", seed = seed, items = items)),
        Mode::Spot => Some(crate::t!(t, "replay-spot", seed = seed, items = items)),
        Mode::Module(_) => Some(crate::t!(t, "replay-module")),
        Mode::Review | Mode::Daily(_) => None,
    }
}

/// The daily challenge once it is done today, for its menu entry.
pub fn daily_done(t: &Catalog, done: &RoundSummary) -> String {
    crate::t!(
        t,
        "daily-done",
        correct = done.correct,
        answered = done.answered
    )
}

/// Asked when today's finished challenge is chosen again.
pub fn daily_again(t: &Catalog, done: &RoundSummary) -> String {
    crate::t!(
        t,
        "daily-again",
        correct = done.correct,
        answered = done.answered,
        points = points(t, done.points)
    )
}

/// Said when today's finished challenge is played again anyway.
pub fn daily_replay(t: &Catalog, done: &RoundSummary) -> String {
    crate::t!(
        t,
        "daily-replay",
        correct = done.correct,
        answered = done.answered,
        points = points(t, done.points)
    )
}

/// Said when the certificate is asked for before every module is passed.
pub fn certificate_pending(t: &Catalog, left: usize) -> String {
    crate::t!(t, "certificate-pending", left = left)
}

/// Sensitivity is shown only once it measures something: enough answers, scams and safe items
/// both among them, and at least one scam caught (with none caught, a d′ near zero would read
/// as a skill score while it only says "guessing").
pub const SENSITIVITY_AFTER: u32 = 20;

/// Scams caught out of those seen, and the missed ones in words; None when there were none.
pub fn caught(t: &Catalog, tally: &Tally) -> Option<String> {
    let scams = tally.hits + tally.misses;
    if scams == 0 {
        return None;
    }
    let caught = crate::t!(t, "caught", hits = tally.hits, scams = scams);
    if tally.misses == 0 {
        return Some(caught);
    }
    Some(crate::t!(
        t,
        "caught-missed",
        caught = caught,
        misses = tally.misses
    ))
}

/// False alarms out of the safe items seen, with what one is; None when there were no safe items.
pub fn false_alarms(t: &Catalog, tally: &Tally) -> Option<String> {
    let safe = tally.false_alarms + tally.correct_rejections;
    (safe > 0).then(|| crate::t!(t, "false-alarms", alarms = tally.false_alarms, safe = safe))
}

/// Sensitivity d′ with what it means, once it means something (see [`SENSITIVITY_AFTER`]).
pub fn sensitivity(t: &Catalog, tally: &Tally) -> Option<String> {
    let both_seen =
        tally.hits + tally.misses > 0 && tally.false_alarms + tally.correct_rejections > 0;
    if tally.total() < SENSITIVITY_AFTER || !both_seen || tally.hits == 0 {
        return None;
    }
    tally
        .d_prime()
        .map(|d| crate::t!(t, "sensitivity", d = format!("{d:.2}")))
}

/// A best streak with what it counts.
pub fn best_streak(t: &Catalog, n: u32) -> String {
    crate::t!(t, "best-streak", count = n)
}

/// A skill due for review, as the player reads it: a red flag's label, or "Safe messages: <theme>"
/// for the skill of not over-reporting a theme's safe messages.
pub fn skill(t: &Catalog, id: &str) -> String {
    if let Some(cue) = id.strip_prefix("cue:").and_then(Cue::from_name) {
        return super::cue_label(t, cue);
    }
    if let Some(theme) = id.strip_prefix("safe:").and_then(Theme::from_name) {
        return crate::t!(t, "skill-safe", theme = theme_label(t, theme));
    }
    inert(id).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static Catalog {
        Catalog::english()
    }

    fn tally(hits: u32, misses: u32, false_alarms: u32, correct_rejections: u32) -> Tally {
        Tally {
            hits,
            misses,
            false_alarms,
            correct_rejections,
        }
    }

    #[test]
    fn counts_agree_with_their_noun() {
        let t = Catalog::english();
        assert_eq!(items(t, 1u32), "1 item");
        assert_eq!(items(t, 0u32), "0 items");
        assert_eq!(seconds(t, 12u32), "12 seconds");
    }

    #[test]
    fn modes_and_modules_are_named_not_given_as_ids() {
        assert_eq!(module_name(en(), "module-email-threats"), "Email threats");
        assert_eq!(module_name(en(), "final-exam"), "Final exam");
        assert_eq!(module_name(en(), "module-nope"), "module-nope");
        assert_eq!(
            mode(en(), &Mode::Module("module-myths".into())),
            "Module: Myths"
        );
        assert_eq!(
            mode(en(), &Mode::Daily("2026-11-12".into())),
            "Daily challenge"
        );
    }

    #[test]
    fn only_drawn_rounds_offer_a_seed_to_replay() {
        assert_eq!(
            replay(en(), &Mode::Practice, 7, 3).as_deref(),
            Some("Seed 7: replay this round with --seed 7 --count 3")
        );
        let module = replay(en(), &Mode::Module("module-myths".into()), 0, 8).expect("module");
        assert!(
            !module.contains("seed") && module.contains("training path"),
            "{module}"
        );
        assert_eq!(replay(en(), &Mode::Review, 0, 8), None);
        assert_eq!(
            replay(en(), &Mode::Daily("2026-11-12".into()), 99, 10),
            None
        );
    }

    #[test]
    fn caught_and_false_alarms_say_out_of_how_many_and_what_they_are() {
        let t = tally(4, 1, 1, 4);
        assert_eq!(
            caught(en(), &t).as_deref(),
            Some("Caught 4 of 5 scams · missed 1 scam (judged safe)")
        );
        assert_eq!(
            false_alarms(en(), &t).as_deref(),
            Some("False alarms: 1 of 5 safe items judged dangerous")
        );
        assert_eq!(
            caught(en(), &tally(1, 0, 0, 1)).as_deref(),
            Some("Caught 1 of 1 scam")
        );
        assert_eq!(caught(en(), &tally(0, 0, 1, 1)), None);
        assert_eq!(false_alarms(en(), &tally(1, 1, 0, 0)), None);
    }

    #[test]
    fn sensitivity_waits_until_it_means_something() {
        assert_eq!(
            sensitivity(en(), &tally(4, 1, 1, 4)),
            None,
            "10 answers are too few"
        );
        assert_eq!(
            sensitivity(en(), &tally(0, 12, 0, 12)),
            None,
            "no scam caught: never shown as a skill"
        );
        assert_eq!(
            sensitivity(en(), &tally(20, 5, 0, 0)),
            None,
            "no safe item seen"
        );
        let shown = sensitivity(en(), &tally(10, 2, 2, 10)).expect("24 answers, both kinds");
        assert!(
            shown.starts_with("Sensitivity d′ ") && shown.contains("0 is guessing"),
            "{shown}"
        );
    }

    #[test]
    fn skills_due_are_worded() {
        assert_eq!(skill(en(), "cue:lookalike-domain"), "Look-alike address");
        assert_eq!(skill(en(), "safe:myths"), "Safe messages: Myths");
        assert_eq!(skill(en(), "theme:odd"), "theme:odd");
    }
}
