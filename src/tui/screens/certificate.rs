//! The certificate of completion as a screen: the player's name, the path, every module's best
//! score, and a key to save it as a file.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::mirror::padded;
use super::{KeyLine, framed_in, mirrored_lines, render_scrolling};
use crate::bidi::Direction;
use crate::inert::inert;
use crate::strings::module_title;
use crate::t;
use crate::tui::app::App;
use crate::tui::palette::Palette;

pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer, palette: Palette) -> KeyLine {
    let t = app.t();
    let title = format!(" {} ", t!(t, "menu-certificate-title"));
    let inner = framed_in(app, &title, area, buf, palette);
    let lines = mirrored_lines(
        app,
        certificate_lines(app, palette, inner.width),
        inner.width,
    );
    render_scrolling(app, lines, scroll, inner, buf, palette);
    vec![
        ("s", t!(t, "menu-key-save-file")),
        ("↑↓", t!(t, "menu-key-scroll")),
        ("Esc", t!(t, "menu-key-back")),
        ("?", t!(t, "menu-key-help")),
    ]
}

fn certificate_lines(app: &App, palette: Palette, width: u16) -> Vec<Line<'static>> {
    let t = app.t();
    let (Some(session), Some(manifest), Some(_)) =
        (&app.session, app.manifests.first(), app.certificate())
    else {
        return vec![Line::raw(t!(t, "menu-certificate-later"))];
    };
    let profile = &session.profile;
    let records: Vec<_> = app
        .modules
        .iter()
        .filter_map(|m| Some((m, profile.modules.get(&m.id)?)))
        .collect();
    let finished = records.iter().filter_map(|(_, r)| r.passed_at).max();
    let pack = inert(&manifest.name).into_owned();
    let completed = match finished {
        Some(d) => {
            let format = t!(t, "menu-certificate-date-format");
            // A catalog's format with a mistake falls back to the ISO date rather than failing.
            let mut date = String::new();
            if write!(date, "{}", d.format(&format)).is_err() {
                date = d.format("%Y-%m-%d").to_string();
            }
            let date = date.trim().to_string();
            t!(t, "menu-certificate-pack-on", pack = pack, date = date)
        }
        None => t!(t, "menu-certificate-pack", pack = pack),
    };
    let mut lines = vec![
        Line::default(),
        Line::styled(
            format!("★  {}  ★", t!(t, "menu-certificate-heading")),
            palette.title(),
        )
        .centered(),
        Line::default(),
        Line::styled(inert(&profile.name).into_owned(), palette.strong()).centered(),
        Line::raw(t!(t, "menu-certificate-completed")).centered(),
        Line::raw(completed).centered(),
        Line::default(),
        Line::raw(t!(t, "menu-certificate-pass-mark", mark = app.pass_mark())).centered(),
        Line::default(),
    ];
    // The table sits in the middle of the page, its columns lined up.
    let row = |module: &str, best: &str, attempts: &str, passed: &str| {
        format!(
            "{} {best:>10} {attempts:>9}   {}",
            padded(module, 22),
            padded(passed, 10)
        )
    };
    let table_width = row("", "", "", "").chars().count();
    // In a right-to-left language each row is mirrored on its own: centred, rows of one width
    // keep their columns.
    let rtl = t.direction() == Direction::RightToLeft;
    let indent = if rtl {
        String::new()
    } else {
        " ".repeat(usize::from(width).saturating_sub(table_width) / 2)
    };
    let placed = |line: Line<'static>| if rtl { line.centered() } else { line };
    lines.push(placed(Line::styled(
        format!(
            "{indent}{}",
            row(
                &t!(t, "menu-certificate-module"),
                &t!(t, "menu-certificate-best"),
                &t!(t, "menu-certificate-attempts"),
                &t!(t, "menu-certificate-passed-on"),
            )
        ),
        palette.label(),
    )));
    lines.push(placed(Line::styled(
        format!("{indent}{}", "─".repeat(table_width)),
        palette.dim(),
    )));
    for (module, record) in &records {
        let passed = record
            .passed_at
            .map_or(String::new(), |d| d.format("%Y-%m-%d").to_string());
        lines.push(placed(Line::raw(format!(
            "{indent}{}",
            row(
                module_title(module.topic),
                &format!("{}%", record.best),
                &record.attempts.to_string(),
                &passed
            )
        ))));
    }
    lines.push(Line::default());
    lines.push(
        Line::styled(
            t!(
                t,
                "menu-certificate-version",
                id = inert(&manifest.id).into_owned(),
                version = inert(&manifest.version).into_owned(),
            ),
            palette.dim(),
        )
        .centered(),
    );
    if let Some(message) = &app.message {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text()).into_owned()),
        ]));
    }
    lines
}
