//! Turning a field's text into lines, with evidence highlighted where it stands.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::palette::Palette;
use crate::bidi::{self, Direction};
use crate::content::FieldPath;
use crate::i18n::Catalog;
use crate::inert::inert;

mod flow;
pub use flow::{fit, reflow, wrap};

/// One numbered piece of evidence to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub number: usize,
    pub at: FieldPath,
    pub text: String,
    pub is_flag: bool,
}

/// How a scenario is being shown: while answering (maybe inspected) or in feedback (marked).
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub inspected: bool,
    pub marks: &'a [Mark],
    pub palette: Palette,
    /// Columns available, for renderers that wrap text themselves (chat bubbles).
    pub width: u16,
    /// Spot mode: the field under the cursor and the fields marked.
    pub spot: Option<Spot<'a>>,
}

/// What spot mode draws over the fields.
#[derive(Debug, Clone, Copy)]
pub struct Spot<'a> {
    pub cursor: Option<FieldPath>,
    pub marked: &'a [FieldPath],
}

impl View<'_> {
    /// Whether hidden details (addresses, link targets) are shown.
    pub fn reveals(&self) -> bool {
        self.inspected || !self.marks.is_empty()
    }
}

/// The field's text as lines in `base` style, with every mark at `at` highlighted and numbered.
/// A mark's number goes after the whole word it ends in (never inside a web address), and lines
/// broken only to keep the source narrow are joined back into their paragraph.
pub fn field_lines(
    text: &str,
    at: impl Into<FieldPath>,
    base: Style,
    view: &View<'_>,
) -> Vec<Line<'static>> {
    let at = at.into();
    let text = inert(text);
    let mut ranges: Vec<(usize, usize, &Mark)> = view
        .marks
        .iter()
        .filter(|m| m.at == at && !m.text.is_empty())
        .filter_map(|m| {
            let start = text.find(&*inert(&m.text))?;
            Some((start, start + inert(&m.text).len(), m))
        })
        .collect();
    ranges.sort_by_key(|r| r.0);
    // Found before joining lines: joining swaps a newline for a space, so every offset holds.
    let text = reflow(&text);
    let style_of = |mark: &Mark| {
        if mark.is_flag {
            view.palette.flag()
        } else {
            view.palette.sign()
        }
    };
    let mut out = Pieces {
        lines: vec![Line::default()],
        text: &text,
        at: 0,
    };
    // Numbers wait for the end of the word their mark ends in.
    let mut numbers: Vec<(usize, Span<'static>)> = Vec::new();
    for (start, end, mark) in ranges {
        if start < out.at {
            continue; // overlapping marks: the first one wins
        }
        out.upto(start, &mut numbers, base);
        out.styled(end, style_of(mark));
        let number = Span::styled(format!("[{}]", mark.number), style_of(mark));
        numbers.push((word_end(&text, end), number));
    }
    out.upto(text.len(), &mut numbers, base);
    let mut lines = out.lines;
    if let Some(spot) = view.spot {
        mark_spot(&mut lines, at, spot, view.palette);
    }
    lines
}

/// A field's text being cut into styled spans, line by line.
struct Pieces<'t> {
    lines: Vec<Line<'static>>,
    text: &'t str,
    /// How much of `text` is in `lines` so far.
    at: usize,
}

impl Pieces<'_> {
    /// Adds the text up to `to` in `style`, starting a new line at each newline.
    fn styled(&mut self, to: usize, style: Style) {
        for (i, part) in self.text[self.at..to].split('\n').enumerate() {
            if i > 0 {
                self.lines.push(Line::default());
            }
            if !part.is_empty()
                && let Some(line) = self.lines.last_mut()
            {
                line.spans.push(Span::styled(part.to_string(), style));
            }
        }
        self.at = to;
    }

    /// Adds the text up to `to` in `base`, with each waiting number that falls on the way.
    fn upto(&mut self, to: usize, numbers: &mut Vec<(usize, Span<'static>)>, base: Style) {
        for (after, number) in std::mem::take(numbers) {
            if after > to {
                numbers.push((after, number));
                continue;
            }
            self.styled(after.max(self.at), base);
            if let Some(line) = self.lines.last_mut() {
                line.spans.push(number);
            }
        }
        self.styled(to, base);
    }
}

/// Where the word that `from` is in ends: at the next space or line end, before any closing
/// punctuation, so a number lands after a whole address and before a full stop.
fn word_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let trimmed = rest[..word].trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '"'
                | '\''
                | '»'
                | '،'
                | '؛'
                | '؟'
                | '”'
                | '’'
                | '>'
        )
    });
    from + trimmed.len()
}

/// A field set inside a line of other text (a sender after "Text message from "), as spans.
/// A field written on several lines keeps every line, joined by spaces.
pub fn inline_field(
    text: &str,
    at: impl Into<FieldPath>,
    base: Style,
    view: &View<'_>,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (i, line) in field_lines(text, at, base, view).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" ", base));
        }
        spans.extend(line.spans);
    }
    spans
}

/// Underlines the field under the cursor (with a pointer) and tags marked fields with ⚑?. The
/// pointer goes before the field's first word and points at it: from the right in a field that
/// reads right to left.
fn mark_spot(lines: &mut [Line<'static>], at: FieldPath, spot: Spot<'_>, palette: Palette) {
    if spot.cursor == Some(at) {
        for line in lines.iter_mut() {
            for span in &mut line.spans {
                span.style = span
                    .style
                    .add_modifier(ratatui::style::Modifier::UNDERLINED);
            }
        }
        if let Some(first) = lines.first_mut() {
            let text: String = first.spans.iter().map(|s| s.content.as_ref()).collect();
            let pointer = match bidi::direction(&text, Direction::LeftToRight) {
                Direction::LeftToRight => "▸",
                Direction::RightToLeft => "◂",
            };
            first.spans.insert(0, Span::styled(pointer, palette.key()));
        }
    }
    if spot.marked.contains(&at)
        && let Some(last) = lines.last_mut()
    {
        last.spans.push(Span::styled(" ⚑?", palette.key()));
    }
}

/// A single-line field prefixed by a label, e.g. `From:    AdHarbor Billing`.
pub fn labelled(
    label: &str,
    text: &str,
    at: impl Into<FieldPath>,
    view: &View<'_>,
) -> Vec<Line<'static>> {
    let mut lines = field_lines(text, at, Style::new(), view);
    if let Some(first) = lines.first_mut() {
        first.spans.insert(
            0,
            Span::styled(format!("{label:<9} "), view.palette.label()),
        );
    }
    for line in lines.iter_mut().skip(1) {
        line.spans.insert(0, Span::raw(" ".repeat(10)));
    }
    lines
}

/// The hint shown in place of a hidden detail before inspecting; `what` is already worded
/// (one of the `round-hidden-*` messages).
pub fn hidden_hint(t: &Catalog, view: &View<'_>, what: &str) -> Span<'static> {
    Span::styled(
        crate::t!(t, "round-hidden", what = what),
        view.palette.dim(),
    )
}

#[cfg(test)]
mod tests;
