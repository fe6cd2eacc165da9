//! The subcommands, each a thin layer between the command line and the core.

pub mod check;
pub mod language;
pub mod packs;
pub mod play;
pub mod preview;
mod problem_text;
pub mod profile;
pub mod report;
pub mod stats;
