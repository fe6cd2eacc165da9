//! Where profiles live on disk, and saving them so that nothing is ever lost: atomic writes, the
//! previous good copy kept, a lock against a second redflag, recovery from damaged files.

use std::cell::OnceCell;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::format::{Format, PROFILE_FILE, Parsed, parse_profile, profile_text, text_of};
use super::model::{AnswerRecord, Profile, RoundSummary, SCHEMA};
const LOCK_FILE: &str = "lock";
const HISTORY_DIR: &str = "history";
/// Longest profile name accepted.
pub const MAX_NAME: usize = 40;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("profile name {0}")]
    BadName(String),
    #[error(
        "profile \"{0}\" is open in another redflag; close that one first (only one game per profile at a time)"
    )]
    Locked(String),
    #[error(
        "{path} was written by a newer redflag (save format {found}; this one reads up to {supported}). It was left untouched: update redflag to use this profile."
    )]
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is damaged ({reason}) and there is no good copy to restore; it was kept aside as {kept}"
    )]
    Unrecoverable {
        path: PathBuf,
        reason: String,
        kept: PathBuf,
    },
    #[error(
        "{path} is damaged ({reason}); start redflag with this profile to repair it from the last good copy"
    )]
    Damaged { path: PathBuf, reason: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The folder name for a profile name, or why the name cannot be used.
pub fn folder_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    let bad = |why: &str| Err(StoreError::BadName(why.to_string()));
    if name.is_empty() {
        return bad("is empty: type a name");
    }
    if name.chars().count() > MAX_NAME {
        return bad(&format!("is too long: use at most {MAX_NAME} characters"));
    }
    if name.chars().any(char::is_control) {
        return bad("contains control characters: use letters, digits, spaces, - _ or .");
    }
    if name.contains(['/', '\\']) || name.contains("..") || name.starts_with('.') {
        return bad(
            "cannot contain / \\ or .., nor start with a dot: use letters, digits, spaces, - _ or .",
        );
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
    {
        return bad("may only use letters, digits, spaces, - _ or .");
    }
    Ok(name.to_lowercase().replace(' ', "-"))
}

/// The lenient settings file: remembers who played last.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct Settings {
    pub last_profile: Option<String>,
}

/// The data folder holding every profile.
#[derive(Debug, Clone)]
pub struct DataDir {
    pub root: PathBuf,
}

/// What loading found, including any repair the player must be told about.
#[derive(Debug)]
pub struct Loaded {
    pub profile: Option<Profile>,
    pub recovery: Option<String>,
}

/// One finished round in full, as written to the history folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRound {
    pub schema: u32,
    pub profile: String,
    #[serde(flatten)]
    pub summary: RoundSummary,
    pub answers: Vec<AnswerRecord>,
}

impl DataDir {
    pub fn new(root: PathBuf) -> Self {
        DataDir { root }
    }

    fn profiles_dir(&self) -> PathBuf {
        self.root.join("profiles")
    }

