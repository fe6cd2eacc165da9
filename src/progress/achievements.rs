//! Ranks and achievements that reward the right habits: checking, accuracy both ways, regular practice.

use chrono::NaiveDate;

use super::model::{AnswerRecord, Profile, Totals};
use crate::content::{Theme, Verdict};
use crate::scoring::Tally;

/// An achievement, saved in a profile by its [`id`](Achievement::id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Achievement {
    /// Finish a round.
    FirstRound,
    /// Every answer right in a round of 5 or more.
    PerfectRound,
    /// 10 right answers in a row.
    TenInARow,
    /// Inspect every item before answering, in a round of 5 or more.
    Inspector,
    /// No false alarm in a round with 3 or more safe items, and 80% right.
    CalmJudge,
    /// Practise on 7 days in a row.
    WeekOfPractice,
    /// Finish a review round.
    Reviewer,
    /// 20 or more answers on the theme, 85% right.
    Mastered(Theme),
}

impl Achievement {
    /// Every achievement, in the order statistics list them.
    pub const ALL: [Achievement; 12] = [
        Achievement::FirstRound,
        Achievement::PerfectRound,
        Achievement::TenInARow,
        Achievement::Inspector,
        Achievement::CalmJudge,
        Achievement::WeekOfPractice,
        Achievement::Reviewer,
        Achievement::Mastered(Theme::EmailThreats),
        Achievement::Mastered(Theme::CustomerData),
        Achievement::Mastered(Theme::SocialMedia),
        Achievement::Mastered(Theme::ConsentPrivacy),
        Achievement::Mastered(Theme::Myths),
    ];

    /// The name saved in profiles and shown in JSON statistics.
    pub fn id(self) -> &'static str {
        match self {
            Achievement::FirstRound => "first-round",
            Achievement::PerfectRound => "perfect-round",
            Achievement::TenInARow => "streak-10",
            Achievement::Inspector => "inspector",
            Achievement::CalmJudge => "calm-judge",
            Achievement::WeekOfPractice => "week-of-practice",
            Achievement::Reviewer => "reviewer",
            Achievement::Mastered(Theme::EmailThreats) => "master-email-threats",
            Achievement::Mastered(Theme::CustomerData) => "master-customer-data",
            Achievement::Mastered(Theme::SocialMedia) => "master-social-media",
            Achievement::Mastered(Theme::ConsentPrivacy) => "master-consent-privacy",
            Achievement::Mastered(Theme::Myths) => "master-myths",
        }
    }
}

/// Achievements newly earned by a finished round (not those already held).
pub fn earned_by_round(
    profile: &Profile,
    answers: &[AnswerRecord],
    review: bool,
) -> Vec<Achievement> {
    let mut ids = vec![Achievement::FirstRound];
    let right = answers.iter().filter(|a| a.correct()).count();
    if answers.len() >= 5 && right == answers.len() {
        ids.push(Achievement::PerfectRound);
    }
    if answers.len() >= 5 && answers.iter().all(|a| a.inspected) {
        ids.push(Achievement::Inspector);
    }
    let safe: Vec<_> = answers
        .iter()
        .filter(|a| a.verdict == Verdict::Safe)
        .collect();
    // Calling everything safe avoids false alarms too: the round must also be mostly right.
    if safe.len() >= 3 && safe.iter().all(|a| a.correct()) && right * 5 >= answers.len() * 4 {
        ids.push(Achievement::CalmJudge);
    }
    if review {
        ids.push(Achievement::Reviewer);
    }
    ids.extend(earned_by_totals(&profile.totals));
    ids.retain(|a| !profile.has_achievement(a.id()));
    ids.dedup();
    ids
}

/// Achievements that follow from running totals alone.
pub fn earned_by_totals(totals: &Totals) -> Vec<Achievement> {
    let mut ids = Vec::new();
    if totals.best_streak >= 10 {
        ids.push(Achievement::TenInARow);
    }
    if longest_run_of_days(&totals.days) >= 7 {
        ids.push(Achievement::WeekOfPractice);
    }
    for theme in Theme::ALL {
        let mastered = totals
            .by_theme
            .get(theme)
            .is_some_and(|c| c.total >= 20 && c.accuracy().unwrap_or(0.0) >= 0.85);
        if mastered {
            ids.push(Achievement::Mastered(*theme));
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Trainee,
    Spotter,
    Checker,
    Analyst,
    Guardian,
}

impl Rank {
    /// Lowest first.
    pub const ALL: [Rank; 5] = [
        Rank::Trainee,
        Rank::Spotter,
        Rank::Checker,
        Rank::Analyst,
        Rank::Guardian,
    ];

    /// Points needed.
    pub fn points(self) -> u64 {
        match self {
            Rank::Trainee => 0,
            Rank::Spotter => 300,
            Rank::Checker => 1000,
            Rank::Analyst => 3000,
            Rank::Guardian => 8000,
        }
    }

    /// Sensitivity d′ needed over the last [`RECENT`] answers.
    pub fn min_d_prime(self) -> f64 {
        match self {
            Rank::Trainee => f64::NEG_INFINITY,
            Rank::Spotter => 0.5,
            Rank::Checker => 1.0,
            Rank::Analyst => 1.5,
            Rank::Guardian => 2.0,
        }
    }

    /// The rank above, if any.
    pub fn next(self) -> Option<Rank> {
        Rank::ALL
            .iter()
            .copied()
            .find(|r| r.points() > self.points())
    }
}

/// How many recent answers the rank's sensitivity is measured on.
pub const RECENT: usize = 50;

/// The highest rank whose points and sensitivity (over the last answers) are both met.
pub fn rank(totals: &Totals) -> Rank {
    let mut tally = Tally::default();
    for kind in &totals.recent {
        tally.add(*kind);
    }
    let d = tally.d_prime().unwrap_or(f64::NEG_INFINITY);
    Rank::ALL
        .iter()
        .rev()
        .copied()
        .find(|r| totals.points >= r.points() && d >= r.min_d_prime())
        .unwrap_or(Rank::Trainee)
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
        assert_eq!(rank(&totals), Rank::Trainee);
        totals.recent = [OutcomeKind::Hit, OutcomeKind::CorrectRejection].repeat(25);
        assert_eq!(rank(&totals), Rank::Analyst, "points cap it below Guardian");
        totals.points = 200;
        assert_eq!(rank(&totals), Rank::Trainee);
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
        assert!(earned_by_totals(&totals).contains(&Achievement::WeekOfPractice));
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
        assert!(!earned_by_round(&profile, &all_safe, false).contains(&Achievement::CalmJudge));
        let careful: Vec<_> = [Safe, Safe, Safe, Dangerous, Dangerous]
            .iter()
            .map(|v| answer(*v, *v))
            .collect();
        assert!(earned_by_round(&profile, &careful, false).contains(&Achievement::CalmJudge));
    }

    #[test]
    fn every_theme_can_be_mastered_and_ids_are_unique() {
        for theme in Theme::ALL {
            assert!(Achievement::ALL.contains(&Achievement::Mastered(*theme)));
        }
        let mut ids: Vec<&str> = Achievement::ALL.iter().map(|a| a.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Achievement::ALL.len());
    }

    #[test]
    fn ranks_climb_in_points_and_sensitivity() {
        for pair in Rank::ALL.windows(2) {
            assert!(pair[0].points() < pair[1].points(), "{pair:?}");
            assert!(pair[0].min_d_prime() < pair[1].min_d_prime(), "{pair:?}");
            assert_eq!(pair[0].next(), Some(pair[1]));
        }
        assert_eq!(Rank::Guardian.next(), None);
    }
}
