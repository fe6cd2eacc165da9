//! A command line clap refuses, worded from the catalog: clap words its refusals only in
//! English, so in another language the refusal is said again from the error's kind and context
//! (what was wrong, clap's suggestions, the usage line, where to find help), laid out as clap
//! lays it out. English stays clap's own text.

use std::fmt;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Catalog, Lang};
use crate::t;

/// A command line that was not parsed: help or the version to show, or a mistake, in the
/// words of the language found before parsing.
#[derive(Debug)]
pub struct Refusal {
    error: clap::Error,
    /// The mistake in the catalog's words; None when clap's own text is shown.
    worded: Option<String>,
}

/// Clap's exit code for a mistake on the command line.
const USAGE_CODE: i32 = 2;

impl Refusal {
    /// Clap's error, worded in `t`'s language when that is not English and it is a mistake
    /// (help and the version are clap's to show).
    pub fn new(t: &Catalog, error: clap::Error) -> Refusal {
        let shown = matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | ErrorKind::DisplayVersion
        );
        let worded = (t.lang() != Lang::ENGLISH && !shown).then(|| worded(t, &error));
        Refusal { error, worded }
    }

    pub fn kind(&self) -> ErrorKind {
        self.error.kind()
    }

    /// What clap's error would exit with: 2 for a mistake, 0 for help or the version.
    pub fn exit_code(&self) -> i32 {
        match self.worded {
            Some(_) => USAGE_CODE,
            None => self.error.exit_code(),
        }
    }

    /// Shows the refusal and ends the process, as clap does: help on standard output, a
    /// mistake on standard error.
    pub fn exit(&self) -> ! {
        let Some(text) = &self.worded else {
            self.error.exit()
        };
        use std::io::Write;
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(crate::output::visible(text).as_bytes());
        let _ = stderr.flush();
        std::process::exit(USAGE_CODE)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.worded {
            Some(text) => f.write_str(text),
            None => self.error.fmt(f),
        }
    }
}

impl std::error::Error for Refusal {}

/// The mistake in `t`'s words: the problem, clap's tips, the usage line and the help hint.
pub fn worded(t: &Catalog, error: &clap::Error) -> String {
    let mut text = t!(t, "cli-error", problem = problem(t, error));
    let tips = tips(t, error);
    if !tips.is_empty() {
        text.push('\n');
    }
    for tip in tips {
        text.push_str("\n  ");
        text.push_str(&t!(t, "cli-error-tip", tip = tip));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // Clap's usage comes with its English title; the catalog's is put in its place.
        let line = usage.trim_start_matches("Usage:").trim_start();
        text.push_str(&format!("\n\n{} {line}", t!(t, "cli-usage")));
    }
    match help_flag(error) {
        Some(flag) => {
            text.push_str("\n\n");
            text.push_str(&t!(t, "cli-error-try-help", flag = flag));
            text.push('\n');
        }
        None => text.push('\n'),
    }
    text
}

/// The help flag clap's own text points to (`--help`, or `help` where a command has no flag).
fn help_flag(error: &clap::Error) -> Option<String> {
    let english = error.to_string();
    let hint = english.lines().rev().find(|line| !line.trim().is_empty())?;
    let flag = hint.strip_prefix("For more information, try '")?;
    flag.strip_suffix("'.").map(str::to_string)
}

