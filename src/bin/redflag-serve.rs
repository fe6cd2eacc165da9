//! The redflag server on its own, as `redflag serve` runs it: a position-independent binary, so
//! that the process listening on the network has full address randomisation.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use redflag::cli::PackArgs;
use redflag::cli::help::early_lang;
use redflag::cli::mistake::Refusal;
use redflag::i18n::Catalog;
use redflag::serve::ServeArgs;

/// Serve the redflag game over SSH: learners connect with `ssh -p 2222 HOST` and play.
#[derive(Debug, Parser)]
#[command(name = "redflag-serve", version)]
struct ServeCommand {
    #[command(flatten)]
    serve: ServeArgs,
    #[command(flatten)]
    packs: PackArgs,
    /// Where profiles, the host key and the key bindings are kept [default: the platform's data
    /// folder for redflag, under `server`].
    #[arg(long, value_name = "DIR", env = "REDFLAG_DATA_DIR")]
    data_dir: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // A mistake on the command line in the server's language: `--lang`, else English (serve.toml
    // is not read yet).
    let lang = early_lang(&args, |_| None);
    let command = match ServeCommand::try_parse_from(args) {
        Ok(command) => command,
        Err(error) => Refusal::new(Catalog::get(lang), error).exit(),
    };
    match redflag::serve::run(&command.serve, &command.packs, command.data_dir.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("redflag serve: {err:#}");
            ExitCode::from(1)
        }
    }
}
