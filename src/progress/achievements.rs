//! Ranks and achievements that reward the right habits: checking, accuracy both ways, regular practice.

use chrono::NaiveDate;

use super::model::{AnswerRecord, Profile, Totals};
use crate::content::{Theme, Verdict};
use crate::scoring::Tally;

pub struct Achievement {
    pub id: &'static str,
    pub name: &'static str,
    pub how: &'static str,
}

pub const ACHIEVEMENTS: &[Achievement] = &[
    Achievement {
        id: "first-round",
        name: "First round",
        how: "finish a round",
    },
    Achievement {
        id: "perfect-round",
        name: "Perfect round",
        how: "every answer right in a round of 5 or more",
    },
    Achievement {
        id: "streak-10",
        name: "Ten in a row",
        how: "10 right answers in a row",
    },
    Achievement {
        id: "inspector",
        name: "Inspector",
        how: "inspect every item before answering, in a round of 5 or more",
    },
    Achievement {
        id: "calm-judge",
        name: "Calm judge",
        how: "no false alarm in a round with 3 or more safe items, and 80% right",
    },
    Achievement {
        id: "week-of-practice",
        name: "A week of practice",
        how: "practise on 7 days in a row",
    },
    Achievement {
        id: "reviewer",
        name: "Reviewer",
        how: "finish a review round",
    },
    Achievement {
        id: "master-email-threats",
        name: "Email threats mastered",
        how: "20+ answers on email threats, 85% right",
    },
    Achievement {
        id: "master-customer-data",
        name: "Customer data mastered",
        how: "20+ answers on customer data, 85% right",
    },
    Achievement {
        id: "master-social-media",
        name: "Social media mastered",
        how: "20+ answers on social media, 85% right",
    },
    Achievement {
        id: "master-consent-privacy",
        name: "Consent and privacy mastered",
        how: "20+ answers on consent and privacy, 85% right",
    },
    Achievement {
        id: "master-myths",
        name: "Myths mastered",
        how: "20+ answers on myths, 85% right",
    },
];

pub fn find(id: &str) -> Option<&'static Achievement> {
    ACHIEVEMENTS.iter().find(|a| a.id == id)
}

/// Achievements newly earned by a finished round (not those already held).
pub fn earned_by_round(
    profile: &Profile,
    answers: &[AnswerRecord],
    review: bool,
) -> Vec<&'static str> {
    let mut ids = vec!["first-round"];
    let right = answers.iter().filter(|a| a.correct()).count();
    if answers.len() >= 5 && right == answers.len() {
        ids.push("perfect-round");
    }
    if answers.len() >= 5 && answers.iter().all(|a| a.inspected) {
        ids.push("inspector");
    }
    let safe: Vec<_> = answers
        .iter()
        .filter(|a| a.verdict == Verdict::Safe)
        .collect();
    // Calling everything safe avoids false alarms too: the round must also be mostly right.
    if safe.len() >= 3 && safe.iter().all(|a| a.correct()) && right * 5 >= answers.len() * 4 {
        ids.push("calm-judge");
    }
    if review {
        ids.push("reviewer");
    }
    ids.extend(earned_by_totals(&profile.totals));
    ids.retain(|id| !profile.has_achievement(id));
    ids.dedup();
    ids
}

/// Achievements that follow from running totals alone.
pub fn earned_by_totals(totals: &Totals) -> Vec<&'static str> {
    let mut ids = Vec::new();
    if totals.best_streak >= 10 {
        ids.push("streak-10");
    }
    if longest_run_of_days(&totals.days) >= 7 {
        ids.push("week-of-practice");
    }
    for theme in Theme::ALL {
        let mastered = totals
            .by_theme
            .get(theme)
            .is_some_and(|c| c.total >= 20 && c.accuracy().unwrap_or(0.0) >= 0.85);
        if mastered
            && let Some(a) = ACHIEVEMENTS
                .iter()
                .find(|a| a.id == format!("master-{theme}"))
        {
            ids.push(a.id);
        }
    }
    ids
}

fn longest_run_of_days(days: &[String]) -> usize {
    let mut dates: Vec<NaiveDate> = days
        .iter()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    dates.sort();
    dates.dedup();
    let (mut best, mut run) = (0, 0);
    for (i, d) in dates.iter().enumerate() {
        run = if i > 0 && dates[i - 1].succ_opt() == Some(*d) {
            run + 1
        } else {
            1
        };
        best = best.max(run);
    }
    best
}

