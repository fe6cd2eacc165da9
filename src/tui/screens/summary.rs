//! The end of a round: the score, scams caught and false alarms with what they mean, the themes,
//! the items to review (each can be opened again to read its feedback), and how to replay it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::feedback::{feedback_lines, verdict_line};
use super::question::{content_block, framed, header};
use super::render_scrolling;
use crate::content::Scenario;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::quiz::{Outcome, Summary};
use crate::strings;
use crate::tui::app::{App, Done, Play};
use crate::tui::palette::Palette;
use crate::tui::text::wrap;

type Keys = &'static [(&'static str, &'static str)];

/// A figure that counts errors: a cross when there were any, a tick when none.
fn figure(line: String, errors: u32, palette: Palette) -> Line<'static> {
    if errors == 0 {
        Line::styled(format!("✓ {line}"), palette.right())
    } else {
        Line::styled(format!("✗ {line}"), palette.wrong())
    }
}

/// Minutes and seconds, for people.
pub fn duration(t: &Catalog, seconds: f64) -> String {
    let whole = seconds.round() as u64;
    if whole >= 60 {
        crate::t!(
            t,
            "round-duration-minutes",
            minutes = whole / 60,
            seconds = format!("{:02}", whole % 60)
        )
    } else {
        crate::t!(t, "round-duration-seconds", seconds = whole)
    }
}

