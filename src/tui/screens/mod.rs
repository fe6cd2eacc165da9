//! Drawing: `impl Widget for &App`, one helper per screen and region, no side effects
//! (apart from noting how far the visible page can scroll).

mod briefing;
mod cells;
mod certificate;
mod confirm;
mod feedback;
mod menu;
mod mirror;
mod overlay;
mod path;
mod question;
mod stats;
mod summary;

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Screen};
use super::palette::Palette;
use super::text::fit;
use crate::bidi::Direction;
use crate::settings::Bidi;
use crate::tui::rtl::line_cells;
pub use mirror::{KeyLine, columns, framed_in};
use mirror::{as_worded, key_line, mirrored, mirrored_lines};

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// The widest the game's column grows: lines longer than this are hard to read, so on a wide
/// terminal the game sits in a centred column.
pub const READABLE_WIDTH: u16 = 100;

/// What the last frame showed that keys depend on, noted while drawing.
#[derive(Debug, Default)]
pub struct Drawn {
    /// The terminal was too small to draw the game: keys must not act on a screen not shown.
    pub too_small: Cell<bool>,
    /// The row of the feedback's first piece of evidence in its message, where it first shows.
    pub evidence_row: Cell<u16>,
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        crate::tui::rtl::drawing_with(self.display);
        let palette = Palette {
            color: self.settings.color,
        };
        let too_small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
        self.drawn.too_small.set(too_small);
        if too_small {
            let text = crate::t!(
                self.t(),
                "menu-too-small",
                min = format!("{MIN_WIDTH}x{MIN_HEIGHT}"),
                size = format!("{}x{}", area.width, area.height),
            );
            let lines = mirrored_lines(self, vec![Line::raw(text)], area.width);
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let area = readable(area);
        // The key line is the last row, the screen the rest: split by hand, as the layout
        // solver would cost some 40 µs of the first frame for this one.
        let body = Rect {
            height: area.height - 1,
            ..area
        };
        let footer = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        let keys = match &self.screen {
            Screen::Name { input, error } => {
                let role = self
                    .manifests
                    .first()
                    .map(|m| crate::strings::role(self.t(), &m.world, false));
                menu::render_name(self, input, error.as_deref(), role, body, buf, palette)
            }
            Screen::Menu { selected } => menu::render(self, *selected, body, buf, palette),
            Screen::Briefing { scroll, .. } => briefing::render(self, *scroll, body, buf, palette),
            Screen::Stats { scroll } => stats::render(self, *scroll, body, buf, palette),
            Screen::Question(play) => as_worded(
                self.t(),
                question::render_question(self, play, body, buf, palette),
            ),
            Screen::Feedback { play, outcome } => as_worded(
                self.t(),
                feedback::render_feedback(self, play, outcome, body, buf, palette),
            ),
            Screen::Summary {
                done,
                scroll,
                selected,
            } => as_worded(
                self.t(),
                summary::render(self, done, *scroll, *selected, body, buf, palette),
            ),
            Screen::Missed {
                done,
                index,
                scroll,
            } => as_worded(
                self.t(),
                summary::render_missed(self, done, *index, *scroll, body, buf, palette),
            ),
            Screen::Path { selected } => path::render(self, *selected, body, buf, palette),
            Screen::Certificate { scroll } => {
                certificate::render(self, *scroll, body, buf, palette)
            }
        };
        key_line(self, &keys, footer, buf, palette);
        match self.overlay {
            Some(Overlay::Help) => overlay::help(self.t(), area, buf, palette),
            Some(Overlay::ConfirmQuit) => confirm::quit(self, area, buf, palette),
            Some(Overlay::ConfirmNewRound(_)) => confirm::new_round(self, area, buf, palette),
            Some(Overlay::ConfirmDailyAgain) => confirm::daily_again(self, area, buf, palette),
            Some(Overlay::ConfirmReplay(index)) => confirm::replay(self, index, area, buf, palette),
            None => {}
        }
    }
}

/// The centred column the game is drawn in: the whole area up to [`READABLE_WIDTH`] columns.
pub fn readable(area: Rect) -> Rect {
    if area.width <= READABLE_WIDTH {
        return area;
    }
    Rect {
        x: area.x + (area.width - READABLE_WIDTH) / 2,
        width: READABLE_WIDTH,
        ..area
    }
}

