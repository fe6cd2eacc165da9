use ratatui::text::{Line, Span};

use crate::content::FieldKind;
use crate::content::channel::Sms;
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, inline_field, wrap};

pub fn lines(t: &Catalog, s: &Sms, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::from(Span::styled(
        format!("{} ", crate::t!(t, "round-sms-from")),
        view.palette.dim(),
    ));
    header.spans.extend(inline_field(
        &s.sender,
        FieldKind::Sender,
        view.palette.strong(),
        view,
    ));
    let mut out = vec![header, Line::default()];
    let bar = Span::styled("│ ", view.palette.dim());
    for line in field_lines(s.text.trim_end(), FieldKind::Text, Default::default(), view) {
        out.extend(wrap(
            line,
            usize::from(view.width) * 3 / 4,
            bar.clone(),
            bar.clone(),
        ));
    }
    if !s.received.is_empty() {
        let mut time = Line::from(Span::styled("  ", view.palette.dim()));
        time.spans.extend(inline_field(
            &s.received,
            FieldKind::Received,
            view.palette.dim(),
            view,
        ));
        out.push(time);
    }
    out
}
