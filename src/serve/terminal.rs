//! A remote terminal for the game's loop: its output goes to the SSH channel through a bounded
//! queue, its size is the one the client reported, and its input arrives as key events.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::time::{Duration, Instant};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{Event, KeyEvent};
use ratatui::layout::{Position, Size};
use tokio::sync::mpsc::UnboundedSender;

use crate::tui::EventSource;

/// The client's window size, written by the connection and read by the game's thread.
#[derive(Debug, Clone, Default)]
pub struct SharedSize(Arc<AtomicU32>);

impl SharedSize {
    pub fn new(size: Size) -> Self {
        let shared = SharedSize::default();
        shared.set(size);
        shared
    }

    pub fn set(&self, size: Size) {
        let packed = (u32::from(size.width) << 16) | u32::from(size.height);
        self.0.store(packed, Ordering::Relaxed);
    }

    pub fn get(&self) -> Size {
        let packed = self.0.load(Ordering::Relaxed);
        // The halves were u16s when packed.
        let half = |v: u32| u16::try_from(v & 0xffff).unwrap_or(u16::MAX);
        Size::new(half(packed >> 16), half(packed))
    }
}

/// Output for the channel: a frame is gathered and handed to the connection's sending task on
/// flush. What the client has not yet taken is counted; past `limit` bytes the client is too
/// slow (or gone) and the write fails, which ends its game and no one else's.
pub struct ChannelWriter {
    frame: Vec<u8>,
    queue: UnboundedSender<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    limit: usize,
}

impl ChannelWriter {
    /// A writer feeding `queue`; the sending task subtracts from `unsent` what it has sent.
    pub fn new(queue: UnboundedSender<Vec<u8>>, unsent: Arc<AtomicUsize>, limit: usize) -> Self {
        ChannelWriter {
            frame: Vec::new(),
            queue,
            unsent,
            limit,
        }
    }

    /// Another writer into the same queue and count: what one flushes arrives before what the
    /// other flushes next.
    fn sibling(&self) -> ChannelWriter {
        ChannelWriter::new(self.queue.clone(), self.unsent.clone(), self.limit)
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.frame.is_empty() {
            return Ok(());
        }
        let len = self.frame.len();
        if self.unsent.load(Ordering::Acquire) + len > self.limit {
            self.frame.clear();
            return Err(io::Error::other(Ended::TooSlow));
        }
        self.unsent.fetch_add(len, Ordering::AcqRel);
        let frame = std::mem::take(&mut self.frame);
        self.queue
            .send(frame)
            .map_err(|_| io::Error::other(Ended::Disconnected))
    }
}

/// Crossterm's drawing over the channel, with the size the client reported instead of the
/// process's own terminal (a server has none).
pub struct RemoteBackend {
    inner: CrosstermBackend<ChannelWriter>,
    /// For what the game does not draw (the alternate screen, a farewell).
    side: ChannelWriter,
    size: SharedSize,
    cursor: Position,
}

impl RemoteBackend {
    pub fn new(writer: ChannelWriter, size: SharedSize) -> Self {
        RemoteBackend {
            side: writer.sibling(),
            inner: CrosstermBackend::new(writer),
            size,
            cursor: Position::ORIGIN,
        }
    }

    /// A writer for what the game does not draw (the alternate screen, a farewell); the frames
    /// are flushed as they are drawn, so the two never interleave.
    pub fn writer(&mut self) -> &mut ChannelWriter {
        &mut self.side
    }
}

impl Backend for RemoteBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        // Asking the remote terminal would mean waiting for its answer among the keys.
        Ok(self.cursor)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }
    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> io::Result<Size> {
        Ok(self.size.get())
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size.get(),
            pixels: Size::ZERO,
        })
    }
    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Why a remote game ended other than by the player quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The client went away.
    Disconnected,
    /// No key for the idle timeout.
    Idle,
    /// The server is stopping.
    Stopping,
    /// The client did not take its output.
    TooSlow,
}

impl std::fmt::Display for Ended {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Ended::Disconnected => "the connection closed",
            Ended::Idle => "no key was pressed for too long",
            Ended::Stopping => "the server is stopping",
            Ended::TooSlow => "the connection did not keep up with the screen",
        })
    }
}

impl std::error::Error for Ended {}

