use ratatui::text::{Line, Span};

use crate::content::channel::Sms;
use crate::tui::text::{View, field_lines};

pub fn lines(s: &Sms, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::from(Span::styled("Text message from ", view.palette.dim()));
    header.spans.extend(field_lines(&s.sender, "sender", view.palette.strong(), view).remove(0).spans);
    let mut out = vec![header, Line::default()];
    for line in field_lines(s.text.trim_end(), "text", Default::default(), view) {
        let mut bubble = Line::from(Span::styled("│ ", view.palette.dim()));
        bubble.spans.extend(line.spans);
        out.push(bubble);
    }
    if !s.received.is_empty() {
        let mut time = Line::from(Span::styled("  ", view.palette.dim()));
        time.spans.extend(field_lines(&s.received, "received", view.palette.dim(), view).remove(0).spans);
        out.push(time);
    }
    out
}
