//! redflag: a terminal game that trains people to spot scams in digital marketing.
//!
//! The core (`content`, `quiz`, `scoring`, `progress`, `training`, `report`, `inert`) never touches
//! the terminal; the front ends (`tui`, `plain`, `commands`) sit on top of it.

pub mod builtin;
pub mod chars;
pub mod cli;
pub mod commands;
pub mod content;
pub mod inert;
pub mod plain;
pub mod progress;
pub mod quiz;
pub mod report;
pub mod scoring;
pub mod training;
pub mod tui;
