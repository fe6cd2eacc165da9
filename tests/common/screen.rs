//! Drawing the game into a test backend and reading the screen back, for the render tests.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use redflag::progress::Mode;
use redflag::quiz::Round;
use redflag::tui::App;
use redflag::tui::app::{Play, Screen};

/// The app drawn once on a `width` x `height` test terminal.
pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal
}

/// The screen's text, a line per row.
pub fn text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Position of the first occurrence of `needle` on screen.
pub fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buffer.area.height {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(col) = row.find(needle) {
            let x = u16::try_from(row[..col].chars().count()).expect("on screen");
            return Some((x, y));
        }
    }
    None
}

/// Shows scenario `id` as a question, or, with `answer`, as the feedback to that answer.
pub fn showing(
    app: &mut App,
    id: &str,
    inspected: bool,
    answer: Option<redflag::content::Verdict>,
) {
    let index = app
        .pool
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("scenario {id}"));
    let mut p = Play::new(Round::new(vec![index]), Mode::Practice, 1);
    p.inspected = inspected;
    app.screen = match answer {
        None => Screen::Question(p),
        Some(given) => {
            let outcome = p
                .round
                .answer(
                    &app.pool,
                    given,
                    inspected,
                    std::time::Duration::from_secs(3),
                )
                .expect("answer");
            Screen::Feedback { play: p, outcome }
        }
    };
}
