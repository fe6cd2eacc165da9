//! The certificate of completion as a screen: the player's name, the path, every module's best
//! score, and a key to save it as a file.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::question::Keys;
use super::{framed, render_scrolling};
use crate::inert::inert;
use crate::strings::module_title;
use crate::tui::app::App;
use crate::tui::palette::Palette;

pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer, palette: Palette) -> Keys {
    let inner = framed(" Certificate ", area, buf, palette);
    let lines = certificate_lines(app, palette, inner.width);
    render_scrolling(app, lines, scroll, inner, buf, palette);
    &[
        ("s", "save to a file"),
        ("↑↓", "scroll"),
        ("Esc", "back"),
        ("?", "help"),
    ]
}

fn certificate_lines(app: &App, palette: Palette, width: u16) -> Vec<Line<'static>> {
    let (Some(session), Some(manifest), Some(_)) =
        (&app.session, app.manifests.first(), app.certificate())
    else {
        return vec![Line::raw(
            "The certificate comes once every module is passed.",
        )];
    };
    let profile = &session.profile;
    let records: Vec<_> = app
        .modules
        .iter()
        .filter_map(|m| Some((m, profile.modules.get(&m.id)?)))
        .collect();
    let finished = records.iter().filter_map(|(_, r)| r.passed_at).max();
    let on = finished.map_or(String::new(), |d| {
        format!(" on {}", d.format("%e %B %Y").to_string().trim())
    });
    let mut lines = vec![
        Line::default(),
        Line::styled("★  Certificate of completion  ★", palette.title()).centered(),
        Line::default(),
        Line::styled(inert(&profile.name).into_owned(), palette.strong()).centered(),
        Line::raw("has completed the redflag training path").centered(),
        Line::raw(format!("{}{on}.", inert(&manifest.name))).centered(),
        Line::default(),
        Line::raw(format!(
            "Every module was passed at the pass mark of {}% or more.",
            app.pass_mark()
        ))
        .centered(),
        Line::default(),
    ];
    // The table sits in the middle of the page, its columns lined up.
    let row = |module: &str, best: &str, attempts: &str, passed: &str| {
        format!("{module:<22} {best:>10} {attempts:>9}   {passed:<10}")
    };
    let table_width = row("", "", "", "").chars().count();
    let indent = " ".repeat(usize::from(width).saturating_sub(table_width) / 2);
    lines.push(Line::styled(
        format!(
            "{indent}{}",
            row("Module", "Best score", "Attempts", "Passed on")
        ),
        palette.label(),
    ));
    lines.push(Line::styled(
        format!("{indent}{}", "─".repeat(table_width)),
        palette.dim(),
    ));
    for (module, record) in &records {
        let passed = record
            .passed_at
            .map_or(String::new(), |d| d.format("%Y-%m-%d").to_string());
        lines.push(Line::raw(format!(
            "{indent}{}",
            row(
                &module_title(app.t(), module.topic),
                &format!("{}%", record.best),
                &record.attempts.to_string(),
                &passed
            )
        )));
    }
    lines.push(Line::default());
    lines.push(
        Line::styled(
            format!(
                "Pack {} version {}",
                inert(&manifest.id),
                inert(&manifest.version)
            ),
            palette.dim(),
        )
        .centered(),
    );
    if let Some(message) = &app.message {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
    }
    lines
}
