//! Right-to-left text drawn right in the TUI: lines holding Arabic (or any right-to-left script)
//! are wrapped here, then each displayed line is put in visual order and right-aligned when its
//! paragraph runs right to left (`crate::bidi` does the ordering). Lines without right-to-left
//! letters are returned untouched, so English screens draw exactly as before.
//!
//! Every screen fits its lines to the width through `text::fit`, which passes them through
//! [`visual_lines`] with the display setting of the frame being drawn ([`drawing_with`]): the
//! setting is per thread because each terminal (the game's own, or one SSH session) draws its
//! frames on its own thread, and threading it through every screen helper would touch them all.

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use std::cell::Cell;

use super::App;
use crate::bidi::{self, Direction};
use crate::settings::{Bidi, Display};

thread_local! {
    /// How the frame being drawn on this thread shows right-to-left text.
    static DRAWING: Cell<Display> = Cell::new(Display::default());
}

/// Sets how right-to-left text is drawn for the frames this thread draws from now on.
pub fn drawing_with(display: Display) {
    DRAWING.with(|d| d.set(display));
}

/// The lines in visual order under the current frame's display setting.
pub fn visual(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    visual_lines(lines, width, DRAWING.with(Cell::get))
}

/// One displayed line (already wrapped) in visual order for a paragraph running in
/// `direction`, under the current frame's display setting: reordered only when redflag orders
/// text (with `--bidi terminal` it stays in reading order for the terminal to order). Its
/// alignment is the caller's: a line placed on a side of its own (a chat bubble).
pub fn in_order(line: Line<'static>, direction: Direction) -> Line<'static> {
    let alignment = line.alignment;
    let mut line = visual_line(line, direction, DRAWING.with(Cell::get));
    line.alignment = alignment;
    line
}

/// A line placed on a side of its own (centred, say) in visual order for its own direction
/// (from its first letter with one; `neutral` when it has none), keeping its side.
pub fn in_own_order(line: Line<'static>, neutral: Direction) -> Line<'static> {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if !bidi::has_rtl(&text) {
        return line;
    }
    in_order(line, bidi::direction(&text, neutral))
}

/// One displayed row of a paragraph running in `direction`, under the current frame's display
/// setting: as [`visual_line`] puts it (in visual order and on the paragraph's side when
/// redflag orders text; in reading order for the terminal otherwise).
pub fn in_paragraph(line: Line<'static>, direction: Direction) -> Line<'static> {
    visual_line(line, direction, DRAWING.with(Cell::get))
}

/// A line of the interface itself (a header, the verdict buttons, the key line, a title) in
/// the language's `direction`, whatever letter it starts with. In a right-to-left language it
/// is put on the right (that is the layout, whoever orders the text) and, when redflag orders
/// text, in visual order, so that its first word or key is at the right; a line with a side of
/// its own keeps it. In a left-to-right language the line is returned untouched.
pub fn interface_line(line: Line<'static>, direction: Direction) -> Line<'static> {
    if direction == Direction::LeftToRight {
        return line;
    }
    let side = line.alignment.unwrap_or(Alignment::Right);
    let mut line = in_order(line, direction);
    line.alignment = Some(side);
    line
}

impl App {
    /// Draws right-to-left text as `display` says (redflag orders it, or the terminal does).
    pub fn with_display(mut self, display: Display) -> Self {
        self.display = display;
        self
    }
}

/// Lines as a screen builds them (one per paragraph, in reading order), as the terminal should
/// draw them in `width` columns: each line with right-to-left text wrapped, put in visual order
/// and aligned to its paragraph's side. With `--bidi terminal` they stay in reading order (the
/// terminal orders them), only shaped if asked.
pub fn visual_lines(lines: Vec<Line<'static>>, width: u16, display: Display) -> Vec<Line<'static>> {
    if display.bidi == Bidi::Terminal && !display.shape {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        // A line with an alignment is already in screen order (or was placed on purpose):
        // ordering it twice would turn it back.
        if !bidi::has_rtl(&text) || line.alignment.is_some() {
            out.push(line);
            continue;
        }
        let direction = bidi::direction(&text, Direction::LeftToRight);
        if display.bidi == Bidi::Terminal {
            out.push(visual_line(line, direction, display));
            continue;
        }
        out.extend(
            wrap(line, usize::from(width))
                .into_iter()
                .map(|piece| visual_line(piece, direction, display)),
        );
    }
    out
}

/// One displayed line (already wrapped) in the order and alignment to draw it, for a paragraph
/// running in `direction`: spans reordered with their styles, shaped if asked, right-aligned
/// when the paragraph runs right to left and the line has no alignment of its own.
pub fn visual_line(line: Line<'static>, direction: Direction, display: Display) -> Line<'static> {
    let Line {
        style,
        alignment,
        spans,
    } = line;
    let mut pieces: Vec<(String, Style)> = spans
        .into_iter()
        .map(|span| (span.content.into_owned(), span.style))
        .collect();
    if display.shape {
        pieces = bidi::shape(pieces);
    }
    let mut alignment = alignment;
    if display.bidi == Bidi::App {
        pieces = bidi::reorder(pieces, direction);
        if alignment.is_none() {
            alignment = Some(match direction {
                Direction::RightToLeft => Alignment::Right,
                Direction::LeftToRight => Alignment::Left,
            });
        }
    }
    Line {
        style,
        alignment,
        spans: split_ligatures(pieces)
            .into_iter()
            .map(|(text, style)| Span::styled(text, style))
            .collect(),
    }
}

/// The pieces cut wherever `unicode-width` would count two letters as one column (lam then
/// alef, the ligature a shaping renderer draws; reversing a word can make that pair): a
/// terminal draws them in two cells, and ratatui places each span by its width, so a piece
/// counted one short would be drawn over by the next one, or cut at a right-aligned line's end.
fn split_ligatures(pieces: Vec<(String, Style)>) -> Vec<(String, Style)> {
    let mut out = Vec::with_capacity(pieces.len());
    for (text, style) in pieces {
        if !bidi::has_rtl(&text) {
            out.push((text, style));
            continue;
        }
        let mut start = 0;
        // Where the last letter with a width starts, and that letter: a pair is that letter,
        // any marks, a letter.
        let mut last = None;
        for (i, c) in text.char_indices() {
            let wide = char_cells(c) > 0;
            if let Some((from, first)) = last
                && wide
                && one_column_short(&text[from..i + c.len_utf8()], first, c)
            {
                out.push((text[start..i].to_string(), style));
                start = i;
            }
            if wide {
                last = Some((i, c));
            }
        }
        out.push((text[start..].to_string(), style));
    }
    out
}

/// Whether `unicode-width` counts `pair` (the letter `first`, any marks, the letter `last`) one
/// column short of the cells a terminal gives it. Two ASCII or Arabic letters side by side
/// (nearly every pair on an Arabic screen) are asked without the tables: of them, only lam then
/// an alef is such a pair.
fn one_column_short(pair: &str, first: char, last: char) -> bool {
    if pair.len() == first.len_utf8() + last.len_utf8()
        && bidi::plain_cell(first)
        && bidi::plain_cell(last)
    {
        return first == 'ل' && matches!(last, 'آ' | 'أ' | 'إ' | 'ا');
    }
    UnicodeWidthStr::width(pair) < cells(pair)
}

/// Word-wraps a line to `width` columns in reading order: breaks after spaces, cuts a word wider
/// than a whole line, drops the spaces at each break, and keeps styles, the line's style and
/// its alignment on every piece.
fn wrap(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for span in &line.spans {
        for word in span.content.split_inclusive(' ') {
            let core = cells(word.trim_end_matches(' '));
            if used > 0 && used + core > width {
                lines.push(Vec::new());
                used = 0;
            }
            if used == 0 && lines.len() > 1 && core == 0 {
                continue; // spaces at the start of a continued line
            }
            if used + core <= width {
                push(&mut lines, word.to_string(), span.style);
                used += cells(word);
                continue;
            }
            // A word wider than a whole line: cut where the line is full.
            let mut part = String::new();
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > width && used > 0 && c != ' ' {
                    push(&mut lines, std::mem::take(&mut part), span.style);
                    lines.push(Vec::new());
                    used = 0;
                }
                part.push(c);
                used += w;
            }
            push(&mut lines, part, span.style);
        }
    }
    lines
        .into_iter()
        .map(|mut spans| {
            trim_end(&mut spans);
            Line {
                style: line.style,
                alignment: line.alignment,
                spans,
            }
        })
        .collect()
}

/// The cells a terminal gives the text, a character at a time: `unicode-width` counts lam
/// followed by alef as one column (the ligature a shaping renderer draws), but a terminal draws
/// them in two cells, and once the line is reversed they are no longer that pair.
pub fn cells(text: &str) -> usize {
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        return text.len();
    }
    text.chars().map(char_cells).sum()
}

/// The cells a terminal gives one character (an Arabic letter one, without the table's look-up).
fn char_cells(c: char) -> usize {
    if bidi::plain_cell(c) {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// [`cells`] of a whole line.
pub fn line_cells(line: &Line<'_>) -> usize {
    line.spans.iter().map(|span| cells(&span.content)).sum()
}

fn push(lines: &mut [Vec<Span<'static>>], text: String, style: Style) {
    if let Some(current) = lines.last_mut()
        && !text.is_empty()
    {
        current.push(Span::styled(text, style));
    }
}

/// Drops the spaces at the end of a displayed line (they would push right-aligned text left).
fn trim_end(spans: &mut Vec<Span<'static>>) {
    while let Some(last) = spans.last_mut() {
        let trimmed = last.content.trim_end_matches(' ');
        if trimmed.is_empty() {
            spans.pop();
            continue;
        }
        if trimmed.len() != last.content.len() {
            last.content = trimmed.to_string().into();
        }
        break;
    }
}

#[cfg(test)]
mod tests;
