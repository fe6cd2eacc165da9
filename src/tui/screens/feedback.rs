//! The feedback screen: right or wrong, the scenario again with its evidence marked and
//! numbered, each explanation, the lesson and, in spot mode, how the marks did.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::question::{Keys, content_block, header, on_side, situation_lines};
use super::{draw_lines, more_hints, render_scrolling};
use crate::content::{Scenario, Verdict};
use crate::i18n::Catalog;
use crate::quiz::Outcome;
use crate::quiz::spot::SpotResult;
use crate::scoring::OutcomeKind;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::playing::shown_scroll;
use crate::tui::text::{Mark, View, fit};

mod teaching;
pub use teaching::{Density, Teaching};

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
/// It is a line of the interface: on the language's side.
pub fn verdict_line(
    t: &Catalog,
    scenario: &Scenario,
    outcome: &Outcome,
    palette: Palette,
) -> Line<'static> {
    let truth = crate::strings::verdict(t, scenario.verdict);
    let (symbol, text, style) = match outcome.kind {
        OutcomeKind::Hit | OutcomeKind::CorrectRejection => (
            crate::t!(t, "round-right"),
            crate::t!(
                t,
                "round-right-detail",
                truth = truth,
                points = outcome.points
            ),
            palette.right(),
        ),
        OutcomeKind::MissedScam => (
            crate::t!(t, "round-wrong"),
            crate::t!(t, "round-missed-scam"),
            palette.wrong(),
        ),
        OutcomeKind::FalseAlarm => (
            crate::t!(t, "round-wrong"),
            crate::t!(t, "round-false-alarm"),
            palette.wrong(),
        ),
    };
    on_side(
        t,
        Line::from(vec![Span::styled(symbol, style), Span::styled(text, style)]),
    )
}

/// The scenario again, as it was shown, with its evidence highlighted and numbered.
pub fn message_lines(
    t: &Catalog,
    scenario: &Scenario,
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
    let mut lines = situation_lines(t, scenario, palette);
    if let Some(body) = scenario.body() {
        lines.extend(channels::render(t, body, &view));
    }
    fit(lines, width)
}

/// A whole feedback as one scrolling page (the message, then what it teaches), for a missed
/// item reopened from the results, where no round is waiting for the next key.
pub fn feedback_lines(
    t: &Catalog,
    scenario: &Scenario,
    inspected: bool,
    spot: Option<&SpotResult>,
    palette: Palette,
    width: u16,
) -> Vec<Line<'static>> {
    let mut lines = message_lines(t, scenario, palette, width);
    let teaching = Teaching::new(t, scenario, inspected, spot, palette, width, Density::Full);
    lines.push(Line::default());
    lines.extend(teaching.heading);
    lines.extend(teaching.explanations);
    lines.extend(teaching.lesson);
    lines.extend(teaching.spot);
    lines.extend(teaching.note);
    lines
}

/// The message box's smallest useful height: its two borders and two rows of the message.
const SMALLEST_MESSAGE: u16 = 4;

/// The message box's height below which the explanations are set more tightly: its borders and
/// three rows of the message.
const ROOMY_MESSAGE: u16 = 5;

