//! Drawing: `impl Widget for &App`, one helper per screen and region, no side effects
//! (apart from noting how far the visible page can scroll).

mod briefing;
mod confirm;
mod feedback;
mod menu;
mod overlay;
mod path;
mod question;
mod stats;
mod summary;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Screen};
use super::palette::Palette;

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let palette = Palette {
            color: self.settings.color,
        };
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = format!(
                "redflag needs a terminal of at least {MIN_WIDTH}x{MIN_HEIGHT}; this one is {}x{}. Enlarge it, or press q to quit.",
                area.width, area.height
            );
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
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
                    .map(|m| crate::strings::role(&m.world, false));
                menu::render_name(input, error.as_deref(), role, body, buf, palette)
            }
            Screen::Menu { selected } => menu::render(self, *selected, body, buf, palette),
            Screen::Briefing { scroll, .. } => briefing::render(self, *scroll, body, buf, palette),
            Screen::Stats { scroll } => stats::render(self, *scroll, body, buf, palette),
            Screen::Question(play) => question::render_question(self, play, body, buf, palette),
            Screen::Feedback { play, outcome } => {
                feedback::render_feedback(self, play, outcome, body, buf, palette)
            }
            Screen::Summary {
                done,
                scroll,
                selected,
            } => summary::render(self, done, *scroll, *selected, body, buf, palette),
            Screen::Missed {
                done,
                index,
                scroll,
            } => summary::render_missed(self, done, *index, *scroll, body, buf, palette),
            Screen::Path { selected } => path::render(self, *selected, body, buf, palette),
            Screen::Certificate { scroll } => {
                path::render_certificate(self, *scroll, body, buf, palette)
            }
        };
        render_keys(keys, footer, buf, palette);
        match self.overlay {
            Some(Overlay::Help) => overlay::help(area, buf, palette),
            Some(Overlay::ConfirmQuit) => confirm::quit(self, area, buf, palette),
            Some(Overlay::ConfirmNewRound(_)) => confirm::new_round(self, area, buf, palette),
            Some(Overlay::ConfirmDailyAgain) => confirm::daily_again(self, area, buf, palette),
            Some(Overlay::ConfirmReplay(index)) => confirm::replay(self, index, area, buf, palette),
            None => {}
        }
    }
}

/// The footer: each key in key style, then what it does.
fn render_keys(keys: &[(&str, &str)], area: Rect, buf: &mut Buffer, palette: Palette) {
    let mut line = Line::default();
    for (i, (key, what)) in keys.iter().enumerate() {
        if i > 0 {
            line.spans.push(Span::styled(" · ", palette.dim()));
        }
        line.spans
            .push(Span::styled(key.to_string(), palette.key()));
        line.spans.push(Span::raw(format!(" {what}")));
    }
    line.render(area, buf);
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

/// A paragraph that word-wraps only when a line is wider than `width`: a line that fits shows the
/// same either way, and ratatui's word wrapper is the costliest part of drawing a page of text.
fn wrapped(lines: Vec<Line<'_>>, width: u16) -> Paragraph<'_> {
    let fits = lines.iter().all(|l| l.width() <= usize::from(width));
    let paragraph = Paragraph::new(lines);
    if fits {
        paragraph
    } else {
        paragraph.wrap(Wrap { trim: false })
    }
}

/// Draws lines from the top of `area`: each on its own row when all fit its width (straight into
/// the buffer, as a paragraph would draw them but without its line composer, which cost some
/// 0.1 ms of the menu on the first frame), otherwise as a word-wrapped paragraph.
fn draw_lines(lines: Vec<Line<'_>>, area: Rect, buf: &mut Buffer) {
    if lines.iter().all(|l| l.width() <= usize::from(area.width)) {
        for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
            buf.set_line(area.x, y, line, area.width);
        }
    } else {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    }
}

/// A scrolling page of lines; notes the furthest scroll so that keys stop there.
fn render_scrolling(
    app: &App,
    lines: Vec<Line<'static>>,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let paragraph = wrapped(lines, area.width);
    let total = u16::try_from(paragraph.line_count(area.width)).unwrap_or(u16::MAX);
    let max = total.saturating_sub(area.height);
    app.max_scroll.set(max);
    let scroll = scroll.min(max);
    paragraph.scroll((scroll, 0)).render(area, buf);
    // The hint sits on the frame's bottom border, so it never covers content.
    if scroll < max && area.bottom() < buf.area.bottom() {
        let more = Line::styled(" ↓ more ", palette.key());
        let width = u16::try_from(more.width()).unwrap_or(0).min(area.width);
        more.render(Rect::new(area.x + 1, area.bottom(), width, 1), buf);
    }
}

/// Percent with no decimals, or a dash when undefined.
fn percent(rate: Option<f64>) -> String {
    rate.map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(paragraph: Paragraph<'_>, width: u16) -> Buffer {
        let area = Rect::new(0, 0, width, 3);
        let mut buf = Buffer::empty(area);
        paragraph.render(area, &mut buf);
        buf
    }

    #[test]
    fn a_paragraph_wraps_only_when_a_line_is_too_wide_and_shows_the_same_either_way() {
        let word_wrapped = |lines: Vec<Line<'static>>, width| {
            drawn(Paragraph::new(lines).wrap(Wrap { trim: false }), width)
        };
        let short = || vec![Line::raw("  short line"), Line::raw("a b c")];
        assert_eq!(drawn(wrapped(short(), 12), 12), word_wrapped(short(), 12));
        let long = || vec![Line::raw("one two three four"), Line::raw("next")];
        let buf = drawn(wrapped(long(), 12), 12);
        assert_eq!(buf, word_wrapped(long(), 12));
        let row = |y: u16| -> String { (0..12).map(|x| buf[(x, y)].symbol()).collect() };
        assert_eq!(
            [row(0), row(1), row(2)],
            ["one two     ", "three four  ", "next        "]
        );
    }
}

#[cfg(test)]
mod draw_lines_tests {
    use super::*;
    use ratatui::style::{Color, Style};

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
