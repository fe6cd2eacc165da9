//! The player's words for what the core returns: notices, save errors, achievements, ranks,
//! training results and statistics. The core gives typed values (ids, enums, numbers, paths);
//! the TUI, plain mode and the commands word them here and nowhere else, so that one module holds
//! every such sentence (and can later choose them from a catalog).

mod evidence;
mod round;
mod stats;

use std::fmt;

use crate::content::model::World;
use crate::inert::inert;
use crate::plan::Refusal;
use crate::progress::data_dir::MAX_NAME;
use crate::progress::error::{FileKind, NameProblem};
use crate::progress::history::Skipped;
use crate::progress::{Fallback, ModuleResult, Notice, Recovery, StoreError};
use crate::training::Topic;

pub use evidence::{cue_label, cue_meaning, evidence_label, sign_label, sign_meaning};
pub use round::{
    SENSITIVITY_AFTER, best_streak, caught, certificate_pending, count, daily_again, daily_done,
    daily_replay, false_alarms, mode, module_name, replay, sensitivity, skill,
};
pub use stats::{
    Counted, achievement, achievement_how, figure_lines, name_width, next_rank, percent, rank,
    reviews_due, stats_lines,
};

/// What the player is told once when their profile opens.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::Recovered(recovery) => self::recovery(recovery),
        Notice::Unsaved => "Playing without saving: nothing from this session will be kept.".into(),
        Notice::SettingsKeptAside { reason, kept } => format!(
            "Your settings file was damaged ({reason}). It was kept aside as {} and a new one remembers who played last.",
            kept.display()
        ),
        Notice::SettingsNotAFile { path, kind } => format!(
            "The settings file {} is {}, not a regular file: it was left alone, and who played last is not remembered.",
            path.display(),
            file_kind(*kind)
        ),
    }
}

/// A repair made while loading a save.
pub fn recovery(recovery: &Recovery) -> String {
    match recovery {
        Recovery::Interrupted { from } => format!(
            "The last save was interrupted; your progress was restored from {}.",
            from.display()
        ),
        Recovery::Damaged { reason, kept } => format!(
            "Your save file was damaged ({reason}). It was kept aside as {} and your last good progress was restored.",
            kept.display()
        ),
        Recovery::Rebuilt {
            reason,
            kept,
            rounds,
        } => {
            let lost = match reason {
                Some(reason) => {
                    format!("Your save file was damaged ({reason}), and so was its backup.")
                }
                None => "Your save file was missing, and no copy of it was good.".into(),
            };
            let aside = match kept.as_slice() {
                [] => String::new(),
                files => format!(
                    " The damaged files were kept aside as {}.",
                    files
                        .iter()
                        .map(|f| f.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            };
            format!(
                "{lost}{aside} Your progress was rebuilt from the {rounds} finished round{} in your history; a round left unfinished is lost.",
                plural(*rounds)
            )
        }
    }
}

/// What a command that only reads a profile read instead of a file it could not use.
pub fn fallback(fallback: &Fallback) -> String {
    match fallback {
        Fallback::Interrupted { from } => format!(
            "The last save was interrupted: these figures come from {}, which the next game restores.",
            from.display()
        ),
        Fallback::Damaged { path, reason, from } => format!(
            "{} is damaged ({reason}): these figures come from the last good copy, {}, which the next game restores (keeping the damaged file aside).",
            path.display(),
            from.display()
        ),
        Fallback::Rebuilt { reason, rounds } => {
            let lost = match reason {
                Some(reason) => {
                    format!("The save file is damaged ({reason}), and so is its backup")
                }
                None => "The save file is missing, and no copy of it is good".into(),
            };
            format!(
                "{lost}: these figures were rebuilt from the {rounds} finished round{} in the history, as the next game will do.",
                plural(*rounds)
            )
        }
    }
}

/// A history file a report did not read.
pub fn skipped_history(skipped: &Skipped) -> String {
    match skipped.kind {
        Some(kind) => format!(
            "skipped {}: it is {}, not a regular file",
            skipped.path.display(),
            file_kind(kind)
        ),
        None => format!(
            "skipped {}: it is not a readable round record",
            skipped.path.display()
        ),
    }
}

/// What stands where a regular file was expected, with its article.
pub fn file_kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Directory => "a folder",
        FileKind::Fifo => "a FIFO (named pipe)",
        FileKind::Socket => "a socket",
        FileKind::BlockDevice => "a block device",
        FileKind::CharDevice => "a character device",
        FileKind::Link => "a symbolic link",
        FileKind::Other => "something else",
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A save that failed while playing: the game goes on.
pub fn failed_save(error: &StoreError) -> String {
    format!("Could not save ({error}). Your previous save is intact; the game goes on.")
}

/// What is wrong with a profile name, after "profile name".
pub fn name_problem(problem: NameProblem) -> String {
    const ALLOWED: &str = "use letters, digits, spaces, - _ or .";
    match problem {
        NameProblem::Empty => "is empty: type a name".into(),
        NameProblem::TooLong => format!("is too long: use at most {MAX_NAME} characters"),
        NameProblem::ControlCharacters => format!("contains control characters: {ALLOWED}"),
        NameProblem::PathLike => {
            format!("cannot contain / \\ or .., nor start with a dot: {ALLOWED}")
        }
        NameProblem::OtherCharacters => format!("may only {ALLOWED}"),
    }
}

/// The words for a problem with the data folder or a profile's files, wherever it is shown (the
/// name screen, plain mode, a command's error).
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::BadName(problem) => write!(f, "profile name {}", name_problem(*problem)),
            StoreError::Locked(name) => write!(
                f,
                "profile \"{name}\" is open in another redflag; close that one first (only one game per profile at a time)"
            ),
            StoreError::Newer {
                path,
                found,
                supported,
            } => write!(
                f,
                "{} was written by a newer redflag (save format {found}; this one reads up to {supported}). It was left untouched: update redflag to use this profile.",
                path.display()
            ),
            StoreError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Unrecoverable { path, reason, kept } => write!(
                f,
                "{} is damaged ({reason}) and there is no good copy to restore; it was kept aside as {}",
                path.display(),
                kept.display()
            ),
            StoreError::Damaged { path, reason } => write!(
                f,
                "{} is damaged ({reason}); start redflag with this profile to repair it from the last good copy",
                path.display()
            ),
            StoreError::NotAFile { path, kind } => write!(
                f,
                "{} is {}, not a regular file: redflag reads and writes only regular files in its data folder. Move it away and start again",
                path.display(),
                file_kind(*kind)
            ),
            StoreError::SettingsDamaged { path, reason } => write!(
                f,
                "{} is damaged ({reason}), so redflag cannot tell who played last: give --profile NAME (a game then keeps the damaged file aside and writes a new one)",
                path.display()
            ),
            StoreError::NameTaken { asked, owner } => write!(
                f,
                "profile name \"{asked}\" would share a folder with the profile \"{owner}\" (names differing only in capitals, spaces or dashes do): play as \"{owner}\", or choose a name that differs by more"
            ),
        }
    }
}

