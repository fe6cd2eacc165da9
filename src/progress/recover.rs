//! Finding a profile in its folder whatever a crash or a damaged file left there, the one way
//! for every command: a game repairs what it found ([`Store::load`]); statistics and reports read
//! around it without changing anything ([`read_only`]).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::error::StoreError;
use super::files::{keep_aside, newest_first, read_regular, temps_of};
use super::format::{Format, PROFILE_FILE, Parsed, cut_rows, parse_profile, text_of};
use super::history::{HistoryRound, Skipped, read_history, rebuild};
use super::model::{Profile, SCHEMA};
use super::notice::{Fallback, Recovery};
use super::store::{Loaded, Store, replace};
use super::{answered_but_open, finish_round};
use crate::scoring::DEFAULT_PASS_MARK;

/// What a profile folder holds, decided without changing anything.
enum Found {
    /// No profile saved here.
    Nothing,
    /// The main file, as it is.
    Intact(Box<Profile>),
    /// No main file: a save was interrupted between its renames, and `from` is the newest good
    /// copy (the temporary file it was writing, or the backup).
    Interrupted {
        profile: Box<Profile>,
        main: PathBuf,
        from: PathBuf,
    },
    /// The main file is damaged (`reason`); its backup, whose text is `good`, is not.
    Damaged {
        profile: Box<Profile>,
        reason: String,
        format: Format,
        main: PathBuf,
        backup: PathBuf,
        good: Vec<u8>,
    },
    /// Neither the main file (damaged for `reason`, or missing when None) nor any copy of it is
    /// good, but the history is: the profile rebuilt from its `rounds` finished rounds. The
    /// damaged files are listed to be kept aside.
    Rebuilt {
        profile: Box<Profile>,
        reason: Option<String>,
        damaged: Vec<(PathBuf, Format)>,
        rounds: usize,
    },
    /// The main file is damaged, with no good copy and no history to rebuild from.
    Lost {
        main: PathBuf,
        reason: String,
        format: Format,
    },
}

/// A profile file's text and what it parsed to: the profile, or why it is not one.
type Parsing = (String, Result<Profile, String>);

/// A file of the profile, its text and what it parsed to; None when there is none. Newer saves
/// are refused here, so that no copy written by a newer redflag is ever replaced.
fn read_parsed(path: &Path, format: Format) -> Result<Option<Parsing>, StoreError> {
    let Some(bytes) = read_regular(path)? else {
        return Ok(None);
    };
    let text = text_of(bytes);
    match parse_profile(format, &text) {
        Parsed::Good(profile) => Ok(Some((text, Ok(*profile)))),
        Parsed::Newer(found) => Err(StoreError::Newer {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA,
        }),
        Parsed::Bad(reason) => Ok(Some((text, Err(reason)))),
    }
}

