use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{framed, percent, render_scrolling};
use crate::content::Scenario;
use crate::inert::inert;
use crate::quiz::Summary;
use crate::tui::app::{App, Done, Play};
use crate::tui::palette::Palette;
use crate::tui::text::wrap;

/// An error count: a cross when there were any, a tick when none.
fn error_count(what: &str, n: u32, palette: Palette) -> Span<'static> {
    if n == 0 {
        Span::styled(format!("✓ {what}: 0"), palette.right())
    } else {
        Span::styled(format!("✗ {what}: {n}"), palette.wrong())
    }
}

/// Minutes and seconds, for people.
pub fn duration(seconds: f64) -> String {
    let whole = seconds.round() as u64;
    if whole >= 60 {
        format!("{}m {:02}s", whole / 60, whole % 60)
    } else {
        format!("{whole}s")
    }
}

pub fn summary_lines(
    pool: &[Scenario],
    play: &Play,
    summary: &Summary,
    palette: Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let t = &summary.tally;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("Score: {}/{} right", t.correct(), t.total()),
                palette.title(),
            ),
            Span::raw(format!(
                "  ·  {} points  ·  best streak {}",
                summary.points, summary.best_streak
            )),
        ]),
        Line::default(),
        Line::from(vec![
            error_count("Missed scams", t.misses, palette),
            Span::raw("  (dangerous judged safe)"),
        ]),
        Line::from(vec![
            error_count("False alarms", t.false_alarms, palette),
            Span::raw("  (safe judged dangerous)"),
        ]),
        Line::raw(format!(
            "Catch rate {}  ·  false-alarm rate {}  ·  sensitivity d′ {}",
            percent(t.catch_rate()),
            percent(t.false_alarm_rate()),
            t.d_prime().map_or("–".into(), |d| format!("{d:.2}"))
        )),
        Line::raw(format!(
            "Time: {}  ·  inspected before answering: {} of {}",
            duration(summary.seconds),
            summary.inspected,
            t.total()
        )),
        Line::default(),
        Line::styled("By theme", palette.title()),
    ];
    for (theme, (right, total)) in &summary.by_theme {
        lines.push(Line::raw(format!(
            "  {:<22} {right}/{total}",
            theme.label()
        )));
    }
    lines.push(Line::default());
    if summary.wrong.is_empty() {
        lines.push(Line::styled(
            "✓ Nothing to review: every answer was right.",
            palette.right(),
        ));
    } else {
        lines.push(Line::styled("To review", palette.title()));
    }
    for &index in &summary.wrong {
        let s = &pool[index];
        lines.push(Line::from(vec![
            Span::styled("✗ ", palette.wrong()),
            Span::styled(inert(&s.title).into_owned(), palette.strong()),
            Span::styled(
                format!(" ({}, {})", s.channel.label(), s.verdict),
                palette.dim(),
            ),
        ]));
        let lesson = Line::raw(inert(&s.lesson).into_owned());
        lines.extend(wrap(
            lesson,
            usize::from(width),
            Span::raw("    "),
            Span::raw("    "),
        ));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(
            "Seed {}: replay this round with --seed {} --count {}",
            play.seed,
            play.seed,
            play.round.items.len()
        ),
        palette.dim(),
    ));
    lines
}

pub fn render(
    app: &App,
    done: &Done,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let inner = framed(" Round complete ", area, buf, palette);
    let mut lines = Vec::new();
    if let Some(result) = &done.module {
        let (symbol, style) = if result.passed {
            ("✓ ", palette.right())
        } else {
            ("✗ ", palette.wrong())
        };
        lines.push(Line::from(vec![
            Span::styled(symbol, style),
            Span::styled(crate::strings::module_result(result), style),
        ]));
    }
    for achievement in &done.earned {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "★ Achievement: {}",
                    crate::strings::achievement(*achievement)
                ),
                palette.right(),
            ),
            Span::raw(format!(
                " ({})",
                crate::strings::achievement_how(*achievement)
            )),
        ]));
    }
    if let Some(message) = &app.message {
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text()).into_owned()),
        ]));
    }
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    lines.extend(summary_lines(
        &app.pool,
        &done.play,
        &done.summary,
        palette,
        inner.width,
    ));
    render_scrolling(app, lines, scroll, inner, buf, palette);
    if done.module.is_some() {
        &[
            ("Enter", "training path"),
            ("p", "play a round"),
            ("↑↓", "scroll"),
            ("?", "help"),
        ]
    } else {
        &[
            ("Enter", "menu"),
            ("p", "play again"),
            ("↑↓", "scroll"),
            ("?", "help"),
        ]
    }
}
