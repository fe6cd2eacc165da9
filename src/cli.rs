//! The command line, nothing else; its help in the player's language is in [`help`].

pub mod help;
pub mod mistake;

use std::path::PathBuf;

use clap::{ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::settings::Bidi;

#[derive(Debug, Parser)]
#[command(
    name = "redflag",
    version,
    about = "Spot the scam: a terminal game that trains people to tell safe digital-marketing messages from dangerous ones"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub packs: PackArgs,
    #[command(flatten)]
    pub profile: ProfileArgs,
    #[command(flatten)]
    pub play: PlayArgs,
    #[command(flatten)]
    pub language: LanguageArgs,
}

/// The game started with options alone, no command named: [`Cli`] without its subcommands.
/// Building those, and the copy of every global option clap makes into each of them, was a
/// third of the time spent on the command line before the first frame; a command line that
/// names no command is read with this, and any other (or any refusal, help and version
/// included) by [`Cli`] itself, so what is read and what is said are the same as ever.
#[derive(Debug, Parser)]
#[command(name = "redflag")]
pub(crate) struct Start {
    #[command(flatten)]
    pub packs: PackArgs,
    #[command(flatten)]
    pub profile: ProfileArgs,
    #[command(flatten)]
    pub play: PlayArgs,
    #[command(flatten)]
    pub language: LanguageArgs,
}

impl From<Start> for Cli {
    fn from(start: Start) -> Self {
        Cli {
            command: None,
            packs: start.packs,
            profile: start.profile,
            play: start.play,
            language: start.language,
        }
    }
}

/// The names a command line can give a command by, clap's `help` included.
pub(crate) const COMMAND_NAMES: [&str; 9] = [
    "play",
    "check",
    "stats",
    "report",
    "certificate",
    "preview",
    "team",
    "serve",
    "help",
];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a round (the default when no command is given).
    Play(Deferred<PlayArgs>),
    /// Check content packs for every rule of the format; no DIR checks the built-in pack.
    Check(Deferred<CheckArgs>),
    /// Show a profile's statistics: accuracy over time, per theme, channel and red flag, rank, achievements.
    Stats(Deferred<StatsArgs>),
    /// Export a profile's results (md, csv, json, xapi), or merge players' JSON reports with --team.
    Report(Deferred<ReportArgs>),
    /// Write the certificate of completion (Markdown) once every training module is passed.
    Certificate(Deferred<CertificateArgs>),
    /// Show one scenario file as the player would see it, then its feedback (for authors).
    Preview(Deferred<PreviewArgs>),
    /// Watch a team live (--data-dir, default the server's): who is online, each person's figures
    /// and answers as they land; `e` exports the team report (printed without a terminal).
    Team(Deferred<crate::commands::team::TeamArgs>),
    /// Serve the game over SSH to a team: learners connect with `ssh -p 2222 HOST` and play
    /// (`redflag serve --help` lists its options).
    #[command(disable_help_flag = true)]
    Serve(Deferred<ServeOptions>),
}

/// `redflag serve`'s options, handed as they are to the server's own binary, which reads them:
/// the game's binary carries no more of the server than this.
#[derive(Debug, Args)]
pub struct ServeOptions {
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "OPTIONS"
    )]
    pub options: Vec<std::ffi::OsString>,
}

/// A subcommand's arguments, which clap builds only when that subcommand is used: starting the
/// game does not build every other command's arguments first (part of the start-up budget).
#[derive(Debug)]
pub struct Deferred<T>(pub T);

