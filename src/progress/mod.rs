//! Profiles, history, statistics and spaced review; saved locally, never sent anywhere.
//! Time comes in as arguments, so everything here is repeatable in tests.

pub mod achievements;
pub mod data_dir;
pub mod error;
pub mod files;
pub mod format;
pub mod history;
pub mod model;
pub mod modules;
pub mod notice;
pub mod opening;
pub mod recover;
pub mod review;
pub mod session;
pub mod stats;
pub mod store;

use chrono::{DateTime, Utc};

pub use data_dir::DataDir;
pub use error::StoreError;
pub use history::HistoryRound;
pub use model::{AnswerRecord, Mode, Profile, RoundInProgress, RoundSummary};
pub use modules::{ModuleRecord, ModuleResult};
pub use notice::{Fallback, Notice, Recovery};
pub use session::Session;
pub use store::Store;

use crate::content::{Scenario, Verdict};
use crate::quiz::Answer;
use achievements::Achievement;

/// Rounds whose items count as "seen recently" when choosing review items.
pub const RECENT_ROUNDS: usize = 5;

/// Starts a round, replacing any unfinished one.
pub fn start_round(
    profile: &mut Profile,
    mode: Mode,
    seed: u64,
    ids: Vec<String>,
    now: DateTime<Utc>,
) {
    profile.current = Some(RoundInProgress {
        started: now,
        mode,
        seed,
        items: ids,
        answers: Vec::new(),
    });
}

/// Records one answer of the current round into the profile: totals, review schedule, the answer itself.
pub fn record_answer(
    profile: &mut Profile,
    scenario: &Scenario,
    answer: &Answer,
    now: DateTime<Utc>,
) {
    let cues: Vec<_> = if scenario.verdict == Verdict::Dangerous {
        scenario.flag.iter().map(|f| f.cue).collect()
    } else {
        Vec::new()
    };
    let record = AnswerRecord {
        at: now,
        scenario: scenario.id.clone(),
        channel: scenario.channel,
        theme: scenario.theme,
        verdict: scenario.verdict,
        given: answer.given,
        outcome: answer.kind,
        cues,
        inspected: answer.inspected,
        seconds: answer.seconds,
        points: answer.points,
        spot: answer.spot.clone(),
    };
    apply_answer(profile, record);
}

/// Adds a recorded answer to the profile: totals, review schedule, the current round. Rebuilding
/// a profile from its history replays every answer through here. Counters stop at their largest
/// value rather than wrap round to nothing.
pub fn apply_answer(profile: &mut Profile, record: AnswerRecord) {
    let correct = record.correct();
    let t = &mut profile.totals;
    t.tally.add(record.outcome);
    t.points = t.points.saturating_add(u64::from(record.points));
    t.seconds += record.seconds;
    t.inspected = t.inspected.saturating_add(u32::from(record.inspected));
    t.streak = if correct {
        t.streak.saturating_add(1)
    } else {
        0
    };
    t.best_streak = t.best_streak.max(t.streak);
    t.by_theme.entry(record.theme).or_default().add(correct);
    t.by_channel.entry(record.channel).or_default().add(correct);
    let mut unique = record.cues.clone();
    unique.sort();
    unique.dedup();
    for cue in unique {
        t.by_cue.entry(cue).or_default().add(correct);
    }
    let day = record.at.format("%Y-%m-%d").to_string();
    if t.days.last() != Some(&day) {
        t.days.push(day);
        let extra = t.days.len().saturating_sub(model::KEPT_DAYS);
        t.days.drain(..extra);
    }
    t.recent.push(record.outcome);
    if t.recent.len() > achievements::RECENT {
        t.recent.remove(0);
    }
    profile.review.record_skills(
        review::skills_of_answer(&record),
        correct,
        record.at.date_naive(),
    );
    if let Some(current) = profile.current.as_mut() {
        current.answers.push(record);
    }
}

/// Closes the current round: its summary joins the profile, its detail is returned for the history
/// file, and the achievements it earned are added and returned.
pub fn finish_round(profile: &mut Profile, now: DateTime<Utc>, pass_mark: u8) -> Option<Finished> {
    let current = profile.current.take()?;
    let answers = current.answers;
    let count = |f: &dyn Fn(&AnswerRecord) -> bool| {
        u32::try_from(answers.iter().filter(|a| f(a)).count()).unwrap_or(u32::MAX)
    };
    let summary = RoundSummary {
        started: current.started,
        finished: now,
        mode: current.mode.clone(),
        seed: current.seed,
        answered: count(&|_| true),
        correct: count(&|a| a.correct()),
        misses: count(&|a| a.outcome == crate::scoring::OutcomeKind::MissedScam),
        false_alarms: count(&|a| a.outcome == crate::scoring::OutcomeKind::FalseAlarm),
        points: answers
            .iter()
            .fold(0u32, |sum, a| sum.saturating_add(a.points)),
        seconds: answers.iter().map(|a| a.seconds).sum(),
    };
    let earned = achievements::earned_by_round(profile, &answers, current.mode == Mode::Review);
    for achievement in &earned {
        profile.achievements.push(model::Earned {
            id: achievement.id().to_string(),
            at: now,
        });
    }
    let module = current.mode.module().map(|id| {
        let percent = (u64::from(summary.correct) * 100)
            .checked_div(u64::from(summary.answered))
            .map_or(0, |p| u32::try_from(p).unwrap_or(u32::MAX));
        let passed = modules::record_attempt(&mut profile.modules, id, percent, pass_mark, now);
        ModuleResult {
            id: id.to_string(),
            percent,
            passed,
            pass_mark,
        }
    });
    profile.totals.rounds = profile.rounds_played().saturating_add(1);
    profile.rounds.push(summary.clone());
    let extra = profile.rounds.len().saturating_sub(model::KEPT_ROUNDS);
    profile.rounds.drain(..extra);
    let history = HistoryRound {
        schema: model::SCHEMA,
        profile: profile.name.clone(),
        summary,
        answers,
    };
    Some(Finished {
        history,
        earned,
        module,
    })
}

/// When the round in progress ended, if every item of it was answered but it was not closed (the
/// game stopped just before, or between writing its history and its profile): every command
/// closes it then, a game for good, statistics and reports in what they show.
pub fn answered_but_open(profile: &Profile) -> Option<DateTime<Utc>> {
    let current = profile.current.as_ref()?;
    (current.answers.len() >= current.items.len())
        .then(|| current.answers.last().map_or(profile.created, |a| a.at))
}

/// What closing a round produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub history: HistoryRound,
    pub earned: Vec<Achievement>,
    pub module: Option<ModuleResult>,
}

/// Scenario ids played in the last few rounds (and the current one), oldest first.
pub fn recently_seen(profile: &Profile, history: &[HistoryRound]) -> Vec<String> {
    let mut ids: Vec<String> = history
        .iter()
        .rev()
        .take(RECENT_ROUNDS)
        .rev()
        .flat_map(|h| h.answers.iter().map(|a| a.scenario.clone()))
        .collect();
    if let Some(current) = &profile.current {
        ids.extend(current.items.iter().cloned());
    }
    ids
}

#[cfg(test)]
mod tests;
