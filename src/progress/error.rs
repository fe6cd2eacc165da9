//! What can go wrong with the data folder and a profile's files, as values that carry what the
//! player needs to be told (the file, the save format, the copy kept aside). Worded by `strings`
//! (its `Display`), so the core builds no sentence.

use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum StoreError {
    /// The profile name cannot be a folder name.
    BadName(NameProblem),
    /// Another redflag holds this profile (the name as given).
    Locked(String),
    /// Written in a newer save format than this redflag reads; left untouched.
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// Reading or writing `path` failed. Shared, so that a failed save can be kept to tell.
    Io {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    /// Damaged with no good copy to restore; kept aside as `kept`.
    Unrecoverable {
        path: PathBuf,
        reason: String,
        kept: PathBuf,
    },
    /// Damaged, found while only reading (for statistics or a report): a game repairs it.
    Damaged { path: PathBuf, reason: String },
    /// Something other than a regular file where redflag reads or writes one: a FIFO would
    /// make it wait for ever, a device could feed it without end. Refused before it is opened.
    NotAFile { path: PathBuf, kind: FileKind },
    /// `settings.toml` does not parse, so who played last is unknown; left as it is.
    SettingsDamaged { path: PathBuf, reason: String },
    /// The profile folder that `asked` maps to holds the profile of another name, `owner`
    /// ("alice-smith" and "Alice Smith" share a folder name): refused, never shared.
    NameTaken { asked: String, owner: String },
}

/// What stands where a regular file was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Socket,
    BlockDevice,
    CharDevice,
    /// A symbolic link, where redflag creates the file itself and follows no link.
    Link,
    Other,
}

/// Why a profile name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// Longer than [`super::data_dir::MAX_NAME`] characters.
    TooLong,
    ControlCharacters,
    /// A slash, a backslash, "..", or a leading dot: it could leave the profiles folder.
    PathLike,
    /// Anything but letters, digits, spaces, - _ and .
    OtherCharacters,
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl StoreError {
    /// An I/O failure on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }
}

/// For `map_err`: an I/O failure on `path`.
pub(super) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::io(path, source)
}