/// A bordered page with a title; returns the area inside it.
fn framed(title: &str, area: Rect, buf: &mut Buffer, palette: Palette) -> Rect {
    let block = Block::bordered()
        .title(Line::styled(title.to_string(), palette.title()))
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Draws lines from the top of `area`: each on its own row when all fit its width (straight into
/// the buffer, as a paragraph would draw them but without its line composer, which cost some
/// 0.1 ms of the menu on the first frame), otherwise as a word-wrapped paragraph.
fn draw_lines(lines: Vec<Line<'_>>, area: Rect, buf: &mut Buffer) {
    let cells = lines.iter().map(line_cells).collect();
    draw_measured(lines, cells, area, buf);
}

/// [`draw_lines`] with each line's cells already counted (`cells`, a count a line).
fn draw_measured(lines: Vec<Line<'_>>, cells: Vec<usize>, area: Rect, buf: &mut Buffer) {
    if lines.iter().all(|l| l.width() <= usize::from(area.width)) {
        for ((line, cells), y) in lines.iter().zip(cells).zip(area.top()..area.bottom()) {
            // An aligned line (a mirrored one) is placed as a paragraph would place it.
            let width = u16::try_from(cells).unwrap_or(area.width).min(area.width);
            let x = match line.alignment {
                Some(Alignment::Right) => area.right() - width,
                Some(Alignment::Center) => area.x + (area.width - width) / 2,
                _ => area.x,
            };
            cells::set_line(buf, x, y, line, area.right() - x);
        }
    } else {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    }
}

/// Draws lines as a block in the middle of `area`, each line starting at the block's left edge;
/// lines too wide for that are drawn from the top left as [`draw_lines`] does.
fn draw_centred(lines: Vec<Line<'_>>, area: Rect, buf: &mut Buffer) {
    let cells: Vec<usize> = lines.iter().map(line_cells).collect();
    let widest = cells.iter().copied().max().unwrap_or(0);
    let (Ok(width), Ok(height)) = (u16::try_from(widest), u16::try_from(lines.len())) else {
        return draw_measured(lines, cells, area, buf);
    };
    if width > area.width {
        return draw_measured(lines, cells, area, buf);
    }
    let block = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height: height.min(area.height),
    };
    draw_measured(lines, cells, block, buf);
}

/// A scrolling page of lines, each fitted to the width under its own indent; notes the furthest
/// scroll so that keys stop there, and says on the frame when there is more above or below.
fn render_scrolling(
    app: &App,
    lines: Vec<Line<'static>>,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let lines = fit(lines, area.width);
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let max = total.saturating_sub(area.height);
    app.max_scroll.set(max);
    let scroll = scroll.min(max);
    Paragraph::new(lines).scroll((scroll, 0)).render(area, buf);
    more_hints(app, scroll, max, area, buf, palette);
}

/// "↑ more" on the frame's top border when rows are scrolled out above, "↓ more" on its bottom
/// border when some are below: on the border, so they never cover content. In a right-to-left
/// language their sides swap, as the frame's titles do.
fn more_hints(app: &App, scroll: u16, max: u16, area: Rect, buf: &mut Buffer, palette: Palette) {
    let t = app.t();
    let rtl = t.direction() == Direction::RightToLeft && app.display.bidi == Bidi::App;
    let above = mirrored(
        app,
        Line::raw(format!(" {} ", crate::t!(t, "menu-more-above"))),
    );
    let below = mirrored(
        app,
        Line::raw(format!(" {} ", crate::t!(t, "menu-more-below"))),
    );
    more_hints_worded((above, below), rtl, scroll, max, area, buf, palette);
}

/// [`more_hints`] with the words given; `mirrored` swaps their sides (the one above goes to the
/// left, the one below to the right) for a right-to-left page.
fn more_hints_worded(
    (above, below): (Line<'static>, Line<'static>),
    mirrored: bool,
    scroll: u16,
    max: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let screen = buf.area;
    let mut hint = |line: Line<'static>, y: u16, right: bool| {
        let line = line.style(palette.key());
        let width = u16::try_from(line_cells(&line))
            .unwrap_or(0)
            .min(area.width);
        let x = if right {
            area.right().saturating_sub(width + 1)
        } else {
            area.x + 1
        };
        cells::set_line(buf, x, y, &line, width);
    };
    if scroll > 0 && area.y > screen.y {
        hint(above, area.y - 1, !mirrored);
    }
    if scroll < max && area.bottom() < screen.bottom() {
        hint(below, area.bottom(), mirrored);
    }
}

/// Percent with no decimals, or a dash when undefined.
fn percent(rate: Option<f64>) -> String {
    rate.map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
}

#[cfg(test)]
mod draw_lines_tests {
    use super::*;
    use ratatui::style::{Color, Style};
    use ratatui::text::Span;

    fn drawn(lines: Vec<Line<'static>>, paragraph: bool, width: u16) -> Buffer {
        let area = Rect::new(0, 0, width, 3);
        let mut buf = Buffer::empty(area);
        if paragraph {
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(area, &mut buf);
        } else {
            draw_lines(lines, area, &mut buf);
        }
        buf
    }

    #[test]
    fn lines_that_fit_are_drawn_cell_for_cell_as_a_paragraph_would_and_others_wrap() {
        let styled = || {
            vec![
                Line::from(vec![
                    Span::styled("  Playing as ", Style::default().fg(Color::DarkGray)),
                    Span::styled("Zoë", Style::default().fg(Color::Cyan)),
                ]),
                Line::styled("  a whole line", Style::default().fg(Color::Red)),
            ]
        };
        assert_eq!(drawn(styled(), false, 20), drawn(styled(), true, 20));
        let long = || vec![Line::raw("one two three four"), Line::raw("next")];
        let buf = drawn(long(), false, 12);
        assert_eq!(buf, drawn(long(), true, 12));
        assert_eq!(
            buf[(0, 1)].symbol(),
            "t",
            "the long line wrapped onto the second row"
        );
    }
}
