//! Lines into cells: ratatui's [`Buffer::set_line`], with the common text put in cells directly.
//!
//! ratatui cuts every span into grapheme clusters with `unicode-segmentation` and measures each
//! with `unicode-width`, a good part of the time to draw a screen. For printable ASCII and
//! Arabic letters with their marks the answer is known: each character with a width is a cluster
//! one cell wide, each mark belongs to the cluster before it, and a mark with none before it in
//! the span is a cluster of no width, which ratatui leaves out. Any other span goes to ratatui;
//! a test holds the two equal.

use ratatui::buffer::Buffer;
use ratatui::text::Line;

use crate::bidi::{ARABIC_LETTERS, ARABIC_MARKS};

/// Draws `line` from (x, y) in at most `max_width` cells, as [`Buffer::set_line`] does; returns
/// where it ended.
pub fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, max_width: u16) -> (u16, u16) {
    let mut remaining = max_width;
    let mut x = x;
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let text = span.content.as_ref();
        let end = if text.chars().all(|c| base(c) || mark(c)) {
            let mut room = buf.area.right().saturating_sub(x).min(remaining);
            let mut at = x;
            // The cluster being drawn: where it starts in `text`, and its cell.
            let mut open: Option<(usize, u16)> = None;
            for (i, c) in text.char_indices() {
                if mark(c) {
                    continue;
                }
                if let Some((from, cell)) = open.take() {
                    buf[(cell, y)].set_symbol(&text[from..i]).set_style(style);
                }
                if room == 0 {
                    break;
                }
                room -= 1;
                open = Some((i, at));
                at += 1;
            }
            if let Some((from, cell)) = open {
                buf[(cell, y)].set_symbol(&text[from..]).set_style(style);
            }
            at
        } else {
            buf.set_stringn(x, y, text, usize::from(remaining), style).0
        };
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    (x, y)
}

/// A character that begins a cluster one cell wide: printable ASCII or an Arabic letter.
fn base(c: char) -> bool {
    ('\u{20}'..'\u{7F}').contains(&c) || ARABIC_LETTERS.contains(&c)
}

/// An Arabic mark: part of the cluster before it, no width.
fn mark(c: char) -> bool {
    ARABIC_MARKS.contains(&c)
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::text::Span;

    use super::*;

    #[test]
    fn lines_are_drawn_as_ratatui_draws_them() {
        let red = Style::default().fg(Color::Red);
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let lines = [
            Line::from("Play a round · 288 scenarios"),
            Line::from(vec![Span::styled("مَرحبا ", red), Span::styled("بكُم", bold)]),
            Line::from(vec![Span::raw("\u{64E}بدء"), Span::raw(" نص \u{651}")]),
            Line::from(vec![
                Span::raw("emoji 😀 and 漢字"),
                Span::styled(" يلي", red),
            ]),
            Line::from("a line far too long for the room it is given, so it is cut"),
            Line::from("سطر طويل جدًّا لا يتسع له المكان فيُقطع عند آخر خانة منه هنا"),
            Line::from(vec![Span::raw(""), Span::raw("tab\there"), Span::raw("ok")]),
            Line::from("café, naïve").style(bold),
        ];
        for line in lines {
            for (x, max) in [(0, 40), (5, 40), (30, 12), (38, 40), (0, 0)] {
                let area = Rect::new(0, 0, 40, 1);
                let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
                let end = set_line(&mut ours, x, 0, &line, max);
                assert_eq!(end, theirs.set_line(x, 0, &line, max), "{line:?} {x} {max}");
                assert_eq!(ours, theirs, "{line:?} at {x}, {max} cells");
            }
        }
    }
}
