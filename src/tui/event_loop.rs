//! The game's loop on any terminal: draw, wait for an event, update, until the player quits. The
//! process's own terminal feeds it through crossterm; another terminal (an SSH channel) can bring
//! its own output and input and drive the same [`App`].

use std::io;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event};

use super::app::App;
use crate::output::unsafe_char;
use crate::signals::{self, Ending};

/// Where the loop's input comes from.
pub trait EventSource {
    /// Waits up to `timeout` for an event; true when one is ready to read.
    fn poll(&mut self, timeout: Duration) -> io::Result<bool>;
    /// The next event, waiting for one if none is ready.
    fn read(&mut self) -> io::Result<Event>;
    /// Whether the game must end now, as if the player quit (a signal asked it to end).
    fn ended(&self) -> bool {
        false
    }
}

/// The process's own terminal, read through crossterm's event reader, and the signals that
/// end the process.
pub struct TerminalEvents {
    pub ending: Ending,
    /// Whether a signal wakes the wait for input yet: started with the first poll, after the
    /// first frame, since a thread costs about 0.1 ms.
    waking: bool,
    /// Whether standard input is the terminal, whose hang-up is then watched (a pipe whose
    /// writer is gone also says HUP, and the reader then uses /dev/tty, not standard input).
    stdin_terminal: bool,
}

/// How often the watch looks whether the terminal has hung up.
const HANG_UP_CHECK: Duration = Duration::from_millis(200);

/// The exit status of a process ended by a hang-up (128 + SIGHUP), as a shell reports it.
const HUNG_UP: i32 = 129;

/// Ends the process once its terminal hangs up (its window closed, its connection dropped).
/// Such a terminal reads as end of file, and crossterm's reader then reads it again and again
/// inside one call, busy for ever, so the game's own loop never runs again to see the hang-up
/// or the SIGHUP that came with it. Nothing is lost: every answer was saved when it was given,
/// and a round in progress is resumed at the next start.
fn watch_for_hang_up() -> io::Result<()> {
    std::thread::Builder::new()
        .name("hang-up watch".into())
        .spawn(|| {
            loop {
                std::thread::sleep(HANG_UP_CHECK);
                if terminal_hung_up() {
                    std::process::exit(HUNG_UP);
                }
            }
        })
        .map(|_| ())
}

/// Whether standard input, a terminal when the game started, has hung up (it is then no longer
/// a terminal to `isatty`, which is why that is asked at the start).
#[cfg(unix)]
fn terminal_hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    poll(&mut fds, Some(&now)).is_ok_and(|ready| {
        ready > 0
            && fds[0]
                .revents()
                .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
    })
}

#[cfg(not(unix))]
fn terminal_hung_up() -> bool {
    false
}

impl TerminalEvents {
    /// Input from the terminal; from now on an ending signal ends the game like `q`.
    pub fn recording_signals() -> io::Result<Self> {
        Ok(TerminalEvents {
            ending: signals::record()?,
            waking: false,
            stdin_terminal: io::IsTerminal::is_terminal(&io::stdin()),
        })
    }
}

impl EventSource for TerminalEvents {
    fn poll(&mut self, timeout: Duration) -> io::Result<bool> {
        if !self.waking {
            self.waking = true;
            // A signal wakes the wait by a resize signal, which the reader makes an event of.
            self.ending.wake_with(|| {
                #[cfg(unix)]
                let _ = signal_hook::low_level::raise(signal_hook::consts::SIGWINCH);
            })?;
            if self.stdin_terminal {
                watch_for_hang_up()?;
            }
        }
        event::poll(timeout)
    }

    fn read(&mut self) -> io::Result<Event> {
        event::read()
    }

    fn ended(&self) -> bool {
        self.ending.requested()
    }
}

/// The last guard between the screen and the terminal: a cell holding a control or hidden
/// character (which some text let through) shows U+FFFD instead. The whole symbol goes: a
/// visible form such as `<U+202E>` would not fit in one cell, and a cell wider than it was drawn
/// would push the rest of the row out of place.
pub fn inert_cells(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        let symbol = cell.symbol();
        if !symbol.bytes().all(|b| (0x20..0x7f).contains(&b)) && symbol.chars().any(unsafe_char) {
            cell.set_symbol("\u{FFFD}");
        }
    }
}

/// How long the work put off at start waits for the terminal to show the first frame.
const SETTLE_AFTER: Duration = Duration::from_millis(2);

/// How long the loop waits for input before drawing again anyway.
const IDLE: Duration = Duration::from_secs(60);

/// Plays `app` on `terminal` with input from `events` until the player quits. The first frame is
/// drawn before anything else is looked at: input, a resize, and the work the start put off.
///
/// Any backend will do, not only crossterm's over a writer: the size of a terminal at the other
/// end of a connection comes from that connection, not from the process's own terminal.
pub fn run_on<B, E>(terminal: &mut Terminal<B>, events: &mut E, app: &mut App) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    E: EventSource,
{
    let mut watching = false;
    while !app.quit {
        if events.ended() {
            break;
        }
        let drawn = terminal
            .draw(|frame| {
                frame.render_widget(&*app, frame.area());
                inert_cells(frame.buffer_mut());
            })?
            .area;
        // The event reader starts watching for resizes when first polled, which is kept until
        // after the first frame; a resize that came before it is caught by comparing sizes.
        if !watching {
            events.poll(Duration::ZERO)?;
            watching = true;
            if terminal.size()? != drawn.as_size() {
                continue;
            }
        }
        // The first frame is on its way: the work the start put off comes next, once the
        // terminal has had a moment to show it (a key press ends the wait at once).
        if app.unsettled() {
            events.poll(SETTLE_AFTER)?;
            if app.settle()? {
                continue;
            }
        }
        // A signal that came before the event reader started watching woke nothing: look now.
        if events.ended() {
            break;
        }
        // Resizes simply cause a redraw on the next turn of the loop.
        if events.poll(IDLE)?
            && let Event::Key(key) = events.read()?
        {
            app.handle_key(key);
        }
    }
    // Ended by a signal before the work put off at start was done: it is done now, as it would
    // have been before the player's first key.
    if app.unsettled() {
        app.settle()?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "event_loop_tests.rs"]
mod tests;
