use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::app::{App, MENU};
use crate::tui::palette::Palette;

pub fn render(
    app: &App,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let mut lines = vec![
        Line::default(),
        Line::from(vec![
            Span::styled("  ⚑ redflag", palette.title()),
            Span::raw(" · spot the scam before it spots you"),
        ]),
        Line::default(),
    ];
    for m in &app.manifests {
        lines.push(Line::styled(
            format!("  Pack: {} (v{})", m.name, m.version),
            palette.dim(),
        ));
    }
    let dangerous = app
        .pool
        .iter()
        .filter(|s| s.verdict == crate::content::Verdict::Dangerous)
        .count();
    lines.push(Line::styled(
        format!(
            "  {} scenarios ({} dangerous, {} safe) · rounds of {}",
            app.pool.len(),
            dangerous,
            app.pool.len() - dangerous,
            app.settings.count
        ),
        palette.dim(),
    ));
    lines.push(Line::default());
    for (i, item) in MENU.iter().enumerate() {
        if i == selected {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("▶ {item} "), palette.selected()),
            ]));
        } else {
            lines.push(Line::raw(format!("    {item}")));
        }
    }
    lines.push(Line::default());
    lines.push(Line::raw(
        "  Judge each message safe or dangerous. Inspect it first, as a careful person",
    ));
    lines.push(Line::raw(
        "  would: the real sender, where links go, who published an app.",
    ));
    Paragraph::new(lines).render(area, buf);
    &[
        ("↑↓", "choose"),
        ("Enter", "select"),
        ("p", "play"),
        ("b", "briefing"),
        ("?", "help"),
        ("q", "quit"),
    ]
}
