use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{KeyLine, mirrored_lines};
use crate::bidi::Direction;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::achievements::rank;
use crate::t;
use crate::tui::app::{App, MenuItem};
use crate::tui::palette::Palette;

pub fn render(
    app: &App,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> KeyLine {
    let t = app.t();
    let mut lines = masthead(t, palette);
    match &app.session {
        Some(session) => {
            let p = &session.profile;
            let mut figures = format!(
                " · {} · {} · {}",
                t!(
                    t,
                    "menu-rank",
                    rank = crate::strings::rank(t, rank(&p.totals))
                ),
                t!(t, "menu-points", points = p.totals.points),
                t!(t, "menu-reviews-due", count = app.reviews_due()),
            );
            if !session.saving() {
                figures = format!("{figures} · {}", t!(t, "menu-not-saving"));
            }
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", t!(t, "menu-playing-as")), palette.dim()),
                Span::styled(inert(&p.name).into_owned(), palette.strong()),
                Span::styled(figures, palette.dim()),
            ]));
        }
        None => lines.push(Line::styled(t!(t, "menu-no-profile"), palette.dim())),
    }
    if let Some(m) = app.manifests.first() {
        lines.extend(role_lines(
            t,
            &crate::strings::role_brief(t, &m.world),
            area.width,
        ));
    }
    for m in &app.manifests {
        lines.push(Line::styled(
            t!(
                t,
                "menu-pack",
                name = inert(&m.name).into_owned(),
                version = inert(&m.version).into_owned(),
            ),
            palette.dim(),
        ));
    }
    let (scenarios, dangerous) = app.pool_counts();
    lines.push(Line::styled(
        t!(
            t,
            "menu-pool",
            scenarios = scenarios,
            dangerous = dangerous,
            safe = scenarios - dangerous,
            count = app.settings.count,
        ),
        palette.dim(),
    ));
    lines.push(Line::default());
    // The selected entry points at its words: from their left in English, their right in Arabic.
    let pointer = match t.direction() {
        Direction::LeftToRight => "▶",
        Direction::RightToLeft => "◀",
    };
    for (i, item) in app.menu_items().into_iter().enumerate() {
        let label = item_label(app, item);
        if i == selected {
            lines.push(Line::styled(
                format!("{pointer} {label} "),
                palette.selected(),
            ));
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
    lines.push(Line::raw(t!(t, "menu-hint-first")));
    lines.push(Line::raw(t!(t, "menu-hint-second")));
    super::draw_centred(mirrored_lines(app, lines, area.width), area, buf);
    vec![
        ("↑↓", t!(t, "menu-key-choose")),
        ("Enter", t!(t, "menu-key-select")),
        ("p", t!(t, "menu-key-play")),
        ("b", t!(t, "menu-key-briefing")),
        ("?", t!(t, "menu-key-help")),
        ("q", t!(t, "menu-key-quit")),
        ("L", t!(t, "menu-key-language")),
    ]
}

/// A menu entry's words, with what it has to say today (answers given, modules passed...).
fn item_label(app: &App, item: MenuItem) -> String {
    let t = app.t();
    match item {
        MenuItem::Resume => match app.resumable() {
            Some((round, _, _)) => t!(
                t,
                "menu-item-resume-answered",
                answered = round.answers.len(),
                total = round.items.len(),
            ),
            None => item.label(t),
        },
        MenuItem::Daily => match app.daily_today() {
            Some(done) => t!(
                t,
                "menu-item-daily-done",
                done = crate::strings::daily_done(t, done),
            ),
            None => item.label(t),
        },
        MenuItem::Review => t!(t, "menu-item-review-due", count = app.reviews_due()),
        MenuItem::Path => {
            let statuses = app.path_statuses();
            let passed = statuses
                .iter()
                .filter(|s| **s == crate::training::Status::Passed)
                .count();
            t!(
                t,
                "menu-item-path-passed",
                passed = passed,
                total = statuses.len(),
            )
        }
        _ => item.label(t),
    }
}

/// The title lines at the top of the menu and the first-run screen.
fn masthead(t: &Catalog, palette: Palette) -> Vec<Line<'static>> {
    vec![
        Line::default(),
        Line::from(vec![
            Span::styled("⚑ redflag", palette.title()),
            Span::raw(format!(" · {}", t!(t, "menu-tagline"))),
        ]),
        Line::default(),
    ]
}

/// The role the player takes in the pack's world, wrapped under a two-space indent (in a
/// right-to-left language, where it is mirrored: see `briefing_lines`).
fn role_lines(t: &Catalog, role: &str, width: u16) -> Vec<Line<'static>> {
    let width = match t.direction() {
        Direction::LeftToRight => usize::from(width),
        Direction::RightToLeft => usize::MAX,
    };
    crate::tui::text::wrap(
        Line::raw(role.to_string()),
        width,
        Span::raw("  "),
        Span::raw("  "),
    )
}

/// First run: ask who is playing, and say which role they will play.
pub fn render_name(
    app: &App,
    input: &str,
    error: Option<&str>,
    role: Option<String>,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> KeyLine {
    let t = app.t();
    let mut lines = masthead(t, palette);
    lines.extend([
        Line::raw(t!(t, "menu-name-welcome")),
        Line::raw(t!(t, "menu-name-local")),
        Line::default(),
    ]);
    if let Some(role) = role {
        let said = format!("{role} {}", crate::strings::role_note(t));
        lines.extend(role_lines(t, &said, area.width));
        lines.push(Line::default());
    }
    lines.extend([Line::from(vec![
        Span::raw(format!("  {} ", t!(t, "menu-name-label"))),
        Span::styled(format!("{}▏", inert(input)), palette.strong()),
    ])]);
    if let Some(error) = error {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("✗ ", palette.wrong()),
            Span::raw(inert(error).into_owned()),
        ]));
    }
    super::draw_centred(mirrored_lines(app, lines, area.width), area, buf);
    vec![
        ("Enter", t!(t, "menu-key-start")),
        ("Backspace", t!(t, "menu-key-delete")),
        ("Esc", t!(t, "menu-key-quit")),
    ]
}
