use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::mirror::padded;
use super::{KeyLine, framed_in, mirrored_lines, render_scrolling};
use crate::bidi::Direction;
use crate::inert::inert;
use crate::strings;
use crate::t;
use crate::training::Status;
use crate::tui::app::App;
use crate::tui::palette::Palette;

pub fn render(
    app: &App,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> KeyLine {
    let t = app.t();
    let inner = framed_in(
        app,
        &format!(" {} ", t!(t, "menu-path-title")),
        area,
        buf,
        palette,
    );
    let mut lines = vec![
        Line::raw(t!(t, "menu-path-intro", mark = app.pass_mark())),
        Line::default(),
    ];
    // An open module's mark points at its name, which is on its right in Arabic.
    let open = match t.direction() {
        Direction::LeftToRight => "▶",
        Direction::RightToLeft => "◀",
    };
    let statuses = app.path_statuses();
    for (i, (module, status)) in app.modules.iter().zip(&statuses).enumerate() {
        let record = app
            .session
            .as_ref()
            .and_then(|s| s.profile.modules.get(&module.id));
        let best = record.map_or_else(
            || t!(t, "menu-path-not-tried"),
            |r| t!(t, "menu-path-best", best = r.best, count = r.attempts),
        );
        let (symbol, word, style) = match status {
            Status::Passed => ("✓", t!(t, "menu-path-passed"), palette.right()),
            Status::Open => (open, t!(t, "menu-path-open"), palette.strong()),
            Status::Locked => ("·", t!(t, "menu-path-locked"), palette.dim()),
        };
        let text = format!(
            "{symbol} {} {} {} · {best}",
            padded(&strings::module_title(t, module.topic), 22),
            padded(&word, 7),
            t!(t, "menu-path-items", count = module.items.len()),
        );
        let style = if i == selected {
            palette.selected()
        } else {
            style
        };
        lines.push(Line::styled(text, style));
    }
    lines.push(Line::default());
    if app.certificate().is_some() {
        lines.push(Line::styled(
            format!("★ {}", t!(t, "menu-path-certificate-ready")),
            palette.right(),
        ));
    }
    if let Some(message) = &app.message {
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
    }
    let lines = mirrored_lines(app, lines, inner.width);
    render_scrolling(app, lines, 0, inner, buf, palette);
    vec![
        ("↑↓", t!(t, "menu-key-choose")),
        ("Enter", t!(t, "menu-key-start-module")),
        ("c", t!(t, "menu-key-certificate")),
        ("Esc", t!(t, "menu-key-menu")),
        ("?", t!(t, "menu-key-help")),
    ]
}
