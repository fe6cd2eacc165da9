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
        Some(Command::Play(_)) | None => {
            println!("The game itself is not built yet: try `redflag check`.");
            Ok(ExitCode::SUCCESS)
        }
    };
    result.unwrap_or_else(|err| {
        eprintln!("redflag: {err:#}");
        ExitCode::from(1)
    })
}
