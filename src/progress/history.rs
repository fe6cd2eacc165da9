//! The history folder: every finished round in full, written once and never changed, beside
//! the profile (which keeps only the last rounds' summaries).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::model::{AnswerRecord, RoundSummary};
use super::store::{Store, write_atomic};

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
    pub fn history(&self, limit: Option<usize>) -> (Vec<HistoryRound>, Vec<PathBuf>) {
        read_history(&self.dir, limit)
    }
}

/// Reads a profile folder's finished rounds without taking its lock (for reports).
pub fn read_history(profile_dir: &Path, limit: Option<usize>) -> (Vec<HistoryRound>, Vec<PathBuf>) {
    let mut rounds = Vec::new();
    let mut skipped = Vec::new();
    let paths = history_files(profile_dir);
    let skip = limit.map_or(0, |n| paths.len().saturating_sub(n));
    for path in paths.into_iter().skip(skip) {
        match read_round(&path) {
            Some(round) => rounds.push(round),
            None => skipped.push(path),
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

/// One history file, or None when it is not a readable round record.
pub fn read_round(path: &Path) -> Option<HistoryRound> {
    fs::read_to_string(path)
        .ok()
        .and_then(|t| toml::from_str::<HistoryRound>(&t).ok())
}
