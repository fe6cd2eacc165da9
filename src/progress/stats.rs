//! Figures for the stats screen and `redflag stats`, computed from the profile's running totals.

use chrono::NaiveDate;
use serde::Serialize;

use super::achievements::{ACHIEVEMENTS, RANKS, rank};
use super::model::{Count, Profile};

/// How many recent rounds the accuracy trend shows (all the profile keeps).
pub const TREND_ROUNDS: usize = super::model::KEPT_ROUNDS;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Line {
    pub name: String,
    pub right: u32,
    pub total: u32,
    pub accuracy: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AchievementLine {
    pub id: String,
    pub name: String,
    pub how: String,
    pub earned: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub profile: String,
    pub rounds: usize,
    pub answered: u32,
    pub points: u64,
    pub accuracy: Option<f64>,
    pub catch_rate: Option<f64>,
    pub false_alarm_rate: Option<f64>,
    pub d_prime: Option<f64>,
    pub misses: u32,
    pub false_alarms: u32,
    pub best_streak: u32,
    pub seconds_per_answer: Option<f64>,
    pub inspected_share: Option<f64>,
    pub rank: String,
    pub next_rank: Option<String>,
    /// Accuracy of each of the last rounds, oldest first.
    pub trend: Vec<f64>,
    pub by_theme: Vec<Line>,
    pub by_channel: Vec<Line>,
    pub by_cue: Vec<Line>,
    pub achievements: Vec<AchievementLine>,
    pub reviews_due: Vec<String>,
    pub unfinished_round: bool,
}

fn line(name: &str, c: &Count) -> Line {
    Line {
        name: name.to_string(),
        right: c.right,
        total: c.total,
        accuracy: c.accuracy(),
    }
}

pub fn stats(profile: &Profile, today: NaiveDate) -> Stats {
    let t = &profile.totals;
    let current = rank(t);
    let next = RANKS.iter().find(|r| r.points > current.points).map(|r| {
        format!(
            "{} at {} points and sensitivity d′ ≥ {:.1} over your last 50 answers",
            r.name, r.points, r.min_d_prime
        )
    });
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
        misses: t.tally.misses,
        false_alarms: t.tally.false_alarms,
        best_streak: t.best_streak,
        seconds_per_answer: (answered > 0).then(|| t.seconds / f64::from(answered)),
        inspected_share: (answered > 0).then(|| f64::from(t.inspected) / f64::from(answered)),
        rank: current.name.to_string(),
        next_rank: next,
        trend,
        by_theme: t.by_theme.iter().map(|(k, c)| line(k.label(), c)).collect(),
        by_channel: t
            .by_channel
            .iter()
            .map(|(k, c)| line(k.label(), c))
            .collect(),
        by_cue: t.by_cue.iter().map(|(k, c)| line(k.name(), c)).collect(),
        achievements: ACHIEVEMENTS
            .iter()
            .map(|a| AchievementLine {
                id: a.id.into(),
                name: a.name.into(),
                how: a.how.into(),
                earned: profile
                    .achievements
                    .iter()
                    .find(|e| e.id == a.id)
                    .map(|e| e.at.format("%Y-%m-%d").to_string()),
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

/// Human-readable lines of the stats, for `redflag stats` and plain mode.
pub fn text_lines(s: &Stats) -> Vec<String> {
    let pct = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let mut out = vec![
        format!("Profile: {}  ·  rank: {}", s.profile, s.rank),
        format!(
            "Rounds played: {}  ·  answers: {}  ·  points: {}  ·  best streak: {}",
            s.rounds, s.answered, s.points, s.best_streak
        ),
        format!(
            "Accuracy: {}  ·  catch rate: {}  ·  false-alarm rate: {}  ·  sensitivity d′: {}",
            pct(s.accuracy),
            pct(s.catch_rate),
            pct(s.false_alarm_rate),
            s.d_prime.map_or("-".into(), |d| format!("{d:.2}"))
        ),
        format!(
            "Missed scams: {}  ·  false alarms: {}  ·  inspected before answering: {}",
            s.misses,
            s.false_alarms,
            pct(s.inspected_share)
        ),
    ];
    if let Some(next) = &s.next_rank {
        out.push(format!("Next rank: {next}"));
    }
    if !s.trend.is_empty() {
        out.push(format!(
            "Accuracy per round (last {}): {}",
            s.trend.len(),
            sparkline(&s.trend)
        ));
    }
    for (title, lines) in [
        ("By theme", &s.by_theme),
        ("By channel", &s.by_channel),
        ("By red flag", &s.by_cue),
    ] {
        if lines.is_empty() {
            continue;
        }
        out.push(String::new());
        out.push(format!("{title}:"));
        for l in lines {
            out.push(format!(
                "  {:<26} {} {:>4}  ({}/{})",
                l.name,
                bar(l.accuracy, 20),
                pct(l.accuracy),
                l.right,
                l.total
            ));
        }
    }
    out.push(String::new());
    out.push(format!(
        "Reviews due today: {}",
        if s.reviews_due.is_empty() {
            "none".to_string()
        } else {
            s.reviews_due.join(", ")
        }
    ));
    out.push(String::new());
    out.push("Achievements:".into());
    for a in &s.achievements {
        match &a.earned {
            Some(date) => out.push(format!("  ★ {} ({date}): {}", a.name, a.how)),
            None => out.push(format!("  · {}: {}", a.name, a.how)),
        }
    }
    out
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