fn text(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

fn number(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// A list of names as the catalog joins them, each quoted as clap quotes it.
fn names(t: &Catalog, value: Option<&ContextValue>) -> Option<String> {
    let list: Vec<String> = match value? {
        ContextValue::String(one) => vec![one.clone()],
        ContextValue::Strings(many) if !many.is_empty() => many.clone(),
        _ => return None,
    };
    let quoted: Vec<String> = list
        .iter()
        .map(|name| t!(t, "cli-error-quoted", name = name.as_str()))
        .collect();
    Some(quoted.join(&t!(t, "cmd-list-separator")))
}

/// The list of values (or subcommands) clap would show after the problem.
fn values(t: &Catalog, value: Option<&ContextValue>, message: &str) -> String {
    match value {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let list = values.join(&t!(t, "cmd-list-separator"));
            format!("\n  {}", t.t(message, &[("values", list.into())]))
        }
        _ => String::new(),
    }
}

/// What was wrong, from the error's kind and context; a general message when clap gave none.
fn problem(t: &Catalog, error: &clap::Error) -> String {
    let arg = text(error, ContextKind::InvalidArg);
    let value = text(error, ContextKind::InvalidValue);
    let said = match error.kind() {
        ErrorKind::UnknownArgument => arg.map(|arg| t!(t, "cli-error-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => text(error, ContextKind::InvalidSubcommand)
            .map(|name| t!(t, "cli-error-unknown-subcommand", name = name)),
        ErrorKind::InvalidValue => arg.zip(value).map(|(arg, value)| {
            let problem = if value.is_empty() {
                t!(t, "cli-error-value-missing", arg = arg)
            } else {
                t!(t, "cli-error-value-invalid", arg = arg, value = value)
            };
            let list = values(t, error.get(ContextKind::ValidValue), "cli-values");
            problem + &list
        }),
        ErrorKind::ValueValidation => arg
            .zip(value)
            .map(|(arg, value)| rejected(t, error, arg, value)),
        ErrorKind::NoEquals => arg.map(|arg| t!(t, "cli-error-no-equals", arg = arg)),
        ErrorKind::ArgumentConflict => conflict(t, error),
        ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(missing)) => {
                let mut said = t!(t, "cli-error-required");
                for arg in missing {
                    said.push_str("\n  ");
                    said.push_str(arg);
                }
                Some(said)
            }
            _ => None,
        },
        ErrorKind::MissingSubcommand => text(error, ContextKind::InvalidSubcommand).map(|name| {
            let list = values(
                t,
                error.get(ContextKind::ValidSubcommand),
                "cli-error-subcommands",
            );
            t!(t, "cli-error-subcommand-missing", name = name) + &list
        }),
        ErrorKind::TooManyValues => arg
            .zip(value)
            .map(|(arg, value)| t!(t, "cli-error-too-many", arg = arg, value = value)),
        ErrorKind::TooFewValues => match (
            arg,
            number(error, ContextKind::MinValues),
            number(error, ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(min), Some(given)) => Some(t!(
                t,
                "cli-error-too-few",
                arg = arg,
                min = min,
                given = given
            )),
            _ => None,
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(error, ContextKind::ExpectedNumValues),
            number(error, ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(expected), Some(given)) => Some(t!(
                t,
                "cli-error-wrong-number",
                arg = arg,
                expected = expected,
                given = given
            )),
            _ => None,
        },
        _ => None,
    };
    said.unwrap_or_else(|| t!(t, "cli-error-other"))
}

/// A value a parser refused. Redflag's own parsers already word their reason in the catalog's
/// language; clap's parser of `--count`'s range words it in English, so that one is said anew.
fn rejected(t: &Catalog, error: &clap::Error, arg: &str, value: &str) -> String {
    let reason = if arg.starts_with("--count") {
        t!(t, "cli-error-count-range", min = "1", max = "500")
    } else {
        std::error::Error::source(error)
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    if reason.is_empty() {
        t!(t, "cli-error-value-invalid", arg = arg, value = value)
    } else {
        t!(
            t,
            "cli-error-value-rejected",
            arg = arg,
            value = value,
            reason = reason
        )
    }
}

fn conflict(t: &Catalog, error: &clap::Error) -> Option<String> {
    let prior = error.get(ContextKind::PriorArg);
    if let Some(arg) = text(error, ContextKind::InvalidArg) {
        if text(error, ContextKind::PriorArg) == Some(arg) {
            return Some(t!(t, "cli-error-repeated", arg = arg));
        }
        return Some(match names(t, prior) {
            Some(with) => t!(t, "cli-error-conflict", arg = arg, with = with),
            None => t!(t, "cli-error-conflict-others", arg = arg),
        });
    }
    let name = text(error, ContextKind::InvalidSubcommand)?;
    let with = names(t, prior)?;
    Some(t!(
        t,
        "cli-error-conflict-subcommand",
        name = name,
        with = with
    ))
}

/// Clap's suggestions: a similar name, or how to say what was probably meant. A suggestion clap
/// words in a way not known here is left out rather than shown in English.
fn tips(t: &Catalog, error: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    let similar = [
        (
            ContextKind::SuggestedSubcommand,
            "cli-error-similar-subcommand",
        ),
        (ContextKind::SuggestedArg, "cli-error-similar-argument"),
        (ContextKind::SuggestedValue, "cli-error-similar-value"),
    ];
    for (kind, message) in similar {
        if let Some(list) = names(t, error.get(kind)) {
            tips.push(t.t(message, &[("names", list.into())]));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggestions
                .iter()
                .filter_map(|tip| known_tip(t, &tip.to_string())),
        );
    }
    tips
}

/// One of clap's worded suggestions, said again from the names quoted in it.
fn known_tip(t: &Catalog, english: &str) -> Option<String> {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [arg, instead] if english.starts_with("to pass '") => Some(t!(
            t,
            "cli-error-tip-as-value",
            arg = *arg,
            instead = *instead
        )),
        [name, _] if english.starts_with("subcommand '") => {
            Some(t!(t, "cli-error-tip-remove-dashes", name = *name))
        }
        [what] if english.ends_with("' exists") => {
            Some(t!(t, "cli-error-tip-exists", what = *what))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
