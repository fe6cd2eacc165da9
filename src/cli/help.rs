//! The command line in the player's language: the language is found before parsing (`--lang`
//! on the command line, else the locale), and when help is to be shown the command's texts are
//! replaced by the catalog's. Clap's own headings are replaced too (`Usage`, `Commands`,
//! `Arguments`, `Options`, and the notes on defaults and values); clap's refusals of a command
//! line are worded again from the catalog ([`super::mistake`]).
//!
//! English help is the derive's, whose texts a test holds to the English catalog's. Parsing
//! itself always uses the command as derived, so a start pays for none of this.

use std::cell::Cell;
use std::ffi::OsString;
use std::sync::OnceLock;

use clap::error::ErrorKind;
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use super::mistake::Refusal;
use crate::i18n::{Catalog, Lang, from_locale};
use crate::t;

/// The language found before parsing, for the command line's own refusals.
static EARLY: OnceLock<Lang> = OnceLock::new();

thread_local! {
    /// The language of the command line being parsed on this thread, for the words of its value
    /// parsers (a test parses in several languages in one process).
    static PARSING: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language asked for before the profile is known: the last valid `--lang TAG` or
/// `--lang=TAG` (before any `--`), else the locale's, else English.
pub fn early_lang(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let mut given = None;
    let mut args = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(arg) = args.next() {
        let tag = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(arg) => arg.strip_prefix("--lang="),
            None => None,
        };
        given = tag.and_then(Lang::parse).or(given);
    }
    given.or_else(|| from_locale(var)).unwrap_or_default()
}

/// The catalog of the command line's own words: the language found before parsing.
pub fn words() -> &'static Catalog {
    let lang = PARSING
        .get()
        .or_else(|| EARLY.get().copied())
        .unwrap_or_else(|| from_locale(|name| std::env::var(name).ok()).unwrap_or_default());
    Catalog::get(lang)
}

/// The process's command line, parsed; help, version and mistakes end the process as clap
/// ends it, help and mistakes in the language found before parsing.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = early_lang(&args, |name| std::env::var(name).ok());
    let _ = EARLY.set(lang);
    try_parse_from(args, lang).unwrap_or_else(|refusal| refusal.exit())
}

/// `args` parsed; help is shown (as an error, clap's way) and mistakes are told in `lang`.
pub fn try_parse_from(args: Vec<OsString>, lang: Lang) -> Result<Cli, Refusal> {
    match without_a_command(&args, lang) {
        Some(cli) => Ok(cli),
        None => parse_command(args, lang, "cli-about"),
    }
}

/// `args` read as [`super::Start`] when they name no command and it takes them; None for the
/// whole command to read (and refuse, or answer with help or the version).
pub(super) fn without_a_command(args: &[OsString], lang: Lang) -> Option<Cli> {
    let names_a_command = args.iter().skip(1).any(|arg| {
        arg.to_str()
            .is_some_and(|a| super::COMMAND_NAMES.contains(&a))
    });
    if names_a_command {
        return None;
    }
    let before = PARSING.replace(Some(lang));
    let start = super::Start::command()
        .try_get_matches_from(args)
        .and_then(|mut matches| super::Start::from_arg_matches_mut(&mut matches));
    PARSING.set(before);
    start.ok().map(Cli::from)
}

/// `args` parsed by the command `T` derives, whose about text is the catalog's `about`; help is
/// shown and mistakes told in `lang`.
pub fn parse_command<T: CommandFactory + FromArgMatches>(
    args: Vec<OsString>,
    lang: Lang,
    about: &str,
) -> Result<T, Refusal> {
    let before = PARSING.replace(Some(lang));
    let parsed = parse_in::<T>(args, lang, about);
    PARSING.set(before);
    parsed.map_err(|error| Refusal::new(Catalog::get(lang), error))
}

