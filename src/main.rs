use std::process::ExitCode;

use clap::Parser;
use redflag::cli::Cli;
use redflag::{commands, output};

fn main() -> ExitCode {
    output::plain_panics();
    output::exit(commands::run(Cli::parse()))
}
