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

use crate::bidi::{ARABIC_MARKS, plain_cell};

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
            // The row's cells from (x, y) on, in order: found once rather than for each cell.
            let row = if room > 0 {
                let first = buf.index_of(x, y);
                &mut buf.content[first..first + usize::from(room)]
            } else {
                &mut []
            };
            let mut at = 0;
            // The cluster being drawn: where it starts in `text`, and its cell in `row`.
            let mut open: Option<(usize, usize)> = None;
            for (i, c) in text.char_indices() {
                if mark(c) {
                    continue;
                }
                if let Some((from, cell)) = open.take() {
                    row[cell].set_symbol(&text[from..i]).set_style(style);
                }
                if room == 0 {
                    break;
                }
                room -= 1;
                open = Some((i, at));
                at += 1;
            }
            if let Some((from, cell)) = open {
                row[cell].set_symbol(&text[from..]).set_style(style);
            }
            x + u16::try_from(at).unwrap_or(u16::MAX)
        } else {
            buf.set_stringn(x, y, text, usize::from(remaining), style).0
        };
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    (x, y)
}

/// A character that begins a cluster one cell wide: printable ASCII, an Arabic letter, or one of
/// [`ONE_CELL`].
fn base(c: char) -> bool {
    plain_cell(c) || (c > '\u{7F}' && ONE_CELL.iter().any(|range| range.contains(&c)))
}

/// Other characters the screens are written with (Latin letters with accents, Arabic digits
/// and punctuation, dashes, quotes, arrows, the pointer and the flag), each a cluster one cell
/// wide that nothing before it joins: a span with one of them need not go to ratatui. A
/// character that can begin an emoji sequence is no exception: the selector or joiner after it
/// is in no list, so such a span still goes to ratatui. A test holds each of them to ratatui's
/// drawing.
const ONE_CELL: [std::ops::RangeInclusive<char>; 10] = [
    '\u{A1}'..='\u{AC}',
    '\u{AE}'..='\u{2FF}',
    '\u{60C}'..='\u{60C}',
    '\u{61B}'..='\u{61B}',
    '\u{61F}'..='\u{61F}',
    '\u{660}'..='\u{66F}',
    '\u{2010}'..='\u{2027}',
    '\u{2190}'..='\u{21FF}',
    '\u{25A0}'..='\u{25FC}',
    '\u{2691}'..='\u{2691}',
];

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
    use crate::bidi::ARABIC_LETTERS;

    #[test]
    fn every_character_drawn_without_ratatui_is_drawn_as_ratatui_draws_it() {
        let plain = ('\u{20}'..'\u{7F}').chain(ARABIC_LETTERS);
        for c in plain.chain(ONE_CELL.iter().flat_map(|r| r.clone())) {
            assert!(base(c), "{c:?}");
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}\u{64E}"),
                format!("ب{c}ب"),
                format!("{c}{c}{c}"),
            ] {
                let line = Line::from(text.clone());
                let area = Rect::new(0, 0, 8, 1);
                let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
                let end = set_line(&mut ours, 1, 0, &line, 6);
                assert_eq!(end, theirs.set_line(1, 0, &line, 6), "{text:?}");
                assert_eq!(ours, theirs, "{text:?}");
            }
        }
    }

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
