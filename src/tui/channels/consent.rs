use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::channel::{Consent, ConsentKind};
use crate::tui::text::{View, field_lines, hidden_hint, labelled};

pub fn lines(c: &Consent, view: &View<'_>) -> Vec<Line<'static>> {
    let kind = match c.kind {
        ConsentKind::CookieBanner => "Cookie banner",
        ConsentKind::SignupForm => "Sign-up form",
        ConsentKind::AppAuthorisation => "App authorisation",
        ConsentKind::Preferences => "Preference centre",
    };
    let mut top = Line::from(Span::styled(format!("{kind} on "), view.palette.dim()));
    top.spans.extend(
        field_lines(&c.site, "site", view.palette.strong(), view)
            .remove(0)
            .spans,
    );
    let mut out = vec![top, Line::default()];
    out.extend(field_lines(
        &c.heading,
        "heading",
        view.palette.title(),
        view,
    ));
    if c.kind == ConsentKind::AppAuthorisation {
        out.extend(labelled("App:", &c.app, "app", view));
        let mut publisher = labelled("By:", "", "publisher", view);
        if view.reveals() {
            publisher[0].spans.extend(
                field_lines(&c.publisher, "publisher", view.palette.revealed(), view)
                    .remove(0)
                    .spans,
            );
            publisher[0].spans.push(if c.publisher_verified {
                Span::styled("  ✓ verified publisher", view.palette.right())
            } else {
                Span::styled("  ⚠ unverified publisher", view.palette.wrong())
            });
        } else {
            publisher[0].spans.push(hidden_hint(view, "publisher"));
        }
        out.extend(publisher);
    }
    out.push(Line::default());
    out.extend(field_lines(
        c.text.trim_end(),
        "text",
        Default::default(),
        view,
    ));
    if !c.scopes.is_empty() {
        out.push(Line::default());
        out.push(Line::styled("This app wants to:", view.palette.label()));
        for (i, scope) in c.scopes.iter().enumerate() {
            let mut line = Line::from(Span::raw("  • "));
            line.spans.extend(
                field_lines(scope, &format!("scope.{}", i + 1), Default::default(), view)
                    .remove(0)
                    .spans,
            );
            out.push(line);
        }
    }
    if !c.checkboxes.is_empty() {
        out.push(Line::default());
    }
    for (i, b) in c.checkboxes.iter().enumerate() {
        let tick = if b.checked { "[x] " } else { "[ ] " };
        let mut line = Line::from(Span::styled(tick, view.palette.strong()));
        line.spans.extend(
            field_lines(
                &b.label,
                &format!("checkbox.{}", i + 1),
                Default::default(),
                view,
            )
            .remove(0)
            .spans,
        );
        if b.checked {
            line.spans
                .push(Span::styled("  (ticked)", view.palette.dim()));
        }
        out.push(line);
    }
    out.push(rule());
    out.push(button_line(&c.buttons, view));
    out
}