impl Ended {
    /// The reason inside an error from the game's loop, if it is one of these.
    pub fn of(error: &anyhow::Error) -> Option<Ended> {
        error
            .chain()
            .filter_map(|e| e.downcast_ref::<io::Error>())
            .find_map(|e| e.get_ref().and_then(|inner| inner.downcast_ref::<Ended>()))
            .copied()
    }
}

/// What the connection hands the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// The window changed (the new size is already in the [`SharedSize`]).
    Resize,
}

/// What the connection and the server tell a game beside its keys.
#[derive(Debug, Default)]
struct Signals {
    stopping: AtomicBool,
    closed: AtomicBool,
}

/// The connection's side of the game's input (the server keeps a copy to stop the game): keys
/// past `max_pending` waiting are dropped.
#[derive(Debug, Clone)]
pub struct InputSender {
    queue: SyncSender<Input>,
    signals: Arc<Signals>,
}

impl InputSender {
    /// Hands over an input; false when it was dropped (the game is behind, or gone).
    pub fn send(&self, input: Input) -> bool {
        match self.queue.try_send(input) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => false,
        }
    }

    /// Tells the game the server is stopping: it ends at its next look for input.
    pub fn stop(&self) {
        self.signals.stopping.store(true, Ordering::Release);
        self.wake();
    }

    /// Tells the game its client has gone.
    pub fn close(&self) {
        self.signals.closed.store(true, Ordering::Release);
        self.wake();
    }

    /// A resize wakes a game waiting for input; if the queue is full the game is awake anyway.
    fn wake(&self) {
        let _ = self.queue.try_send(Input::Resize);
    }
}

/// The game's side: key events from the connection, ending the loop with an [`Ended`] error
/// when the connection closes, the server stops, or no key comes for `idle`.
pub struct RemoteEvents {
    queue: Receiver<Input>,
    signals: Arc<Signals>,
    size: SharedSize,
    next: Option<Event>,
    idle: Duration,
    last_key: Instant,
}

/// A connected pair of input ends.
pub fn input(max_pending: usize, size: SharedSize, idle: Duration) -> (InputSender, RemoteEvents) {
    let (queue, receiver) = std::sync::mpsc::sync_channel(max_pending);
    let signals = Arc::new(Signals::default());
    (
        InputSender {
            queue,
            signals: signals.clone(),
        },
        RemoteEvents {
            queue: receiver,
            signals,
            size,
            next: None,
            idle,
            last_key: Instant::now(),
        },
    )
}

impl RemoteEvents {
    /// The server stopping or the client gone, whichever is known.
    fn signalled(&self) -> Option<Ended> {
        if self.signals.closed.load(Ordering::Acquire) {
            Some(Ended::Disconnected)
        } else if self.signals.stopping.load(Ordering::Acquire) {
            Some(Ended::Stopping)
        } else {
            None
        }
    }
}

fn ended(why: Ended) -> io::Error {
    io::Error::other(why)
}

impl EventSource for RemoteEvents {
    fn poll(&mut self, timeout: Duration) -> io::Result<bool> {
        if let Some(why) = self.signalled() {
            return Err(ended(why));
        }
        if self.next.is_some() {
            return Ok(true);
        }
        let idle_left = self.idle.saturating_sub(self.last_key.elapsed());
        let wait = timeout.min(idle_left);
        let received = self.queue.recv_timeout(wait);
        if let Some(why) = self.signalled() {
            return Err(ended(why));
        }
        match received {
            Ok(Input::Key(key)) => {
                self.last_key = Instant::now();
                self.next = Some(Event::Key(key));
                Ok(true)
            }
            Ok(Input::Resize) => {
                let size = self.size.get();
                self.next = Some(Event::Resize(size.width, size.height));
                Ok(true)
            }
            Err(RecvTimeoutError::Timeout) if self.last_key.elapsed() >= self.idle => {
                Err(ended(Ended::Idle))
            }
            Err(RecvTimeoutError::Timeout) => Ok(false),
            Err(RecvTimeoutError::Disconnected) => Err(ended(Ended::Disconnected)),
        }
    }

    fn read(&mut self) -> io::Result<Event> {
        loop {
            if let Some(event) = self.next.take() {
                return Ok(event);
            }
            self.poll(self.idle)?;
        }
    }
}

#[cfg(test)]
#[path = "terminal_tests.rs"]
mod tests;
