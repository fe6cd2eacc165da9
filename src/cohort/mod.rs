//! A cohort read from a data folder, for the trainer: every profile under it with its modules,
//! accuracy, errors, rounds, last activity, the round in progress answer by answer and the last
//! rounds; the team's weakest themes and red flags through the team summary; who has not
//! finished the training path. Who is connected comes from the server's [`online`] file.
//!
//! Reading is the reports' read-only path ([`read_folder`]): nothing is repaired, locked or
//! written; a link where a profile folder should be is named and not followed; a profile that
//! cannot be read is named with its problem and the others are read. Time is passed in.

pub mod online;
#[cfg(test)]
pub(crate) mod tests;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};

use crate::content::Manifest;
use crate::progress::error::FileKind;
use crate::progress::format::Format;
use crate::progress::model::Count;
use crate::progress::recover::read_folder;
use crate::progress::{AnswerRecord, DataDir, Fallback, HistoryRound, Mode, StoreError};
use crate::report::Report;
use crate::report::markdown::weakest;
use crate::report::record::PackRef;
use crate::report::team::{Team, merge};
use crate::training::Module;

/// Finished rounds kept per person for the trainer to look through.
pub const RECENT_ROUNDS: usize = 3;

/// What a cohort is measured against: the loaded packs' path and pass mark.
#[derive(Debug, Clone, Copy)]
pub struct Measure<'a> {
    pub manifests: &'a [Manifest],
    pub modules: &'a [Module],
    pub pass_mark: u8,
}

impl Measure<'_> {
    /// The packs as a team summary names them.
    pub fn current(&self) -> Vec<PackRef> {
        self.manifests
            .iter()
            .map(|m| PackRef {
                id: m.id.clone(),
                version: m.version.clone(),
            })
            .collect()
    }
}

/// The round a person is playing, as far as it is answered.
#[derive(Debug, Clone, PartialEq)]
pub struct InProgress {
    pub mode: Mode,
    pub started: DateTime<Utc>,
    /// Items in the round.
    pub items: usize,
    pub answers: Vec<AnswerRecord>,
}

/// One person of the cohort.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The profile's folder under `profiles/`.
    pub folder: String,
    /// Everything a report says of them (name, modules, answers, misses, false alarms...).
    pub report: Report,
    pub rounds: u64,
    /// Their last answer, else the end of their last round, else when the profile was made.
    pub last_activity: DateTime<Utc>,
    pub in_progress: Option<InProgress>,
    /// The last finished rounds, oldest first.
    pub recent: Vec<HistoryRound>,
    /// What was read instead of the profile file, if anything.
    pub fallback: Option<Fallback>,
    /// History files that could not be read.
    pub skipped_history: usize,
}

impl Person {
    pub fn name(&self) -> &str {
        &self.report.profile
    }

    /// Training modules passed, and modules in the path.
    pub fn modules_passed(&self) -> (usize, usize) {
        let passed = self
            .report
            .modules
            .iter()
            .filter(|m| m.status == "passed")
            .count();
        (passed, self.report.modules.len())
    }

    pub fn finished(&self) -> bool {
        self.report.path_complete
    }
}

/// Why a folder under `profiles/` was not read.
#[derive(Debug, Clone)]
pub enum Problem {
    /// Something other than a folder stands there (a link is never followed).
    NotAFolder(FileKind),
    /// The profile cannot be read (damaged with no good copy, newer, unreadable...).
    Store(StoreError),
}

#[derive(Debug, Clone)]
pub struct Unreadable {
    pub folder: String,
    pub problem: Problem,
}

/// What changes in a profile folder when its game saves: the folder itself (every save renames
/// a file into it), the profile file (a new file at each save: its inode tells two saves of the
/// same second and size apart where times are coarse), and the history folder (a round finished).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp(Vec<Option<(SystemTime, u64, u64)>>);

fn stamp(dir: &Path) -> Stamp {
    let look = |path: &Path| {
        let meta = fs::symlink_metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some((meta.modified().ok()?, meta.len(), inode))
    };
    let mut seen = vec![look(dir), look(&dir.join("history"))];
    for format in [Format::Json, Format::Toml] {
        seen.push(look(&dir.join(format.files()[0])));
    }
    Stamp(seen)
}

/// Every readable person under a data folder, and the folders that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Cohort {
    pub people: Vec<Person>,
    pub unreadable: Vec<Unreadable>,
    stamps: BTreeMap<String, Stamp>,
}

impl Cohort {
    /// Reads every profile under `data`.
    pub fn read(data: &DataDir, measure: &Measure<'_>, now: DateTime<Utc>) -> Cohort {
        let mut cohort = Cohort::default();
        cohort.refresh(data, measure, now);
        cohort
    }

