//! Rounds in words: counts that agree with their noun, what a round was (its mode, its module),
//! and the figures of a round or a profile, each with what it means beside it.

use std::borrow::Cow;

use crate::content::{Cue, Theme};
use crate::inert::inert;
use crate::progress::{Mode, RoundSummary};
use crate::scoring::Tally;
use crate::training::EXAM_ID;

/// `n` things, the noun agreeing with the number: "1 item", "3 items", "0 items".
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A training module's name from its id (`module-email-threats` → "Email threats"); an id the
/// path does not make is shown as written.
pub fn module_name(id: &str) -> Cow<'_, str> {
    if id == EXAM_ID {
        return Cow::Borrowed(super::module_title(crate::training::Topic::FinalExam));
    }
    id.strip_prefix("module-")
        .and_then(Theme::from_name)
        .map_or_else(|| inert(id), |theme| Cow::Borrowed(theme.label()))
}

/// What kind of round it was: "Practice", "Daily challenge", "Module: Email threats".
pub fn mode(mode: &Mode) -> String {
    match mode {
        Mode::Practice => "Practice".into(),
        Mode::Review => "Review".into(),
        Mode::Spot => "Spot the flags".into(),
        Mode::Daily(_) => "Daily challenge".into(),
        Mode::Module(id) => format!("Module: {}", module_name(id)),
    }
}

/// How to play a finished round again, when it can be: a drawn round by its seed, a module from
/// the path. A review or a daily challenge is not replayed by a seed: None.
pub fn replay(mode: &Mode, seed: u64, items: usize) -> Option<String> {
    match mode {
        Mode::Practice => Some(format!(
            "Seed {seed}: replay this round with --seed {seed} --count {items}"
        )),
        Mode::Spot => Some(format!(
            "Seed {seed}: replay this round with --plain --spot --seed {seed} --count {items}"
        )),
        Mode::Module(_) => Some("Play this module again any time from the training path.".into()),
        Mode::Review | Mode::Daily(_) => None,
    }
}

/// The daily challenge once it is done today, for its menu entry.
pub fn daily_done(done: &RoundSummary) -> String {
    format!(
        "done today, {}/{} right · again as practice",
        done.correct, done.answered
    )
}

/// Asked when today's finished challenge is chosen again.
pub fn daily_again(done: &RoundSummary) -> String {
    format!(
        "You did today's challenge already: {}/{} right, {}. Play it again as practice? It is not recorded as the daily.",
        done.correct,
        done.answered,
        count(done.points, "point", "points")
    )
}

/// Said when today's finished challenge is played again anyway.
pub fn daily_replay(done: &RoundSummary) -> String {
    format!(
        "You did today's challenge already: {}/{} right, {}. This replay is practice: it is not recorded as the daily.",
        done.correct,
        done.answered,
        count(done.points, "point", "points")
    )
}

/// Said when the certificate is asked for before every module is passed.
pub fn certificate_pending(left: usize) -> String {
    format!(
        "The certificate comes once every module is passed: {} to go.",
        count(left as u64, "module", "modules")
    )
}

/// Sensitivity is shown only once it measures something: enough answers, scams and safe items
/// both among them, and at least one scam caught (with none caught, a d′ near zero would read
/// as a skill score while it only says "guessing").
pub const SENSITIVITY_AFTER: u32 = 20;

/// Scams caught out of those seen, and the missed ones in words; None when there were none.
pub fn caught(t: &Tally) -> Option<String> {
    let scams = t.hits + t.misses;
    if scams == 0 {
        return None;
    }
    let mut line = format!("Caught {} of {}", t.hits, count(scams, "scam", "scams"));
    if t.misses > 0 {
        line.push_str(&format!(
            " · missed {} (judged safe)",
            count(t.misses, "scam", "scams")
        ));
    }
    Some(line)
}

/// False alarms out of the safe items seen, with what one is; None when there were no safe items.
pub fn false_alarms(t: &Tally) -> Option<String> {
    let safe = t.false_alarms + t.correct_rejections;
    (safe > 0).then(|| {
        format!(
            "False alarms: {} of {} judged dangerous",
            t.false_alarms,
            count(safe, "safe item", "safe items")
        )
    })
}

