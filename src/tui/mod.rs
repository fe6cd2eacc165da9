//! The ratatui front end: app state, key mapping, one file per screen and per channel.

pub mod app;
mod channels;
pub mod keys;
mod message;
pub mod palette;
mod path;
mod playing;
mod rounds;
pub mod screens;
mod startup;
pub mod text;

use std::io::{BufWriter, IsTerminal, Stdout};
use std::time::Duration;

use anyhow::{Context, bail};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};

pub use app::App;

/// Fails plainly, pointing to plain mode, when there is no terminal to draw on.
pub fn check_terminal() -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(
            "redflag needs a terminal to play; for scripts and screen readers use `redflag play --plain`"
        );
    }
    Ok(())
}

/// Runs the game until the player quits. The terminal is restored on return and on panic.
pub fn run(app: App) -> anyhow::Result<()> {
    check_terminal()?;
    let terminal = enter().inspect_err(|_| ratatui::restore())?;
    let result = event_loop(terminal, app);
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

/// How long the work put off at start waits for the terminal to show the first frame.
const SETTLE_AFTER: Duration = Duration::from_millis(2);

fn event_loop(mut terminal: GameTerminal, mut app: App) -> anyhow::Result<()> {
    let mut watching = false;
    while !app.quit {
        let drawn = terminal
            .draw(|frame| frame.render_widget(&app, frame.area()))?
            .area;
        // The event reader starts watching for resizes when first polled, which is kept until
        // after the first frame; a resize that came before it is caught by comparing sizes.
        if !watching {
            event::poll(Duration::ZERO)?;
            watching = true;
            if terminal.size()? != drawn.as_size() {
                continue;
            }
        }
        // The first frame is on its way: the work the start put off comes next, once the
        // terminal has had a moment to show it (a key press ends the wait at once).
        if app.unsettled() {
            event::poll(SETTLE_AFTER)?;
            if app.settle()? {
                continue;
            }
        }
        // Resizes simply cause a redraw on the next turn of the loop.
        if event::poll(Duration::from_secs(60))?
            && let Event::Key(key) = event::read()?
        {
            app.handle_key(key);
        }
    }
    Ok(())
}
