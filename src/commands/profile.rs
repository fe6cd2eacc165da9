//! Finding the data folder and opening the player's profile, before any terminal mode changes,
//! so that problems are told in plain words.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::ProfileArgs;
use crate::progress::store::Settings;
use crate::progress::{DataDir, Profile, Session, StoreError};

/// `--data-dir`, then `REDFLAG_DATA_DIR` (both handled by clap), then the platform's data folder.
pub fn data_dir(args: &ProfileArgs) -> anyhow::Result<DataDir> {
    if let Some(dir) = &args.data_dir {
        return Ok(DataDir::new(dir.clone()));
    }
    let dirs = directories::ProjectDirs::from("", "", "redflag")
        .context("no home folder to save progress in: give --data-dir DIR")?;
    Ok(DataDir::new(PathBuf::from(dirs.data_dir())))
}

/// The profile name from the command line or the last one used.
pub fn known_name(args: &ProfileArgs, data: &DataDir) -> Option<String> {
    args.profile
        .clone()
        .or_else(|| data.settings().last_profile)
}

/// Opens a profile for play: creates it if new, repairs a damaged save, remembers it as the last one.
pub fn open(data: &DataDir, name: &str) -> Result<Session, StoreError> {
    let store = data.open(name)?;
    let now = Utc::now();
    let loaded = store.load(now)?;
    let fresh = loaded.profile.is_none();
    let profile = loaded
        .profile
        .unwrap_or_else(|| Profile::new(name.trim(), now));
    if fresh {
        store.save(&profile)?;
    }
    // Remembering who played last is a convenience: failing at it must not stop the game.
    let _ = data.save_settings(&Settings {
        last_profile: Some(name.trim().to_string()),
    });
    Ok(Session::new(Some(store), profile, loaded.recovery))
}

/// A session that saves nothing, for a player who agreed to that.
pub fn unsaved(name: &str) -> Session {
    Session::new(
        None,
        Profile::new(name, Utc::now()),
        Some("Playing without saving: nothing from this session will be kept.".into()),
    )
}

/// Opens the profile, or explains why not. A folder that cannot be written is offered to play
/// without saving: with --no-save, or by answering yes when asked on a terminal.
pub fn open_or_explain(args: &ProfileArgs, data: &DataDir, name: &str) -> anyhow::Result<Session> {
    if args.no_save {
        return Ok(unsaved(name));
    }
    match open(data, name) {
        Ok(session) => Ok(session),
        Err(StoreError::Io { path, source }) => {
            let problem = format!(
                "redflag cannot save progress in {} ({source}).",
                path.display()
            );
            if std::io::stdin().is_terminal()
                && ask_yes_no(&format!("{problem}\nPlay without saving? [y/N] "))?
            {
                return Ok(unsaved(name));
            }
            bail!(
                "{problem} Choose another folder with --data-dir DIR, or play without saving with --no-save."
            )
        }
        Err(e) => Err(e.into()),
    }
}

fn ask_yes_no(question: &str) -> anyhow::Result<bool> {
    let mut out = std::io::stderr();
    write!(out, "{question}")?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