    /// Reads again the folders that changed since the last reading (new, saved to, gone);
    /// true when anything did.
    pub fn refresh(&mut self, data: &DataDir, measure: &Measure<'_>, now: DateTime<Utc>) -> bool {
        let root = data.root.join("profiles");
        let mut found: BTreeMap<String, (PathBuf, Option<FileKind>)> = BTreeMap::new();
        if let Ok(entries) = fs::read_dir(&root) {
            for entry in entries.filter_map(Result::ok) {
                let Ok(folder) = entry.file_name().into_string() else {
                    continue;
                };
                let Ok(meta) = fs::symlink_metadata(entry.path()) else {
                    continue;
                };
                let kind = meta.file_type();
                if kind.is_dir() {
                    found.insert(folder, (entry.path(), None));
                } else if kind.is_symlink() {
                    found.insert(folder, (entry.path(), Some(FileKind::Link)));
                }
                // Stray files beside the profile folders are no profile: passed over unopened.
            }
        }
        let mut changed = false;
        let gone: Vec<String> = self
            .stamps
            .keys()
            .filter(|f| !found.contains_key(*f))
            .cloned()
            .collect();
        for folder in gone {
            self.forget(&folder);
            changed = true;
        }
        for (folder, (path, kind)) in found {
            let now_stamp = stamp(&path);
            if self.stamps.get(&folder) == Some(&now_stamp) {
                continue;
            }
            changed = true;
            self.forget(&folder);
            self.stamps.insert(folder.clone(), now_stamp);
            if let Some(kind) = kind {
                self.unreadable.push(Unreadable {
                    folder,
                    problem: Problem::NotAFolder(kind),
                });
                continue;
            }
            match read_person(&path, &folder, measure, now) {
                Ok(Some(person)) => self.people.push(person),
                Ok(None) => {}
                Err(e) => self.unreadable.push(Unreadable {
                    folder,
                    problem: Problem::Store(e),
                }),
            }
        }
        if changed {
            self.people.sort_by(|a, b| a.folder.cmp(&b.folder));
            self.unreadable.sort_by(|a, b| a.folder.cmp(&b.folder));
        }
        changed
    }

    fn forget(&mut self, folder: &str) {
        self.stamps.remove(folder);
        self.people.retain(|p| p.folder != folder);
        self.unreadable.retain(|u| u.folder != folder);
    }

    /// The team summary of everyone read, as `redflag report --team` makes it from their
    /// reports (each person's folder stands for the report's file).
    pub fn team(&self, data: &DataDir, measure: &Measure<'_>) -> Team {
        let reports = self
            .people
            .iter()
            .map(|p| (data.root.join("profiles").join(&p.folder), p.report.clone()))
            .collect();
        merge(reports, measure.current())
    }

    /// The people who have not finished the training path.
    pub fn not_finished(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| !p.finished())
    }
}

/// The team's weakest themes or red flags (by their report names), weakest first, at most `n`.
pub fn weakest_of(counts: &BTreeMap<String, Count>, n: usize) -> Vec<(String, Count)> {
    weakest(counts, 1)
        .into_iter()
        .take(n)
        .map(|(name, count)| (name.clone(), *count))
        .collect()
}

fn read_person(
    dir: &Path,
    folder: &str,
    measure: &Measure<'_>,
    now: DateTime<Utc>,
) -> Result<Option<Person>, StoreError> {
    let Some(reading) = read_folder(dir)? else {
        return Ok(None);
    };
    let (history, skipped) = reading.history();
    let profile = &reading.profile;
    let in_progress = profile.current.as_ref().map(|c| InProgress {
        mode: c.mode.clone(),
        started: c.started,
        items: c.items.len(),
        answers: c.answers.clone(),
    });
    let last_answer = profile
        .current
        .as_ref()
        .and_then(|c| c.answers.last().map(|a| a.at));
    let last_round = history
        .last()
        .map(|r| r.summary.finished)
        .into_iter()
        .chain(profile.rounds.last().map(|r| r.finished))
        .max();
    let last_activity = [last_answer, last_round]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(profile.created);
    let recent = history[history.len().saturating_sub(RECENT_ROUNDS)..].to_vec();
    let report = Report::new(
        profile,
        history,
        measure.manifests,
        measure.modules,
        measure.pass_mark,
        now,
    );
    Ok(Some(Person {
        folder: folder.to_string(),
        rounds: profile.rounds_played(),
        report,
        last_activity,
        in_progress,
        recent,
        fallback: reading.fallback,
        skipped_history: skipped.len(),
    }))
}
