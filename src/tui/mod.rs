//! The ratatui front end: app state, key mapping, one file per screen and per channel.

pub mod app;
mod channels;
mod dialogs;
mod event_loop;
pub mod keys;
mod menu;
mod message;
pub mod palette;
mod path;
mod playing;
mod rounds;
pub mod screens;
mod startup;
#[cfg(test)]
mod test_support;
pub mod text;

use std::io::{BufWriter, IsTerminal, Stdout};

use anyhow::{Context, bail};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};

pub use app::App;
pub use event_loop::{EventSource, TerminalEvents, run_on};

/// Fails plainly, pointing to plain mode, when there is no terminal to draw on.
pub fn check_terminal() -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(
            "the game needs a terminal to play; for scripts and screen readers use `redflag play --plain`"
        );
    }
    Ok(())
}

/// Runs the game until the player quits. The terminal is restored on return and on panic.
pub fn run(mut app: App) -> anyhow::Result<()> {
    check_terminal()?;
    let mut terminal = enter().inspect_err(|_| ratatui::restore())?;
    let result = run_on(&mut terminal, &mut TerminalEvents, &mut app);
    ratatui::restore();
    result
}

/// The terminal the game draws on. Its output is buffered so that a frame leaves in one write:
/// stdout alone is line-buffered, which cut a frame into 1 KiB writes and spent some 0.1 ms a
/// frame on its own bookkeeping.
type GameTerminal = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Room for the largest frame: a 300x100 screen of styled cells.
const FRAME_BUFFER: usize = 256 * 1024;

/// Raw mode, the alternate screen (sent with the first frame) and a panic hook that restores the
/// terminal, as `ratatui::init` sets up, but with buffered output.
fn enter() -> anyhow::Result<GameTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        hook(info);
    }));
    terminal::enable_raw_mode().context("cannot set up the terminal")?;
    let mut out = BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout());
    ratatui::crossterm::queue!(out, EnterAlternateScreen)?;
    Terminal::new(CrosstermBackend::new(out)).context("cannot set up the terminal")
}
