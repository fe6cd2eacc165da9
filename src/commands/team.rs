//! `redflag team`: the trainer's live view of a data folder (a server's, by default), or the team
//! report printed when there is no terminal or a format is asked for.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use chrono::Utc;
use clap::{Args, ValueEnum};

use crate::cli::{LanguageArgs, PackArgs, ProfileArgs};
use crate::cohort::online;
use crate::cohort::{Cohort, Measure, Problem};
use crate::commands::{language, packs};
use crate::i18n::Catalog;
use crate::output::{Kind, Output, warn};
use crate::progress::DataDir;
use crate::progress::error::FileKind;
use crate::t;
use crate::tui::team::{Dashboard, Look, Source, run_on};

/// The team report's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TeamFormat {
    Md,
    Csv,
    Json,
}

// `redflag team`'s options (beside the global ones, `--data-dir` among them); here rather than in
// `cli.rs` to keep that file within its size. No doc comment: clap would show it as the command's.
#[derive(Debug, Args)]
pub struct TeamArgs {
    /// Print the team report in this format instead of showing the live view.
    #[arg(long, value_enum)]
    pub format: Option<TeamFormat>,
    /// Write the printed report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE", requires = "format")]
    pub output: Option<PathBuf>,
    /// Where `e` writes the team report from the live view [default: the current folder].
    #[arg(long, value_name = "DIR")]
    pub exports: Option<PathBuf>,
}

/// `--data-dir`, else the folder `redflag serve` keeps its learners' profiles in (without a
/// home folder, `t` says so).
fn data_dir(t: &Catalog, profile: &ProfileArgs) -> anyhow::Result<DataDir> {
    match &profile.data_dir {
        Some(dir) => Ok(DataDir::new(dir.clone())),
        None => Ok(DataDir::new(crate::serve::default_data_dir(t)?)),
    }
}

pub fn run(
    packs_args: &PackArgs,
    profile: &ProfileArgs,
    language_args: &LanguageArgs,
    args: &TeamArgs,
) -> anyhow::Result<()> {
    let chosen = language::resolve(language_args, profile);
    let t = Catalog::get(chosen.lang);
    let data = data_dir(t, profile)?;
    let packs = packs::load(packs_args)?;
    let manifests: Vec<_> = packs.iter().map(|p| p.manifest.clone()).collect();
    let pool: Vec<_> = packs.into_iter().flat_map(|p| p.scenarios).collect();
    let source = Source {
        pass_mark: crate::training::pass_mark(&manifests),
        modules: crate::training::path(&pool),
        manifests,
        online: {
            let root = data.root.clone();
            Box::new(move |now| online::read(&root, now, online::process_alive))
        },
        exports: args.exports.clone().unwrap_or_else(|| PathBuf::from(".")),
        data,
    };
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let format = match (args.format, terminal) {
        (Some(format), _) => format,
        (None, false) => {
            warn(format_args!("{}", t!(t, "team-printing", format = "md")));
            TeamFormat::Md
        }
        (None, true) => return live(source, t, chosen.display),
    };
    print(&source, t, format, args)
}

/// The team report of everyone in the folder, as `e` writes it from the live view.
fn print(source: &Source, t: &Catalog, format: TeamFormat, args: &TeamArgs) -> anyhow::Result<()> {
    let measure: Measure<'_> = source.measure();
    let cohort = Cohort::read(&source.data, &measure, Utc::now());
    for unreadable in &cohort.unreadable {
        let folder = unreadable.folder.as_str();
        let said = match &unreadable.problem {
            Problem::NotAFolder(FileKind::Link) => t!(t, "team-unreadable-link", folder = folder),
            Problem::NotAFolder(_) => t!(t, "team-unreadable-other", folder = folder),
            Problem::Store(e) => t!(
                t,
                "team-unreadable-store",
                folder = folder,
                reason = crate::strings::store_error(t, e)
            ),
        };
        warn(format_args!("{}", t!(t, "team-unreadable", list = said)));
    }
    let team = cohort.team(&source.data, &measure);
    let kind = match format {
        TeamFormat::Md | TeamFormat::Csv => Kind::Text,
        TeamFormat::Json => Kind::Json,
    };
    let mut out = Output::to(args.output.as_deref(), kind)?;
    match format {
        TeamFormat::Md => out.write_all(team.to_markdown(t).as_bytes())?,
        TeamFormat::Csv => team.write_csv(t, &mut out)?,
        TeamFormat::Json => team.write_json(&mut out)?,
    }
    out.finish()?;
    Ok(())
}

/// The live view on this terminal until `q` or a signal; the terminal is restored on return.
fn live(
    source: Source,
    t: &'static Catalog,
    display: crate::settings::Display,
) -> anyhow::Result<()> {
    let mut events = crate::tui::TerminalEvents::recording_signals()
        .with_context(|| t!(t, "cmd-cannot-watch-signals"))?;
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let look = Look { t, display, color };
    let mut dashboard = Dashboard::new(source, look, Utc::now());
    let mut terminal = ratatui::try_init().with_context(|| t!(t, "cmd-cannot-set-up-terminal"))?;
    let result = run_on(&mut terminal, &mut events, &mut dashboard);
    ratatui::restore();
    result
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::{Cli, Command};

    #[test]
    fn team_takes_a_format_an_output_with_it_and_the_global_data_folder() {
        let parse = |args: &[&str]| {
            Cli::try_parse_from(std::iter::once("redflag").chain(args.iter().copied()))
        };
        let cli = parse(&[
            "team",
            "--format",
            "json",
            "-o",
            "t.json",
            "--data-dir",
            "d",
        ])
        .expect("parses");
        let Some(Command::Team(args)) = &cli.command else {
            panic!("not team: {cli:?}")
        };
        assert_eq!(args.format, Some(TeamFormat::Json));
        assert_eq!(args.output, Some(PathBuf::from("t.json")));
        assert_eq!(cli.profile.data_dir, Some(PathBuf::from("d")));
        let err = parse(&["team", "-o", "t.md"]).expect_err("an output needs a format");
        assert_eq!(err.kind(), clap::error::ErrorKind::MissingRequiredArgument);
    }
}
