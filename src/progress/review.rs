//! Spaced review of weak skills in Leitner boxes: a miss puts a skill in box 1, due tomorrow; each
//! right answer moves it up a box, and the wait grows (1, 3, 7, 14, 30 days). Dates are passed in.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::model::AnswerRecord;
use crate::content::{Scenario, Verdict};

/// Days to wait after reaching each box (box 1 is index 0).
pub const INTERVALS: [u64; 5] = [1, 3, 7, 14, 30];

/// A skill: a red-flag cue for scams, or a theme for safe items (not over-reporting them).
pub fn skills_of(scenario: &Scenario) -> Vec<String> {
    match scenario.verdict {
        Verdict::Dangerous => {
            let mut cues: Vec<String> = scenario
                .flag
                .iter()
                .map(|f| format!("cue:{}", f.cue))
                .collect();
            cues.sort();
            cues.dedup();
            cues
        }
        Verdict::Safe => vec![format!("safe:{}", scenario.theme)],
    }
}

/// The skills a recorded answer trains: the same as [`skills_of`] its scenario.
pub fn skills_of_answer(answer: &AnswerRecord) -> Vec<String> {
    match answer.verdict {
        Verdict::Dangerous => {
            let mut cues: Vec<String> = answer.cues.iter().map(|c| format!("cue:{c}")).collect();
            cues.sort();
            cues.dedup();
            cues
        }
        Verdict::Safe => vec![format!("safe:{}", answer.theme)],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// 1 to 5.
    pub r#box: u8,
    #[serde(deserialize_with = "super::format::stamp::day")]
    pub due: NaiveDate,
}

/// The schedule for every skill the player has missed at least once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    #[serde(default)]
    pub skills: BTreeMap<String, Slot>,
}

impl Review {
    /// Records an answer to a scenario: its skills move down on a miss, up when right.
    pub fn record(&mut self, scenario: &Scenario, correct: bool, today: NaiveDate) {
        self.record_skills(skills_of(scenario), correct, today);
    }

