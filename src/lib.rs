//! redflag: a terminal game that trains people to spot scams in digital marketing.
//!
//! The core (`content`, `quiz`, `scoring`, `progress`, `training`, `plan`, `report`, `inert`) never
//! touches the terminal and words nothing a player reads; the front ends (`tui`, `plain`,
//! `commands`) sit on top of it and take their words for its values from `strings`. What they
//! write leaves through `output`, which makes it safe; `signals` ends them cleanly.

pub mod bidi;
pub mod builtin;
pub mod chars;
pub mod cli;
pub mod cohort;
pub mod commands;
pub mod content;
pub mod i18n;
pub mod inert;
pub mod output;
pub mod plain;
pub mod plan;
pub mod progress;
pub mod quiz;
pub mod report;
pub mod scoring;
pub mod serve;
pub mod settings;
pub mod signals;
pub mod strings;
pub mod training;
pub mod tui;

#[cfg(test)]
mod test_files;
