//! How text flows on screen: paragraphs joined where the source only broke a long line, and lines
//! wrapped with their continuations under their own indent.

use std::borrow::Cow;

use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Lines at least this wide that run on into the next line were broken to keep the source narrow.
const HARD_WRAP: usize = 60;

/// The text with each newline that only keeps the source narrow turned into a space: one ending
/// a long line inside a paragraph. Blank lines, list items, indented lines, "Label: value" lines,
/// lead-ins ending in a colon and short lines (greetings, signatures) keep their breaks. Byte
/// offsets do not change.
pub fn reflow(text: &str) -> Cow<'_, str> {
    if !text.contains('\n') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let joins: Vec<bool> = lines
        .windows(2)
        .map(|pair| runs_on(pair[0], pair[1]))
        .collect();
    if !joins.contains(&true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push(if joins[i - 1] { ' ' } else { '\n' });
        }
        out.push_str(line);
    }
    Cow::Owned(out)
}

/// Whether `line` runs on into `next` as one paragraph.
fn runs_on(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    UnicodeWidthStr::width(line) >= HARD_WRAP
        && !line.ends_with(':')
        && !next.trim().is_empty()
        && !next.starts_with(char::is_whitespace)
        && !next.trim_end().ends_with(':')
        && list_bullet(next).is_none()
        && !is_labelled(next)
}

/// The bullet a list item starts with: "- ", "• ", "* ", "– ", "1. ", "2) ".
fn list_bullet(line: &str) -> Option<&str> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        let rest = &line[digits..];
        return (rest.starts_with(". ") || rest.starts_with(") ")).then(|| &line[..digits + 2]);
    }
    ["- ", "• ", "* ", "– "]
        .into_iter()
        .find(|bullet| line.starts_with(bullet))
}

/// "Where: New York", "Approved by: Priya": a short capitalised label, a colon and a space.
fn is_labelled(line: &str) -> bool {
    let Some(colon) = line.find(": ") else {
        return false;
    };
    let label = &line[..colon];
    label.chars().count() <= 24
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// Word-wraps a styled line to `width` columns, putting `first` before the first piece and
/// `rest` before the others (for bubbles and hanging indents). A word wider than a whole row is
/// cut where the row ends, so no row is ever wider than `width`.
pub fn wrap(
    line: Line<'static>,
    width: usize,
    first: Span<'static>,
    rest: Span<'static>,
) -> Vec<Line<'static>> {
    let room = |prefix: &Span<'_>| width.saturating_sub(prefix.width()).max(8);
    let mut out = vec![Line::from(vec![first.clone()])];
    let mut used = 0;
    let mut limit = room(&first);
    for span in line.spans {
        for word in span.content.split_inclusive(' ') {
            let mut word = word;
            loop {
                // A word's trailing spaces may hang past the edge: they are trimmed.
                let fits = used + columns(word.trim_end_matches(' ')) <= limit;
                if !fits && used > 0 {
                    trim_row_end(out.last_mut());
                    out.push(Line::from(vec![rest.clone()]));
                    used = 0;
                    limit = room(&rest);
                    if word.trim().is_empty() {
                        break; // no row starts with the space between two words
                    }
                    continue;
                }
                let (piece, left) = if fits {
                    (word, "")
                } else {
                    word.split_at(split_at_width(word, limit))
                };
                if let Some(current) = out.last_mut() {
                    current
                        .spans
                        .push(Span::styled(piece.to_string(), span.style));
                }
                used += columns(piece);
                if left.is_empty() {
                    break;
                }
                word = left;
            }
        }
    }
    trim_row_end(out.last_mut());
    out
}

/// The columns a terminal gives the text: a character at a time when it holds right-to-left
/// letters (`unicode-width` counts lam followed by alef as one column, a terminal draws two
/// cells), else as `unicode-width` counts it.
fn columns(text: &str) -> usize {
    if crate::bidi::has_rtl(text) {
        text.chars().map(|c| c.width().unwrap_or(0)).sum()
    } else {
        UnicodeWidthStr::width(text)
    }
}

/// Drops the spaces a row ends with, so that it is no wider than the text it shows.
fn trim_row_end(row: Option<&mut Line<'static>>) {
    let Some(row) = row else {
        return;
    };
    while let Some(last) = row.spans.last() {
        let kept = last.content.trim_end_matches(' ').len();
        if kept == last.content.len() {
            return;
        }
        let count = row.spans.len();
        if kept == 0 && count > 1 {
            row.spans.pop();
        } else {
            let trimmed = last.content[..kept].to_string();
            row.spans[count - 1].content = trimmed.into();
            return;
        }
    }
}

/// The byte offset where `word` stops fitting in `columns` (at least one character, so that
/// every cut moves on).
fn split_at_width(word: &str, columns: usize) -> usize {
    let mut used = 0;
    for (i, c) in word.char_indices() {
        used += c.width().unwrap_or(0);
        if used > columns {
            return if i == 0 { c.len_utf8() } else { i };
        }
    }
    word.len()
}

