use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{framed, render_scrolling};
use crate::content::Manifest;
use crate::inert::inert;
use crate::tui::app::App;
use crate::tui::palette::Palette;
use crate::tui::text::wrap;

/// The fictional world: who is who, their official domains and habits.
/// A list item wrapped with a hanging indent under its bullet.
fn item(text: &str, bullet: &str, width: u16) -> Vec<Line<'static>> {
    let indent = " ".repeat(bullet.chars().count());
    wrap(
        Line::raw(inert(text).into_owned()),
        usize::from(width),
        Span::raw(bullet.to_string()),
        Span::raw(indent),
    )
}

pub fn briefing_lines(
    t: &crate::i18n::Catalog,
    m: &Manifest,
    palette: Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let w = &m.world;
    let role = crate::strings::role(t, w, true);
    let t = |s: &str| inert(s).into_owned();
    let mut lines = vec![Line::styled(t(&w.company.name), palette.title())];
    lines.extend(wrap(
        Line::styled(role, palette.strong()),
        usize::from(width),
        Span::raw(""),
        Span::raw(""),
    ));
    lines.extend([Line::from(vec![
        Span::styled("Domain: ", palette.label()),
        Span::raw(t(&w.company.domain)),
    ])]);
    if !w.company.about.is_empty() {
        lines.push(Line::raw(t(&w.company.about)));
    }
    if !w.rules.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("House rules", palette.title()));
        for rule in &w.rules {
            lines.extend(item(rule, "• ", width));
        }
    }
    if !w.colleague.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled("Colleagues", palette.title()));
    }
    for c in &w.colleague {
        let mut who = Line::from(vec![
            Span::styled(t(&c.name), palette.strong()),
            Span::raw(format!(", {} · {}", t(&c.role), t(&c.email))),
        ]);
        if !c.phone.is_empty() {
            who.spans.push(Span::raw(format!(" · {}", t(&c.phone))));
        }
        lines.push(who);
        for h in &c.habits {
            lines.extend(item(h, "    – ", width));
        }
    }
    if !w.contact.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            "Platforms, clients and vendors",
            palette.title(),
        ));
    }
    for c in &w.contact {
        lines.push(Line::from(vec![
            Span::styled(t(&c.name), palette.strong()),
            Span::raw(format!(" ({})", t(&c.kind))),
        ]));
        if !c.domains.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("    official domains: ", palette.label()),
                Span::raw(t(&c.domains.join(", "))),
            ]));
        }
        if !c.handles.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("    official accounts: ", palette.label()),
                Span::raw(t(&c.handles.join(", "))),
            ]));
        }
        if !c.phone.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("    phone on file: ", palette.label()),
                Span::raw(t(&c.phone)),
            ]));
        }
        for h in &c.habits {
            lines.extend(item(h, "    – ", width));
        }
    }
    lines
}

pub fn render(
    app: &App,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let inner = framed(" Briefing: your world ", area, buf, palette);
    let mut lines = Vec::new();
    for (i, m) in app.manifests.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!("── Pack: {} ──", inert(&m.name)),
                palette.dim(),
            ));
        }
        lines.extend(briefing_lines(app.t(), m, palette, inner.width));
    }
    render_scrolling(app, lines, scroll, inner, buf, palette);
    &[("↑↓ PgUp PgDn", "scroll"), ("Esc/b", "back"), ("?", "help")]
}
