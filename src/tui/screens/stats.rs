use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{framed, percent, render_scrolling};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::stats::{Stats, bar, sparkline, stats};
use crate::strings::{self, Counted};
use crate::tui::app::App;
use crate::tui::palette::Palette;

fn bars<K: Counted>(
    t: &Catalog,
    title: &str,
    lines: &[crate::progress::stats::Line<K>],
    palette: Palette,
) -> Vec<Line<'static>> {
    if lines.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        Line::default(),
        Line::styled(title.to_string(), palette.title()),
    ];
    let width = strings::name_width(t, lines);
    for l in lines {
        out.push(Line::from(vec![
            Span::raw(format!("  {:<width$} ", l.of.worded(t))),
            Span::styled(bar(l.accuracy, 20), palette.label()),
            Span::raw(format!(
                " {:>4}  ({}/{})",
                percent(l.accuracy),
                l.right,
                l.total
            )),
        ]));
    }
    out
}

pub fn stats_lines(t: &Catalog, s: &Stats, palette: Palette) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(vec![
            Span::styled(inert(&s.profile).into_owned(), palette.title()),
            Span::raw(format!(
                "  ·  rank {}  ·  {} points",
                strings::rank(t, s.rank),
                s.points
            )),
        ]),
        Line::raw(format!(
            "Rounds {}  ·  answers {} ({} right)  ·  {}",
            s.rounds,
            s.answered,
            percent(s.accuracy),
            strings::best_streak(t, s.best_streak)
        )),
    ];
    lines.extend(strings::figure_lines(t, s).into_iter().map(Line::raw));
    lines.push(Line::raw(format!(
        "Inspected before answering: {} of answers",
        percent(s.inspected_share)
    )));
    if let Some(next) = s.next_rank {
        lines.push(Line::styled(
            format!("Next: {}", strings::next_rank(t, next)),
            palette.dim(),
        ));
    }
    if !s.trend.is_empty() {
        lines.push(Line::from(vec![
            Span::raw("Share right per round, oldest first: "),
            Span::styled(sparkline(&s.trend), palette.label()),
        ]));
    }
    lines.extend(bars(t, "By theme", &s.by_theme, palette));
    lines.extend(bars(t, "By channel", &s.by_channel, palette));
    lines.extend(bars(t, "By red flag", &s.by_cue, palette));
    lines.push(Line::default());
    let due = strings::reviews_due(t, &s.reviews_due);
    lines.push(Line::from(vec![
        Span::styled("Reviews due: ", palette.title()),
        Span::raw(due),
    ]));
    lines.push(Line::default());
    lines.push(Line::styled("Achievements", palette.title()));
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

pub fn render(
    app: &App,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> &'static [(&'static str, &'static str)] {
    let inner = framed(" Your progress ", area, buf, palette);
    let lines = match &app.session {
        Some(session) => stats_lines(
            app.t(),
            &stats(&session.profile, chrono::Utc::now().date_naive()),
            palette,
        ),
        None => vec![Line::raw("No profile: progress is not kept.")],
    };
    render_scrolling(app, lines, scroll, inner, buf, palette);
    &[
        ("↑↓ PgUp PgDn", "scroll"),
        ("Esc/Enter", "back"),
        ("?", "help"),
    ]
}
