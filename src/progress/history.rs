//! The history folder: every finished round in full, written once and never changed, beside
//! the profile (which keeps only the last rounds' summaries).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{FileKind, StoreError};
use super::files::read_regular;
use super::format::text_of;
use super::model::{AnswerRecord, Profile, RoundSummary};
use super::store::{Store, write_atomic};
use super::{apply_answer, finish_round, start_round};

const HISTORY_DIR: &str = "history";

/// One finished round in full, as written to the history folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRound {
    pub schema: u32,
    pub profile: String,
    #[serde(flatten)]
    pub summary: RoundSummary,
    pub answers: Vec<AnswerRecord>,
}

impl HistoryRound {
    /// Whether `other` records the same round: the same start and seed.
    pub fn same_round(&self, other: &HistoryRound) -> bool {
        self.summary.started == other.summary.started && self.summary.seed == other.summary.seed
    }
}

impl Store {
    /// Writes a finished round's detail once, named by its start time.
    pub fn append_history(&self, round: &HistoryRound) -> Result<PathBuf, StoreError> {
        self.claim()?;
        let name = format!(
            "{}-{}.toml",
            round.summary.started.format("%Y%m%dT%H%M%S%.3f"),
            round.summary.seed
        );
        let path = self.dir.join(HISTORY_DIR).join(name);
        let text = toml::to_string(round)
            .map_err(|e| StoreError::io(&path, std::io::Error::other(e.to_string())))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(path)
    }

    /// Finished rounds in full, oldest first (only the last `limit` when given); unreadable files
    /// are skipped and named.
    pub fn history(&self, limit: Option<usize>) -> (Vec<HistoryRound>, Vec<Skipped>) {
        read_history(&self.dir, limit)
    }
}

/// A history file that was not read: not a regular file (`kind`), or not a round record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub kind: Option<FileKind>,
}

/// Reads a profile folder's finished rounds without taking its lock (for reports). A FIFO or a
/// device among them is skipped without being opened.
pub fn read_history(profile_dir: &Path, limit: Option<usize>) -> (Vec<HistoryRound>, Vec<Skipped>) {
    let mut rounds = Vec::new();
    let mut skipped = Vec::new();
    let paths = history_files(profile_dir);
    let skip = limit.map_or(0, |n| paths.len().saturating_sub(n));
    for path in paths.into_iter().skip(skip) {
        match read_round(&path) {
            Ok(round) => rounds.push(round),
            Err(kind) => skipped.push(Skipped { path, kind }),
        }
    }
    (rounds, skipped)
}

/// A profile folder's history files, oldest first, for reading one at a time (a long history
/// need not be held whole).
pub fn history_files(profile_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(profile_dir.join(HISTORY_DIR)) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
}

/// One history file: its round, or why it was not read (not a regular file, with its kind; or
/// not a round record). A FIFO or a device is never opened.
pub fn read_round(path: &Path) -> Result<HistoryRound, Option<FileKind>> {
    match read_regular(path) {
        Ok(Some(bytes)) => toml::from_str::<HistoryRound>(&text_of(bytes)).map_err(|_| None),
        Err(StoreError::NotAFile { kind, .. }) => Err(Some(kind)),
        // Gone since the folder was listed, or unreadable: not a round record either way.
        Ok(None) | Err(_) => Err(None),
    }
}

/// A profile rebuilt from its finished rounds alone (when its file and every copy of it are
/// damaged): each answer is replayed as it was recorded, so totals, review schedule, module
/// results and achievements come out as they were, at the default pass mark. None without rounds.
pub fn rebuild(rounds: &[HistoryRound]) -> Option<Profile> {
    let first = rounds.first()?;
    let mut profile = Profile::new(&first.profile, first.summary.started);
    for round in rounds {
        let summary = &round.summary;
        let items = round.answers.iter().map(|a| a.scenario.clone()).collect();
        start_round(
            &mut profile,
            summary.mode.clone(),
            summary.seed,
            items,
            summary.started,
        );
        for answer in &round.answers {
            apply_answer(&mut profile, answer.clone());
        }
        finish_round(
            &mut profile,
            summary.finished,
            crate::scoring::DEFAULT_PASS_MARK,
        );
    }
    Some(profile)
}
