//! Saving a profile so that nothing is ever lost: atomic writes through a fresh temporary file,
//! the previous good copy kept, and a lock against a second redflag. Loading and repairing what
//! a crash or a damaged file left behind is `recover`'s.

use std::cell::{Cell, OnceCell};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::{StoreError, io};
use super::files::{create_temp, open_lock, remove_temps};
use super::format::{Format, PROFILE_FILE, profile_text};
use super::model::Profile;
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
    pub(super) name: String,
    /// The profile did not exist when opened.
    pub(super) new: bool,
    lock: OnceCell<File>,
    /// Temporary files left by saves that did not finish are cleared once, after the first save.
    cleared: Cell<bool>,
}

impl Drop for Store {
    /// Lets go of the lock at once. Closing the file alone would not: a process started at that
    /// moment (a server's helper, a test's) holds a copy of the file until it has begun, and the
    /// lock with it, so that the next game on this profile would find it taken.
    fn drop(&mut self) {
        if let Some(lock) = self.lock.get() {
            let _ = lock.unlock();
        }
    }
}

/// Writes a file so that a crash leaves either the old or the new content, never a mix, making its
/// folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io(dir))?;
    replace(path, None, bytes)
}

/// Writes `bytes` to a fresh temporary file beside `path` and syncs them, then renames it over
/// `path`. With `backup`, the current file (if any) is first renamed to it, keeping the previous
/// good copy. The one write every save goes through.
pub(super) fn replace(path: &Path, backup: Option<&Path>, bytes: &[u8]) -> Result<(), StoreError> {
    let (mut file, temp) = create_temp(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    // A full disk or any other failure leaves nothing behind: the temporary file is ours alone.
    let discard = |e: std::io::Error| {
        let _ = fs::remove_file(&temp);
        StoreError::io(&temp, e)
    };
    written.map_err(discard)?;
    // A crash between these renames leaves the new copy in the temporary file and the old in
    // `backup`: loading takes the temporary file.
    if let Some(backup) = backup
        && fs::symlink_metadata(path).is_ok()
    {
        fs::rename(path, backup).map_err(|e| {
            let _ = fs::remove_file(&temp);
            StoreError::io(backup, e)
        })?;
    }
    fs::rename(&temp, path).map_err(io(path))?;
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
            cleared: Cell::new(false),
        }
    }

    pub(super) fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    pub(super) fn claimed(&self) -> bool {
        self.lock.get().is_some()
    }

    /// Makes the profile's folder if needed and takes its lock, once; every write does this first.
    pub fn claim(&self) -> Result<(), StoreError> {
        if self.claimed() {
            return Ok(());
        }
        // A profile that existed when opened has its folder (and is claimed at once); the history
        // folder is made with the first finished round (see `write_atomic`).
        if self.new {
            fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        }
        let lock_path = self.path(LOCK_FILE);
        let lock = open_lock(&lock_path)?;
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

    /// Whether the profile's folder takes a new file, found before a round rather than at its
    /// first answer (a folder made read-only keeps its lock file writable).
    pub fn check_writable(&self) -> Result<(), StoreError> {
        self.claim()?;
        let (file, temp) = create_temp(&self.path(PROFILE_FILE)).map_err(|e| match e {
            StoreError::Io { source, .. } => StoreError::Io {
                path: self.dir.clone(),
                source,
            },
            other => other,
        })?;
        drop(file);
        fs::remove_file(&temp).map_err(io(&temp))
    }

    /// Saves atomically, keeping the previous good copy as `profile.json.bak`.
    pub fn save(&self, profile: &Profile) -> Result<(), StoreError> {
        self.claim()?;
        let text = profile_text(profile)
            .map_err(|e| StoreError::io(&self.path(PROFILE_FILE), std::io::Error::other(e)))?;
        let [main, backup] = Format::Json.files().map(|f| self.path(f));
        replace(&main, Some(&backup), text.as_bytes())?;
        // Once a save has gone through, what earlier ones left half-written is of no use.
        if !self.cleared.replace(true) {
            remove_temps(&main);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::progress::DataDir;

    #[test]
    fn a_store_let_go_frees_its_lock_though_a_copy_of_the_file_lives_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let store = data.open("sam").expect("open");
        // What a process started at this moment holds until it has begun.
        let copy = store
            .lock
            .get()
            .expect("claimed")
            .try_clone()
            .expect("copy");
        drop(store);
        let again = data.open("sam");
        assert!(again.is_ok(), "{:?}", again.err());
        drop(copy);
    }
}