/// Looks at the profile's files, JSON first, then TOML as earlier redflags saved it.
fn find(dir: &Path) -> Result<Found, StoreError> {
    // Files found damaged, to keep aside if the profile is rebuilt; and the main file's damage.
    let mut damaged = Vec::new();
    let mut lost = None;
    for format in [Format::Json, Format::Toml] {
        let [main, backup] = format.files().map(|f| dir.join(f));
        match read_parsed(&main, format)? {
            Some((_, Ok(profile))) => return Ok(Found::Intact(Box::new(profile))),
            Some((_, Err(reason))) => {
                match read_parsed(&backup, format)? {
                    Some((good, Ok(profile))) => {
                        return Ok(Found::Damaged {
                            profile: Box::new(profile),
                            reason,
                            format,
                            main,
                            backup,
                            good: good.into_bytes(),
                        });
                    }
                    Some((_, Err(_))) => {
                        damaged.extend([(main.clone(), format), (backup, format)]);
                    }
                    None => damaged.push((main.clone(), format)),
                }
                // A damaged profile is never taken over by an older file of the other format.
                lost = Some((main, reason, format));
                break;
            }
            None => {
                // The newest good copy: a save killed between its renames wrote its temporary
                // file after the backup.
                let mut candidates = temps_of(&main);
                candidates.push(backup.clone());
                newest_first(&mut candidates);
                for candidate in candidates {
                    match read_parsed(&candidate, format)? {
                        Some((_, Ok(profile))) => {
                            return Ok(Found::Interrupted {
                                profile: Box::new(profile),
                                main,
                                from: candidate,
                            });
                        }
                        Some((_, Err(_))) if candidate == backup => {
                            damaged.push((backup.clone(), format));
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    let (rounds, _) = read_history(dir, None);
    match (rebuild(&rounds), lost) {
        (Some(profile), lost) => Ok(Found::Rebuilt {
            profile: Box::new(profile),
            reason: lost.map(|(_, reason, _)| reason),
            damaged,
            rounds: rounds.len(),
        }),
        (None, Some((main, reason, format))) => Ok(Found::Lost {
            main,
            reason,
            format,
        }),
        (None, None) => Ok(Found::Nothing),
    }
}

impl Found {
    fn profile(&self) -> Option<&Profile> {
        match self {
            Found::Intact(profile)
            | Found::Interrupted { profile, .. }
            | Found::Damaged { profile, .. }
            | Found::Rebuilt { profile, .. } => Some(profile),
            Found::Nothing | Found::Lost { .. } => None,
        }
    }

    /// Refuses a profile of another name that maps to the same folder.
    fn owned_by(self, asked: &str) -> Result<Self, StoreError> {
        if let Some(profile) = self.profile()
            && profile.name.trim() != asked.trim()
        {
            return Err(StoreError::NameTaken {
                asked: asked.trim().to_string(),
                owner: profile.name.trim().to_string(),
            });
        }
        Ok(self)
    }
}

/// A profile read for statistics or a report, and what was read around, if anything.
#[derive(Debug)]
pub struct Reading {
    pub profile: Profile,
    pub fallback: Option<Fallback>,
    /// The profile's folder.
    pub dir: PathBuf,
    /// A round every item of which was answered, closed here as a game would close it.
    closed: Option<HistoryRound>,
}

impl Reading {
    /// The round closed on reading, if the game that stopped left one fully answered.
    pub fn closed_round(&self) -> Option<&HistoryRound> {
        self.closed.as_ref()
    }

    /// The finished rounds in full, oldest first, as a game would have them: with the round
    /// closed on reading, unless the game that stopped had written its history already.
    pub fn history(&self) -> (Vec<HistoryRound>, Vec<Skipped>) {
        let (mut rounds, skipped) = read_history(&self.dir, None);
        if let Some(closed) = &self.closed
            && !rounds.iter().any(|r| closed.same_round(r))
        {
            rounds.push(closed.clone());
            rounds.sort_by_key(|r| r.summary.started);
        }
        (rounds, skipped)
    }
}

/// Reads the profile `asked` in `dir` the way a game would load it, without locking or repairing
/// anything: what a game would restore is read instead, and said.
pub fn read_only(dir: &Path, asked: &str) -> Result<Option<Reading>, StoreError> {
    reading(dir, find(dir)?.owned_by(asked)?)
}

/// Reads whichever profile `dir` holds, under the name saved in it, as [`read_only`] does: a
/// trainer's view of every folder, whose names are not known beforehand.
pub fn read_folder(dir: &Path) -> Result<Option<Reading>, StoreError> {
    reading(dir, find(dir)?)
}

fn reading(dir: &Path, found: Found) -> Result<Option<Reading>, StoreError> {
    let (profile, fallback) = match found {
        Found::Nothing => return Ok(None),
        Found::Intact(profile) => (profile, None),
        Found::Interrupted { profile, from, .. } => (profile, Some(Fallback::Interrupted { from })),
        Found::Damaged {
            profile,
            reason,
            main,
            backup,
            ..
        } => (
            profile,
            Some(Fallback::Damaged {
                path: main,
                reason,
                from: backup,
            }),
        ),
        Found::Rebuilt {
            profile,
            reason,
            rounds,
            ..
        } => (profile, Some(Fallback::Rebuilt { reason, rounds })),
        Found::Lost { main, reason, .. } => {
            return Err(StoreError::Damaged { path: main, reason });
        }
    };
    let mut profile = *profile;
    let closed = answered_but_open(&profile)
        .and_then(|ended| finish_round(&mut profile, ended, DEFAULT_PASS_MARK))
        .map(|finished| finished.history);
    Ok(Some(Reading {
        profile,
        fallback,
        dir: dir.to_path_buf(),
        closed,
    }))
}

/// A profile and the summary rows of its last rounds, not yet read (see [`Store::load_deferring`]).
pub struct Deferred {
    pub loaded: Loaded,
    /// The rows' text, `[...]`; None when they were read with the rest.
    pub rows: Option<String>,
}

impl Store {
    /// [`Store::load`] for a game's first frame, which needs everything in the profile but the
    /// summary rows of its last rounds: when the main file is whole, was written as redflag
    /// writes it and has no round in progress, the rows are left unread (see
    /// [`super::Session::settle_rows`], which reads them after the frame, and repairs the profile
    /// then if they turn out damaged). Rows naming a day in `days` (today's daily challenge,
    /// shown on the first frame) are read at once, and so is every other profile, as `load` does.
    pub fn load_deferring(
        &self,
        now: DateTime<Utc>,
        days: &[String],
    ) -> Result<Deferred, StoreError> {
        if (!self.new || self.claimed())
            && let Some(bytes) = read_regular(&self.path(PROFILE_FILE))?
        {
            let text = text_of(bytes);
            if let Some((rest, rows)) = cut_rows(&text)
                && !days
                    .iter()
                    .any(|day| memchr::memmem::find(rows.as_bytes(), day.as_bytes()).is_some())
                && let Parsed::Good(profile) = parse_profile(Format::Json, &rest)
                && profile.rounds.is_empty()
                && profile.current.is_none()
                && profile.totals.rounds > 0
                && profile.name.trim() == self.name.trim()
            {
                return Ok(Deferred {
                    loaded: Loaded {
                        profile: Some(*profile),
                        recovery: None,
                    },
                    rows: Some(rows.to_string()),
                });
            }
        }
        Ok(Deferred {
            loaded: self.load(now)?,
            rows: None,
        })
    }
}

impl Store {
    /// Loads the profile, repairing what a crash or a damaged file left behind. A damaged file
    /// is never deleted: it is kept aside under a timestamped name of its own.
    pub fn load(&self, now: DateTime<Utc>) -> Result<Loaded, StoreError> {
        if self.new && !self.claimed() {
            // No folder when opened, none written since: nothing to read.
            return Ok(Loaded {
                profile: None,
                recovery: None,
            });
        }
        let loaded = |profile: Box<Profile>, recovery| {
            Ok(Loaded {
                profile: Some(*profile),
                recovery,
            })
        };
        let aside =
            |path: &Path, format: Format| keep_aside(path, "profile", format.extension(), now);
        match find(&self.dir)?.owned_by(&self.name)? {
            Found::Nothing => Ok(Loaded {
                profile: None,
                recovery: None,
            }),
            Found::Intact(profile) => loaded(profile, None),
            Found::Interrupted {
                profile,
                main,
                from,
            } => {
                std::fs::rename(&from, &main).map_err(|e| StoreError::io(&main, e))?;
                loaded(profile, Some(Recovery::Interrupted { from }))
            }
            Found::Damaged {
                profile,
                reason,
                format,
                main,
                good,
                ..
            } => {
                let kept = aside(&main, format)?;
                replace(&main, None, &good)?;
                loaded(profile, Some(Recovery::Damaged { reason, kept }))
            }
            Found::Rebuilt {
                profile,
                reason,
                damaged,
                rounds,
            } => {
                let kept = damaged
                    .iter()
                    .map(|(path, format)| aside(path, *format))
                    .collect::<Result<Vec<_>, _>>()?;
                self.save(&profile)?;
                loaded(
                    profile,
                    Some(Recovery::Rebuilt {
                        reason,
                        kept,
                        rounds,
                    }),
                )
            }
            Found::Lost {
                main,
                reason,
                format,
            } => {
                let kept = aside(&main, format)?;
                Err(StoreError::Unrecoverable {
                    path: main,
                    reason,
                    kept,
                })
            }
        }
    }
}
