use ratatui::text::{Line, Span};

use super::{button_line, rule};
use crate::content::channel::{Consent, ConsentKind};
use crate::content::{FieldKind, FieldPath};
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, labelled};

pub fn lines(t: &Catalog, c: &Consent, view: &View<'_>) -> Vec<Line<'static>> {
    let kind = match c.kind {
        ConsentKind::CookieBanner => crate::t!(t, "round-consent-cookie-banner"),
        ConsentKind::SignupForm => crate::t!(t, "round-consent-signup-form"),
        ConsentKind::AppAuthorisation => crate::t!(t, "round-consent-app-authorisation"),
        ConsentKind::Preferences => crate::t!(t, "round-consent-preferences"),
    };
    let mut top = Line::from(Span::styled(
        format!("{} ", crate::t!(t, "round-consent-on", kind = kind)),
        view.palette.dim(),
    ));
    top.spans.extend(inline_field(
        &c.site,
        FieldKind::Site,
        view.palette.strong(),
        view,
    ));
    let mut out = vec![top, Line::default()];
    out.extend(field_lines(
        &c.heading,
        FieldKind::Heading,
        view.palette.title(),
        view,
    ));
    if c.kind == ConsentKind::AppAuthorisation {
        out.extend(labelled(
            &crate::t!(t, "round-label-app"),
            &c.app,
            FieldKind::App,
            view,
        ));
        let mut publisher = labelled(
            &crate::t!(t, "round-label-by"),
            "",
            FieldKind::Publisher,
            view,
        );
        if view.reveals() {
            publisher[0].spans.extend(inline_field(
                &c.publisher,
                FieldKind::Publisher,
                view.palette.revealed(),
                view,
            ));
            publisher[0].spans.push(if c.publisher_verified {
                Span::styled(
                    format!("  {}", crate::t!(t, "round-publisher-verified")),
                    view.palette.right(),
                )
            } else {
                Span::styled(
                    format!("  {}", crate::t!(t, "round-publisher-unverified")),
                    view.palette.wrong(),
                )
            });
        } else {
            publisher[0].spans.push(hidden_hint(
                t,
                view,
                &crate::t!(t, "round-hidden-publisher"),
            ));
        }
        out.extend(publisher);
    }
    out.push(Line::default());
    out.extend(field_lines(
        c.text.trim_end(),
        FieldKind::Text,
        Default::default(),
        view,
    ));
    if !c.scopes.is_empty() {
        out.push(Line::default());
        out.push(Line::styled(
            crate::t!(t, "round-app-wants"),
            view.palette.label(),
        ));
        for (i, scope) in c.scopes.iter().enumerate() {
            let mut line = Line::from(Span::raw("  • "));
            line.spans.extend(inline_field(
                scope,
                FieldPath::nth(FieldKind::Scope, i),
                Default::default(),
                view,
            ));
            out.push(line);
        }
    }
    if !c.checkboxes.is_empty() {
        out.push(Line::default());
    }
    for (i, b) in c.checkboxes.iter().enumerate() {
        let tick = if b.checked { "[x] " } else { "[ ] " };
        let mut line = Line::from(Span::styled(tick, view.palette.strong()));
        line.spans.extend(inline_field(
            &b.label,
            FieldPath::nth(FieldKind::Checkbox, i),
            Default::default(),
            view,
        ));
        if b.checked {
            line.spans.push(Span::styled(
                format!("  {}", crate::t!(t, "round-ticked")),
                view.palette.dim(),
            ));
        }
        out.push(line);
    }
    out.push(rule(t));
    out.push(button_line(&c.buttons, view));
    out
}
