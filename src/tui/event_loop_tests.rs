//! The loop on a terminal that is not the process's own: a scripted event source and a test
//! backend that log what the loop does, in order.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use ratatui::backend::{ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Size};

use super::*;
use crate::plan::{Ground, Plan};
use crate::settings::PlaySettings;
use crate::tui::app::Screen;

/// What the loop did, as the terminal and the event source saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Frame,
    Poll(Duration),
    Read,
}

type Log = Rc<RefCell<Vec<Step>>>;

/// Events played from a list, never waiting; when the list is over, reading fails, which ends
/// the loop as a closed connection would.
struct Script {
    events: VecDeque<Event>,
    log: Log,
}

impl EventSource for Script {
    fn poll(&mut self, timeout: Duration) -> io::Result<bool> {
        self.log.borrow_mut().push(Step::Poll(timeout));
        Ok(true)
    }

    fn read(&mut self) -> io::Result<Event> {
        self.log.borrow_mut().push(Step::Read);
        self.events
            .pop_front()
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "the script is over"))
    }
}

/// A test backend that logs each finished frame, and can be resized while the first one is on
/// its way.
struct LoggedBackend {
    inner: TestBackend,
    log: Log,
    resize_after_first_frame: Option<Size>,
}

impl Backend for LoggedBackend {
    type Error = <TestBackend as Backend>::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.log.borrow_mut().push(Step::Frame);
        if let Some(size) = self.resize_after_first_frame.take() {
            self.inner.resize(size.width, size.height);
        }
        self.inner.flush()
    }
}

fn terminal(log: &Log, resize_after_first_frame: Option<Size>) -> Terminal<LoggedBackend> {
    let backend = LoggedBackend {
        inner: TestBackend::new(80, 24),
        log: log.clone(),
        resize_after_first_frame,
    };
    Terminal::new(backend).expect("a test terminal")
}

fn script(log: &Log, keys: &[KeyCode]) -> Script {
    let mut events: VecDeque<Event> = keys
        .iter()
        .map(|&k| Event::Key(KeyEvent::from(k)))
        .collect();
    // A resize is only a reason to draw again.
    events.insert(1, Event::Resize(80, 24));
    Script {
        events,
        log: log.clone(),
    }
}

fn settings() -> PlaySettings {
    PlaySettings {
        count: 3,
        seed: 7,
        color: false,
        lang: Default::default(),
    }
}

fn screen_text(terminal: &Terminal<LoggedBackend>) -> String {
    let buffer = terminal.backend().inner.buffer();
    buffer
        .content()
        .chunks(usize::from(buffer.area.width))
        .map(|row| row.iter().map(Cell::symbol).collect::<String>() + "\n")
        .collect()
}

/// The loop's error, which the scripted source ends with.
fn script_over(result: anyhow::Result<()>) -> bool {
    result
        .err()
        .and_then(|e| e.downcast::<io::Error>().ok())
        .is_some_and(|e| e.kind() == io::ErrorKind::UnexpectedEof)
}

