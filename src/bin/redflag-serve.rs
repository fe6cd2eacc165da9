//! The redflag server on its own, as `redflag serve` runs it: a position-independent binary, so
//! that the process listening on the network has full address randomisation.

use std::process::ExitCode;

use redflag::serve::command;

fn main() -> ExitCode {
    let command = command::parse();
    match redflag::serve::run(&command.serve, &command.packs, command.data_dir.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("redflag serve: {err:#}");
            ExitCode::from(1)
        }
    }
}
