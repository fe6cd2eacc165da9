use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};

use super::{attachment_lines, link_lines, rule, verified};
use crate::content::channel::{Message, Speaker};
use crate::tui::text::{View, field_lines, hidden_hint};

pub fn lines(m: &Message, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::default();
    header.spans.extend(field_lines(&m.platform, "platform", view.palette.dim(), view).remove(0).spans);
    header.spans.push(Span::styled(" · ", view.palette.dim()));
    header.spans.extend(field_lines(&m.from_name, "from_name", view.palette.strong(), view).remove(0).spans);
    header.spans.push(verified(m.verified, view));
    header.spans.push(Span::raw("  "));
    if view.reveals() {
        header.spans.extend(field_lines(&m.handle, "handle", view.palette.revealed(), view).remove(0).spans);
    } else {
        header.spans.push(hidden_hint(view, "account"));
    }
    let mut out = vec![header, rule()];
    for (i, line) in m.lines.iter().enumerate() {
        let at = format!("line.{}", i + 1);
        let mine = line.from == Speaker::You;
        for text_line in field_lines(&line.text, &at, Default::default(), view) {
            let mut bubble = text_line;
            if mine {
                bubble.spans.push(Span::styled(" │", view.palette.label()));
                bubble = bubble.alignment(Alignment::Right);
            } else {
                bubble.spans.insert(0, Span::styled("│ ", view.palette.dim()));
            }
            out.push(bubble);
        }
        let who = if mine { Line::styled("you", view.palette.dim()).alignment(Alignment::Right) } else { Line::styled("them", view.palette.dim()) };
        out.push(who);
    }
    if !m.links.is_empty() || !m.attachments.is_empty() {
        out.push(rule());
    }
    out.extend(link_lines(&m.links, view, true));
    out.extend(attachment_lines(&m.attachments, view));
    out
}
