use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::channel::Permission;
use crate::tui::text::{View, field_lines};

pub fn lines(p: &Permission, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled("What you were doing:", view.palette.label())];
    out.extend(field_lines(&p.context, "context", view.palette.dim(), view));
    out.push(rule());
    let mut ask = Line::from(Span::styled("Allow ", view.palette.title()));
    ask.spans.extend(
        field_lines(&p.app, "app", view.palette.title(), view)
            .remove(0)
            .spans,
    );
    ask.spans
        .push(Span::styled(" to use ", view.palette.title()));
    ask.spans.extend(
        field_lines(&p.permission, "permission", view.palette.title(), view)
            .remove(0)
            .spans,
    );
    ask.spans.push(Span::styled("?", view.palette.title()));
    out.push(ask);
    out.push(Line::default());
    out.extend(field_lines(
        p.text.trim_end(),
        "text",
        Default::default(),
        view,
    ));
    out.push(Line::default());
    out.push(button_line(&p.buttons, view));
    out
}
