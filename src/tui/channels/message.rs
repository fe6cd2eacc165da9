use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{attachment_lines, link_lines, rule, verified};
use crate::bidi::{self, Direction};
use crate::content::channel::{Message, Speaker};
use crate::content::{FieldKind, FieldPath};
use crate::i18n::Catalog;
use crate::tui::rtl;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, wrap};

pub fn lines(t: &Catalog, m: &Message, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::default();
    header.spans.extend(inline_field(
        &m.platform,
        FieldKind::Platform,
        view.palette.dim(),
        view,
    ));
    header.spans.push(Span::styled(" · ", view.palette.dim()));
    header.spans.extend(inline_field(
        &m.from_name,
        FieldKind::FromName,
        view.palette.strong(),
        view,
    ));
    header.spans.push(verified(t, m.verified, view));
    header.spans.push(Span::raw("  "));
    if view.reveals() {
        header.spans.extend(inline_field(
            &m.handle,
            FieldKind::Handle,
            view.palette.revealed(),
            view,
        ));
    } else {
        header
            .spans
            .push(hidden_hint(t, view, &crate::t!(t, "round-hidden-account")));
    }
    let mut out = vec![header, rule()];
    // Bubbles take three quarters of the width: theirs on the side a line starts from (the
    // left in English, the right in Arabic), yours on the other, as a chat app in that
    // language draws them.
    let bubble_width = usize::from(view.width) * 3 / 4;
    let mirrored = t.direction() == Direction::RightToLeft;
    for (i, line) in m.lines.iter().enumerate() {
        let at = FieldPath::nth(FieldKind::Line, i);
        let mine = line.from == Speaker::You;
        let bar_style = if mine {
            view.palette.label()
        } else {
            view.palette.dim()
        };
        for text_line in field_lines(&line.text, at, Default::default(), view) {
            let right = mine != mirrored;
            out.extend(bubble(text_line, bubble_width, mine, right, bar_style));
        }
        out.push(Line::default());
    }
    if !m.links.is_empty() || !m.attachments.is_empty() {
        out.push(rule());
    }
    out.extend(link_lines(t, &m.links, view, true));
    out.extend(attachment_lines(t, &m.attachments, view));
    out
}

/// One bubble's rows, each with its bar on the outer edge and on its side of the screen: your
/// rows take the whole bubble width plus the bar, theirs the width with the bar. A row is put in
/// visual order here (as the frame's display says), since a row with a side of its own is not
/// ordered again; a row without right-to-left text keeps no side of its own on the left.
fn bubble(
    text_line: Line<'static>,
    width: usize,
    mine: bool,
    right: bool,
    bar_style: Style,
) -> Vec<Line<'static>> {
    let text: String = text_line.spans.iter().map(|s| s.content.as_ref()).collect();
    let rtl_text = bidi::has_rtl(&text);
    let direction = bidi::direction(&text, Direction::LeftToRight);
    let room = if mine { width } else { width.saturating_sub(2) };
    let mut out = Vec::new();
    for piece in wrap(text_line, room, Span::raw(""), Span::raw("")) {
        let mut piece = rtl::in_order(piece, direction);
        piece.spans.retain(|s| !s.content.is_empty());
        if right {
            piece.spans.push(Span::styled(" │", bar_style));
            piece.alignment = Some(Alignment::Right);
        } else {
            piece.spans.insert(0, Span::styled("│ ", bar_style));
            // Yours on the left only in a mirrored chat: it holds that side like theirs would.
            piece.alignment = (rtl_text || mine).then_some(Alignment::Left);
        }
        out.push(piece);
    }
    out
}
