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

/// What the next rank needs.
pub fn next_rank(next: Rank) -> String {
    format!(
        "{} at {} points and sensitivity d′ ≥ {:.1} over your last {RECENT} answers",
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

/// What a line of the statistics counts, in words.
pub trait Counted: Copy {
    fn counted(self) -> &'static str;
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
}

/// A share as a whole percentage, or "-" when there is none.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// The skills due for review, or "none".
pub fn reviews_due(due: &[String]) -> String {
    if due.is_empty() {
        "none".to_string()
    } else {
        due.join(", ")
    }
}

/// The statistics as text, for `redflag stats`.
pub fn stats_lines(s: &Stats) -> Vec<String> {
    let mut out = vec![
        format!("Profile: {}  ·  rank: {}", s.profile, rank(s.rank)),
        format!(
            "Rounds played: {}  ·  answers: {}  ·  points: {}  ·  best streak: {}",
            s.rounds, s.answered, s.points, s.best_streak
        ),
        format!(
            "Accuracy: {}  ·  catch rate: {}  ·  false-alarm rate: {}  ·  sensitivity d′: {}",
            percent(s.accuracy),
            percent(s.catch_rate),
            percent(s.false_alarm_rate),
            s.d_prime.map_or("-".into(), |d| format!("{d:.2}"))
        ),
        format!(
            "Missed scams: {}  ·  false alarms: {}  ·  inspected before answering: {}",
            s.misses,
            s.false_alarms,
            percent(s.inspected_share)
        ),
    ];
    if let Some(next) = s.next_rank {
        out.push(format!("Next rank: {}", next_rank(next)));
    }
    if !s.trend.is_empty() {
        out.push(format!(
            "Accuracy per round (last {}): {}",
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

fn section<K: Counted>(out: &mut Vec<String>, title: &str, lines: &[Line<K>]) {
    if lines.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(format!("{title}:"));
    for l in lines {
        out.push(format!(
            "  {:<26} {} {:>4}  ({}/{})",
            l.of.counted(),
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
            "Spotter at 300 points and sensitivity d′ ≥ 0.5 over your last 50 answers"
        );
    }
}
