//! The ratatui front end: app state, key mapping, one file per screen and per channel.

pub mod app;
mod certificate;
mod channels;
mod dialogs;
mod event_loop;
pub mod keys;
mod language;
mod menu;
mod message;
pub mod palette;
mod path;
mod playing;
mod rounds;
pub mod rtl;
pub mod screens;
mod startup;
pub mod team;
#[cfg(test)]
mod test_support;
pub mod text;

use std::io::{BufWriter, IsTerminal, Stdout};
use std::process::ExitCode;

use anyhow::{Context, bail};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};

use crate::i18n::Catalog;

pub use app::App;
pub use event_loop::{EventSource, TerminalEvents, inert_cells, run_on};

/// Fails plainly, in the player's language, pointing to plain mode, when there is no terminal to
/// draw on.
pub fn check_terminal(t: &Catalog) -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!("{}", crate::t!(t, "menu-no-terminal"));
    }
    Ok(())
}

/// Runs the game until the player quits or a signal asks it to end; the exit code tells which.
/// The terminal is restored on return, on a signal and on panic.
pub fn run(mut app: App) -> anyhow::Result<ExitCode> {
    check_terminal(app.t())?;
    // Watched before the terminal changes, so that no moment of the game is left to a signal's
    // default (which would leave the terminal raw, on the other screen, with no cursor).
    let t = app.t();
    let mut events =
        TerminalEvents::recording_signals().with_context(|| crate::t!(t, "menu-no-signals"))?;
    let mut terminal = enter(t).inspect_err(|_| restore())?;
    let result = run_on(&mut terminal, &mut events, &mut app);
    restore();
    result.map(|()| events.ending.exit_code())
}

/// Cooked mode with echo, the main screen and the cursor back. Failures are ignored: the
/// terminal may be gone (a hang-up), and nothing else can be done about it.
fn restore() {
    ratatui::restore();
    let _ = ratatui::crossterm::execute!(std::io::stdout(), Show);
}

/// The terminal the game draws on. Its output is buffered so that a frame leaves in one write:
/// stdout alone is line-buffered, which cut a frame into 1 KiB writes and spent some 0.1 ms a
/// frame on its own bookkeeping.
type GameTerminal = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Room for the largest frame: a 300x100 screen of styled cells.
const FRAME_BUFFER: usize = 256 * 1024;

/// Raw mode, the alternate screen (sent with the first frame) and a panic hook that restores the
/// terminal, as `ratatui::init` sets up, but with buffered output.
fn enter(t: &Catalog) -> anyhow::Result<GameTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    let cannot = || crate::t!(t, "menu-no-terminal-setup");
    terminal::enable_raw_mode().with_context(cannot)?;
    let mut out = BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout());
    ratatui::crossterm::queue!(out, EnterAlternateScreen)?;
    Terminal::new(CrosstermBackend::new(out)).with_context(cannot)
}
