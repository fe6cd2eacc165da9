//! The data folder: where every profile lives, the names a profile folder may take, and the
//! lenient settings file remembering who played last.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use chrono::{DateTime, Utc};

use super::error::{NameProblem, StoreError};
use super::files::{keep_aside, read_regular};
use super::format::{Format, text_of};
use super::recover::{Reading, read_only};
use super::store::{Store, write_atomic};

const SETTINGS_FILE: &str = "settings.toml";

/// Longest profile name accepted.
pub const MAX_NAME: usize = 40;

/// The folder name for a profile name, or why the name cannot be used.
pub fn folder_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    let bad = |problem| Err(StoreError::BadName(problem));
    if name.is_empty() {
        return bad(NameProblem::Empty);
    }
    if name.chars().count() > MAX_NAME {
        return bad(NameProblem::TooLong);
    }
    if name.chars().any(char::is_control) {
        return bad(NameProblem::ControlCharacters);
    }
    if name.contains(['/', '\\']) || name.contains("..") || name.starts_with('.') {
        return bad(NameProblem::PathLike);
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
    {
        return bad(NameProblem::OtherCharacters);
    }
    Ok(name.to_lowercase().replace(' ', "-"))
}

/// What `settings.toml` in the data folder keeps between games (read leniently): who played
/// last, each profile's language, and how this machine's terminal draws right-to-left text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct SavedSettings {
    pub last_profile: Option<String>,
    /// `app` or `terminal`, as last chosen with `--bidi` (a name, so that a bad value is ignored
    /// rather than losing the rest of the file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bidi: Option<String>,
    /// Whether Arabic letters are drawn joined, as last chosen with `--shape`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<bool>,
    /// Each profile's language tag, by profile folder name, as last chosen with `--lang`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, String>,
}

/// The data folder holding every profile.
#[derive(Debug, Clone)]
pub struct DataDir {
    pub root: PathBuf,
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

    fn settings_path(&self) -> PathBuf {
        self.root.join(SETTINGS_FILE)
    }

    /// Who played last. No file is no one; a file that does not parse is an error (it is
    /// reported, never silently taken for no one), and so is a FIFO or a device in its place.
    pub fn settings(&self) -> Result<SavedSettings, StoreError> {
        let path = self.settings_path();
        let Some(bytes) = read_regular(&path)? else {
            return Ok(SavedSettings::default());
        };
        toml::from_str(&text_of(bytes)).map_err(|e| StoreError::SettingsDamaged {
            path,
            reason: e.message().to_string(),
        })
    }

    pub fn save_settings(&self, settings: &SavedSettings) -> Result<(), StoreError> {
        let text = toml::to_string(settings).unwrap_or_default();
        write_atomic(&self.settings_path(), text.as_bytes())
    }

    /// Keeps a damaged `settings.toml` aside before a new one takes its place; returns where.
    pub fn keep_settings_aside(&self, now: DateTime<Utc>) -> Result<PathBuf, StoreError> {
        keep_aside(&self.settings_path(), "settings", "toml", now)
    }

    /// The folder of a profile, whether or not it exists yet.
    pub fn profile_dir(&self, name: &str) -> Result<PathBuf, StoreError> {
        Ok(self.profiles_dir().join(folder_name(name)?))
    }

    /// Reads a profile without locking or repairing anything (for statistics and reports): what
    /// a game would restore from a copy or rebuild from the history is read instead, and said.
    pub fn read_profile(&self, name: &str) -> Result<Option<Reading>, StoreError> {
        read_only(&self.profiles_dir().join(folder_name(name)?), name)
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
        let store = Store::new(dir, name.trim(), new);
        if !new {
            store.claim()?;
        }
        Ok(store)
    }
}