    /// Names of the profiles saved here.
    pub fn profiles(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                [Format::Json, Format::Toml]
                    .iter()
                    .any(|f| e.path().join(f.files()[0]).is_file())
            })
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        names
    }

    pub fn settings(&self) -> Settings {
        fs::read_to_string(self.root.join("settings.toml"))
            .ok()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let text = toml::to_string(settings).unwrap_or_default();
        write_atomic(&self.root.join("settings.toml"), text.as_bytes())
    }

    /// The folder of a profile, whether or not it exists yet.
    pub fn profile_dir(&self, name: &str) -> Result<PathBuf, StoreError> {
        Ok(self.profiles_dir().join(folder_name(name)?))
    }

    /// Reads a profile without locking or repairing anything (for statistics and reports).
    pub fn read_profile(&self, name: &str) -> Result<Option<Profile>, StoreError> {
        let dir = self.profiles_dir().join(folder_name(name)?);
        // A missing file is no profile yet; one that is not text is damaged, like any other.
        let mut found = None;
        for format in [Format::Json, Format::Toml] {
            let path = dir.join(format.files()[0]);
            match fs::read(&path) {
                Ok(bytes) => {
                    found = Some((format, path, text_of(bytes)));
                    break;
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::Io { path, source: e }),
            }
        }
        let Some((format, path, text)) = found else {
            return Ok(None);
        };
        match parse_profile(format, &text) {
            Parsed::Good(profile) => Ok(Some(*profile)),
            Parsed::Newer(found) => Err(StoreError::Newer {
                path,
                found,
                supported: SCHEMA,
            }),
            Parsed::Bad(reason) => Err(StoreError::Damaged { path, reason }),
        }
    }

    /// Opens (creating if needed) a profile's folder and takes its lock.
    pub fn open(&self, name: &str) -> Result<Store, StoreError> {
        let store = self.open_later(name)?;
        store.claim()?;
        Ok(store)
    }

    /// Opens a profile that exists (taking its lock) but leaves a new one off the disk until its
    /// first save makes its folder and takes the lock ([`Store::claim`]): a game's first frame
    /// need not wait for them (two folders and a file cost some 0.15 ms here).
    pub fn open_later(&self, name: &str) -> Result<Store, StoreError> {
        let dir = self.profiles_dir().join(folder_name(name)?);
        let new = !dir.is_dir();
        let store = Store {
            dir,
            name: name.trim().to_string(),
            new,
            lock: OnceCell::new(),
        };
        if !new {
            store.claim()?;
        }
        Ok(store)
    }
}

/// One profile folder. Holding it holds the lock, once claimed.
#[derive(Debug)]
pub struct Store {
    pub dir: PathBuf,
    /// The profile's name as given, for telling that another redflag has it.
    name: String,
    /// The profile did not exist when opened.
    new: bool,
    lock: OnceCell<File>,
}

/// Writes a file so that a crash leaves either the old or the new content, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io(dir))?;
    let temp = path.with_extension("tmp");
    let mut file = File::create(&temp).map_err(io(&temp))?;
    file.write_all(bytes).map_err(io(&temp))?;
    file.sync_all().map_err(io(&temp))?;
    drop(file);
    fs::rename(&temp, path).map_err(io(path))?;
    sync_dir(dir);
    Ok(())
}

