use std::process::ExitCode;

use clap::Parser;
use redflag::cli::{Cli, Command};
use redflag::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check(args)) => {
            let mut dirs = args.dirs.clone();
            dirs.extend(cli.packs.content.iter().cloned());
            commands::check::run(&dirs, args.format, &mut std::io::stdout().lock())
        }
        Some(Command::Play(args)) => {
            commands::play::run(&cli.packs, &args).map(|()| ExitCode::SUCCESS)
        }
        None => commands::play::run(&cli.packs, &cli.play).map(|()| ExitCode::SUCCESS),
    };
    result.unwrap_or_else(|err| {
        eprintln!("redflag: {err:#}");
        ExitCode::from(1)
    })
}
