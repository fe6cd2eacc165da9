//! The feedback screen: right or wrong, the scenario again with its evidence marked and
//! numbered, each explanation, the lesson and, in spot mode, how the marks did.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::question::{Keys, content_block, header, situation_lines};
use super::render_scrolling;
use crate::content::{FieldPath, Scenario, Verdict};
use crate::inert::inert;
use crate::quiz::Outcome;
use crate::quiz::spot::SpotResult;
use crate::scoring::OutcomeKind;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::text::{Mark, View, wrap};

/// Numbered marks for every flag or sign of the scenario.
/// Evidence whose `at` names no field has no mark (a checked pack has none such); the others
/// keep their numbers.
pub fn marks(scenario: &Scenario) -> Vec<Mark> {
    scenario
        .evidence()
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            Some(Mark {
                number: i + 1,
                at: e.at.field()?,
                text: e.text.to_string(),
                is_flag: scenario.verdict == Verdict::Dangerous,
            })
        })
        .collect()
}

/// The verdict line: words and a symbol, never colour alone.
pub fn verdict_line(scenario: &Scenario, outcome: &Outcome, palette: Palette) -> Line<'static> {
    let truth = scenario.verdict.name();
    let (symbol, text, style) = match outcome.kind {
        OutcomeKind::Hit | OutcomeKind::CorrectRejection => (
            "✓ Right",
            format!(": it was {truth}. +{} points", outcome.points),
            palette.right(),
        ),
        OutcomeKind::MissedScam => (
            "✗ Wrong",
            ": this was dangerous and you judged it safe (a missed scam).".to_string(),
            palette.wrong(),
        ),
        OutcomeKind::FalseAlarm => (
            "✗ Wrong",
            ": this was safe and you judged it dangerous (a false alarm).".to_string(),
            palette.wrong(),
        ),
    };
    Line::from(vec![Span::styled(symbol, style), Span::styled(text, style)])
}

/// The scenario again with its evidence marked, then each explanation and the lesson.
pub fn feedback_lines(
    scenario: &Scenario,
    inspected: bool,
    spot: Option<&SpotResult>,
    palette: Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let marks = marks(scenario);
    let view = View {
        inspected: true,
        marks: &marks,
        palette,
        width,
        spot: None,
    };
    let mut lines = situation_lines(scenario, palette);
    if let Some(body) = scenario.body() {
        lines.extend(channels::render(body, &view));
    }
    lines.push(Line::default());
    let heading = if scenario.verdict == Verdict::Dangerous {
        "Red flags"
    } else {
        "Why it is safe"
    };
    lines.push(Line::styled(
        format!("{heading} · {}", inert(&scenario.title)),
        palette.title(),
    ));
    let is_flag = scenario.verdict == Verdict::Dangerous;
    for (i, e) in scenario.evidence().iter().enumerate() {
        let symbol = if is_flag { "⚑" } else { "✓" };
        let style = if is_flag {
            palette.flag()
        } else {
            palette.sign()
        };
        let item = Line::from(vec![
            Span::styled(
                format!(" {symbol} {} ", crate::strings::evidence_label(e.name)),
                palette.strong(),
            ),
            Span::styled(format!("(in {}) ", e.at.label()), palette.dim()),
            Span::raw(inert(e.why).into_owned()),
        ]);
        let number = Span::styled(format!("[{}]", i + 1), style);
        lines.extend(wrap(item, usize::from(width), number, Span::raw("    ")));
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled("Lesson: ", palette.title()),
        Span::raw(inert(&scenario.lesson).into_owned()),
    ]));
    let anything_hidden = scenario
        .body()
        .is_some_and(|b| b.fields().iter().any(|f| f.hidden));
    if inspected {
        lines.push(Line::styled(
            "You inspected the details before answering.",
            palette.dim(),
        ));
    } else if anything_hidden {
        lines.push(Line::styled(
            "You answered without inspecting: press i next time to see addresses and link targets.",
            palette.dim(),
        ));
    }
    if let Some(spot) = spot {
        lines.extend(spot_lines(spot, palette, width));
    }
    lines
}

/// Spot mode: which marks found a flag, which flags were missed, which marks were wrong.
pub fn spot_lines(spot: &SpotResult, palette: Palette, width: u16) -> Vec<Line<'static>> {
    let names = |fields: &[FieldPath]| {
        if fields.is_empty() {
            "none".to_string()
        } else {
            fields
                .iter()
                .map(FieldPath::label)
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let mut lines = vec![
        Line::default(),
        Line::styled(
            format!("Your marks · +{} points", spot.points),
            palette.title(),
        ),
    ];
    for (symbol, what, fields, style) in [
        ("✓", "found", &spot.found, palette.right()),
        ("✗", "missed", &spot.missed, palette.wrong()),
        ("!", "wrong marks", &spot.wrong, palette.wrong()),
    ] {
        let line = Line::from(vec![
            Span::styled(format!("{what}: "), palette.strong()),
            Span::raw(names(fields)),
        ]);
        lines.extend(wrap(
            line,
            usize::from(width),
            Span::styled(format!("{symbol} "), style),
            Span::raw("  "),
        ));
    }
    lines
}

pub fn render_feedback(
    app: &App,
    play: &Play,
    outcome: &Outcome,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> Keys {
    let Some(scenario) = app.current_scenario() else {
        return &[];
    };
    let inspected = play.round.answers.last().is_some_and(|a| a.inspected);
    let [top, verdict, middle] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(play.round.answers.len(), play, scenario, top, buf, palette);
    verdict_line(scenario, outcome, palette).render(verdict, buf);
    let block = content_block(scenario, palette, " evidence marked [n] ");
    let inner = block.inner(middle);
    block.render(middle, buf);
    render_scrolling(
        app,
        feedback_lines(
            scenario,
            inspected,
            play.round.answers.last().and_then(|a| a.spot.as_ref()),
            palette,
            inner.width,
        ),
        play.scroll,
        inner,
        buf,
        palette,
    );
    let next = if play.round.is_finished() {
        "results"
    } else {
        "next"
    };
    if next == "results" {
        &[
            ("Enter", "results"),
            ("↑↓", "scroll"),
            ("b", "briefing"),
            ("?", "help"),
            ("q", "quit"),
        ]
    } else {
        &[
            ("Enter", "next"),
            ("↑↓", "scroll"),
            ("b", "briefing"),
            ("?", "help"),
            ("q", "quit"),
        ]
    }
}
