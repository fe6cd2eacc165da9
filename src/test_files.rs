//! Special files for tests, made without starting a process.
//!
//! Tests run on many threads of one process. A `Command` started by one of them (say `mkfifo`)
//! forks, and until the child execs it holds a copy of every open file, a profile's lock
//! included: another test that has just let go of that lock finds it still taken. Making the FIFO
//! with the system call leaves no such window.

use std::path::Path;

use rustix::fs::{CWD, FileType, Mode, mknodat};

/// Makes a FIFO at `path`; panics, naming it, if the system refuses.
pub(crate) fn mkfifo(path: &Path) {
    mknodat(CWD, path, FileType::Fifo, Mode::RUSR | Mode::WUSR, 0)
        .unwrap_or_else(|e| panic!("mkfifo {}: {e}", path.display()));
}
