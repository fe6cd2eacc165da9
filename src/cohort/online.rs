//! Who is connected to a running server, as it publishes it in its data folder (`online.json`):
//! its process, a heartbeat, and each session's profile, since when and how it signed in. No
//! addresses: the file is read by whoever can read the data folder, and the README promises that
//! addresses stay in the server's memory.
//!
//! The file is input like any other in the data folder: refused when it is not a regular file or
//! larger than any server writes, and taken as nobody online when it does not parse, is stale
//! (an old heartbeat, a process gone) or was written by a newer redflag.

use std::io::Read;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::progress::StoreError;
use crate::progress::data_dir::folder_name;
use crate::progress::error::FileKind;
use crate::progress::files::open_regular;
use crate::progress::store::write_atomic;

pub const ONLINE_FILE: &str = "online.json";
/// Marks the file as a redflag server's, so that foreign JSON is told apart.
pub const ONLINE_KIND: &str = "redflag-online";
pub const ONLINE_SCHEMA: u32 = 1;
/// Far more than a full server's sessions take (some 150 bytes each).
pub const MAX_ONLINE_BYTES: u64 = 1024 * 1024;
/// How often a server writes the file when nothing changes.
pub const HEARTBEAT_SECS: u64 = 3;
/// A heartbeat older than this (or this far in the future) is a server that is gone.
pub const STALE_AFTER_SECS: i64 = 15;

/// How a session signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignInKind {
    /// Connected, not signed in yet.
    Pending,
    Key,
    TeamCode,
    /// A trainer's key: the trainer's view, never a game.
    Trainer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineSession {
    /// The profile played, once the game has opened it.
    pub profile: Option<String>,
    pub since: DateTime<Utc>,
    pub sign_in: SignInKind,
}

/// `online.json` as the server writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnlineFile {
    pub kind: String,
    pub schema: u32,
    pub pid: u32,
    pub heartbeat: DateTime<Utc>,
    pub sessions: Vec<OnlineSession>,
}

impl OnlineFile {
    pub fn new(pid: u32, heartbeat: DateTime<Utc>, sessions: Vec<OnlineSession>) -> Self {
        OnlineFile {
            kind: ONLINE_KIND.to_string(),
            schema: ONLINE_SCHEMA,
            pid,
            heartbeat,
            sessions,
        }
    }
}

/// Why the file was not taken as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnlineProblem {
    NotAFile(FileKind),
    /// Its size in bytes, over [`MAX_ONLINE_BYTES`].
    TooLarge(u64),
    /// Not JSON, or not a server's file (the parser's reason).
    NotOnlineFile(String),
    /// Written by a newer redflag (its schema).
    Newer(u32),
    /// It could not be read: the system's words for why.
    Unreadable(String),
}

/// Who is online, as far as can be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Online {
    /// No server has published here (or it stopped cleanly).
    NoServer,
    /// A live server's sessions.
    Live(Vec<OnlineSession>),
    /// A file left by a server that is gone: its last heartbeat.
    Stale(DateTime<Utc>),
    /// A file that cannot be taken: nobody is counted online, and the trainer is told why.
    Unreadable(OnlineProblem),
}

impl Online {
    /// The sessions of a live server; none otherwise.
    pub fn sessions(&self) -> &[OnlineSession] {
        match self {
            Online::Live(sessions) => sessions,
            _ => &[],
        }
    }

    /// The learners' sessions playing a profile (trainers and sign-ins in progress aside).
    pub fn playing(&self) -> impl Iterator<Item = &OnlineSession> {
        self.sessions()
            .iter()
            .filter(|s| s.sign_in != SignInKind::Trainer && s.profile.is_some())
    }

    /// The session playing `profile`, compared as profile folders are (case and spaces aside).
    pub fn session_of(&self, profile: &str) -> Option<&OnlineSession> {
        let wanted = folder_name(profile).ok()?;
        self.playing().find(|s| {
            s.profile
                .as_deref()
                .and_then(|p| folder_name(p).ok())
                .is_some_and(|f| f == wanted)
        })
    }
}

/// Writes the file atomically into the data folder `root`.
pub fn write(root: &Path, file: &OnlineFile) -> Result<(), StoreError> {
    let text = serde_json::to_string_pretty(file).unwrap_or_default();
    write_atomic(&root.join(ONLINE_FILE), text.as_bytes())
}

/// Removes the file (a server stopping cleanly); a missing file is fine.
pub fn remove(root: &Path) {
    let _ = std::fs::remove_file(root.join(ONLINE_FILE));
}

/// Reads who is online in the data folder `root` at `now`. `alive` tells whether a process of
/// that id runs (None when it cannot be told, as on another machine sharing the folder).
pub fn read(root: &Path, now: DateTime<Utc>, alive: impl Fn(u32) -> Option<bool>) -> Online {
    let path = root.join(ONLINE_FILE);
    let file = match open_regular(&path) {
        Ok(Some(file)) => file,
        Ok(None) => return Online::NoServer,
        Err(StoreError::NotAFile { kind, .. }) => {
            return Online::Unreadable(OnlineProblem::NotAFile(kind));
        }
        // The system's own words for what went wrong; the team view says the rest.
        Err(StoreError::Io { source, .. }) => {
            return Online::Unreadable(OnlineProblem::Unreadable(source.to_string()));
        }
        Err(e) => return Online::Unreadable(OnlineProblem::Unreadable(e.to_string())),
    };
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_ONLINE_BYTES + 1).read_to_end(&mut bytes) {
        return Online::Unreadable(OnlineProblem::Unreadable(e.to_string()));
    }
    let size = bytes.len() as u64;
    if size > MAX_ONLINE_BYTES {
        return Online::Unreadable(OnlineProblem::TooLarge(size));
    }
    parse(&bytes, now, alive)
}

/// The file's bytes taken as who is online at `now` (see [`read`]).
pub fn parse(bytes: &[u8], now: DateTime<Utc>, alive: impl Fn(u32) -> Option<bool>) -> Online {
    #[derive(Deserialize)]
    struct Label {
        kind: Option<serde_json::Value>,
        schema: Option<serde_json::Value>,
    }
    let not_ours = |reason: String| Online::Unreadable(OnlineProblem::NotOnlineFile(reason));
    let label: Label = match serde_json::from_slice(bytes) {
        Ok(label) => label,
        Err(e) => return not_ours(e.to_string()),
    };
    if label.kind.as_ref().and_then(|k| k.as_str()) != Some(ONLINE_KIND) {
        return not_ours(format!("kind is not {ONLINE_KIND}"));
    }
    let schema = label.schema.and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > u64::from(ONLINE_SCHEMA) {
        return Online::Unreadable(OnlineProblem::Newer(
            u32::try_from(schema).unwrap_or(u32::MAX),
        ));
    }
    let file: OnlineFile = match serde_json::from_slice(bytes) {
        Ok(file) => file,
        Err(e) => return not_ours(e.to_string()),
    };
    let age = now.signed_duration_since(file.heartbeat);
    let limit = Duration::seconds(STALE_AFTER_SECS);
    if age > limit || age < -limit || alive(file.pid) == Some(false) {
        return Online::Stale(file.heartbeat);
    }
    Online::Live(file.sessions)
}

/// Whether a process of this id runs on this machine; None where that cannot be told.
pub fn process_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if cfg!(target_os = "linux") && proc.join("self").exists() {
        return Some(proc.join(pid.to_string()).exists());
    }
    None
}