/// The feedback: the verdict, then the message with its evidence marked, then the explanations
/// and the lesson. The explanations and the lesson get their full height first, so that they
/// are read without a key press at 80x24; the message takes the rows left, shown from its first
/// piece of evidence, and scrolls with ↑↓ while the explanations stay put.
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
    let t = app.t();
    let answer = play.round.answers.last();
    let inspected = answer.is_some_and(|a| a.inspected);
    let [top, verdict, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(app, play.round.answers.len(), play, top, buf, palette);
    verdict_line(t, scenario, outcome, palette).render(verdict, buf);
    let panel_width = rest.width.saturating_sub(2);
    let spot = answer.and_then(|a| a.spot.as_ref());
    let set = |density| Teaching::new(t, scenario, inspected, spot, palette, panel_width, density);
    let rows_of = |teaching: &Teaching| u16::try_from(teaching.essential()).unwrap_or(u16::MAX);
    let mut teaching = set(Density::Full);
    for density in [Density::NoPlaces, Density::NoTitle, Density::NoLabels] {
        if rows_of(&teaching).saturating_add(ROOMY_MESSAGE) <= rest.height {
            break;
        }
        teaching = set(density);
    }
    let block = content_block(t, scenario, palette, "");
    let message_width = block.inner(rest).width;
    let message = message_lines(t, scenario, palette, message_width);
    let essential = u16::try_from(teaching.essential()).unwrap_or(u16::MAX);
    if essential.saturating_add(SMALLEST_MESSAGE) > rest.height {
        // Too little room for both: one page, the explanations first.
        let mut lines = teaching.lines(usize::MAX);
        lines.push(Line::default());
        lines.extend(message);
        let inner = block.inner(rest);
        block.render(rest, buf);
        app.drawn.evidence_row.set(0);
        let scroll = shown_scroll(play.scroll, 0);
        render_scrolling(app, lines, scroll, inner, buf, palette);
        return keys(play);
    }
    let content = u16::try_from(message.len()).unwrap_or(u16::MAX);
    let spare = rest.height - essential;
    // The message takes what the essentials leave, but no more than it needs; the extras
    // (spot marks, the inspect note) come after it only if there is room.
    let wanted_box = content.saturating_add(2).min(spare);
    let extras_room = spare - wanted_box;
    let lines = teaching.lines(usize::from(essential + extras_room));
    let panel_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let box_height = (rest.height - panel_height).min(content.saturating_add(2));
    let box_area = Rect {
        height: box_height,
        ..rest
    };
    let inner = block.inner(box_area);
    let max = content.saturating_sub(inner.height);
    // The first evidence shows with a row of context above it, unless the box is tiny.
    let context = u16::from(inner.height >= 4);
    let evidence_row = first_evidence_row(&message)
        .filter(|&row| row >= inner.height)
        .map_or(0, |row| row.saturating_sub(context).min(max));
    app.drawn.evidence_row.set(evidence_row);
    app.max_scroll.set(max);
    let scroll = shown_scroll(play.scroll, evidence_row).min(max);
    let block = if max > 0 {
        block.title_bottom(on_side(
            t,
            Line::styled(
                format!(" {} ", crate::t!(t, "round-scroll-hint")),
                palette.dim(),
            )
            .right_aligned(),
        ))
    } else {
        block
    };
    block.render(box_area, buf);
    Paragraph::new(message)
        .scroll((scroll, 0))
        .render(inner, buf);
    more_hints(app, scroll, max, inner, buf, palette);
    let panel = Rect {
        x: rest.x + 1,
        y: box_area.bottom(),
        width: panel_width,
        height: rest.bottom() - box_area.bottom(),
    };
    draw_lines(lines, panel, buf);
    keys(play)
}

/// The row of the message where the first numbered evidence stands, if any is drawn. A number
/// is a span of its own, or, on a line put in visual order (where pieces of one style are
/// joined), part of its highlighted words.
fn first_evidence_row(message: &[Line<'_>]) -> Option<u16> {
    let is_number = |s: &str| {
        s.len() > 2
            && s.starts_with('[')
            && s.ends_with(']')
            && s[1..s.len() - 1].bytes().all(|b| b.is_ascii_digit())
    };
    let holds_number = |s: &str| {
        s.match_indices('[').any(|(i, _)| {
            s[i..]
                .find(']')
                .is_some_and(|end| is_number(&s[i..=i + end]))
        })
    };
    message
        .iter()
        .position(|line| {
            line.spans.iter().any(|span| {
                is_number(&span.content)
                    || (line.alignment.is_some() && holds_number(&span.content))
            })
        })
        .and_then(|row| u16::try_from(row).ok())
}

fn keys(play: &Play) -> Keys {
    if play.round.is_finished() {
        &[
            ("Enter", "round-key-results"),
            ("↑↓", "round-key-scroll-message"),
            ("b", "round-key-briefing"),
            ("?", "round-key-help"),
            ("q", "round-key-quit"),
        ]
    } else {
        &[
            ("Enter", "round-key-next"),
            ("↑↓", "round-key-scroll-message"),
            ("b", "round-key-briefing"),
            ("?", "round-key-help"),
            ("q", "round-key-quit"),
        ]
    }
}
