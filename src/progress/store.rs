//! Saving a profile so that nothing is ever lost: atomic writes, the previous good copy kept, a
//! lock against a second redflag, and recovery from an interrupted save or a damaged file.

use std::cell::OnceCell;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::error::{StoreError, io};
use super::format::{Format, PROFILE_FILE, Parsed, parse_profile, profile_text, text_of};
use super::model::{Profile, SCHEMA};
use super::notice::Recovery;

const LOCK_FILE: &str = "lock";

/// What loading found, including any repair the player must be told about.
#[derive(Debug)]
pub struct Loaded {
    pub profile: Option<Profile>,
    pub recovery: Option<Recovery>,
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

/// Writes a file so that a crash leaves either the old or the new content, never a mix, making its
/// folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io(dir))?;
    replace(path, &path.with_extension("tmp"), None, bytes)
}

/// Writes `bytes` to `temp` and syncs them, then renames `temp` over `path`. With `backup`, the
/// current file (if any) is first renamed to it, keeping the previous good copy. The one write
/// every save goes through.
fn replace(
    path: &Path,
    temp: &Path,
    backup: Option<&Path>,
    bytes: &[u8],
) -> Result<(), StoreError> {
    let mut file = File::create(temp).map_err(io(temp))?;
    file.write_all(bytes).map_err(io(temp))?;
    file.sync_all().map_err(io(temp))?;
    drop(file);
    // A crash between these renames leaves the new copy in `temp` and the old in `backup`: load
    // takes `temp`.
    if let Some(backup) = backup
        && path.exists()
    {
        fs::rename(path, backup).map_err(io(backup))?;
    }
    fs::rename(temp, path).map_err(io(path))?;
    sync_dir(path.parent().unwrap_or(Path::new(".")));
    Ok(())
}

fn sync_dir(dir: &Path) {
    // Makes the rename itself durable; not every platform allows opening a folder, hence no error.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

impl Store {
    /// A profile's folder, not yet claimed; `new` when it did not exist.
    pub(super) fn new(dir: PathBuf, name: &str, new: bool) -> Self {
        Store {
            dir,
            name: name.to_string(),
            new,
            lock: OnceCell::new(),
        }
    }

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
                return Err(StoreError::io(&lock_path, e));
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
        let text = profile_text(profile)
            .map_err(|e| StoreError::io(&self.path(PROFILE_FILE), std::io::Error::other(e)))?;
        let [main, backup, temp] = Format::Json.files().map(|f| self.path(f));
        replace(&main, &temp, Some(&backup), text.as_bytes())
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
                return Ok(Loaded {
                    profile: Some(*profile),
                    recovery: Some(Recovery::Interrupted {
                        from: candidate.clone(),
                    }),
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
                Ok(Loaded {
                    profile: Some(*profile),
                    recovery: Some(Recovery::Damaged { reason, kept }),
                })
            }
            None => Err(StoreError::Unrecoverable {
                path: main,
                reason,
                kept,
            }),
        }
    }
}
