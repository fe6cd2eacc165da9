use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::FieldKind;
use crate::content::channel::Permission;
use crate::tui::text::{View, field_lines, inline_field};

pub fn lines(p: &Permission, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled("What you were doing:", view.palette.label())];
    out.extend(field_lines(
        &p.context,
        FieldKind::Context,
        view.palette.dim(),
        view,
    ));
    out.push(rule());
    let mut ask = Line::from(Span::styled("Allow ", view.palette.title()));
    ask.spans.extend(inline_field(
        &p.app,
        FieldKind::App,
        view.palette.title(),
        view,
    ));
    ask.spans
        .push(Span::styled(" to use ", view.palette.title()));
    ask.spans.extend(inline_field(
        &p.permission,
        FieldKind::Permission,
        view.palette.title(),
        view,
    ));
    ask.spans.push(Span::styled("?", view.palette.title()));
    out.push(ask);
    out.push(Line::default());
    out.extend(field_lines(
        p.text.trim_end(),
        FieldKind::Text,
        Default::default(),
        view,
    ));
    out.push(Line::default());
    out.push(button_line(&p.buttons, view));
    out
}
