//! The player's words for what the core returns: notices, save errors, achievements, ranks,
//! training results and statistics. The core gives typed values (ids, enums, numbers, paths);
//! the TUI, plain mode and the commands word them here and nowhere else, so that one module holds
//! every such sentence, taken from the player's catalog (`src/i18n/*.ftl`, section `strings`).

mod evidence;
mod round;
mod stats;

use std::fmt;

use crate::content::model::World;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::plan::Refusal;
use crate::progress::data_dir::MAX_NAME;
use crate::progress::error::{FileKind, NameProblem};
use crate::progress::history::Skipped;
use crate::progress::{Fallback, ModuleResult, Notice, Recovery, StoreError};
use crate::training::Topic;

pub use evidence::{
    anchor_label, cue_label, cue_meaning, evidence_label, field_label, sign_label, sign_meaning,
};
pub use round::{
    SENSITIVITY_AFTER, attempts, best_streak, caught, certificate_pending, channel_label,
    daily_again, daily_done, daily_replay, false_alarms, items, mode, module_name, points, replay,
    reviews, seconds, sensitivity, skill, theme_label, verdict,
};
pub use stats::{
    Counted, achievement, achievement_how, figure_lines, name_width, next_rank, percent, rank,
    reviews_due, stats_lines,
};

/// What the player is told once when their profile opens.
pub fn notice(t: &Catalog, notice: &Notice) -> String {
    match notice {
        Notice::Recovered(recovery) => self::recovery(t, recovery),
        Notice::Unsaved => crate::t!(t, "notice-unsaved"),
        Notice::SettingsKeptAside { reason, kept } => crate::t!(
            t,
            "notice-settings-kept-aside",
            reason = reason.as_str(),
            kept = kept.display().to_string()
        ),
        Notice::SettingsNotAFile { path, kind } => crate::t!(
            t,
            "notice-settings-not-a-file",
            path = path.display().to_string(),
            kind = file_kind(t, *kind)
        ),
    }
}

/// A repair made while loading a save.
pub fn recovery(t: &Catalog, recovery: &Recovery) -> String {
    match recovery {
        Recovery::Interrupted { from } => {
            crate::t!(t, "recovery-interrupted", from = from.display().to_string())
        }
        Recovery::Damaged { reason, kept } => crate::t!(
            t,
            "recovery-damaged",
            reason = reason.as_str(),
            kept = kept.display().to_string()
        ),
        Recovery::Rebuilt {
            reason,
            kept,
            rounds,
        } => {
            let lost = match reason {
                Some(reason) => crate::t!(t, "recovery-lost-damaged", reason = reason.as_str()),
                None => crate::t!(t, "recovery-lost-missing"),
            };
            let files = kept
                .iter()
                .map(|f| f.display().to_string())
                .reduce(|first, second| crate::t!(t, "files-two", first = first, second = second));
            let aside = match files {
                None => String::new(),
                Some(files) => format!(" {}", crate::t!(t, "recovery-kept-aside", files = files)),
            };
            crate::t!(
                t,
                "recovery-rebuilt",
                lost = lost,
                aside = aside,
                rounds = *rounds
            )
        }
    }
}

/// What a command that only reads a profile read instead of a file it could not use.
pub fn fallback(t: &Catalog, fallback: &Fallback) -> String {
    match fallback {
        Fallback::Interrupted { from } => {
            crate::t!(t, "fallback-interrupted", from = from.display().to_string())
        }
        Fallback::Damaged { path, reason, from } => crate::t!(
            t,
            "fallback-damaged",
            path = path.display().to_string(),
            reason = reason.as_str(),
            from = from.display().to_string()
        ),
        Fallback::Rebuilt { reason, rounds } => {
            let lost = match reason {
                Some(reason) => crate::t!(t, "fallback-lost-damaged", reason = reason.as_str()),
                None => crate::t!(t, "fallback-lost-missing"),
            };
            crate::t!(t, "fallback-rebuilt", lost = lost, rounds = *rounds)
        }
    }
}

/// A history file a report did not read.
pub fn skipped_history(t: &Catalog, skipped: &Skipped) -> String {
    let path = skipped.path.display().to_string();
    match skipped.kind {
        Some(kind) => crate::t!(
            t,
            "skipped-not-a-file",
            path = path,
            kind = file_kind(t, kind)
        ),
        None => crate::t!(t, "skipped-unreadable", path = path),
    }
}

/// What stands where a regular file was expected, with its article.
pub fn file_kind(t: &Catalog, kind: FileKind) -> String {
    match kind {
        FileKind::Directory => crate::t!(t, "file-kind-directory"),
        FileKind::Fifo => crate::t!(t, "file-kind-fifo"),
        FileKind::Socket => crate::t!(t, "file-kind-socket"),
        FileKind::BlockDevice => crate::t!(t, "file-kind-block-device"),
        FileKind::CharDevice => crate::t!(t, "file-kind-char-device"),
        FileKind::Link => crate::t!(t, "file-kind-link"),
        FileKind::Other => crate::t!(t, "file-kind-other"),
    }
}

/// A save that failed while playing: the game goes on.
pub fn failed_save(t: &Catalog, error: &StoreError) -> String {
    crate::t!(t, "save-failed", error = store_error(t, error))
}

