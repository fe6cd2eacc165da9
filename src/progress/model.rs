//! What a profile remembers. Saved as readable TOML with a schema version.
//!
//! The profile file stays small however long the history grows, so that the save after every
//! answer costs the same after ten rounds or ten thousand: only the last [`KEPT_ROUNDS`] finished
//! rounds keep a summary row here (every round's summary and answers are in its history file,
//! written once), the number of rounds played is a running total, and only the last
//! [`KEPT_DAYS`] days of practice are listed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::format::stamp;
use super::modules::ModuleRecord;
use super::review::Review;
use crate::content::{Channel, Cue, Theme, Verdict};
use crate::scoring::{OutcomeKind, Tally};

/// Bumped when the file format changes incompatibly; newer files are never overwritten.
pub const SCHEMA: u32 = 1;

/// Finished rounds whose summary row stays in the profile: as many as the accuracy trend shows.
pub const KEPT_ROUNDS: usize = 40;
/// Days of practice listed in the profile: enough to see a week in a row.
pub const KEPT_DAYS: usize = 31;

/// How a round was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    Practice,
    Review,
    /// A training-path module, by id.
    Module(String),
    /// The daily challenge of a date ("YYYY-MM-DD").
    Daily(String),
    /// Spot the flags: mark what looks suspicious before judging.
    Spot,
}

impl Mode {
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Review => "review",
            Mode::Module(_) => "module",
            Mode::Daily(_) => "daily",
            Mode::Spot => "spot",
        }
    }

    /// The training module this round belongs to, if any.
    pub fn module(&self) -> Option<&str> {
        match self {
            Mode::Module(id) => Some(id),
            _ => None,
        }
    }
}

/// One answer, with what reports and statistics need to know about its scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    #[serde(deserialize_with = "stamp::deserialize")]
    pub at: DateTime<Utc>,
    pub scenario: String,
    pub channel: Channel,
    pub theme: Theme,
    pub verdict: Verdict,
    pub given: Verdict,
    pub outcome: OutcomeKind,
    #[serde(default)]
    pub cues: Vec<Cue>,
    pub inspected: bool,
    pub seconds: f64,
    pub points: u32,
    /// Spot mode only: fields found, missed and wrongly marked.
    #[serde(default)]
    pub spot: Option<crate::quiz::spot::SpotResult>,
}

impl AnswerRecord {
    pub fn correct(&self) -> bool {
        self.outcome.is_correct()
    }
}

/// A round being played, saved after every answer so it can be resumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundInProgress {
    #[serde(deserialize_with = "stamp::deserialize")]
    pub started: DateTime<Utc>,
    pub mode: Mode,
    pub seed: u64,
    /// Scenario ids in play order.
    pub items: Vec<String>,
    #[serde(default)]
    pub answers: Vec<AnswerRecord>,
}

/// One finished round, in brief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundSummary {
    #[serde(deserialize_with = "stamp::deserialize")]
    pub started: DateTime<Utc>,
    #[serde(deserialize_with = "stamp::deserialize")]
    pub finished: DateTime<Utc>,
    pub mode: Mode,
    pub seed: u64,
    pub answered: u32,
    pub correct: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub points: u32,
    pub seconds: f64,
}

/// Right and total answers for one skill, theme or channel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub right: u32,
    pub total: u32,
}

impl Count {
    /// Counts an answer; a count at its largest stays there rather than wrap round to nothing.
    pub fn add(&mut self, correct: bool) {
        self.total = self.total.saturating_add(1);
        self.right = self.right.saturating_add(u32::from(correct));
    }

    pub fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| f64::from(self.right) / f64::from(self.total))
    }
}

/// Running totals, kept up to date answer by answer so that statistics never reread history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Rounds finished. Files written before this total existed count their summary rows instead.
    #[serde(default)]
    pub rounds: u64,
    pub tally: Tally,
    pub points: u64,
    pub seconds: f64,
    pub inspected: u32,
    pub best_streak: u32,
    pub streak: u32,
    #[serde(default)]
    pub by_theme: BTreeMap<Theme, Count>,
    #[serde(default)]
    pub by_channel: BTreeMap<Channel, Count>,
    #[serde(default)]
    pub by_cue: BTreeMap<Cue, Count>,
    /// Days with at least one answer, as "YYYY-MM-DD".
    #[serde(default)]
    pub days: Vec<String>,
    /// The last answers' outcomes, newest last, for the rank's sensitivity bar.
    #[serde(default)]
    pub recent: Vec<OutcomeKind>,
}

/// An achievement and when it was earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earned {
    pub id: String,
    #[serde(deserialize_with = "stamp::deserialize")]
    pub at: DateTime<Utc>,
}

/// Everything saved for one player.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub schema: u32,
    pub name: String,
    #[serde(deserialize_with = "stamp::deserialize")]
    pub created: DateTime<Utc>,
    #[serde(default)]
    pub totals: Totals,
    #[serde(default)]
    pub achievements: Vec<Earned>,
    #[serde(default)]
    pub review: Review,
    /// Training-path results by module id.
    #[serde(default)]
    pub modules: BTreeMap<String, ModuleRecord>,
    #[serde(default)]
    pub current: Option<RoundInProgress>,
    /// The last [`KEPT_ROUNDS`] finished rounds, oldest first.
    #[serde(default)]
    pub rounds: Vec<RoundSummary>,
}

impl Profile {
    pub fn new(name: &str, now: DateTime<Utc>) -> Self {
        Profile {
            schema: SCHEMA,
            name: name.to_string(),
            created: now,
            totals: Totals::default(),
            achievements: Vec::new(),
            review: Review::default(),
            modules: BTreeMap::new(),
            current: None,
            rounds: Vec::new(),
        }
    }

    /// Rounds finished in all, including those whose summary row was dropped from this file.
    pub fn rounds_played(&self) -> u64 {
        self.totals.rounds.max(self.rounds.len() as u64)
    }

    /// Keeps only what a profile file holds now, counting what it drops: an earlier redflag kept
    /// a row for every round, which would be rewritten whole at every answer until the next
    /// round's end.
    pub fn trim(&mut self) {
        let extra = self.rounds.len().saturating_sub(KEPT_ROUNDS);
        if extra > 0 {
            self.totals.rounds = self.rounds_played();
            self.rounds.drain(..extra);
        }
        let extra = self.totals.days.len().saturating_sub(KEPT_DAYS);
        self.totals.days.drain(..extra);
        let extra = self
            .totals
            .recent
            .len()
            .saturating_sub(super::achievements::RECENT);
        self.totals.recent.drain(..extra);
    }

    pub fn has_achievement(&self, id: &str) -> bool {
        self.achievements.iter().any(|a| a.id == id)
    }
}
