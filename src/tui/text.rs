//! Turning a field's text into lines, with evidence highlighted where it stands.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::palette::Palette;
use crate::content::FieldPath;
use crate::inert::inert;

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
    let mut lines = vec![Line::default()];
    let push = |piece: &str, style: Style, lines: &mut Vec<Line<'static>>| {
        for (i, part) in piece.split('\n').enumerate() {
            if i > 0 {
                lines.push(Line::default());
            }
            if !part.is_empty()
                && let Some(line) = lines.last_mut()
            {
                line.spans.push(Span::styled(part.to_string(), style));
            }
        }
    };
    let mut at_byte = 0;
    for (start, end, mark) in ranges {
        if start < at_byte {
            continue; // overlapping marks: the first one wins
        }
        push(&text[at_byte..start], base, &mut lines);
        let style = if mark.is_flag {
            view.palette.flag()
        } else {
            view.palette.sign()
        };
        push(&text[start..end], style, &mut lines);
        push(&format!("[{}]", mark.number), style, &mut lines);
        at_byte = end;
    }
    push(&text[at_byte..], base, &mut lines);
    if let Some(spot) = view.spot {
        mark_spot(&mut lines, at, spot, view.palette);
    }
    lines
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

/// Underlines the field under the cursor (with a pointer) and tags marked fields with ⚑?.
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
            first.spans.insert(0, Span::styled("▸", palette.key()));
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

/// The hint shown in place of a hidden detail before inspecting.
pub fn hidden_hint(view: &View<'_>, what: &str) -> Span<'static> {
    Span::styled(format!("‹{what}: press i to inspect›"), view.palette.dim())
}

/// Word-wraps a styled line to `width` columns, putting `first` before the first piece and
/// `rest` before the others (for bubbles and hanging indents).
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
            let w = UnicodeWidthStr::width(word);
            if used + w.saturating_sub(1) > limit && used > 0 {
                out.push(Line::from(vec![rest.clone()]));
                used = 0;
                limit = room(&rest);
            }
            if let Some(current) = out.last_mut() {
                current
                    .spans
                    .push(Span::styled(word.to_string(), span.style));
            }
            used += w;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FieldKind;

    fn view(marks: &[Mark]) -> View<'_> {
        View {
            inspected: false,
            marks,
            palette: Palette { color: true },
            width: 80,
            spot: None,
        }
    }

    #[test]
    fn marks_are_highlighted_and_numbered_across_lines() {
        let marks = vec![Mark {
            number: 2,
            at: FieldKind::Body.into(),
            text: "24\nhours".into(),
            is_flag: true,
        }];
        let lines = field_lines(
            "within 24\nhours now",
            FieldKind::Body,
            Style::new(),
            &view(&marks),
        );
        assert_eq!(lines.len(), 2);
        let flag = Palette { color: true }.flag();
        assert_eq!(lines[0].spans[1].content, "24");
        assert_eq!(lines[0].spans[1].style, flag);
        assert_eq!(lines[1].spans[0].content, "hours");
        assert_eq!(lines[1].spans[1].content, "[2]");
        assert_eq!(lines[1].spans[2].content, " now");
        assert_eq!(lines[1].spans[2].style, Style::new());
    }

    #[test]
    fn marks_for_other_fields_are_ignored_and_text_is_inert() {
        let marks = vec![Mark {
            number: 1,
            at: FieldKind::From.into(),
            text: "x".into(),
            is_flag: false,
        }];
        let lines = field_lines("x\u{1b}[2J", FieldKind::Body, Style::new(), &view(&marks));
        let all: String = lines[0].spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(all, "x^[[2J");
    }

    #[test]
    fn an_inline_field_keeps_every_line_and_its_marks() {
        let marks = vec![Mark {
            number: 1,
            at: FieldKind::Sender.into(),
            text: "Bank".into(),
            is_flag: true,
        }];
        let strong = Palette { color: true }.strong();
        let spans = inline_field(
            "Your\nBank\nSupport",
            FieldKind::Sender,
            strong,
            &view(&marks),
        );
        let all: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(all, "Your Bank[1] Support");
        let support = spans.last().expect("the last line");
        assert_eq!(
            (support.content.as_ref(), support.style),
            ("Support", strong)
        );
        let flag = Palette { color: true }.flag();
        assert!(spans.iter().any(|s| s.content == "Bank" && s.style == flag));
    }

    #[test]
    fn spot_mode_points_at_the_cursor_and_tags_marked_fields() {
        let marked = [FieldPath::nth(FieldKind::Link, 0)];
        let mut v = view(&[]);
        v.spot = Some(Spot {
            cursor: Some(FieldKind::Body.into()),
            marked: &marked,
        });
        let body: String = inline_field("hi", FieldKind::Body, Style::new(), &v)
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(body, "▸hi");
        let link = inline_field("x", FieldPath::nth(FieldKind::Link, 0), Style::new(), &v);
        let link: String = link.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(link, "x ⚑?");
        let other = inline_field("x", FieldPath::nth(FieldKind::Link, 1), Style::new(), &v);
        assert_eq!(
            other.len(),
            1,
            "the second link is neither under the cursor nor marked"
        );
    }

    #[test]
    fn wrapping_keeps_styles_and_prefixes() {
        let flag = Palette { color: true }.flag();
        let line = Line::from(vec![
            Span::raw("one two three "),
            Span::styled("four five", flag),
        ]);
        let lines = wrap(line, 12, Span::raw("│ "), Span::raw("│ "));
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        assert_eq!(texts, vec!["│ one two ", "│ three four ", "│ five"]);
        assert_eq!(lines[2].spans[1].style, flag);
    }
}