/// What is wrong with a profile name, after "profile name".
pub fn name_problem(t: &Catalog, problem: NameProblem) -> String {
    match problem {
        NameProblem::Empty => crate::t!(t, "name-empty"),
        NameProblem::TooLong => crate::t!(t, "name-too-long", max = MAX_NAME),
        NameProblem::ControlCharacters => crate::t!(t, "name-control-characters"),
        NameProblem::PathLike => crate::t!(t, "name-path-like"),
        NameProblem::OtherCharacters => crate::t!(t, "name-other-characters"),
    }
}

/// The words for a problem with the data folder or a profile's files, wherever it is shown (the
/// name screen, plain mode, a command's error).
pub fn store_error(t: &Catalog, error: &StoreError) -> String {
    match error {
        StoreError::BadName(problem) => crate::t!(
            t,
            "save-error-bad-name",
            problem = name_problem(t, *problem)
        ),
        StoreError::Locked(name) => crate::t!(t, "save-error-locked", name = name.as_str()),
        StoreError::Newer {
            path,
            found,
            supported,
        } => crate::t!(
            t,
            "save-error-newer",
            path = path.display().to_string(),
            found = found.to_string(),
            supported = supported.to_string()
        ),
        StoreError::Io { path, source } => crate::t!(
            t,
            "save-error-io",
            path = path.display().to_string(),
            source = source.to_string()
        ),
        StoreError::Unrecoverable { path, reason, kept } => crate::t!(
            t,
            "save-error-unrecoverable",
            path = path.display().to_string(),
            reason = reason.as_str(),
            kept = kept.display().to_string()
        ),
        StoreError::Damaged { path, reason } => crate::t!(
            t,
            "save-error-damaged",
            path = path.display().to_string(),
            reason = reason.as_str()
        ),
        StoreError::NotAFile { path, kind } => crate::t!(
            t,
            "save-error-not-a-file",
            path = path.display().to_string(),
            kind = file_kind(t, *kind)
        ),
        StoreError::SettingsDamaged { path, reason } => crate::t!(
            t,
            "save-error-settings-damaged",
            path = path.display().to_string(),
            reason = reason.as_str()
        ),
        StoreError::NameTaken { asked, owner } => crate::t!(
            t,
            "save-error-name-taken",
            asked = asked.as_str(),
            owner = owner.as_str()
        ),
    }
}

/// In English, for errors that travel as `anyhow` errors before a language is known (a command
/// words its own errors with [`store_error`] once it has the player's catalog).
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&store_error(Catalog::english(), self))
    }
}

/// The role the player takes in a pack's world, told apart from the player themselves: "In this
/// game you are Sam Rivera, marketing coordinator at Brightside Marketing". The address the pack
/// gives after the role, in brackets, is kept only `with_address`.
pub fn role(t: &Catalog, world: &World, with_address: bool) -> String {
    match role_parts(t, world) {
        (who, Some(address)) if with_address => {
            crate::t!(t, "role-with-address", who = who, address = address)
        }
        (who, _) => crate::t!(t, "role", who = who),
    }
}

/// The role in brief, for a line under the player's own name: "Your role: Sam Rivera, ...".
pub fn role_brief(t: &Catalog, world: &World) -> String {
    crate::t!(t, "role-brief", who = role_parts(t, world).0)
}

/// Who the player plays, with the company, and the address given in brackets after it if any.
fn role_parts(t: &Catalog, world: &World) -> (String, Option<String>) {
    let you = inert(world.company.you.trim());
    let (who, address) = match you.strip_suffix(')').and_then(|y| y.rsplit_once(" (")) {
        Some((who, address)) => (who.trim_end(), Some(address.to_string())),
        None => (you.as_ref(), None),
    };
    let company = inert(world.company.name.trim());
    if company.is_empty() || who.contains(company.as_ref()) {
        (who.to_string(), address)
    } else {
        let at = crate::t!(t, "role-at-company", who = who, company = company.as_ref());
        (at, address)
    }
}

/// Said beside the role on the first screen: whose name is whose.
pub fn role_note(t: &Catalog) -> String {
    crate::t!(t, "role-note")
}

/// A training module's title.
pub fn module_title(t: &Catalog, topic: Topic) -> String {
    match topic {
        Topic::Theme(theme) => theme_label(t, theme),
        Topic::FinalExam => crate::t!(t, "module-final-exam"),
    }
}

/// The verdict on a training module attempt.
pub fn module_result(t: &Catalog, result: &ModuleResult) -> String {
    let module = module_name(t, &result.id);
    let (percent, mark) = (result.percent, result.pass_mark);
    if result.passed {
        crate::t!(
            t,
            "module-passed",
            module = module,
            percent = percent,
            mark = mark
        )
    } else {
        crate::t!(
            t,
            "module-not-passed",
            module = module,
            percent = percent,
            mark = mark
        )
    }
}

/// A `--module` that names no module of the path, with the ones that exist.
pub fn unknown_module(t: &Catalog, id: &str, known: &[String]) -> String {
    crate::t!(
        t,
        "module-unknown",
        id = inert(id).into_owned(),
        known = known.join(", ")
    )
}

/// Why a planned round cannot start, as the game's menu says it.
pub fn refusal(t: &Catalog, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NothingDue => crate::t!(t, "refusal-nothing-due"),
        Refusal::NoScenariosForDue => crate::t!(t, "refusal-no-scenarios-for-due"),
        Refusal::UnknownModule { id, .. } => {
            crate::t!(t, "refusal-unknown-module", id = inert(id).into_owned())
        }
        Refusal::LockedModule { .. } => crate::t!(t, "refusal-locked-module"),
        Refusal::NothingToResume => crate::t!(t, "refusal-nothing-to-resume"),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ar;
#[cfg(test)]
mod tests_ar_stats;
