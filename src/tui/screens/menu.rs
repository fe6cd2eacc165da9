use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::inert::inert;
use crate::progress::achievements::rank;
use crate::tui::app::{App, MenuItem};
use crate::tui::palette::Palette;

pub fn render(
    app: &App,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let mut lines = masthead(palette);
    match &app.session {
        Some(session) => {
            let p = &session.profile;
            let saving = if session.saving() {
                ""
            } else {
                " · not saving"
            };
            lines.push(Line::from(vec![
                Span::styled("Playing as ", palette.dim()),
                Span::styled(inert(&p.name).into_owned(), palette.strong()),
                Span::styled(
                    format!(
                        " · rank {} · {} points · {} due{saving}",
                        crate::strings::rank(app.t(), rank(&p.totals)),
                        p.totals.points,
                        crate::strings::reviews(app.t(), app.reviews_due() as u64)
                    ),
                    palette.dim(),
                ),
            ]));
        }
        None => lines.push(Line::styled("Playing without a profile", palette.dim())),
    }
    if let Some(m) = app.manifests.first() {
        lines.extend(role_lines(
            &crate::strings::role_brief(app.t(), &m.world),
            area.width,
        ));
    }
    for m in &app.manifests {
        lines.push(Line::styled(
            format!("Pack: {} (v{})", inert(&m.name), inert(&m.version)),
            palette.dim(),
        ));
    }
    let (scenarios, dangerous) = app.pool_counts();
    lines.push(Line::styled(
        format!(
            "{} scenarios ({} dangerous, {} safe) · rounds of {}",
            scenarios,
            dangerous,
            scenarios - dangerous,
            app.settings.count
        ),
        palette.dim(),
    ));
    lines.push(Line::default());
    let resumable = app.resumable();
    for (i, item) in app.menu_items().into_iter().enumerate() {
        let mut label = item.label().to_string();
        if item == MenuItem::Resume
            && let Some((round, _, _)) = &resumable
        {
            label = format!(
                "{label} ({} of {} answered)",
                round.answers.len(),
                round.items.len()
            );
        }
        if item == MenuItem::Daily
            && let Some(done) = app.daily_today()
        {
            label = format!("{label} ({})", crate::strings::daily_done(app.t(), done));
        }
        if item == MenuItem::Review {
            label = format!("{label} ({} due)", app.reviews_due());
        }
        if item == MenuItem::Path {
            let statuses = app.path_statuses();
            let passed = statuses
                .iter()
                .filter(|s| **s == crate::training::Status::Passed)
                .count();
            label = format!("{label} ({passed} of {} modules passed)", statuses.len());
        }
        if i == selected {
            lines.push(Line::styled(format!("▶ {label} "), palette.selected()));
        } else {
            lines.push(Line::raw(format!("  {label}")));
        }
    }
    lines.push(Line::default());
    if let Some(message) = &app.message {
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
        lines.push(Line::default());
    }
    lines.push(Line::raw(
        "Judge each message safe or dangerous. Inspect it first, as a careful person",
    ));
    lines.push(Line::raw(
        "would: the real sender, where links go, who published an app.",
    ));
    super::draw_centred(lines, area, buf);
    &[
        ("↑↓", "choose"),
        ("Enter", "select"),
        ("p", "play"),
        ("b", "briefing"),
        ("?", "help"),
        ("q", "quit"),
    ]
}

/// The title lines at the top of the menu and the first-run screen.
fn masthead(palette: Palette) -> Vec<Line<'static>> {
    vec![
        Line::default(),
        Line::from(vec![
            Span::styled("⚑ redflag", palette.title()),
            Span::raw(" · spot the scam before it spots you"),
        ]),
        Line::default(),
    ]
}

/// The role the player takes in the pack's world, wrapped under a two-space indent.
fn role_lines(role: &str, width: u16) -> Vec<Line<'static>> {
    crate::tui::text::wrap(
        Line::raw(role.to_string()),
        usize::from(width),
        Span::raw("  "),
        Span::raw("  "),
    )
}

/// First run: ask who is playing, and say which role they will play.
pub fn render_name(
    t: &crate::i18n::Catalog,
    input: &str,
    error: Option<&str>,
    role: Option<String>,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let mut lines = masthead(palette);
    lines.extend([
        Line::raw("Welcome! What is your name? It keeps your progress apart from other players'."),
        Line::raw("Progress is saved on this computer only and never sent anywhere."),
        Line::default(),
    ]);
    if let Some(role) = role {
        let said = format!("{role} {}", crate::strings::role_note(t));
        lines.extend(role_lines(&said, area.width));
        lines.push(Line::default());
    }
    lines.extend([Line::from(vec![
        Span::raw("  Name: "),
        Span::styled(format!("{}▏", inert(input)), palette.strong()),
    ])]);
    if let Some(error) = error {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("✗ ", palette.wrong()),
            Span::raw(inert(error).into_owned()),
        ]));
    }
    super::draw_centred(lines, area, buf);
    &[("Enter", "start"), ("Backspace", "delete"), ("Esc", "quit")]
}