/// The summary's lines, and the line each missed item starts on (to keep the chosen one in view).
pub fn summary_lines(
    t: &Catalog,
    pool: &[Scenario],
    play: &Play,
    summary: &Summary,
    selected: Option<usize>,
    palette: Palette,
    width: u16,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let tally = &summary.tally;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                crate::t!(
                    t,
                    "round-score",
                    right = tally.correct(),
                    total = tally.total()
                ),
                palette.title(),
            ),
            Span::raw(format!(
                "  ·  {}  ·  {}",
                strings::points(t, summary.points),
                strings::best_streak(t, summary.best_streak)
            )),
        ]),
        Line::default(),
    ];
    if let Some(caught) = strings::caught(t, tally) {
        lines.push(figure(caught, tally.misses, palette));
    }
    if let Some(false_alarms) = strings::false_alarms(t, tally) {
        lines.push(figure(false_alarms, tally.false_alarms, palette));
    }
    if let Some(sensitivity) = strings::sensitivity(t, tally) {
        lines.push(Line::raw(sensitivity));
    }
    lines.push(Line::raw(crate::t!(
        t,
        "round-time",
        time = duration(t, summary.seconds),
        inspected = summary.inspected,
        total = tally.total()
    )));
    lines.push(Line::default());
    lines.push(Line::styled(
        crate::t!(t, "round-by-theme"),
        palette.title(),
    ));
    let themes: Vec<String> = summary
        .by_theme
        .keys()
        .map(|theme| crate::strings::theme_label(t, *theme))
        .collect();
    // The names' column: as wide as the longest name, at least 22 (English's names fit it).
    let column = themes
        .iter()
        .map(|name| name.chars().count())
        .max()
        .unwrap_or(0)
        .max(22);
    for (name, (right, total)) in themes.iter().zip(summary.by_theme.values()) {
        lines.push(Line::raw(format!(
            "  {name:<column$} {}",
            crate::t!(t, "round-theme-right", right = *right, total = *total)
        )));
    }
    lines.push(Line::default());
    if summary.wrong.is_empty() {
        lines.push(Line::styled(
            crate::t!(t, "round-nothing-to-review"),
            palette.right(),
        ));
    } else {
        lines.push(Line::from(vec![
            Span::styled(crate::t!(t, "round-to-review"), palette.title()),
            Span::styled(
                format!("  {}", crate::t!(t, "round-to-review-hint")),
                palette.dim(),
            ),
        ]));
    }
    let mut starts = Vec::new();
    for (i, &index) in summary.wrong.iter().enumerate() {
        let s = &pool[index];
        starts.push(lines.len());
        let chosen = selected == Some(i);
        let (pointer, title_style) = if chosen {
            ("▶ ", palette.selected())
        } else {
            ("✗ ", palette.strong())
        };
        lines.push(Line::from(vec![
            Span::styled(pointer, palette.wrong()),
            Span::styled(inert(&s.title).into_owned(), title_style),
            Span::styled(
                format!(
                    " ({}{} {})",
                    crate::strings::channel_label(t, s.channel),
                    comma(t),
                    crate::strings::verdict(t, s.verdict)
                ),
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
    if let Some(replay) = strings::replay(t, &play.mode, play.seed, play.round.items.len()) {
        lines.push(Line::default());
        lines.push(Line::styled(replay, palette.dim()));
    }
    (lines, starts)
}

/// The comma between two words of a list, as the language writes it.
fn comma(t: &Catalog) -> &'static str {
    match t.direction() {
        crate::bidi::Direction::RightToLeft => "،",
        crate::bidi::Direction::LeftToRight => ",",
    }
}

/// The scroll that keeps line `at` in a view of `height` rows, starting from `scroll`.
fn in_view(scroll: u16, at: Option<usize>, height: u16) -> u16 {
    let Some(at) = at.and_then(|a| u16::try_from(a).ok()) else {
        return scroll;
    };
    // The chosen title and the first line of its lesson.
    let below = at.saturating_add(2).saturating_sub(height);
    scroll.clamp(below, at.max(below))
}

pub fn render(
    app: &App,
    done: &Done,
    scroll: u16,
    selected: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> Keys {
    let t = app.t();
    let title = format!(
        " {} ",
        crate::t!(
            t,
            "round-complete",
            mode = strings::mode(t, &done.play.mode)
        )
    );
    let inner = framed(t, &title, area, buf, palette);
    let mut lines = Vec::new();
    if let Some(result) = &done.module {
        let (symbol, style) = if result.passed {
            ("✓ ", palette.right())
        } else {
            ("✗ ", palette.wrong())
        };
        lines.push(Line::from(vec![
            Span::styled(symbol, style),
            Span::styled(strings::module_result(app.t(), result), style),
        ]));
    }
    for achievement in &done.earned {
        lines.push(Line::from(vec![
            Span::styled(
                crate::t!(
                    t,
                    "round-achievement",
                    name = strings::achievement(t, *achievement)
                ),
                palette.right(),
            ),
            Span::raw(format!(
                " ({})",
                strings::achievement_how(app.t(), *achievement)
            )),
        ]));
    }
    if let Some(message) = &app.message {
        lines.push(Line::from(vec![
            Span::styled("! ", palette.key()),
            Span::raw(inert(&message.text(app.t())).into_owned()),
        ]));
    }
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    let above = lines.len();
    let (summary, starts) = summary_lines(
        t,
        &app.pool,
        &done.play,
        &done.summary,
        selected,
        palette,
        inner.width,
    );
    lines.extend(summary);
    let chosen = selected.and_then(|i| starts.get(i)).map(|s| s + above);
    let scroll = in_view(scroll, chosen, inner.height);
    render_scrolling(app, lines, scroll, inner, buf, palette);
    match (selected.is_some(), done.module.is_some()) {
        (true, _) => &[
            ("↑↓", "round-key-choose"),
            ("Enter", "round-key-see-again"),
            ("Esc", "round-key-back"),
            ("p", "round-key-play-round"),
            ("?", "round-key-help"),
        ],
        (false, true) => &[
            ("Enter", "round-key-training-path"),
            ("p", "round-key-play-round"),
            ("↑↓", "round-key-scroll"),
            ("?", "round-key-help"),
        ],
        (false, false) => &[
            ("Enter", "round-key-menu"),
            ("p", "round-key-play-again"),
            ("↑↓", "round-key-scroll"),
            ("?", "round-key-help"),
        ],
    }
}

/// A missed item opened again from the summary: what was answered, then its whole feedback.
pub fn render_missed(
    app: &App,
    done: &Done,
    index: usize,
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> Keys {
    let t = app.t();
    let round = &done.play.round;
    let Some(&item) = done.summary.wrong.get(index) else {
        return &[];
    };
    let Some(position) = round.items.iter().position(|&i| i == item) else {
        return &[];
    };
    let (Some(scenario), Some(answer)) = (app.pool.get(item), round.answers.get(position)) else {
        return &[];
    };
    let [top, verdict, middle] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(app, position + 1, &done.play, top, buf, palette);
    let outcome = Outcome {
        kind: answer.kind,
        points: answer.points,
        streak: 0,
    };
    verdict_line(t, scenario, &outcome, palette).render(verdict, buf);
    let note = format!(
        " {} ",
        crate::t!(
            t,
            "round-missed-note",
            number = index + 1,
            total = done.summary.wrong.len()
        )
    );
    let block = content_block(t, scenario, palette, &note);
    let inner = block.inner(middle);
    block.render(middle, buf);
    let lines = feedback_lines(
        t,
        scenario,
        answer.inspected,
        answer.spot.as_ref(),
        palette,
        inner.width,
    );
    render_scrolling(app, lines, scroll, inner, buf, palette);
    &[
        ("↑↓", "round-key-scroll"),
        ("Esc/Enter", "round-key-back-to-results"),
        ("?", "round-key-help"),
    ]
}
