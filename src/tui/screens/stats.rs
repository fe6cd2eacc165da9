use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{KeyLine, columns, framed_in, mirrored_lines, percent, render_scrolling};
use crate::inert::inert;
use crate::progress::stats::{Stats, bar, sparkline, stats};
use crate::strings::{self, Counted};
use crate::t;
use crate::tui::app::App;
use crate::tui::palette::Palette;

fn bars<K: Counted>(
    app: &App,
    title: &str,
    lines: &[crate::progress::stats::Line<K>],
    palette: Palette,
) -> Vec<Line<'static>> {
    if lines.is_empty() {
        return Vec::new();
    }
    let t = app.t();
    let mut out = vec![
        Line::default(),
        Line::styled(title.to_string(), palette.title()),
    ];
    let width = strings::name_width(t, lines);
    for l in lines {
        // Three columns: the label, its bar, the figures (from the right in Arabic).
        out.push(columns(
            app,
            vec![
                Line::raw(format!("  {:<width$} ", l.of.worded(t))),
                Line::styled(bar(l.accuracy, 20), palette.label()),
                Line::raw(format!(
                    " {:>4}  ({}/{})",
                    percent(l.accuracy),
                    l.right,
                    l.total
                )),
            ],
        ));
    }
    out
}

pub fn stats_lines(app: &App, s: &Stats, palette: Palette) -> Vec<Line<'static>> {
    let t = app.t();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(inert(&s.profile).into_owned(), palette.title()),
            Span::raw(format!(
                "  ·  {}",
                t!(
                    t,
                    "menu-stats-rank-points",
                    rank = strings::rank(t, s.rank),
                    points = s.points,
                )
            )),
        ]),
        Line::raw(t!(
            t,
            "menu-stats-rounds",
            rounds = s.rounds,
            answered = s.answered,
            accuracy = percent(s.accuracy),
            streak = strings::best_streak(t, s.best_streak),
        )),
    ];
    lines.extend(strings::figure_lines(t, s).into_iter().map(Line::raw));
    lines.push(Line::raw(t!(
        t,
        "menu-stats-inspected",
        share = percent(s.inspected_share),
    )));
    if let Some(next) = s.next_rank {
        lines.push(Line::styled(
            t!(t, "menu-stats-next", next = strings::next_rank(t, next)),
            palette.dim(),
        ));
    }
    if !s.trend.is_empty() {
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", t!(t, "menu-stats-trend"))),
            Span::styled(sparkline(&s.trend), palette.label()),
        ]));
    }
    lines.extend(bars(
        app,
        &t!(t, "menu-stats-by-theme"),
        &s.by_theme,
        palette,
    ));
    lines.extend(bars(
        app,
        &t!(t, "menu-stats-by-channel"),
        &s.by_channel,
        palette,
    ));
    lines.extend(bars(app, &t!(t, "menu-stats-by-flag"), &s.by_cue, palette));
    lines.push(Line::default());
    let due = strings::reviews_due(t, &s.reviews_due);
    lines.push(Line::from(vec![
        Span::styled(
            format!("{} ", t!(t, "menu-stats-reviews-due")),
            palette.title(),
        ),
        Span::raw(due),
    ]));
    lines.push(Line::default());
    lines.push(Line::styled(
        t!(t, "menu-stats-achievements"),
        palette.title(),
    ));
    for a in &s.achievements {
        let (name, how) = (
            strings::achievement(t, a.achievement),
            strings::achievement_how(t, a.achievement),
        );
        lines.push(match a.earned {
            Some(date) => Line::from(vec![
                Span::styled(format!("  ★ {name}"), palette.right()),
                Span::raw(format!(" ({date}): {how}")),
            ]),
            None => Line::styled(format!("  · {name}: {how}"), palette.dim()),
        });
    }
    lines
}

pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer, palette: Palette) -> KeyLine {
    let t = app.t();
    let title = format!(" {} ", t!(t, "menu-stats-title"));
    let inner = framed_in(app, &title, area, buf, palette);
    let lines = match &app.session {
        Some(session) => stats_lines(
            app,
            &stats(&session.profile, chrono::Utc::now().date_naive()),
            palette,
        ),
        None => vec![Line::raw(t!(t, "menu-stats-no-profile"))],
    };
    let lines = mirrored_lines(app, lines, inner.width);
    render_scrolling(app, lines, scroll, inner, buf, palette);
    vec![
        ("↑↓ PgUp PgDn", t!(t, "menu-key-scroll")),
        ("Esc/Enter", t!(t, "menu-key-back")),
        ("?", t!(t, "menu-key-help")),
    ]
}
