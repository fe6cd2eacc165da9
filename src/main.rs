use std::process::ExitCode;

use redflag::{cli, commands, output};

fn main() -> ExitCode {
    output::plain_panics();
    output::exit(commands::run(cli::help::parse()))
}