fn parse_in<T: CommandFactory + FromArgMatches>(
    args: Vec<OsString>,
    lang: Lang,
    about: &str,
) -> Result<T, clap::Error> {
    let mut matches = match T::command().try_get_matches_from(args.iter()) {
        // English help is the derive's, which is the English catalog's word for word (a test
        // holds them together), laid out by clap exactly as ever.
        Err(error)
            if lang != Lang::ENGLISH
                && matches!(
                    error.kind(),
                    ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                ) =>
        {
            localised_as(Catalog::get(lang), T::command(), about).try_get_matches_from(args)
        }
        parsed => parsed,
    }?;
    // Taken from the matches rather than from a copy of them (the derive's `from_arg_matches`
    // copies every match first).
    T::from_arg_matches_mut(&mut matches).map_err(|error| error.format(&mut T::command()))
}

/// The command with every help text from `t`, and in a language other than English clap's
/// headings and notes as well.
pub fn localised(t: &Catalog, cmd: Command) -> Command {
    localised_as(t, cmd, "cli-about")
}

/// [`localised`] for any of redflag's commands, whose about text is the catalog's `about`.
pub fn localised_as(t: &Catalog, mut cmd: Command, about: &str) -> Command {
    // Built first, so that the subcommands' arguments, the global ones they share and clap's
    // own (--help, --version, the help subcommand) are all there to be worded.
    cmd.build();
    let english = t.lang() == Lang::ENGLISH;
    localise(t, english, cmd.about(t.t(about, &[])))
}

fn localise(t: &Catalog, english: bool, cmd: Command) -> Command {
    let name = cmd.get_name().to_string();
    let mut cmd = cmd.mut_args(|arg| arg_words(t, english, &name, arg));
    if !english {
        // Headings are listed in the order their arguments come: positionals first, as clap
        // lists them in English.
        let options: Vec<String> = cmd
            .get_arguments()
            .filter(|arg| !arg.is_positional())
            .map(|arg| arg.get_id().to_string())
            .collect();
        for id in options {
            cmd = cmd.mut_arg(id, |arg| arg);
        }
        cmd = cmd
            .subcommand_help_heading(kept(t!(t, "cli-heading-commands")))
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
                t!(t, "cli-usage")
            ));
    }
    cmd.mut_subcommands(|sub| {
        let sub = match command_message(sub.get_name()) {
            Some(id) => sub.about(t.t(id, &[])),
            None => sub,
        };
        localise(t, english, sub)
    })
}

/// The catalog's message for a subcommand's about text.
pub fn command_message(name: &str) -> Option<&'static str> {
    Some(match name {
        "play" => "cli-cmd-play",
        "check" => "cli-cmd-check",
        "stats" => "cli-cmd-stats",
        "report" => "cli-cmd-report",
        "certificate" => "cli-cmd-certificate",
        "preview" => "cli-cmd-preview",
        "serve" => "cli-cmd-serve",
        "team" => "cli-cmd-team",
        "help" => "cli-cmd-help",
        _ => return None,
    })
}

