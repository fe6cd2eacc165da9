//! What the player is told once about their save when a game starts, as values: the front ends
//! word them (`strings`).

use std::path::PathBuf;

use super::error::FileKind;

/// A repair made while loading a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovery {
    /// A save was interrupted between its two renames; the profile was restored from `from`
    /// (the new copy it was writing, or the previous good one).
    Interrupted { from: PathBuf },
    /// The profile file was damaged (`reason`, as the parser put it) and kept aside as `kept`;
    /// the last good copy was restored.
    Damaged { reason: String, kept: PathBuf },
    /// The profile file was damaged (`reason`) or missing (None), and so was its backup: the
    /// damaged files were kept aside as `kept`, and the profile rebuilt from the `rounds`
    /// finished rounds of its history (a round left unfinished is not in it).
    Rebuilt {
        reason: Option<String>,
        kept: Vec<PathBuf>,
        rounds: usize,
    },
}

/// What a command that only reads a profile (statistics, a report) read instead of a profile
/// file it could not use, repairing nothing: the next game makes the same choice and repairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fallback {
    /// The profile file is missing (a save was interrupted); read from the copy `from`.
    Interrupted { from: PathBuf },
    /// The profile file `path` is damaged (`reason`); read from its backup `from`.
    Damaged {
        path: PathBuf,
        reason: String,
        from: PathBuf,
    },
    /// The profile file is damaged (`reason`) or missing (None) and so is its backup: rebuilt
    /// from the `rounds` finished rounds of its history.
    Rebuilt {
        reason: Option<String>,
        rounds: usize,
    },
}

/// Something the player must be told once, when a session starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Their save was repaired.
    Recovered(Recovery),
    /// They chose to play without saving: nothing of this game will be kept.
    Unsaved,
    /// `settings.toml` did not parse (`reason`): it was kept aside as `kept` and a new one
    /// written, remembering this player.
    SettingsKeptAside { reason: String, kept: PathBuf },
    /// Who played last could not be remembered: `settings.toml` at `path` is not a regular
    /// file but a `kind`. It was left as it is.
    SettingsNotAFile { path: PathBuf, kind: FileKind },
}