#[test]
fn a_second_terminal_plays_a_seeded_round_to_its_summary() {
    let log = Log::default();
    let mut terminal = terminal(&log, None);
    // Started as the game starts on the built-in pack: the first frame from its preview.
    let preview = crate::builtin::preview().expect("preview");
    let mut app = App::new(Vec::new(), Vec::new(), settings()).with_builtin_later(preview);
    let mut keys = vec![KeyCode::Char('p')];
    for _ in 0..3 {
        keys.extend([KeyCode::Char('s'), KeyCode::Enter]);
    }
    // The seed line ends the summary, below the lessons to review: scroll down to it.
    keys.extend([KeyCode::Down; 12]);
    let mut events = script(&log, &keys);
    let result = run_on(&mut terminal, &mut events, &mut app);
    assert!(script_over(result), "the loop runs until the input ends");

    let pack = crate::builtin::pack().expect("built-in pack");
    let modules = crate::training::path(&pack.scenarios);
    let ground = Ground {
        pool: &pack.scenarios,
        manifests: &[],
        modules: &modules,
        session: None,
    };
    let seeded = Plan::Practice { count: 3, seed: 7 }
        .choose(&ground)
        .expect("a round");
    let Screen::Summary { done, .. } = &app.screen else {
        panic!("the round's summary, not {:?}", app.screen)
    };
    assert_eq!(
        (done.play.seed, &done.play.round.items),
        (7, &seeded.round.items)
    );
    assert_eq!(done.play.round.answers.len(), 3);
    let text = screen_text(&terminal);
    // (The seed line sits below the list of missed items; its words are tested in strings.)
    assert!(text.contains("Round complete · Practice"), "{text}");

    let log = log.borrow();
    assert_eq!(
        log[..6],
        [
            Step::Frame,
            Step::Poll(Duration::ZERO),
            Step::Poll(SETTLE_AFTER),
            Step::Poll(IDLE),
            Step::Read,
            Step::Frame,
        ],
        "the first frame before any input, then the start's put-off work: {log:?}"
    );
    assert!(
        !app.unsettled(),
        "the pack was decoded after the first frame"
    );
    let frames = log.iter().filter(|s| **s == Step::Frame).count();
    assert_eq!(
        frames,
        keys.len() + 2,
        "one frame a key and the resize, one first: {log:?}"
    );
}

#[test]
fn a_resize_before_input_is_watched_redraws_at_once() {
    let log = Log::default();
    let mut terminal = terminal(&log, Some(Size::new(100, 30)));
    let pack = crate::builtin::pack().expect("built-in pack");
    let mut app = App::new(pack.scenarios, vec![pack.manifest], settings());
    let mut events = Script {
        events: VecDeque::new(),
        log: log.clone(),
    };
    assert!(script_over(run_on(&mut terminal, &mut events, &mut app)));
    assert_eq!(
        *log.borrow(),
        [
            Step::Frame,
            Step::Poll(Duration::ZERO),
            Step::Frame,
            Step::Poll(IDLE),
            Step::Read,
        ],
        "nothing put off, so no wait to settle"
    );
    assert_eq!(terminal.backend().inner.buffer().area.width, 100);
}

#[test]
fn a_cell_holding_a_control_or_hidden_character_shows_a_replacement_mark() {
    let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 5, 1));
    for (x, symbol) in ["a\u{E0041}", "\u{1b}", "x", "\u{9b}", "é\u{301}"]
        .into_iter()
        .enumerate()
    {
        buffer[(x as u16, 0)].set_symbol(symbol);
    }
    inert_cells(&mut buffer);
    let symbols: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
    assert_eq!(
        symbols,
        ["\u{FFFD}", "\u{FFFD}", "x", "\u{FFFD}", "é\u{301}"]
    );
}

/// Keys, then an ending signal noticed after the last of them.
struct EndsAfter {
    keys: VecDeque<Event>,
    reads: usize,
}

impl EventSource for EndsAfter {
    fn poll(&mut self, _timeout: Duration) -> io::Result<bool> {
        Ok(!self.keys.is_empty())
    }

    fn read(&mut self) -> io::Result<Event> {
        self.reads += 1;
        self.keys
            .pop_front()
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "read after the end"))
    }

    fn ended(&self) -> bool {
        self.keys.is_empty()
    }
}

#[test]
fn an_ending_signal_ends_the_loop_as_quitting_does_without_reading_on() {
    let log = Log::default();
    let mut terminal = terminal(&log, None);
    let pack = crate::builtin::pack().expect("built-in pack");
    let mut app = App::new(pack.scenarios, vec![pack.manifest], settings());
    let mut events = EndsAfter {
        keys: [KeyCode::Char('p'), KeyCode::Char('d')]
            .into_iter()
            .map(|k| Event::Key(KeyEvent::from(k)))
            .collect(),
        reads: 0,
    };
    run_on(&mut terminal, &mut events, &mut app).expect("ends cleanly");
    assert_eq!(events.reads, 2, "nothing read after the signal");
    assert!(
        matches!(app.screen, Screen::Feedback { .. }),
        "the answer given before the signal stands"
    );
}