/// The catalog's message for an argument's help in `command` (clap's --help aside).
pub fn arg_message(command: &str, id: &str) -> Option<&'static str> {
    Some(match (command, id) {
        // The server's own command line (`redflag-serve`).
        ("redflag-serve", "listen") => "serve-arg-listen",
        ("redflag-serve", "team_code") => "serve-arg-team-code",
        ("redflag-serve", "authorized_keys") => "serve-arg-authorized-keys",
        ("redflag-serve", "trainer_keys") => "serve-arg-trainer-keys",
        ("redflag-serve", "host_key") => "serve-arg-host-key",
        ("redflag-serve", "config") => "serve-arg-config",
        ("redflag-serve", "lang") => "serve-arg-lang",
        ("redflag-serve", "data_dir") => "serve-arg-data-dir",
        ("report", "format") => "cli-arg-report-format",
        ("team", "format") => "cli-arg-team-format",
        ("team", "output") => "cli-arg-team-output",
        (_, "exports") => "cli-arg-exports",
        ("help", "subcommand") => "cli-arg-help-subcommand",
        (_, "content") => "cli-arg-content",
        (_, "no_builtin") => "cli-arg-no-builtin",
        (_, "profile") => "cli-arg-profile",
        (_, "data_dir") => "cli-arg-data-dir",
        (_, "no_save") => "cli-arg-no-save",
        (_, "lang") => "cli-arg-lang",
        (_, "bidi") => "cli-arg-bidi",
        (_, "shape") => "cli-arg-shape",
        (_, "count") => "cli-arg-count",
        (_, "seed") => "cli-arg-seed",
        (_, "plain") => "cli-arg-plain",
        (_, "no_color") => "cli-arg-no-color",
        (_, "review") => "cli-arg-review",
        (_, "new_round") => "cli-arg-new-round",
        (_, "module") => "cli-arg-module",
        (_, "spot") => "cli-arg-spot",
        (_, "daily") => "cli-arg-daily",
        (_, "dirs") => "cli-arg-dirs",
        (_, "format") => "cli-arg-format",
        (_, "output") => "cli-arg-output",
        (_, "team") => "cli-arg-team",
        (_, "file") => "cli-arg-file",
        (_, "version") => "cli-arg-version",
        _ => return None,
    })
}

/// The catalog's message for a possible value's help.
pub fn value_message(arg: &str, value: &str) -> Option<&'static str> {
    match (arg, value) {
        ("bidi", "app") => Some("cli-value-bidi-app"),
        ("bidi", "terminal") => Some("cli-value-bidi-terminal"),
        _ => None,
    }
}

fn arg_words(t: &Catalog, english: bool, command: &str, arg: Arg) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let arg = if id == "help" {
        // Clap's own --help: a summary and a longer help when some option has more to say.
        if arg.get_long_help().is_some() {
            arg.help(t!(t, "cli-arg-help-more"))
                .long_help(t!(t, "cli-arg-help-summary"))
        } else {
            arg.help(t!(t, "cli-arg-help"))
        }
    } else {
        match arg_message(command, &id) {
            Some(message) => arg.help(t.t(message, &[])),
            None => arg,
        }
    };
    if english { arg } else { notes_in(t, arg) }
}

/// Clap's heading and notes (default, environment variable, possible values) in `t`'s words.
fn notes_in(t: &Catalog, arg: Arg) -> Arg {
    let separator = t!(t, "cmd-list-separator");
    let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    // What each value does, in the long help only, as clap shows it.
    let mut explained = String::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        help.push(' ');
        help.push_str(&t!(t, "cli-default", value = defaults.join(&separator)));
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|value| !value.is_hide_set())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
        help.push(' ');
        help.push_str(&t!(t, "cli-values", values = names.join(&separator)));
        for value in values.iter().filter(|value| value.get_help().is_some()) {
            if let Some(message) = value_message(arg.get_id().as_str(), value.get_name()) {
                explained.push_str(&format!("\n- {}: {}", value.get_name(), t.t(message, &[])));
            }
        }
    }
    if let Some(name) = arg.get_env() {
        help.push(' ');
        help.push_str(&t!(
            t,
            "cli-env",
            name = name.to_string_lossy().into_owned()
        ));
    }
    let heading = if arg.is_positional() {
        t!(t, "cli-heading-arguments")
    } else {
        t!(t, "cli-heading-options")
    };
    let arg = if explained.is_empty() {
        arg
    } else {
        arg.long_help(format!("{help}{explained}"))
    };
    arg.help(help)
        .hide_default_value(true)
        .hide_env(true)
        .hide_possible_values(true)
        .help_heading(kept(heading))
}

/// A heading clap keeps as `&'static str` (its `string` feature is not built): help is shown
/// once, then the process ends, so the few headings are simply kept.
fn kept(heading: String) -> &'static str {
    Box::leak(heading.into_boxed_str())
}

#[cfg(test)]
mod tests;
