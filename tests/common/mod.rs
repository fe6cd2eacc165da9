//! Helpers shared by the tests that run the real binary.
#![allow(dead_code)]

pub mod screen;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs redflag with its data folder in `data`, writing `input` to its standard input.
pub fn run(data: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .env("REDFLAG_DATA_DIR", data)
        .env_remove("NO_COLOR")
        // The locale would choose the language: these tests expect English whatever the machine's.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // A process that stops early (a refused profile) closes its input: not a failure here.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes());
    child.wait_with_output().expect("output")
}

/// Plays in plain mode: `redflag play --plain ARGS`.
pub fn plain(data: &Path, args: &[&str], input: &str) -> Output {
    let mut all = vec!["play", "--plain"];
    all.extend_from_slice(args);
    run(data, &all, input)
}

/// Standard output and standard error together.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
