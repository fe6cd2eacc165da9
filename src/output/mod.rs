//! What redflag writes goes out through here: each command's output (standard output or the
//! file named with `--output`) and every message on standard error pass one sanitiser, so that
//! nothing read from a file (a profile, a history, a team report, a pack, a file's name) reaches
//! a terminal or a viewer as control. The TUI applies the same rule to its screen's cells.
//!
//! Writing fails plainly: a closed pipe (`| head`) ends the command quietly, as other command-line
//! tools do; any other write error is one line on standard error and a failing exit.

mod hidden;
mod sanitise;

use std::fmt::Display;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::RwLock;

use anyhow::Context;

use crate::i18n::{Catalog, Lang};
use crate::t;

pub use hidden::{hidden, unsafe_char};
pub use sanitise::{Kind, Sanitiser, json_safe, visible};

/// The language of this module's own words (a destination that cannot be written, an internal
/// error): the player's once chosen, English until then.
/// The catalog is kept rather than the language so that the panic hook never parses one.
static SPOKEN: RwLock<Option<&'static Catalog>> = RwLock::new(None);

/// Says this module's own words in `lang` from now on.
pub fn speak(lang: Lang) {
    let catalog = Catalog::get(lang);
    if let Ok(mut spoken) = SPOKEN.write() {
        *spoken = Some(catalog);
    }
}

/// The catalog of this module's words.
fn words() -> &'static Catalog {
    SPOKEN
        .read()
        .ok()
        .and_then(|spoken| *spoken)
        .unwrap_or_else(Catalog::english)
}

/// Large enough that a long report leaves in few writes.
const BUFFER: usize = 64 * 1024;

/// A command's output: made safe, buffered, and named in its errors.
pub struct Output {
    writer: BufWriter<Sanitiser<Box<dyn Write>>>,
    /// "standard output" or the file's name, for error messages.
    name: String,
}

impl Output {
    /// Any destination, named for its errors.
    pub fn new(inner: impl Write + 'static, kind: Kind, name: impl Into<String>) -> Output {
        let inner: Box<dyn Write> = Box::new(inner);
        Output {
            writer: BufWriter::with_capacity(BUFFER, Sanitiser::new(inner, kind)),
            name: name.into(),
        }
    }

    pub fn stdout(kind: Kind) -> Output {
        Output::new(io::stdout().lock(), kind, t!(words(), "out-stdout"))
    }

    /// The file named with `--output`, created (or emptied) now.
    pub fn file(path: &Path, kind: Kind) -> anyhow::Result<Output> {
        let file = std::fs::File::create(path).with_context(|| {
            t!(
                words(),
                "out-cannot-write",
                name = path.display().to_string()
            )
        })?;
        Ok(Output::new(file, kind, path.display().to_string()))
    }

    /// The file when one is named, standard output otherwise.
    pub fn to(path: Option<&Path>, kind: Kind) -> anyhow::Result<Output> {
        match path {
            Some(path) => Output::file(path, kind),
            None => Ok(Output::stdout(kind)),
        }
    }

    /// Writes out everything still buffered. Dropping an output also writes it out, but
    /// silently: a command calls this so that a full disk is its failure.
    pub fn finish(mut self) -> io::Result<()> {
        let flushed = self
            .writer
            .flush()
            .and_then(|()| self.writer.get_mut().finish());
        flushed.map_err(|e| self.failed(e))
    }

    /// The error with the destination named; its kind is kept, so a closed pipe is still told
    /// apart from a full disk.
    fn failed(&self, error: io::Error) -> io::Error {
        let said = t!(
            words(),
            "out-cannot-write-because",
            name = self.name.as_str(),
            error = error.to_string()
        );
        io::Error::new(error.kind(), said)
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf).map_err(|e| self.failed(e))
    }

    /// The buffer's own: a JSON writer sends many small pieces, most of them a copy into it.
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.write_all(buf).map_err(|e| self.failed(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush().map_err(|e| self.failed(e))
    }
}

/// Whether the error is a reader that went away: `redflag report | head -1`. The JSON and CSV
/// writers wrap the write error in their own, so those are looked into too.
pub fn closed_pipe(error: &anyhow::Error) -> bool {
    let kind = |cause: &(dyn std::error::Error + 'static)| {
        if let Some(e) = cause.downcast_ref::<io::Error>() {
            return Some(e.kind());
        }
        if let Some(e) = cause.downcast_ref::<serde_json::Error>() {
            return e.io_error_kind();
        }
        match cause.downcast_ref::<csv::Error>().map(csv::Error::kind) {
            Some(csv::ErrorKind::Io(e)) => Some(e.kind()),
            _ => None,
        }
    };
    error
        .chain()
        .any(|cause| kind(cause) == Some(io::ErrorKind::BrokenPipe))
}

/// The process's exit for a command's result: a closed pipe ends quietly with success; any
/// other error is one message on standard error and exit code 1.
pub fn exit(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            warn(format_args!("{e:#}"));
            ExitCode::from(1)
        }
    }
}

/// A message on standard error, `redflag: ` first, made safe like any text. Standard error
/// that cannot be written is not worth failing over: the message is dropped.
pub fn warn(message: impl Display) {
    let line = format!("redflag: {message}\n");
    let _ = io::stderr().lock().write_all(visible(&line).as_bytes());
}

/// Replaces Rust's panic report with one plain line on standard error. The release build stops
/// at a panic (it aborts), so this is the last thing a player sees; the TUI adds the terminal's
/// restoration in front of it.
pub fn plain_panics() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let t = words();
        let place = info
            .location()
            .map(|l| {
                t!(
                    t,
                    "out-internal-place",
                    file = l.file(),
                    line = l.line().to_string()
                )
            })
            .unwrap_or_default();
        let line = t!(t, "out-internal-error", place = place, what = what);
        warn(line.replace('\n', " "));
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A destination that takes a few bytes, then fails as a full disk or a closed pipe does.
    struct Failing {
        room: usize,
        kind: io::ErrorKind,
    }

    impl Write for Failing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::from(self.kind));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_names_the_output_and_keeps_its_kind() {
        for kind in [io::ErrorKind::BrokenPipe, io::ErrorKind::StorageFull] {
            let mut out = Output::new(Failing { room: 10, kind }, Kind::Text, "standard output");
            writeln!(out, "{}", "x".repeat(100)).expect("buffered");
            let error = out.finish().expect_err("the destination is full");
            assert_eq!(error.kind(), kind);
            assert!(
                error
                    .to_string()
                    .starts_with("cannot write standard output: "),
                "{error}"
            );
            assert_eq!(
                closed_pipe(&anyhow::Error::new(error)),
                kind == io::ErrorKind::BrokenPipe
            );
        }
    }

    #[test]
    fn a_closed_pipe_is_told_apart_through_context() {
        let error = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe))
            .context("writing the report");
        assert!(closed_pipe(&error));
        assert!(!closed_pipe(&anyhow::anyhow!("broken pipe, said in words")));
    }
}
