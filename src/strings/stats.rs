//! Ranks, achievements and a profile's statistics in words.

use crate::content::{Channel, Cue, Theme};
use crate::i18n::Catalog;
use crate::progress::achievements::{Achievement, RECENT, Rank};
use crate::progress::stats::{Line, Stats, bar, sparkline};

pub fn rank(t: &Catalog, rank: Rank) -> String {
    match rank {
        Rank::Trainee => crate::t!(t, "rank-trainee"),
        Rank::Spotter => crate::t!(t, "rank-spotter"),
        Rank::Checker => crate::t!(t, "rank-checker"),
        Rank::Analyst => crate::t!(t, "rank-analyst"),
        Rank::Guardian => crate::t!(t, "rank-guardian"),
    }
}

/// What the next rank needs, the sensitivity bar with what it measures.
pub fn next_rank(t: &Catalog, next: Rank) -> String {
    crate::t!(
        t,
        "next-rank",
        rank = rank(t, next),
        points = next.points(),
        d = format!("{:.1}", next.min_d_prime()),
        recent = RECENT
    )
}

pub fn achievement(t: &Catalog, achievement: Achievement) -> String {
    match achievement {
        Achievement::FirstRound => crate::t!(t, "achievement-first-round"),
        Achievement::PerfectRound => crate::t!(t, "achievement-perfect-round"),
        Achievement::TenInARow => crate::t!(t, "achievement-ten-in-a-row"),
        Achievement::Inspector => crate::t!(t, "achievement-inspector"),
        Achievement::CalmJudge => crate::t!(t, "achievement-calm-judge"),
        Achievement::WeekOfPractice => crate::t!(t, "achievement-week-of-practice"),
        Achievement::Reviewer => crate::t!(t, "achievement-reviewer"),
        Achievement::Mastered(Theme::EmailThreats) => {
            crate::t!(t, "achievement-mastered-email-threats")
        }
        Achievement::Mastered(Theme::CustomerData) => {
            crate::t!(t, "achievement-mastered-customer-data")
        }
        Achievement::Mastered(Theme::SocialMedia) => {
            crate::t!(t, "achievement-mastered-social-media")
        }
        Achievement::Mastered(Theme::ConsentPrivacy) => {
            crate::t!(t, "achievement-mastered-consent-privacy")
        }
        Achievement::Mastered(Theme::Myths) => crate::t!(t, "achievement-mastered-myths"),
    }
}

/// How an achievement is earned.
pub fn achievement_how(t: &Catalog, achievement: Achievement) -> String {
    match achievement {
        Achievement::FirstRound => crate::t!(t, "achievement-how-first-round"),
        Achievement::PerfectRound => crate::t!(t, "achievement-how-perfect-round"),
        Achievement::TenInARow => crate::t!(t, "achievement-how-ten-in-a-row"),
        Achievement::Inspector => crate::t!(t, "achievement-how-inspector"),
        Achievement::CalmJudge => crate::t!(t, "achievement-how-calm-judge"),
        Achievement::WeekOfPractice => crate::t!(t, "achievement-how-week-of-practice"),
        Achievement::Reviewer => crate::t!(t, "achievement-how-reviewer"),
        Achievement::Mastered(Theme::EmailThreats) => {
            crate::t!(t, "achievement-how-mastered-email-threats")
        }
        Achievement::Mastered(Theme::CustomerData) => {
            crate::t!(t, "achievement-how-mastered-customer-data")
        }
        Achievement::Mastered(Theme::SocialMedia) => {
            crate::t!(t, "achievement-how-mastered-social-media")
        }
        Achievement::Mastered(Theme::ConsentPrivacy) => {
            crate::t!(t, "achievement-how-mastered-consent-privacy")
        }
        Achievement::Mastered(Theme::Myths) => crate::t!(t, "achievement-how-mastered-myths"),
    }
}

/// What a line of the statistics counts: `counted` as `stats --format json` has always named it
/// (a stable value, the same in every language: a red flag by its id, a theme or a channel by
/// its English name), `worded` as the player reads it.
pub trait Counted: Copy {
    fn counted(self) -> &'static str;
    fn worded(self, t: &Catalog) -> String;
}

impl Counted for Theme {
    fn counted(self) -> &'static str {
        self.label()
    }
    fn worded(self, t: &Catalog) -> String {
        super::theme_label(t, self)
    }
}

