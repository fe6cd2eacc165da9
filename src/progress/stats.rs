//! Figures for the stats screen and `redflag stats`, computed from the profile's running totals.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::achievements::{Achievement, Rank, rank};
use super::model::{Count, Profile};
use crate::content::{Channel, Cue, Theme};

/// How many recent rounds the accuracy trend shows (all the profile keeps).
pub const TREND_ROUNDS: usize = super::model::KEPT_ROUNDS;

/// Right and total answers for one theme, channel or red flag (`of`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line<K> {
    pub of: K,
    pub right: u32,
    pub total: u32,
    pub accuracy: Option<f64>,
}

/// An achievement, and the day it was earned if it was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AchievementLine {
    pub achievement: Achievement,
    pub earned: Option<NaiveDate>,
}

/// A profile's figures; the front ends word them (`strings`).
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub profile: String,
    pub rounds: usize,
    pub answered: u32,
    pub points: u64,
    pub accuracy: Option<f64>,
    pub catch_rate: Option<f64>,
    pub false_alarm_rate: Option<f64>,
    pub d_prime: Option<f64>,
    /// The four outcomes counted, for figures worded as "caught 4 of 5".
    pub tally: crate::scoring::Tally,
    pub misses: u32,
    pub false_alarms: u32,
    pub best_streak: u32,
    pub seconds_per_answer: Option<f64>,
    pub inspected_share: Option<f64>,
    pub rank: Rank,
    pub next_rank: Option<Rank>,
    /// Accuracy of each of the last rounds, oldest first.
    pub trend: Vec<f64>,
    pub by_theme: Vec<Line<Theme>>,
    pub by_channel: Vec<Line<Channel>>,
    pub by_cue: Vec<Line<Cue>>,
    /// Every achievement, earned or not, in [`Achievement::ALL`]'s order.
    pub achievements: Vec<AchievementLine>,
    /// Skill ids due for review, most overdue first.
    pub reviews_due: Vec<String>,
    pub unfinished_round: bool,
}

fn lines<K: Copy>(counts: &BTreeMap<K, Count>) -> Vec<Line<K>> {
    counts
        .iter()
        .map(|(of, c)| Line {
            of: *of,
            right: c.right,
            total: c.total,
            accuracy: c.accuracy(),
        })
        .collect()
}

pub fn stats(profile: &Profile, today: NaiveDate) -> Stats {
    let t = &profile.totals;
    let current = rank(t);
    let trend = profile
        .rounds
        .iter()
        .rev()
        .take(TREND_ROUNDS)
        .rev()
        .filter(|r| r.answered > 0)
        .map(|r| f64::from(r.correct) / f64::from(r.answered))
        .collect();
    let answered = t.tally.total();
    Stats {
        profile: profile.name.clone(),
        rounds: usize::try_from(profile.rounds_played()).unwrap_or(usize::MAX),
        answered,
        points: t.points,
        accuracy: t.tally.accuracy(),
        catch_rate: t.tally.catch_rate(),
        false_alarm_rate: t.tally.false_alarm_rate(),
        d_prime: t.tally.d_prime(),
        tally: t.tally,
        misses: t.tally.misses,
        false_alarms: t.tally.false_alarms,
        best_streak: t.best_streak,
        seconds_per_answer: (answered > 0).then(|| t.seconds / f64::from(answered)),
        inspected_share: (answered > 0).then(|| f64::from(t.inspected) / f64::from(answered)),
        rank: current,
        next_rank: current.next(),
        trend,
        by_theme: lines(&t.by_theme),
        by_channel: lines(&t.by_channel),
        by_cue: lines(&t.by_cue),
        achievements: Achievement::ALL
            .iter()
            .map(|a| AchievementLine {
                achievement: *a,
                earned: profile
                    .achievements
                    .iter()
                    .find(|e| e.id == a.id())
                    .map(|e| e.at.date_naive()),
            })
            .collect(),
        reviews_due: profile
            .review
            .due(today)
            .into_iter()
            .map(String::from)
            .collect(),
        unfinished_round: profile.current.is_some(),
    }
}

/// A sparkline of rates between 0 and 1.
pub fn sparkline(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| BARS[((v.clamp(0.0, 1.0) * 7.0).round()) as usize])
        .collect()
}

/// A bar of `width` cells filled to `rate`.
pub fn bar(rate: Option<f64>, width: usize) -> String {
    let filled = rate.map_or(0, |r| (r.clamp(0.0, 1.0) * width as f64).round() as usize);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_sparklines() {
        assert_eq!(bar(Some(0.5), 10), "█████░░░░░");
        assert_eq!(bar(None, 4), "░░░░");
        assert_eq!(sparkline(&[0.0, 0.5, 1.0]), "▁▅█");
    }
}
