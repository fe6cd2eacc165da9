use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::channel::Web;
use crate::tui::text::{View, field_lines};

pub fn lines(w: &Web, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if !w.context.is_empty() {
        out.extend(field_lines(&w.context, "context", view.palette.dim(), view));
    }
    let mut bar = Line::from(Span::styled("Address: ", view.palette.label()));
    bar.spans.extend(
        field_lines(&w.url, "url", view.palette.strong(), view)
            .remove(0)
            .spans,
    );
    out.push(bar);
    out.push(rule());
    out.extend(field_lines(&w.title, "title", view.palette.title(), view));
    out.push(Line::default());
    out.extend(field_lines(
        w.text.trim_end(),
        "text",
        Default::default(),
        view,
    ));
    if !w.fields.is_empty() {
        out.push(Line::default());
    }
    for (i, f) in w.fields.iter().enumerate() {
        let n = i + 1;
        let mut line = Line::default();
        line.spans.extend(
            field_lines(&f.label, &format!("field.{n}"), view.palette.label(), view)
                .remove(0)
                .spans,
        );
        line.spans.push(Span::raw(": [ "));
        if f.value.is_empty() {
            line.spans
                .push(Span::styled("____________", view.palette.dim()));
        } else {
            line.spans.extend(
                field_lines(
                    &f.value,
                    &format!("field.{n}.value"),
                    view.palette.strong(),
                    view,
                )
                .remove(0)
                .spans,
            );
        }
        line.spans.push(Span::raw(" ]"));
        out.push(line);
    }
    out.push(Line::default());
    out.push(button_line(&w.buttons, view));
    out
}
