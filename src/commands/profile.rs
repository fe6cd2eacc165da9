//! Finding the data folder and opening the player's profile, before any terminal mode changes,
//! so that problems are told in plain words.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::ProfileArgs;
use crate::progress::opening::{Opening, Pending, open_unsettled, unsaved};
use crate::progress::recover::Reading;
use crate::progress::{DataDir, Session, StoreError};
use crate::strings;

/// `--data-dir`, then `REDFLAG_DATA_DIR` (both handled by clap), then the platform's data folder.
pub fn data_dir(args: &ProfileArgs) -> anyhow::Result<DataDir> {
    if let Some(dir) = &args.data_dir {
        return Ok(DataDir::new(dir.clone()));
    }
    let dirs = directories::ProjectDirs::from("", "", "redflag")
        .context("no home folder to save progress in: give --data-dir DIR")?;
    Ok(DataDir::new(PathBuf::from(dirs.data_dir())))
}

/// The profile name from the command line or the last one used. A settings file that cannot be
/// read stops here, saying so, rather than be taken for a first start.
pub fn known_name(args: &ProfileArgs, data: &DataDir) -> anyhow::Result<Option<String>> {
    if let Some(name) = &args.profile {
        return Ok(Some(name.clone()));
    }
    match data.settings() {
        Ok(settings) => Ok(settings.last_profile),
        Err(e) => bail!("{e} (profiles here: {})", list(&data.profiles())),
    }
}

/// The profile a command reads (statistics, reports, the certificate). It is found as a game
/// finds it, but nothing is repaired: what was read instead of the profile file is said on
/// standard error.
pub fn read_profile(args: &ProfileArgs) -> anyhow::Result<Reading> {
    let data = data_dir(args)?;
    let Some(name) = known_name(args, &data)? else {
        bail!(
            "no profile yet in {}: play a round first, or give --profile NAME",
            data.root.display()
        );
    };
    let Some(reading) = data.read_profile(&name)? else {
        bail!(
            "no profile \"{name}\" in {}: play a round first (profiles here: {})",
            data.root.display(),
            list(&data.profiles())
        );
    };
    if let Some(fallback) = &reading.fallback {
        // Read before the command words anything: English until its language reaches here.
        let t = crate::i18n::Catalog::english();
        crate::output::warn(format_args!("Note: {}", strings::fallback(t, fallback)));
    }
    Ok(reading)
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
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