/// A rank needs points and sensitivity: suspecting everything cannot climb.
pub struct Rank {
    pub name: &'static str,
    pub points: u64,
    pub min_d_prime: f64,
}

pub const RANKS: &[Rank] = &[
    Rank {
        name: "Trainee",
        points: 0,
        min_d_prime: f64::NEG_INFINITY,
    },
    Rank {
        name: "Spotter",
        points: 300,
        min_d_prime: 0.5,
    },
    Rank {
        name: "Checker",
        points: 1000,
        min_d_prime: 1.0,
    },
    Rank {
        name: "Analyst",
        points: 3000,
        min_d_prime: 1.5,
    },
    Rank {
        name: "Guardian",
        points: 8000,
        min_d_prime: 2.0,
    },
];

/// How many recent answers the rank's sensitivity is measured on.
pub const RECENT: usize = 50;

/// The highest rank whose points and sensitivity (over the last answers) are both met.
pub fn rank(totals: &Totals) -> &'static Rank {
    let mut tally = Tally::default();
    for kind in &totals.recent {
        tally.add(*kind);
    }
    let d = tally.d_prime().unwrap_or(f64::NEG_INFINITY);
    RANKS
        .iter()
        .rev()
        .find(|r| totals.points >= r.points && d >= r.min_d_prime)
        .unwrap_or(&RANKS[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::OutcomeKind;

    #[test]
    fn rank_needs_points_and_sensitivity() {
        let mut totals = Totals {
            points: 5000,
            ..Totals::default()
        };
        // Always "dangerous": every scam caught, every safe item a false alarm: d′ = 0.
        totals.recent = [OutcomeKind::Hit, OutcomeKind::FalseAlarm].repeat(25);
        assert_eq!(rank(&totals).name, "Trainee");
        totals.recent = [OutcomeKind::Hit, OutcomeKind::CorrectRejection].repeat(25);
        assert_eq!(
            rank(&totals).name,
            "Analyst",
            "points cap it below Guardian"
        );
        totals.points = 200;
        assert_eq!(rank(&totals).name, "Trainee");
    }

    #[test]
    fn a_week_is_seven_days_in_a_row() {
        let days = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let week = days(&[
            "2026-11-01",
            "2026-11-02",
            "2026-11-03",
            "2026-11-04",
            "2026-11-05",
            "2026-11-06",
            "2026-11-07",
        ]);
        assert_eq!(longest_run_of_days(&week), 7);
        let gap = days(&[
            "2026-11-01",
            "2026-11-02",
            "2026-11-04",
            "2026-11-05",
            "2026-11-06",
            "2026-11-07",
            "2026-11-08",
        ]);
        assert_eq!(longest_run_of_days(&gap), 5);
        let totals = Totals {
            days: week,
            ..Totals::default()
        };
        assert!(earned_by_totals(&totals).contains(&"week-of-practice"));
    }

    fn answer(verdict: Verdict, given: Verdict) -> AnswerRecord {
        AnswerRecord {
            at: chrono::Utc::now(),
            scenario: "s".into(),
            channel: crate::content::Channel::Email,
            theme: Theme::Myths,
            verdict,
            given,
            outcome: OutcomeKind::of(verdict, given),
            cues: Vec::new(),
            inspected: false,
            seconds: 1.0,
            points: 0,
            spot: None,
        }
    }

    #[test]
    fn calling_everything_safe_is_not_a_calm_judge() {
        use Verdict::{Dangerous, Safe};
        let profile = Profile::new("p", chrono::Utc::now());
        let all_safe: Vec<_> = [Safe, Safe, Safe, Dangerous, Dangerous]
            .iter()
            .map(|v| answer(*v, Safe))
            .collect();
        assert!(!earned_by_round(&profile, &all_safe, false).contains(&"calm-judge"));
        let careful: Vec<_> = [Safe, Safe, Safe, Dangerous, Dangerous]
            .iter()
            .map(|v| answer(*v, *v))
            .collect();
        assert!(earned_by_round(&profile, &careful, false).contains(&"calm-judge"));
    }
}
