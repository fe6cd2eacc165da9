use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{KeyLine, framed_in, mirrored_lines, render_scrolling};
use crate::bidi::Direction;
use crate::content::Manifest;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::t;
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
    words: &Catalog,
    m: &Manifest,
    palette: Palette,
    width: u16,
) -> Vec<Line<'static>> {
    // Right-to-left lines are wrapped when mirrored (or by the terminal's fit): wrapped here
    // first, they would be cut by a measure that counts lam-alef as one cell.
    let width = match words.direction() {
        Direction::LeftToRight => width,
        Direction::RightToLeft => u16::MAX,
    };
    let w = &m.world;
    let role = crate::strings::role(words, w, true);
    let t = |s: &str| inert(s).into_owned();
    let label = |id: &str| format!("{} ", words.t(id, &[]));
    let mut lines = vec![Line::styled(t(&w.company.name), palette.title())];
    lines.extend(wrap(
        Line::styled(role, palette.strong()),
        usize::from(width),
        Span::raw(""),
        Span::raw(""),
    ));
    lines.extend([Line::from(vec![
        Span::styled(label("menu-briefing-domain"), palette.label()),
        Span::raw(t(&w.company.domain)),
    ])]);
    if !w.company.about.is_empty() {
        lines.push(Line::raw(t(&w.company.about)));
    }
    if !w.rules.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            t!(words, "menu-briefing-rules"),
            palette.title(),
        ));
        for rule in &w.rules {
            lines.extend(item(rule, "• ", width));
        }
    }
    if !w.colleague.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            t!(words, "menu-briefing-colleagues"),
            palette.title(),
        ));
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
            t!(words, "menu-briefing-contacts"),
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
                Span::styled(
                    format!("    {}", label("menu-briefing-official-domains")),
                    palette.label(),
                ),
                Span::raw(t(&c.domains.join(", "))),
            ]));
        }
        if !c.handles.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("    {}", label("menu-briefing-official-accounts")),
                    palette.label(),
                ),
                Span::raw(t(&c.handles.join(", "))),
            ]));
        }
        if !c.phone.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("    {}", label("menu-briefing-phone")),
                    palette.label(),
                ),
                Span::raw(t(&c.phone)),
            ]));
        }
        for h in &c.habits {
            lines.extend(item(h, "    – ", width));
        }
    }
    lines
}

pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer, palette: Palette) -> KeyLine {
    let t = app.t();
    let title = format!(" {} ", t!(t, "menu-briefing-title"));
    let inner = framed_in(app, &title, area, buf, palette);
    let mut lines = Vec::new();
    for (i, m) in app.manifests.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!(
                    "── {} ──",
                    t!(t, "menu-briefing-pack", name = inert(&m.name).into_owned())
                ),
                palette.dim(),
            ));
        }
        lines.extend(briefing_lines(t, m, palette, inner.width));
    }
    let lines = mirrored_lines(app, lines, inner.width);
    render_scrolling(app, lines, scroll, inner, buf, palette);
    vec![
        ("↑↓ PgUp PgDn", t!(t, "menu-key-scroll")),
        ("Esc/b", t!(t, "menu-key-back")),
        ("?", t!(t, "menu-key-help")),
    ]
}
