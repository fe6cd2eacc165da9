//! The menu side's screens as the player's language runs: in a right-to-left language each line
//! of the interface's own words is put in visual order and right-aligned, the key line starts at
//! the right, and a page's title sits at the right of its frame. Left-to-right languages draw
//! exactly as before.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use super::{draw_lines, framed};
use crate::bidi::Direction;
use crate::settings::Bidi;
use crate::tui::app::App;
use crate::tui::palette::Palette;
use crate::tui::text::wrap;

/// A key line: each key (as pressed, so in Latin letters) and what it does, in the player's
/// language.
pub type KeyLine = Vec<(&'static str, String)>;

/// A key line whose words are still fixed English, as the round's screens give theirs.
pub(super) fn as_worded(keys: &[(&'static str, &'static str)]) -> KeyLine {
    keys.iter()
        .map(|(key, what)| (*key, (*what).to_string()))
        .collect()
}

/// The footer: each key in key style, then what it does; in a right-to-left language the first
/// key is at the right end (see [`mirrored`]).
pub(super) fn key_line(
    app: &App,
    keys: &[(&str, String)],
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let mut line = Line::default();
    for (i, (key, what)) in keys.iter().enumerate() {
        if i > 0 {
            line.spans.push(Span::styled(" · ", palette.dim()));
        }
        line.spans
            .push(Span::styled(key.to_string(), palette.key()));
        line.spans.push(Span::raw(format!(" {what}")));
    }
    draw_lines(vec![mirrored(app, line)], area, buf);
}

/// One line of the interface's own words, laid out as the player's language runs: as it is in a
/// left-to-right language; in a right-to-left one put in visual order and right-aligned, its
/// first word at the right end. With `--bidi terminal` the line stays in reading order (the
/// terminal orders it). The language decides, not the line's first letter: a line that starts
/// with a key letter or a number still reads right to left in Arabic.
pub fn mirrored(app: &App, line: Line<'static>) -> Line<'static> {
    if app.t().direction() == Direction::LeftToRight {
        return line;
    }
    crate::tui::rtl::visual_line(line, Direction::RightToLeft, app.display)
}

/// [`mirrored`] for lines that may be wider than `width`: in a right-to-left language each is
/// wrapped first (its continuation rows under its own indent), then every row mirrored. Lines
/// left as they are (left-to-right, or `--bidi terminal`) are wrapped later, where they are
/// drawn.
pub fn mirrored_lines(app: &App, lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    if app.t().direction() == Direction::LeftToRight || app.display.bidi == Bidi::Terminal {
        return lines;
    }
    let width = usize::from(width);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if cells(&line) <= width {
            out.push(mirrored(app, line));
            continue;
        }
        let (style, alignment) = (line.style, line.alignment);
        let indent = leading_spaces(&line).min(width / 2);
        for mut piece in wrap(line, width, Span::raw(""), Span::raw(" ".repeat(indent))) {
            piece.style = style;
            piece.alignment = alignment;
            out.push(mirrored(app, piece));
        }
    }
    out
}

/// How many spaces a line starts with: its continuation rows go under them.
fn leading_spaces(line: &Line<'_>) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    text.len() - text.trim_start_matches(' ').len()
}

/// The cells a terminal gives a line, a character at a time: `Line::width` counts lam followed by
/// alef as one column (the ligature a shaping renderer draws), which reversed Arabic is full of,
/// but a terminal draws them in two cells.
pub(super) fn cells(line: &Line<'_>) -> usize {
    line.spans
        .iter()
        .flat_map(|span| span.content.chars())
        .map(|c| c.width().unwrap_or(0))
        .sum()
}

/// Pads `text` with spaces to `width` columns, as `{:<width$}` does for ASCII text, but counting
/// columns (a combining mark takes none).
pub(super) fn padded(text: &str, width: usize) -> String {
    let shown: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// [`framed`] with the title as the player's language runs: at the right of the top border in a
/// right-to-left language.
pub fn framed_in(app: &App, title: &str, area: Rect, buf: &mut Buffer, palette: Palette) -> Rect {
    if app.t().direction() == Direction::LeftToRight || app.display.bidi == Bidi::Terminal {
        return framed(title, area, buf, palette);
    }
    let inner = framed("", area, buf, palette);
    let title = mirrored(app, Line::styled(title.to_string(), palette.title()));
    // Placed by hand: the border's own right-aligned title counts lam-alef as one cell.
    let room = area.width.saturating_sub(2);
    let width = u16::try_from(cells(&title)).unwrap_or(room).min(room);
    buf.set_line(
        area.right().saturating_sub(width + 1),
        area.y,
        &title,
        width,
    );
    inner
}
