//! Ranks, achievements and a profile's statistics in words.

use crate::content::{Channel, Cue, Theme};
use crate::progress::achievements::{Achievement, RECENT, Rank};
use crate::progress::stats::{Line, Stats, bar, sparkline};

pub fn rank(rank: Rank) -> &'static str {
    match rank {
        Rank::Trainee => "Trainee",
        Rank::Spotter => "Spotter",
        Rank::Checker => "Checker",
        Rank::Analyst => "Analyst",
        Rank::Guardian => "Guardian",
    }
}

/// What the next rank needs, the sensitivity bar with what it measures.
pub fn next_rank(next: Rank) -> String {
    format!(
        "{} at {} points, telling scams from safe messages (sensitivity d′ {:.1} or more) over your last {RECENT} answers",
        rank(next),
        next.points(),
        next.min_d_prime()
    )
}

pub fn achievement(achievement: Achievement) -> &'static str {
    match achievement {
        Achievement::FirstRound => "First round",
        Achievement::PerfectRound => "Perfect round",
        Achievement::TenInARow => "Ten in a row",
        Achievement::Inspector => "Inspector",
        Achievement::CalmJudge => "Calm judge",
        Achievement::WeekOfPractice => "A week of practice",
        Achievement::Reviewer => "Reviewer",
        Achievement::Mastered(Theme::EmailThreats) => "Email threats mastered",
        Achievement::Mastered(Theme::CustomerData) => "Customer data mastered",
        Achievement::Mastered(Theme::SocialMedia) => "Social media mastered",
        Achievement::Mastered(Theme::ConsentPrivacy) => "Consent and privacy mastered",
        Achievement::Mastered(Theme::Myths) => "Myths mastered",
    }
}

/// How an achievement is earned.
pub fn achievement_how(achievement: Achievement) -> &'static str {
    match achievement {
        Achievement::FirstRound => "finish a round",
        Achievement::PerfectRound => "every answer right in a round of 5 or more",
        Achievement::TenInARow => "10 right answers in a row",
        Achievement::Inspector => "inspect every item before answering, in a round of 5 or more",
        Achievement::CalmJudge => {
            "no false alarm in a round with 3 or more safe items, and 80% right"
        }
        Achievement::WeekOfPractice => "practise on 7 days in a row",
        Achievement::Reviewer => "finish a review round",
        Achievement::Mastered(Theme::EmailThreats) => "20+ answers on email threats, 85% right",
        Achievement::Mastered(Theme::CustomerData) => "20+ answers on customer data, 85% right",
        Achievement::Mastered(Theme::SocialMedia) => "20+ answers on social media, 85% right",
        Achievement::Mastered(Theme::ConsentPrivacy) => {
            "20+ answers on consent and privacy, 85% right"
        }
        Achievement::Mastered(Theme::Myths) => "20+ answers on myths, 85% right",
    }
}

/// What a line of the statistics counts: `counted` as `stats --format json` has always named it
/// (a red flag by its id), `worded` as the player reads it.
pub trait Counted: Copy {
    fn counted(self) -> &'static str;
    fn worded(self) -> &'static str {
        self.counted()
    }
}

impl Counted for Theme {
    fn counted(self) -> &'static str {
        self.label()
    }
}

impl Counted for Channel {
    fn counted(self) -> &'static str {
        self.label()
    }
}

impl Counted for Cue {
    fn counted(self) -> &'static str {
        self.name()
    }
    fn worded(self) -> &'static str {
        super::cue_label(self)
    }
}

/// A share as a whole percentage, or "-" when there is none.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// The skills due for review in words, or "none".
pub fn reviews_due(due: &[String]) -> String {
    if due.is_empty() {
        "none".to_string()
    } else {
        due.iter()
            .map(|id| super::skill(id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The figures of a profile that need a meaning beside them, one line each: scams caught, false
/// alarms, and sensitivity once it means something.
pub fn figure_lines(s: &Stats) -> Vec<String> {
    let t = &s.tally;
    [
        super::caught(t),
        super::false_alarms(t),
        super::sensitivity(t),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The statistics as text, for `redflag stats`.
pub fn stats_lines(s: &Stats) -> Vec<String> {
    let mut out = vec![
        format!("Profile: {}  ·  rank: {}", s.profile, rank(s.rank)),
        format!(
            "Rounds played: {}  ·  answers: {} ({} right)  ·  points: {}  ·  {}",
            s.rounds,
            s.answered,
            percent(s.accuracy),
            s.points,
            super::best_streak(s.best_streak)
        ),
    ];
    out.extend(figure_lines(s));
    out.push(format!(
        "Inspected before answering: {} of answers",
        percent(s.inspected_share)
    ));
    if let Some(next) = s.next_rank {
        out.push(format!("Next rank: {}", next_rank(next)));
    }
    if !s.trend.is_empty() {
        out.push(format!(
            "Share right per round (last {}, oldest first): {}",
            s.trend.len(),
            sparkline(&s.trend)
        ));
    }
    section(&mut out, "By theme", &s.by_theme);
    section(&mut out, "By channel", &s.by_channel);
    section(&mut out, "By red flag", &s.by_cue);
    out.push(String::new());
    out.push(format!(
        "Reviews due today: {}",
        reviews_due(&s.reviews_due)
    ));
    out.push(String::new());
    out.push("Achievements:".into());
    for line in &s.achievements {
        let (name, how) = (
            achievement(line.achievement),
            achievement_how(line.achievement),
        );
        match line.earned {
            Some(date) => out.push(format!("  ★ {name} ({date}): {how}")),
            None => out.push(format!("  · {name}: {how}")),
        }
    }
    out
}

/// The width of the longest name among `lines`, for a column of them.
pub fn name_width<K: Counted>(lines: &[Line<K>]) -> usize {
    lines
        .iter()
        .map(|l| l.of.worded().chars().count())
        .max()
        .unwrap_or(0)
}

fn section<K: Counted>(out: &mut Vec<String>, title: &str, lines: &[Line<K>]) {
    if lines.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(format!("{title}:"));
    let width = name_width(lines);
    for l in lines {
        out.push(format!(
            "  {:<width$} {} {:>4}  ({}/{})",
            l.of.worded(),
            bar(l.accuracy, 20),
            percent(l.accuracy),
            l.right,
            l.total
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_achievement_and_rank_has_its_words() {
        let mut names: Vec<&str> = Achievement::ALL.iter().map(|a| achievement(*a)).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Achievement::ALL.len(), "no two share a name");
        for a in Achievement::ALL {
            assert!(!achievement_how(a).is_empty(), "{a:?}");
        }
        for theme in Theme::ALL {
            let how = achievement_how(Achievement::Mastered(*theme));
            assert!(
                how.contains(&theme.label().to_lowercase()),
                "{theme:?}: {how}"
            );
        }
        assert_eq!(
            next_rank(Rank::Spotter),
            "Spotter at 300 points, telling scams from safe messages (sensitivity d′ 0.5 or more) over your last 50 answers"
        );
    }
}
