use ratatui::text::{Line, Span};

use crate::content::channel::Sms;
use crate::tui::text::{View, field_lines, wrap};

pub fn lines(s: &Sms, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::from(Span::styled("Text message from ", view.palette.dim()));
    header.spans.extend(
        field_lines(&s.sender, "sender", view.palette.strong(), view)
            .remove(0)
            .spans,
    );
    let mut out = vec![header, Line::default()];
    let bar = Span::styled("│ ", view.palette.dim());
    for line in field_lines(s.text.trim_end(), "text", Default::default(), view) {
        out.extend(wrap(
            line,
            usize::from(view.width) * 3 / 4,
            bar.clone(),
            bar.clone(),
        ));
    }
    if !s.received.is_empty() {
        let mut time = Line::from(Span::styled("  ", view.palette.dim()));
        time.spans.extend(
            field_lines(&s.received, "received", view.palette.dim(), view)
                .remove(0)
                .spans,
        );
        out.push(time);
    }
    out
}
