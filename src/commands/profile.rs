//! Finding the data folder and opening the player's profile, before any terminal mode changes,
//! so that problems are told in plain words.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::ProfileArgs;
use crate::progress::opening::{Opening, Pending, open_unsettled, unsaved};
use crate::progress::{DataDir, Session, StoreError};

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

/// Opens the profile, or explains why not. A folder that cannot be written is offered to play
/// without saving: with --no-save, or by answering yes when asked on a terminal.
pub fn open_or_explain(args: &ProfileArgs, data: &DataDir, name: &str) -> anyhow::Result<Session> {
    let opened = explain_or(args, name, || {
        let mut opening = open_unsettled(data, name, Utc::now())?;
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
    explain_or(args, name, || open_unsettled(data, name, Utc::now()))
}

fn explain_or(
    args: &ProfileArgs,
    name: &str,
    open: impl FnOnce() -> Result<Opening, StoreError>,
) -> anyhow::Result<Opening> {
    let unsaved = || Opening {
        session: unsaved(name, Utc::now()),
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
    write!(out, "{}", crate::output::visible(question))?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
