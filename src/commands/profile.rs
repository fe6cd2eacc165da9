//! Finding the data folder and opening the player's profile, before any terminal mode changes,
//! so that problems are told in plain words.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::ProfileArgs;
use crate::progress::data_dir::Settings;
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
    let mut opening = open_unsettled(data, name)?;
    opening.pending.settle(data, &mut opening.session)?;
    Ok(opening.session)
}

/// A profile opened, locked and loaded, with the writes a start makes still to do.
pub struct Opening {
    pub session: Session,
    pub pending: Pending,
}

/// The writes a start makes, which can wait until the first frame is on screen.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The name as given, to remember as the last one used.
    pub name: String,
    /// A new profile, not yet on disk.
    pub fresh: bool,
}

impl Pending {
    /// A new profile's first save (with fsync), and remembering the name as the last one used
    /// (written only when it changed). Nothing for a session that does not save.
    pub fn settle(&mut self, data: &DataDir, session: &mut Session) -> Result<(), StoreError> {
        if !session.saving() {
            return Ok(());
        }
        if self.fresh {
            session.save_now()?;
            self.fresh = false;
        }
        // Remembering who played last is a convenience: failing at it must not stop the game.
        if data.settings().last_profile.as_deref() != Some(self.name.as_str()) {
            let _ = data.save_settings(&Settings {
                last_profile: Some(self.name.clone()),
            });
        }
        Ok(())
    }
}

/// Opens, locks and loads a profile but leaves the writes of [`Pending::settle`] for later: the
/// game draws its first frame before them. A new profile's folder and lock are made by its first
/// save, so a data folder that cannot be written is found there.
pub fn open_unsettled(data: &DataDir, name: &str) -> Result<Opening, StoreError> {
    let store = data.open_later(name)?;
    let now = Utc::now();
    let loaded = store.load(now)?;
    let fresh = loaded.profile.is_none();
    let profile = loaded
        .profile
        .unwrap_or_else(|| Profile::new(name.trim(), now));
    Ok(Opening {
        session: Session::new(Some(store), profile, loaded.recovery),
        pending: Pending {
            name: name.trim().to_string(),
            fresh,
        },
    })
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
    let opened = explain_or(args, name, || {
        let mut opening = open_unsettled(data, name)?;
        opening.pending.settle(data, &mut opening.session)?;
        Ok(opening)
    })?;
    Ok(opened.session)
}

/// [`open_or_explain`] without the writes of [`Pending::settle`], for the game to do after its
/// first frame.
pub fn open_or_explain_unsettled(
    args: &ProfileArgs,
    data: &DataDir,
    name: &str,
) -> anyhow::Result<Opening> {
    explain_or(args, name, || open_unsettled(data, name))
}

fn explain_or(
    args: &ProfileArgs,
    name: &str,
    open: impl FnOnce() -> Result<Opening, StoreError>,
) -> anyhow::Result<Opening> {
    let unsaved = || Opening {
        session: unsaved(name),
        pending: Pending {
            name: name.trim().to_string(),
            fresh: false,
        },
    };
    if args.no_save {
        return Ok(unsaved());
    }
    match open() {
        Ok(opening) => Ok(opening),
        Err(StoreError::Io { path, source }) => {
            let problem = format!(
                "redflag cannot save progress in {} ({source}).",
                path.display()
            );
            if std::io::stdin().is_terminal()
                && ask_yes_no(&format!("{problem}\nPlay without saving? [y/N] "))?
            {
                return Ok(unsaved());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writes_of_a_start_wait_for_settle_and_skip_what_is_unchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let mut opening = open_unsettled(&data, " Robin ").expect("open");
        let profile = dir.path().join("profiles/robin/profile.json");
        let settings = dir.path().join("settings.toml");
        assert!(opening.pending.fresh && !settings.exists());
        assert!(!dir.path().join("profiles").exists(), "not even the folder");
        opening
            .pending
            .settle(&data, &mut opening.session)
            .expect("settle");
        assert!(profile.is_file(), "the new profile is saved");
        assert_eq!(data.settings().last_profile.as_deref(), Some("Robin"));
        drop(opening);

        // A returning player: nothing to save, and the setting is not written again.
        std::fs::write(&settings, "last_profile = \"Robin\" # as it was\n").expect("write");
        let mut again = open_unsettled(&data, "Robin").expect("reopen");
        assert!(!again.pending.fresh);
        again
            .pending
            .settle(&data, &mut again.session)
            .expect("settle");
        let text = std::fs::read_to_string(&settings).expect("read");
        assert!(text.contains("# as it was"), "{text}");
    }
}
