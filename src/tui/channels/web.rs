use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::channel::Web;
use crate::content::{FieldKind, FieldPath, Part};
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, inline_field};

pub fn lines(t: &Catalog, w: &Web, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if !w.context.is_empty() {
        out.extend(field_lines(
            &w.context,
            FieldKind::Context,
            view.palette.dim(),
            view,
        ));
    }
    let mut bar = Line::from(Span::styled(
        format!("{} ", crate::t!(t, "round-label-address")),
        view.palette.label(),
    ));
    bar.spans.extend(inline_field(
        &w.url,
        FieldKind::Url,
        view.palette.strong(),
        view,
    ));
    out.push(bar);
    out.push(rule(t));
    out.extend(field_lines(
        &w.title,
        FieldKind::Title,
        view.palette.title(),
        view,
    ));
    out.push(Line::default());
    out.extend(field_lines(
        w.text.trim_end(),
        FieldKind::Text,
        Default::default(),
        view,
    ));
    if !w.fields.is_empty() {
        out.push(Line::default());
    }
    for (i, f) in w.fields.iter().enumerate() {
        let at = FieldPath::nth(FieldKind::Field, i);
        let mut line = Line::default();
        line.spans
            .extend(inline_field(&f.label, at, view.palette.label(), view));
        line.spans.push(Span::raw(": [ "));
        if f.value.is_empty() {
            line.spans
                .push(Span::styled("____________", view.palette.dim()));
        } else {
            line.spans.extend(inline_field(
                &f.value,
                at.with(Part::Value),
                view.palette.strong(),
                view,
            ));
        }
        line.spans.push(Span::raw(" ]"));
        out.push(line);
    }
    out.push(Line::default());
    out.push(button_line(&w.buttons, view));
    out
}
