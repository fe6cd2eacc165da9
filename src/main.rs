use std::process::ExitCode;

use clap::Parser;
use redflag::cli::{Cli, Command};
use redflag::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let done = |r: anyhow::Result<()>| r.map(|()| ExitCode::SUCCESS);
    let result = match cli.command {
        Some(Command::Check(args)) => {
            let mut dirs = args.dirs.clone();
            dirs.extend(cli.packs.content.iter().cloned());
            commands::check::run(&dirs, args.format, &mut std::io::stdout().lock())
        }
        Some(Command::Stats(args)) => done(commands::stats::run(
            &cli.profile,
            args.format,
            &mut std::io::stdout().lock(),
        )),
        Some(Command::Report(args)) => done(commands::report::run(&cli.packs, &cli.profile, &args)),
        Some(Command::Certificate(args)) => done(commands::report::certificate(
            &cli.packs,
            &cli.profile,
            &args,
        )),
        Some(Command::Preview(args)) => {
            commands::preview::run(&args, &mut std::io::stdout().lock())
        }
        Some(Command::Serve(args)) => done(redflag::serve::launch::exec_server(
            &args.options,
            &cli.packs,
            cli.profile.data_dir.as_deref(),
        )),
        Some(Command::Play(args)) => done(commands::play::run(&cli.packs, &cli.profile, &args)),
        None => done(commands::play::run(&cli.packs, &cli.profile, &cli.play)),
    };
    result.unwrap_or_else(|err| {
        eprintln!("redflag: {err:#}");
        ExitCode::from(1)
    })
}