/// Sensitivity d′ with what it means, once it means something (see [`SENSITIVITY_AFTER`]).
pub fn sensitivity(t: &Tally) -> Option<String> {
    let both_seen = t.hits + t.misses > 0 && t.false_alarms + t.correct_rejections > 0;
    if t.total() < SENSITIVITY_AFTER || !both_seen || t.hits == 0 {
        return None;
    }
    t.d_prime().map(|d| {
        format!(
            "Sensitivity d′ {d:.2}: how well you tell scams from safe messages (0 is guessing, above 1 is good)"
        )
    })
}

/// A best streak with what it counts.
pub fn best_streak(n: u32) -> String {
    format!("best streak {n} (right answers in a row)")
}

/// A skill due for review, as the player reads it: a red flag's label, or "Safe messages: <theme>"
/// for the skill of not over-reporting a theme's safe messages.
pub fn skill(id: &str) -> Cow<'_, str> {
    if let Some(cue) = id.strip_prefix("cue:").and_then(Cue::from_name) {
        return Cow::Borrowed(super::cue_label(cue));
    }
    if let Some(theme) = id.strip_prefix("safe:").and_then(Theme::from_name) {
        return Cow::Owned(format!("Safe messages: {}", theme.label()));
    }
    inert(id)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(count(1u32, "item", "items"), "1 item");
        assert_eq!(count(0u32, "item", "items"), "0 items");
        assert_eq!(count(12u32, "second", "seconds"), "12 seconds");
    }

    #[test]
    fn modes_and_modules_are_named_not_given_as_ids() {
        assert_eq!(module_name("module-email-threats"), "Email threats");
        assert_eq!(module_name("final-exam"), "Final exam");
        assert_eq!(module_name("module-nope"), "module-nope");
        assert_eq!(mode(&Mode::Module("module-myths".into())), "Module: Myths");
        assert_eq!(mode(&Mode::Daily("2026-11-12".into())), "Daily challenge");
    }

    #[test]
    fn only_drawn_rounds_offer_a_seed_to_replay() {
        assert_eq!(
            replay(&Mode::Practice, 7, 3).as_deref(),
            Some("Seed 7: replay this round with --seed 7 --count 3")
        );
        let module = replay(&Mode::Module("module-myths".into()), 0, 8).expect("module");
        assert!(
            !module.contains("seed") && module.contains("training path"),
            "{module}"
        );
        assert_eq!(replay(&Mode::Review, 0, 8), None);
        assert_eq!(replay(&Mode::Daily("2026-11-12".into()), 99, 10), None);
    }

    #[test]
    fn caught_and_false_alarms_say_out_of_how_many_and_what_they_are() {
        let t = tally(4, 1, 1, 4);
        assert_eq!(
            caught(&t).as_deref(),
            Some("Caught 4 of 5 scams · missed 1 scam (judged safe)")
        );
        assert_eq!(
            false_alarms(&t).as_deref(),
            Some("False alarms: 1 of 5 safe items judged dangerous")
        );
        assert_eq!(
            caught(&tally(1, 0, 0, 1)).as_deref(),
            Some("Caught 1 of 1 scam")
        );
        assert_eq!(caught(&tally(0, 0, 1, 1)), None);
        assert_eq!(false_alarms(&tally(1, 1, 0, 0)), None);
    }

    #[test]
    fn sensitivity_waits_until_it_means_something() {
        assert_eq!(
            sensitivity(&tally(4, 1, 1, 4)),
            None,
            "10 answers are too few"
        );
        assert_eq!(
            sensitivity(&tally(0, 12, 0, 12)),
            None,
            "no scam caught: never shown as a skill"
        );
        assert_eq!(sensitivity(&tally(20, 5, 0, 0)), None, "no safe item seen");
        let shown = sensitivity(&tally(10, 2, 2, 10)).expect("24 answers, both kinds");
        assert!(
            shown.starts_with("Sensitivity d′ ") && shown.contains("0 is guessing"),
            "{shown}"
        );
    }

    #[test]
    fn skills_due_are_worded() {
        assert_eq!(skill("cue:lookalike-domain"), "Look-alike address");
        assert_eq!(skill("safe:myths"), "Safe messages: Myths");
        assert_eq!(skill("theme:odd"), "theme:odd");
    }
}
