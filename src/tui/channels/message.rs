use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};

use super::{attachment_lines, link_lines, rule, verified};
use crate::content::channel::{Message, Speaker};
use crate::content::{FieldKind, FieldPath};
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, wrap};

pub fn lines(m: &Message, view: &View<'_>) -> Vec<Line<'static>> {
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
    header.spans.push(verified(m.verified, view));
    header.spans.push(Span::raw("  "));
    if view.reveals() {
        header.spans.extend(inline_field(
            &m.handle,
            FieldKind::Handle,
            view.palette.revealed(),
            view,
        ));
    } else {
        header.spans.push(hidden_hint(view, "account"));
    }
    let mut out = vec![header, rule()];
    for (i, line) in m.lines.iter().enumerate() {
        let at = FieldPath::nth(FieldKind::Line, i);
        let mine = line.from == Speaker::You;
        // Bubbles take three quarters of the width: theirs on the left, yours on the right.
        let bubble_width = usize::from(view.width) * 3 / 4;
        for text_line in field_lines(&line.text, at, Default::default(), view) {
            if mine {
                let bar = Span::styled(" │", view.palette.label());
                for mut piece in wrap(text_line, bubble_width, Span::raw(""), Span::raw("")) {
                    piece.spans.push(bar.clone());
                    out.push(piece.alignment(Alignment::Right));
                }
            } else {
                let bar = Span::styled("│ ", view.palette.dim());
                out.extend(wrap(text_line, bubble_width, bar.clone(), bar));
            }
        }
        out.push(Line::default());
    }
    if !m.links.is_empty() || !m.attachments.is_empty() {
        out.push(rule());
    }
    out.extend(link_lines(&m.links, view, true));
    out.extend(attachment_lines(&m.attachments, view));
    out
}
