//! The ratatui front end: app state, key mapping, one file per screen and per channel.

pub mod app;
mod channels;
pub mod keys;
pub mod palette;
mod path;
mod rounds;
pub mod screens;
mod startup;
pub mod text;

use std::io::IsTerminal;
use std::time::Duration;

use anyhow::{Context, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

pub use app::{App, Settings};

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
    let terminal = ratatui::try_init().context("cannot set up the terminal")?;
    let result = event_loop(terminal, app);
    ratatui::restore();
    result
}

/// How long the work put off at start waits for the terminal to show the first frame.
const SETTLE_AFTER: Duration = Duration::from_millis(2);

fn event_loop(mut terminal: DefaultTerminal, mut app: App) -> anyhow::Result<()> {
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
