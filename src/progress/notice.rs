//! What the player is told once about their save when a game starts, as values: the front ends
//! word them (`strings`).

use std::path::PathBuf;

/// A repair made while loading a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovery {
    /// A save was interrupted between its two renames; the profile was restored from `from`
    /// (the new copy it was writing, or the previous good one).
    Interrupted { from: PathBuf },
    /// The profile file was damaged (`reason`, as the parser put it) and kept aside as `kept`;
    /// the last good copy was restored.
    Damaged { reason: String, kept: PathBuf },
}

/// Something the player must be told once, when a session starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Their save was repaired.
    Recovered(Recovery),
    /// They chose to play without saving: nothing of this game will be kept.
    Unsaved,
}