impl<T> std::ops::Deref for Deferred<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Args> Args for Deferred<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args)
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args_for_update)
    }
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }
    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    #[default]
    Md,
    Csv,
    Json,
    Xapi,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Output format; a team summary is md or csv.
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Merge these players' JSON reports into a team summary.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub team: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CertificateArgs {
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The scenario file (inside a pack folder, whose pack.toml gives its allowed domains).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// Whose progress, and where it is saved.
#[derive(Debug, Clone, Default, Args)]
pub struct ProfileArgs {
    /// The profile to play as (created if new); the last one used is the default.
    #[arg(long, value_name = "NAME", global = true)]
    pub profile: Option<String>,
    /// Where profiles are saved (default: the platform's data folder).
    #[arg(long, value_name = "DIR", env = "REDFLAG_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Play without saving anything (for a data folder that cannot be written).
    #[arg(long, global = true)]
    pub no_save: bool,
    /// The language of the messages about the profile and its folder: the player's, once chosen
    /// (set after parsing).
    #[arg(skip)]
    pub language: Lang,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Which packs to load.
#[derive(Debug, Clone, Default, Args)]
pub struct PackArgs {
    /// A content pack folder to load beside the built-in pack (repeatable).
    #[arg(long = "content", value_name = "DIR", global = true)]
    pub content: Vec<PathBuf>,
    /// Use only the packs given with --content, not the built-in pack.
    #[arg(long, global = true)]
    pub no_builtin: bool,
    /// The built-in pack's language: the player's, as chosen from --lang, the profile and the
    /// locale (set after parsing).
    #[arg(skip)]
    pub language: Lang,
}

/// The interface's language, and how right-to-left text is drawn.
#[derive(Debug, Clone, Default, Args)]
pub struct LanguageArgs {
    /// Language of the game and its built-in pack (en, ar); remembered for the profile. Default: the profile's last choice, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_name = "TAG", global = true, value_parser = language)]
    pub lang: Option<Lang>,
    /// Who puts right-to-left lines in order: app (redflag; xterm, tmux, kitty, Alacritty, Windows Terminal...) or terminal (mlterm, Konsole with bidi on, VTE 0.58+ with BiDi on); remembered.
    #[arg(long, value_enum, global = true)]
    pub bidi: Option<Bidi>,
    /// Draw Arabic letters joined, for terminals that show each letter alone (--shape=off to stop); remembered.
    #[arg(long, value_name = "on|off", global = true, num_args = 0..=1, require_equals = true, default_missing_value = "on", value_parser = on_off)]
    pub shape: Option<bool>,
}

/// A `--lang` tag with a catalog; otherwise the languages there are, in the command line's
/// language (the locale's, as no other was given).
fn language(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| {
        let catalog = help::words();
        catalog.t(
            "lang-unknown",
            &[("tag", tag.into()), ("known", catalog.languages().into())],
        )
    })
}

fn on_off(value: &str) -> Result<bool, String> {
    match value {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(crate::t!(help::words(), "cli-on-off")),
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct PlayArgs {
    /// How many scenarios in the round.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=500))]
    pub count: u16,
    /// Seed for drawing the round: the same seed and packs give the same round.
    #[arg(long, allow_negative_numbers = true, value_parser = seed)]
    pub seed: Option<u64>,
    /// Line-by-line mode for screen readers and scripts (reads answers from standard input).
    #[arg(long)]
    pub plain: bool,
    /// No colours (the NO_COLOR environment variable does the same).
    #[arg(long)]
    pub no_color: bool,
    /// Plain mode: play a review round of the skills due today.
    #[arg(long, conflicts_with_all = ["module", "spot", "daily"])]
    pub review: bool,
    /// Start a new round even if one is unfinished (it is otherwise resumed, or offered in the menu).
    #[arg(long)]
    pub new_round: bool,
    /// Plain mode: play a training-path module by id (e.g. module-email-threats, final-exam).
    #[arg(long, value_name = "ID", conflicts_with_all = ["spot", "daily"])]
    pub module: Option<String>,
    /// Plain mode: spot the flags, marking suspicious fields by number before judging.
    #[arg(long, conflicts_with = "daily")]
    pub spot: bool,
    /// Plain mode: play today's daily challenge, the same round for everyone with the same pack today.
    #[arg(long)]
    pub daily: bool,
}

/// A seed as the command line gives it, refused in words a player can act on.
fn seed(text: &str) -> Result<u64, String> {
    text.trim().parse().map_err(|_| {
        crate::t!(
            help::words(),
            "cli-seed-invalid",
            max = u64::MAX.to_string()
        )
    })
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Pack folders to check (each holds a pack.toml).
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[cfg(test)]
mod tests;
