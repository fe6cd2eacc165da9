//! The subcommands, each a thin layer between the command line and the core. Every output goes
//! through [`crate::output`]: made safe, and finished so that a write error is the command's.

pub mod check;
pub mod language;
pub mod packs;
pub mod play;
pub mod preview;
mod problem_text;
pub mod problem_words;
pub mod profile;
pub mod report;
pub mod stats;
pub mod team;

use std::process::ExitCode;

use crate::cli::{Cli, Command, Format};
use crate::i18n::{Catalog, from_locale};
use crate::output::{Kind, Output};

/// How a `--format` is made safe.
pub fn kind(format: Format) -> Kind {
    match format {
        Format::Human => Kind::Text,
        Format::Json => Kind::Json,
    }
}

/// Runs the command given on the command line; the exit code tells how it went.
pub fn run(mut cli: Cli) -> anyhow::Result<ExitCode> {
    let done = |()| ExitCode::SUCCESS;
    // The game chooses its language once it has read the saved settings it needs anyway.
    let playing = matches!(cli.command, None | Some(Command::Play(_)));
    // Until then, messages are in the command line's language, else the locale's.
    let early = cli
        .language
        .lang
        .or_else(|| from_locale(|name| std::env::var(name).ok()))
        .unwrap_or_default();
    cli.profile.language = early;
    crate::output::speak(early);
    if !playing {
        cli.packs.language = language::resolve(&cli.language, &cli.profile).lang;
        cli.profile.language = cli.packs.language;
        crate::output::speak(cli.packs.language);
    }
    let t = Catalog::get(cli.profile.language);
    match cli.command {
        Some(Command::Check(args)) => {
            let mut dirs = args.dirs.clone();
            dirs.extend(cli.packs.content.iter().cloned());
            let mut out = Output::stdout(kind(args.format));
            let code = check::run(t, &dirs, cli.packs.language, args.format, &mut out)?;
            out.finish()?;
            Ok(code)
        }
        Some(Command::Stats(args)) => {
            let mut out = Output::stdout(kind(args.format));
            let t = crate::i18n::Catalog::get(cli.packs.language);
            stats::run(t, &cli.profile, args.format, &mut out)?;
            out.finish()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report(args)) => report::run(&cli.packs, &cli.profile, &args).map(done),
        Some(Command::Certificate(args)) => {
            report::certificate(&cli.packs, &cli.profile, &args).map(done)
        }
        Some(Command::Preview(args)) => {
            let mut out = Output::stdout(Kind::Text);
            let code = preview::run(t, &args, &mut out)?;
            out.finish()?;
            Ok(code)
        }
        Some(Command::Team(args)) => {
            team::run(&cli.packs, &cli.profile, &cli.language, &args).map(done)
        }
        Some(Command::Serve(args)) => crate::serve::launch::exec_server(
            &args.options,
            &cli.packs,
            cli.profile.data_dir.as_deref(),
            cli.language.lang,
        )
        .map(done),
        Some(Command::Play(args)) => play::run(&cli.packs, &cli.profile, &cli.language, &args),
        None => play::run(&cli.packs, &cli.profile, &cli.language, &cli.play),
    }
}
