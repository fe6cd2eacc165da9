use ratatui::text::{Line, Span};

use super::{attachment_lines, bubble, link_lines, rule, verified};
use crate::bidi::Direction;
use crate::content::channel::{Message, Speaker};
use crate::content::{FieldKind, FieldPath};
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field};

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
    let mut out = vec![header, rule(t)];
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
        out.push(rule(t));
    }
    out.extend(link_lines(t, &m.links, view, true));
    out.extend(attachment_lines(t, &m.attachments, view));
    out
}