/// The role the player takes in a pack's world, told apart from the player themselves: "In this
/// game you are Sam Rivera, marketing coordinator at Brightside Marketing". The address the pack
/// gives after the role, in brackets, is kept only `with_address`.
pub fn role(world: &World, with_address: bool) -> String {
    let (who, address) = role_parts(world);
    let mut line = format!("In this game you are {who}");
    if let (true, Some(address)) = (with_address, address) {
        line.push_str(&format!(" ({address})"));
    }
    line.push('.');
    line
}

/// The role in brief, for a line under the player's own name: "Your role: Sam Rivera, ...".
pub fn role_brief(world: &World) -> String {
    format!("Your role: {}", role_parts(world).0)
}

/// Who the player plays, with the company, and the address given in brackets after it if any.
fn role_parts(world: &World) -> (String, Option<String>) {
    let you = inert(world.company.you.trim());
    let (who, address) = match you.strip_suffix(')').and_then(|y| y.rsplit_once(" (")) {
        Some((who, address)) => (who.trim_end(), Some(address.to_string())),
        None => (you.as_ref(), None),
    };
    let company = inert(world.company.name.trim());
    if company.is_empty() || who.contains(company.as_ref()) {
        (who.to_string(), address)
    } else {
        (format!("{who} at {company}"), address)
    }
}

/// Said beside the role on the first screen: whose name is whose.
pub const ROLE_NOTE: &str =
    "Messages in the game are written to that person; your progress is kept under your own name.";

/// A training module's title.
pub fn module_title(topic: Topic) -> &'static str {
    match topic {
        Topic::Theme(theme) => theme.label(),
        Topic::FinalExam => "Final exam",
    }
}

/// The verdict on a training module attempt.
pub fn module_result(result: &ModuleResult) -> String {
    if result.passed {
        format!(
            "{}: passed with {}% (pass mark {}%).",
            module_name(&result.id),
            result.percent,
            result.pass_mark
        )
    } else {
        format!(
            "{}: not passed yet, {}% of the {}% needed. Try it again from the training path.",
            module_name(&result.id),
            result.percent,
            result.pass_mark
        )
    }
}

/// A `--module` that names no module of the path, with the ones that exist.
pub fn unknown_module(id: &str, known: &[String]) -> String {
    format!(
        "no training module \"{}\": the modules are {}",
        inert(id),
        known.join(", ")
    )
}

/// Why a planned round cannot start, as the game's menu says it.
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::NothingDue => {
            "Nothing to review today: skills you miss come back a day later.".into()
        }
        Refusal::NoScenariosForDue => {
            "The loaded packs have no scenarios for the skills due.".into()
        }
        Refusal::UnknownModule { id, .. } => {
            format!("There is no training module \"{}\".", inert(id))
        }
        Refusal::LockedModule { .. } => {
            "That module unlocks when the one before it is passed.".into()
        }
        Refusal::NothingToResume => "There is no unfinished round to resume.".into(),
    }
}

#[cfg(test)]
mod tests;
