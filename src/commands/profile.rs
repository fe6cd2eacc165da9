//! Finding the data folder and opening the player's profile, before any terminal mode changes,
//! so that problems are told in plain words.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::ProfileArgs;
use crate::i18n::Catalog;
use crate::progress::opening::{Opening, Pending, open_unsettled, unsaved};
use crate::progress::recover::Reading;
use crate::progress::{DataDir, Session, StoreError};
use crate::strings;
use crate::t;

/// `--data-dir`, then `REDFLAG_DATA_DIR` (both handled by clap), then the platform's data folder.
pub fn data_dir(args: &ProfileArgs) -> anyhow::Result<DataDir> {
    if let Some(dir) = &args.data_dir {
        return Ok(DataDir::new(dir.clone()));
    }
    let dirs = directories::ProjectDirs::from("", "", "redflag")
        .with_context(|| t!(Catalog::get(args.language), "cmd-no-home"))?;
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
        Err(e) => {
            let t = Catalog::get(args.language);
            let profiles = list(t, &data.profiles());
            bail!(
                "{}",
                t!(
                    t,
                    "cmd-settings-unreadable",
                    error = strings::store_error(t, &e),
                    profiles = profiles
                )
            )
        }
    }
}

/// The profile a command reads (statistics, reports, the certificate). It is found as a game
/// finds it, but nothing is repaired: what was read instead of the profile file is said on
/// standard error.
pub fn read_profile(args: &ProfileArgs) -> anyhow::Result<Reading> {
    let t = Catalog::get(args.language);
    let data = data_dir(args)?;
    let dir = data.root.display().to_string();
    let Some(name) = known_name(args, &data)? else {
        bail!("{}", t!(t, "cmd-no-profile-yet", dir = dir));
    };
    let Some(reading) = data.read_profile(&name).map_err(|e| worded(t, e))? else {
        let profiles = list(t, &data.profiles());
        bail!(
            "{}",
            t!(
                t,
                "cmd-no-such-profile",
                name = name.as_str(),
                dir = dir,
                profiles = profiles
            )
        );
    };
    if let Some(fallback) = &reading.fallback {
        let note = strings::fallback(t, fallback);
        crate::output::warn(t!(t, "cmd-note", note = note));
    }
    Ok(reading)
}

fn list(t: &Catalog, names: &[String]) -> String {
    if names.is_empty() {
        t!(t, "cmd-none")
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
            choices: None,
        },
    };
    if args.no_save {
        return Ok(unsaved());
    }
    match open() {
        Ok(opening) => Ok(opening),
        Err(StoreError::Io { path, source }) => {
            let t = Catalog::get(args.language);
            let problem = t!(
                t,
                "cmd-cannot-save",
                dir = path.display().to_string(),
                error = source.to_string()
            );
            if std::io::stdin().is_terminal()
                && ask_yes_no(t, &format!("{problem}\n{} ", t!(t, "cmd-play-unsaved")))?
            {
                return Ok(unsaved());
            }
            bail!("{}", t!(t, "cmd-choose-folder", problem = problem))
        }
        Err(e) => Err(worded(Catalog::get(args.language), e)),
    }
}

/// A store's error as a command's error, in `t`'s words (the language chosen for the command:
/// `--lang`, the profile's saved choice, the locale), its cause kept after it.
pub fn worded(t: &Catalog, error: StoreError) -> anyhow::Error {
    anyhow::Error::new(Worded {
        text: strings::store_error(t, &error),
        error,
    })
}

/// A [`StoreError`] with its words: shown as them, with the error's own cause (the system's
/// reason, as `{:#}` shows it, and a closed pipe still told apart).
#[derive(Debug)]
struct Worded {
    text: String,
    error: StoreError,
}

impl std::fmt::Display for Worded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Worded {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.error)
    }
}

fn ask_yes_no(t: &Catalog, question: &str) -> anyhow::Result<bool> {
    let mut out = std::io::stderr();
    write!(out, "{}", crate::output::visible(question))?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let answer = answer.trim().to_lowercase();
    Ok(t!(t, "cmd-yes-answers")
        .split(',')
        .any(|yes| yes.trim() == answer))
}
