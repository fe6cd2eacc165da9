//! `redflag stats`: a profile's figures as text or JSON, read without changing anything.

use std::io::Write;

use chrono::Utc;

use serde::Serialize;

use crate::cli::{Format, ProfileArgs};
use crate::commands::profile::read_profile;
use crate::i18n::Catalog;
use crate::progress::stats::{Line, Stats, stats};
use crate::strings::{self, Counted};

pub fn run(
    t: &Catalog,
    args: &ProfileArgs,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let figures = stats(&read_profile(args)?.profile, Utc::now().date_naive());
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&Figures::from(&figures))?
        )?,
        Format::Human => {
            for line in strings::stats_lines(t, &figures) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// The statistics as `--format json` gives them: the figures, with ranks, achievements and what
/// each line counts in words (the field names and values scripts already read).
#[derive(Serialize)]
struct Figures<'a> {
    profile: &'a str,
    rounds: usize,
    answered: u32,
    points: u64,
    accuracy: Option<f64>,
    catch_rate: Option<f64>,
    false_alarm_rate: Option<f64>,
    d_prime: Option<f64>,
    misses: u32,
    false_alarms: u32,
    best_streak: u32,
    seconds_per_answer: Option<f64>,
    inspected_share: Option<f64>,
    rank: String,
    next_rank: Option<String>,
    trend: &'a [f64],
    by_theme: Vec<CountLine>,
    by_channel: Vec<CountLine>,
    by_cue: Vec<CountLine>,
    achievements: Vec<AchievementLine>,
    reviews_due: &'a [String],
    unfinished_round: bool,
}

#[derive(Serialize)]
struct CountLine {
    name: &'static str,
    right: u32,
    total: u32,
    accuracy: Option<f64>,
}

#[derive(Serialize)]
struct AchievementLine {
    id: &'static str,
    name: String,
    how: String,
    earned: Option<String>,
}

fn count_lines<K: Counted>(lines: &[Line<K>]) -> Vec<CountLine> {
    lines
        .iter()
        .map(|l| CountLine {
            name: l.of.counted(),
            right: l.right,
            total: l.total,
            accuracy: l.accuracy,
        })
        .collect()
}

impl<'a> From<&'a Stats> for Figures<'a> {
    fn from(s: &'a Stats) -> Self {
        // JSON's values are the same in every language: its words stay English.
        let english = Catalog::english();
        Figures {
            profile: &s.profile,
            rounds: s.rounds,
            answered: s.answered,
            points: s.points,
            accuracy: s.accuracy,
            catch_rate: s.catch_rate,
            false_alarm_rate: s.false_alarm_rate,
            d_prime: s.d_prime,
            misses: s.misses,
            false_alarms: s.false_alarms,
            best_streak: s.best_streak,
            seconds_per_answer: s.seconds_per_answer,
            inspected_share: s.inspected_share,
            rank: strings::rank(english, s.rank),
            next_rank: s.next_rank.map(|next| strings::next_rank(english, next)),
            trend: &s.trend,
            by_theme: count_lines(&s.by_theme),
            by_channel: count_lines(&s.by_channel),
            by_cue: count_lines(&s.by_cue),
            achievements: s
                .achievements
                .iter()
                .map(|a| AchievementLine {
                    id: a.achievement.id(),
                    name: strings::achievement(english, a.achievement),
                    how: strings::achievement_how(english, a.achievement),
                    earned: a.earned.map(|date| date.to_string()),
                })
                .collect(),
            reviews_due: &s.reviews_due,
            unfinished_round: s.unfinished_round,
        }
    }
}