fn sync_dir(dir: &Path) {
    // Makes the rename itself durable; not every platform allows opening a folder, hence no error.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

impl Store {
    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// Makes the profile's folder if needed and takes its lock, once; every write does this first.
    pub fn claim(&self) -> Result<(), StoreError> {
        if self.lock.get().is_some() {
            return Ok(());
        }
        // A profile that existed when opened has its folder (and is claimed at once); the history
        // folder is made with the first finished round (see `write_atomic`).
        if self.new {
            fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        }
        let lock_path = self.path(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io(&lock_path))?;
        // The OS drops the lock when the process ends, crash included.
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked(self.name.clone()));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(StoreError::Io {
                    path: lock_path,
                    source: e,
                });
            }
        }
        // A profile new when opened, saved meanwhile by another redflag, is that one's to keep.
        if self.new && self.path(PROFILE_FILE).exists() {
            return Err(StoreError::Locked(self.name.clone()));
        }
        let _ = self.lock.set(lock);
        Ok(())
    }

    /// Saves atomically, keeping the previous good copy as `profile.json.bak`.
    pub fn save(&self, profile: &Profile) -> Result<(), StoreError> {
        self.claim()?;
        let text = profile_text(profile).map_err(|e| StoreError::Io {
            path: self.path(PROFILE_FILE),
            source: std::io::Error::other(e),
        })?;
        let [main, backup, temp] = Format::Json.files().map(|f| self.path(f));
        let mut file = File::create(&temp).map_err(io(&temp))?;
        file.write_all(text.as_bytes()).map_err(io(&temp))?;
        file.sync_all().map_err(io(&temp))?;
        drop(file);
        // A crash between these renames leaves the new copy in .tmp and the old in .bak: load takes .tmp.
        if main.exists() {
            fs::rename(&main, &backup).map_err(io(&backup))?;
        }
        fs::rename(&temp, &main).map_err(io(&main))?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Loads the profile, repairing what a crash or a damaged file left behind.
    /// A damaged file is never deleted: it is kept aside under a timestamped name.
    pub fn load(&self, now: DateTime<Utc>) -> Result<Loaded, StoreError> {
        let loaded = self.load_as(Format::Json, now)?;
        if loaded.profile.is_some() {
            return Ok(loaded);
        }
        // None saved as JSON yet: perhaps one saved as TOML by an earlier redflag.
        self.load_as(Format::Toml, now)
    }

    /// No main file: a save interrupted between its two renames left the newest good copy in the
    /// temporary file, or the previous one in the backup. Neither, and there is no profile yet.
    fn recover_interrupted(&self, format: Format) -> Result<Loaded, StoreError> {
        let [main, backup, temp] = format.files().map(|f| self.path(f));
        for candidate in [&temp, &backup] {
            if let Ok(bytes) = fs::read(candidate)
                && let Parsed::Good(profile) = parse_profile(format, &text_of(bytes))
            {
                fs::rename(candidate, &main).map_err(io(&main))?;
                let note = format!(
                    "The last save was interrupted; your progress was restored from {}.",
                    candidate.display()
                );
                return Ok(Loaded {
                    profile: Some(*profile),
                    recovery: Some(note),
                });
            }
        }
        Ok(Loaded {
            profile: None,
            recovery: None,
        })
    }

    fn load_as(&self, format: Format, now: DateTime<Utc>) -> Result<Loaded, StoreError> {
        if self.new && self.lock.get().is_none() {
            // No folder when opened, none written since: nothing to read.
            return Ok(Loaded {
                profile: None,
                recovery: None,
            });
        }
        let [main, backup, _] = format.files().map(|f| self.path(f));
        let read = |p: &Path| fs::read(p).map(text_of);
        let text = match read(&main) {
            Ok(text) => text,
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&main)(e)),
            Err(_) => return self.recover_interrupted(format),
        };
        let reason = match parse_profile(format, &text) {
            Parsed::Good(profile) => {
                return Ok(Loaded {
                    profile: Some(*profile),
                    recovery: None,
                });
            }
            Parsed::Newer(found) => {
                return Err(StoreError::Newer {
                    path: main,
                    found,
                    supported: SCHEMA,
                });
            }
            Parsed::Bad(reason) => reason,
        };
        let kept = self.path(&format!(
            "profile.damaged-{}.{}",
            now.format("%Y%m%dT%H%M%S"),
            format.extension()
        ));
        fs::rename(&main, &kept).map_err(io(&kept))?;
        let restored = read(&backup)
            .ok()
            .and_then(|t| match parse_profile(format, &t) {
                Parsed::Good(p) => Some(p),
                _ => None,
            });
        match restored {
            Some(profile) => {
                fs::copy(&backup, &main).map_err(io(&main))?;
                let note = format!(
                    "Your save file was damaged ({reason}). It was kept aside as {} and your last good progress was restored.",
                    kept.display()
                );
                Ok(Loaded {
                    profile: Some(*profile),
                    recovery: Some(note),
                })
            }
            None => Err(StoreError::Unrecoverable {
                path: main,
                reason,
                kept,
            }),
        }
    }

    /// Writes a finished round's detail once, named by its start time.
    pub fn append_history(&self, round: &HistoryRound) -> Result<PathBuf, StoreError> {
        self.claim()?;
        let name = format!(
            "{}-{}.toml",
            round.summary.started.format("%Y%m%dT%H%M%S%.3f"),
            round.summary.seed
        );
        let path = self.dir.join(HISTORY_DIR).join(name);
        let text = toml::to_string(round).map_err(|e| StoreError::Io {
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
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
    let Ok(entries) = fs::read_dir(profile_dir.join(HISTORY_DIR)) else {
        return (rounds, skipped);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let skip = limit.map_or(0, |n| paths.len().saturating_sub(n));
    for path in paths.into_iter().skip(skip) {
        match fs::read_to_string(&path)
            .ok()
            .and_then(|t| toml::from_str::<HistoryRound>(&t).ok())
        {
            Some(round) => rounds.push(round),
            None => skipped.push(path),
        }
    }
    (rounds, skipped)
}
