//! The certificate of completion as a screen: the player's name, the path, every module's best
//! score, and a key to save it as a file.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::mirror::padded;
use super::{KeyLine, columns, framed_in, mirrored, mirrored_lines, render_scrolling};
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
    // Centred lines are mirrored first (a line with an alignment is not mirrored again).
    let centred = |line: Line<'static>| mirrored(app, line).centered();
    let mut lines = vec![
        Line::default(),
        centred(Line::styled(
            format!("★  {}  ★", t!(t, "menu-certificate-heading")),
            palette.title(),
        )),
        Line::default(),
        centred(Line::styled(
            inert(&profile.name).into_owned(),
            palette.strong(),
        )),
        centred(Line::raw(t!(t, "menu-certificate-completed"))),
        centred(Line::raw(completed)),
        Line::default(),
        centred(Line::raw(t!(
            t,
            "menu-certificate-pass-mark",
            mark = app.pass_mark()
        ))),
        Line::default(),
    ];
    // The table sits in the middle of the page, its columns lined up; in a right-to-left
    // language its columns run from the right (see `columns`), each row centred.
    let headings = [
        t!(t, "menu-certificate-module"),
        t!(t, "menu-certificate-best"),
        t!(t, "menu-certificate-attempts"),
        t!(t, "menu-certificate-passed-on"),
    ];
    // Each column as wide as its heading, at least.
    let wide = |heading: &String, least: usize| heading.chars().count().max(least);
    let (w_module, w_best, w_attempts, w_passed) = (
        wide(&headings[0], 22),
        wide(&headings[1], 10),
        wide(&headings[2], 9),
        wide(&headings[3], 10),
    );
    let cells = |module: &str, best: &str, attempts: &str, passed: &str| {
        [
            format!("{} ", padded(module, w_module)),
            format!("{best:>w_best$} "),
            format!("{attempts:>w_attempts$}   "),
            padded(passed, w_passed),
        ]
    };
    let table_width: usize = cells("", "", "", "")
        .iter()
        .map(|c| c.chars().count())
        .sum();
    let rtl = t.direction() == Direction::RightToLeft;
    let indent = if rtl {
        String::new()
    } else {
        " ".repeat(usize::from(width).saturating_sub(table_width) / 2)
    };
    let row = |[module, best, attempts, passed]: [String; 4], style| {
        let line = columns(
            app,
            vec![
                Line::raw(format!("{indent}{module}")),
                Line::raw(best),
                Line::raw(attempts),
                Line::raw(passed),
            ],
        )
        .style(style);
        if rtl { line.centered() } else { line }
    };
    let [module, best, attempts, passed] = &headings;
    lines.push(row(cells(module, best, attempts, passed), palette.label()));
    let rule = Line::styled(
        format!("{indent}{}", "─".repeat(table_width)),
        palette.dim(),
    );
    lines.push(if rtl { rule.centered() } else { rule });
    for (module, record) in &records {
        let passed = record
            .passed_at
            .map_or(String::new(), |d| d.format("%Y-%m-%d").to_string());
        lines.push(row(
            cells(
                &module_title(t, module.topic),
                &format!("{}%", record.best),
                &record.attempts.to_string(),
                &passed,
            ),
            Style::default(),
        ));
    }
    lines.push(Line::default());
    lines.push(centred(Line::styled(
        t!(
            t,
            "menu-certificate-version",
            id = inert(&manifest.id).into_owned(),
            version = inert(&manifest.version).into_owned(),
        ),
        palette.dim(),
    )));
    if let Some(message) = &app.message {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
    }
    lines
}
