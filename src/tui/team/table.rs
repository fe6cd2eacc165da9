//! Table rows that keep their columns in either direction: each cell is cut to its width and put
//! in visual order on its own (an Arabic name in an English table, or the reverse), and a table
//! in a right-to-left language runs from the right. The row is then marked as placed, so that the
//! line-by-line bidi pass does not reorder it as one paragraph across its columns.

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::bidi::{self, Direction};
use crate::inert::inert;
use crate::settings::{Bidi, Display};
use crate::tui::rtl::cells;
use crate::tui::rtl::visual_line;

/// Text cut to `width` columns, ending in "…" when cut.
pub fn cut(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// One cell's text as the screen shows it: inert, cut, in visual order when redflag orders.
fn visual_cell(text: &str, width: usize, display: Display) -> String {
    let text = cut(&inert(text), width);
    // The terminal orders (and the line pass shapes) what it orders itself.
    if !bidi::has_rtl(&text) || display.bidi == Bidi::Terminal {
        return text;
    }
    let direction = bidi::direction(&text, Direction::LeftToRight);
    visual_line(Line::raw(text), direction, display)
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect()
}

/// A row of `texts` in columns of `widths` (the last may be 0: as wide as its text), for a table
/// `total` columns wide whose language runs in `direction`. A row running from the right is
/// padded on its left to `total` rather than aligned, since a line's own width undercounts
/// reversed Arabic (see [`cells`]).
pub fn row(
    texts: Vec<(String, Style)>,
    widths: &[usize],
    total: usize,
    direction: Direction,
    display: Display,
) -> Line<'static> {
    let from_right = direction == Direction::RightToLeft && display.bidi == Bidi::App;
    let mut used = widths.len().saturating_sub(1);
    let mut spans: Vec<Span<'static>> = texts
        .into_iter()
        .zip(widths)
        .map(|((text, style), &width)| {
            let width = if width == 0 { cells(&text) } else { width };
            used += width;
            let shown = visual_cell(&text, width, display);
            let pad = " ".repeat(width.saturating_sub(cells(&shown)));
            let padded = if from_right {
                format!("{pad}{shown}")
            } else {
                format!("{shown}{pad}")
            };
            Span::styled(padded, style)
        })
        .collect();
    if from_right {
        spans.reverse();
    }
    let mut joined = Vec::with_capacity(spans.len() * 2 + 1);
    if from_right {
        joined.push(Span::raw(" ".repeat(total.saturating_sub(used))));
    }
    for (i, span) in spans.into_iter().enumerate() {
        if i > 0 {
            joined.push(Span::raw(" "));
        }
        joined.push(span);
    }
    let line = Line::from(joined);
    match display.bidi {
        // The terminal orders the line itself.
        Bidi::Terminal => line,
        Bidi::App => line.alignment(Alignment::Left),
    }
}