/// Every line made to fit `width` columns: a wider one is word-wrapped with its continuation rows
/// under its own indent (see [`hang`]), keeping its style and alignment.
pub fn fit(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    // Lines with right-to-left text are wrapped and ordered for the screen first (they then fit);
    // others come back untouched.
    let lines = crate::tui::rtl::visual(lines, width);
    let width = usize::from(width);
    if lines.iter().all(|l| l.width() <= width) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 8);
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let (style, alignment) = (line.style, line.alignment);
        let indent = hang(&line).min(width / 2);
        let pieces = wrap(line, width, Span::raw(""), Span::raw(" ".repeat(indent)));
        out.extend(pieces.into_iter().map(|mut piece| {
            piece.style = style;
            piece.alignment = alignment;
            piece
        }));
    }
    out
}

/// How far a line's continuation rows are indented: past its leading spaces, then past a list
/// bullet ("- ", "1. ", "⚑ ", a check box "[x] ") or a short label ending in a colon
/// ("Subject:  ", "Link 1: ").
pub fn hang(line: &Line<'_>) -> usize {
    let mut indent = 0;
    for span in &line.spans {
        let text = span.content.as_ref();
        let body = text.trim_start_matches(' ');
        indent += text.len() - body.len();
        if body.is_empty() {
            continue;
        }
        if let Some(bullet) = list_bullet(body).or(["⚑ ", "✓ ", "✗ ", "! ", "[x] ", "[ ] "]
            .into_iter()
            .find(|b| body.starts_with(b)))
        {
            return indent + UnicodeWidthStr::width(bullet);
        }
        let label = body.trim_end_matches(' ');
        if label.ends_with(':') && UnicodeWidthStr::width(label) <= 16 {
            return indent + UnicodeWidthStr::width(body);
        }
        return indent;
    }
    indent
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::palette::Palette;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn wrapping_keeps_styles_and_prefixes() {
        let flag = Palette { color: true }.flag();
        let line = Line::from(vec![
            Span::raw("one two three "),
            Span::styled("four five", flag),
        ]);
        let lines = wrap(line, 12, Span::raw("│ "), Span::raw("│ "));
        assert_eq!(texts(&lines), vec!["│ one two", "│ three four", "│ five"]);
        assert_eq!(lines[2].spans[1].style, flag);
    }

    #[test]
    fn a_word_wider_than_the_row_is_cut_at_the_edge() {
        let url = "https://example.com/a/very/long/path";
        let lines = wrap(Line::raw(format!("go {url} now")), 12, "".into(), "".into());
        let rows = texts(&lines);
        assert!(
            rows.iter().all(|r| r.trim_end().chars().count() <= 12),
            "{rows:?}"
        );
        assert_eq!(rows.concat().replace(' ', ""), format!("go{url}now"));
    }

    #[test]
    fn wrapped_lines_keep_their_indent() {
        let label = Palette { color: true }.label();
        let subject = Line::from(vec![
            Span::styled("Subject:  ", label),
            Span::raw("one two three four five six"),
        ]);
        assert_eq!(hang(&subject), 10);
        assert_eq!(
            texts(&fit(vec![subject], 24)),
            vec!["Subject:  one two three", "          four five six"]
        );
        let item = Line::raw("  - a list item that wraps");
        assert_eq!(
            texts(&fit(vec![item], 16)),
            vec!["  - a list item", "    that wraps"]
        );
        let checkbox = Line::from(vec![
            Span::raw("[x] "),
            Span::raw("a box whose label wraps"),
        ]);
        assert_eq!(
            texts(&fit(vec![checkbox], 16)),
            vec!["[x] a box whose", "    label wraps"]
        );
        let plain = Line::raw("no indent at all here");
        assert_eq!(
            texts(&fit(vec![plain], 12)),
            vec!["no indent at", "all here"]
        );
    }

    #[test]
    fn lines_broken_inside_a_paragraph_are_joined_and_others_kept() {
        let long = "We could not charge the card ending 4417, so all campaigns were";
        let text = format!("Hi Sam,\n\n{long}\npaused today.\n- one\n- two\nThanks,\nMartin Hale");
        let flowed = reflow(&text);
        assert_eq!(flowed.len(), text.len(), "byte offsets hold");
        assert_eq!(
            flowed,
            format!("Hi Sam,\n\n{long} paused today.\n- one\n- two\nThanks,\nMartin Hale")
        );
        for kept in [
            format!("{long}\n- a list item"),
            format!("{long}\n  an indented line"),
            format!("{long}\nWhere: New York"),
            format!("{long}\nThis extension can:"),
            format!("{long}:\nthe next line"),
            format!("{long}\n\nA new paragraph"),
        ] {
            assert_eq!(reflow(&kept), kept.as_str());
        }
    }
}
