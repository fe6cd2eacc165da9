use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{framed, render_scrolling};
use crate::inert::inert;
use crate::strings;
use crate::training::Status;
use crate::tui::app::App;
use crate::tui::palette::Palette;

type Keys = &'static [(&'static str, &'static str)];

pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer, palette: Palette) -> Keys {
    let inner = framed(" Training path ", area, buf, palette);
    let mut lines = vec![
        Line::raw(format!(
            "Pass each module with {}% or more to unlock the next; the final exam mixes every theme.",
            app.pass_mark()
        )),
        Line::default(),
    ];
    let statuses = app.path_statuses();
    for (i, (module, status)) in app.modules.iter().zip(&statuses).enumerate() {
        let record = app
            .session
            .as_ref()
            .and_then(|s| s.profile.modules.get(&module.id));
        let best = record.map_or("not tried".to_string(), |r| {
            format!(
                "best {}% in {}",
                r.best,
                strings::attempts(app.t(), r.attempts)
            )
        });
        let (symbol, word, style) = match status {
            Status::Passed => ("✓", "passed", palette.right()),
            Status::Open => ("▶", "open", palette.strong()),
            Status::Locked => ("·", "locked", palette.dim()),
        };
        let text = format!(
            "{symbol} {:<22} {word:<7} {} · {best}",
            strings::module_title(app.t(), module.topic),
            strings::items(app.t(), module.items.len() as u64)
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
            "★ Every module passed: press c for your certificate.",
            palette.right(),
        ));
    }
    if let Some(message) = &app.message {
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
    }
    render_scrolling(app, lines, 0, inner, buf, palette);
    &[
        ("↑↓", "choose"),
        ("Enter", "start module"),
        ("c", "certificate"),
        ("Esc", "menu"),
        ("?", "help"),
    ]
}