impl Counted for Channel {
    fn counted(self) -> &'static str {
        self.label()
    }
    fn worded(self, t: &Catalog) -> String {
        super::channel_label(t, self)
    }
}

impl Counted for Cue {
    fn counted(self) -> &'static str {
        self.name()
    }
    fn worded(self, t: &Catalog) -> String {
        super::cue_label(t, self)
    }
}

/// A share as a whole percentage, or "-" when there is none.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// The skills due for review in words, or "none".
pub fn reviews_due(t: &Catalog, due: &[String]) -> String {
    if due.is_empty() {
        crate::t!(t, "reviews-none")
    } else {
        due.iter()
            .map(|id| super::skill(t, id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The figures of a profile that need a meaning beside them, one line each: scams caught, false
/// alarms, and sensitivity once it means something.
pub fn figure_lines(t: &Catalog, s: &Stats) -> Vec<String> {
    let tally = &s.tally;
    [
        super::caught(t, tally),
        super::false_alarms(t, tally),
        super::sensitivity(t, tally),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The statistics as text, for `redflag stats`.
pub fn stats_lines(t: &Catalog, s: &Stats) -> Vec<String> {
    let mut out = vec![
        crate::t!(
            t,
            "stats-profile",
            name = s.profile.as_str(),
            rank = rank(t, s.rank)
        ),
        crate::t!(
            t,
            "stats-rounds",
            rounds = s.rounds,
            answered = s.answered,
            accuracy = percent(s.accuracy),
            points = s.points,
            streak = super::best_streak(t, s.best_streak)
        ),
    ];
    out.extend(figure_lines(t, s));
    out.push(crate::t!(
        t,
        "stats-inspected",
        share = percent(s.inspected_share)
    ));
    if let Some(next) = s.next_rank {
        out.push(crate::t!(t, "stats-next-rank", next = next_rank(t, next)));
    }
    if !s.trend.is_empty() {
        out.push(crate::t!(
            t,
            "stats-trend",
            count = s.trend.len(),
            sparkline = sparkline(&s.trend)
        ));
    }
    section(t, &mut out, crate::t!(t, "stats-by-theme"), &s.by_theme);
    section(t, &mut out, crate::t!(t, "stats-by-channel"), &s.by_channel);
    section(t, &mut out, crate::t!(t, "stats-by-cue"), &s.by_cue);
    out.push(String::new());
    out.push(crate::t!(
        t,
        "stats-reviews-due",
        due = reviews_due(t, &s.reviews_due)
    ));
    out.push(String::new());
    out.push(crate::t!(t, "stats-achievements"));
    for line in &s.achievements {
        let (name, how) = (
            achievement(t, line.achievement),
            achievement_how(t, line.achievement),
        );
        match line.earned {
            Some(date) => out.push(format!(
                "  ★ {}",
                crate::t!(
                    t,
                    "stats-achievement-earned",
                    name = name,
                    date = date.to_string(),
                    how = how
                )
            )),
            None => out.push(format!(
                "  · {}",
                crate::t!(t, "stats-achievement-open", name = name, how = how)
            )),
        }
    }
    out
}

/// The width of the longest name among `lines`, for a column of them.
pub fn name_width<K: Counted>(t: &Catalog, lines: &[Line<K>]) -> usize {
    lines
        .iter()
        .map(|l| l.of.worded(t).chars().count())
        .max()
        .unwrap_or(0)
}

fn section<K: Counted>(t: &Catalog, out: &mut Vec<String>, title: String, lines: &[Line<K>]) {
    if lines.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(title);
    let width = name_width(t, lines);
    for l in lines {
        out.push(format!(
            "  {:<width$} {} {:>4}  ({}/{})",
            l.of.worded(t),
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
        let t = Catalog::english();
        let mut names: Vec<String> = Achievement::ALL
            .iter()
            .map(|a| achievement(t, *a))
            .collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Achievement::ALL.len(), "no two share a name");
        for a in Achievement::ALL {
            assert!(!achievement_how(t, a).is_empty(), "{a:?}");
        }
        for theme in Theme::ALL {
            let how = achievement_how(t, Achievement::Mastered(*theme));
            assert!(
                how.contains(&theme.label().to_lowercase()),
                "{theme:?}: {how}"
            );
        }
        assert_eq!(
            next_rank(t, Rank::Spotter),
            "Spotter at 300 points, telling scams from safe messages (sensitivity d′ 0.5 or more) over your last 50 answers"
        );
    }
}