    /// Records an answer training `skills` (see [`skills_of`]).
    pub fn record_skills(&mut self, skills: Vec<String>, correct: bool, today: NaiveDate) {
        for skill in skills {
            if correct {
                if let Some(slot) = self.skills.get_mut(&skill) {
                    // Only a review that was due moves a skill up; extra practice does not skip ahead.
                    if slot.due <= today {
                        slot.r#box = slot.r#box.saturating_add(1).min(5);
                        slot.due = after(today, slot.r#box);
                    }
                }
            } else {
                self.skills.insert(
                    skill,
                    Slot {
                        r#box: 1,
                        due: after(today, 1),
                    },
                );
            }
        }
    }

    /// Skills due on `today`, most overdue first.
    pub fn due(&self, today: NaiveDate) -> Vec<&str> {
        let mut due: Vec<(&str, &Slot)> = self
            .skills
            .iter()
            .filter(|(_, s)| s.due <= today)
            .map(|(k, s)| (k.as_str(), s))
            .collect();
        due.sort_by_key(|(k, s)| (s.due, s.r#box, *k));
        due.into_iter().map(|(k, _)| k).collect()
    }
}

fn after(today: NaiveDate, r#box: u8) -> NaiveDate {
    let days = INTERVALS[usize::from(r#box.clamp(1, 5)) - 1];
    today.checked_add_days(Days::new(days)).unwrap_or(today)
}

/// Picks up to `count` scenarios for a review round: those that train a due skill, preferring
/// ones not seen recently, then the least recently seen.
pub fn pick(pool: &[Scenario], due: &[&str], recently_seen: &[String], count: usize) -> Vec<usize> {
    let due: HashSet<&str> = due.iter().copied().collect();
    let recent_rank = |id: &str| recently_seen.iter().rposition(|s| s == id);
    let mut candidates: Vec<(usize, Option<usize>)> = pool
        .iter()
        .enumerate()
        .filter(|(_, s)| skills_of(s).iter().any(|k| due.contains(k.as_str())))
        .map(|(i, s)| (i, recent_rank(&s.id)))
        .collect();
    // Never seen first, then seen longest ago; ties keep pack order for repeatability.
    candidates.sort_by_key(|&(i, seen)| (seen.map_or(0, |r| r + 1), i));
    let mut covered: HashSet<String> = HashSet::new();
    let mut picked = Vec::new();
    // First pass: one scenario per due skill, so every due skill is trained.
    for &(i, _) in &candidates {
        let skills = skills_of(&pool[i]);
        if picked.len() < count
            && skills
                .iter()
                .any(|k| due.contains(k.as_str()) && !covered.contains(k))
        {
            covered.extend(skills);
            picked.push(i);
        }
    }
    for &(i, _) in &candidates {
        if picked.len() < count && !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Channel, Cue, Theme};
    use crate::quiz::draw::tests::scenario;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
    }

    fn phish(id: usize, cue: Cue) -> Scenario {
        let mut s = scenario(id, Verdict::Dangerous, Channel::Email, Theme::EmailThreats);
        s.flag.push(crate::content::model::Evidence {
            cue,
            at: "text".into(),
            text: "y".into(),
            why: "w".into(),
        });
        s
    }

    #[test]
    fn a_miss_is_due_tomorrow_and_right_answers_space_it_out() {
        let s = phish(1, Cue::Urgency);
        let mut review = Review::default();
        review.record(&s, false, day(1));
        assert!(review.due(day(1)).is_empty());
        assert_eq!(review.due(day(2)), vec!["cue:urgency"]);
        let expected = [(2, 2, 5), (5, 3, 12), (12, 4, 26)];
        for (today, r#box, next) in expected {
            review.record(&s, true, day(today));
            let slot = review.skills["cue:urgency"];
            assert_eq!(
                (slot.r#box, slot.due),
                (r#box, day(next)),
                "answered on day {today}"
            );
        }
        review.record(&s, true, day(26));
        assert_eq!(review.skills["cue:urgency"].r#box, 5);
        assert_eq!(
            review.skills["cue:urgency"].due,
            NaiveDate::from_ymd_opt(2026, 12, 26).expect("date")
        );
        review.record(
            &s,
            true,
            NaiveDate::from_ymd_opt(2026, 12, 26).expect("date"),
        );
        assert_eq!(review.skills["cue:urgency"].r#box, 5, "box 5 is the top");
    }

    #[test]
    fn early_practice_does_not_skip_ahead_and_a_miss_resets() {
        let s = phish(1, Cue::Lure);
        let mut review = Review::default();
        review.record(&s, false, day(1));
        review.record(&s, true, day(1));
        assert_eq!(review.skills["cue:lure"].r#box, 1);
        review.record(&s, true, day(2));
        assert_eq!(review.skills["cue:lure"].r#box, 2);
        review.record(&s, false, day(3));
        assert_eq!(
            review.skills["cue:lure"],
            Slot {
                r#box: 1,
                due: day(4)
            }
        );
    }

    #[test]
    fn safe_items_train_their_theme() {
        let s = scenario(2, Verdict::Safe, Channel::Sms, Theme::Myths);
        assert_eq!(skills_of(&s), vec!["safe:myths"]);
        let mut review = Review::default();
        review.record(&s, true, day(1));
        assert!(
            review.skills.is_empty(),
            "right answers on untracked skills add nothing"
        );
    }

    #[test]
    fn picking_covers_due_skills_and_prefers_unseen() {
        let pool = vec![
            phish(0, Cue::Urgency),
            phish(1, Cue::Urgency),
            phish(2, Cue::Lure),
            phish(3, Cue::Secrecy),
        ];
        let seen = vec!["s0".to_string()];
        let picked = pick(&pool, &["cue:urgency", "cue:lure"], &seen, 2);
        assert_eq!(picked, vec![1, 2], "unseen urgency item, then lure");
        let all = pick(&pool, &["cue:urgency", "cue:lure"], &seen, 10);
        assert_eq!(
            all,
            vec![1, 2, 0],
            "the recently seen one last; secrecy is not due"
        );
    }
}
