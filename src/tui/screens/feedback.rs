//! The feedback screen: right or wrong, the scenario again with its evidence marked and
//! numbered, each explanation, the lesson and, in spot mode, how the marks did.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::question::{Keys, content_block, header, situation_lines};
use super::{draw_lines, more_hints, render_scrolling};
use crate::content::{FieldPath, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::quiz::Outcome;
use crate::quiz::spot::SpotResult;
use crate::scoring::OutcomeKind;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::playing::shown_scroll;
use crate::tui::text::{Mark, View, fit, wrap};

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

/// The scenario again, as it was shown, with its evidence highlighted and numbered.
pub fn message_lines(scenario: &Scenario, palette: Palette, width: u16) -> Vec<Line<'static>> {
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
    let mut lines = message_lines(scenario, palette, width);
    let teaching = Teaching::new(t, scenario, inspected, spot, palette, width, Density::Full);
    lines.push(Line::default());
    lines.extend(teaching.heading);
    lines.extend(teaching.explanations);
    lines.extend(teaching.lesson);
    lines.extend(teaching.spot);
    lines.extend(teaching.note);
    lines
}

/// What the feedback teaches, in the order it is read: the heading, each numbered explanation,
/// the lesson and, in spot mode, how the marks did; then, when there is room, the inspect note.
pub struct Teaching {
    pub heading: Vec<Line<'static>>,
    pub explanations: Vec<Line<'static>>,
    pub lesson: Vec<Line<'static>>,
    pub spot: Vec<Line<'static>>,
    pub note: Vec<Line<'static>>,
}

/// How tightly the explanations are set: the fullest that leaves the message room is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Density {
    /// Each explanation says where its evidence is; the heading names the scenario.
    Full,
    /// The numbers alone point to the evidence.
    NoPlaces,
    /// And the heading is a single word.
    NoTitle,
    /// And each explanation is its number and its words, without the red flag's name.
    NoLabels,
}

impl Teaching {
    pub fn new(
        t: &Catalog,
        scenario: &Scenario,
        inspected: bool,
        spot: Option<&SpotResult>,
        palette: Palette,
        width: u16,
        density: Density,
    ) -> Self {
        let is_flag = scenario.verdict == Verdict::Dangerous;
        let (symbol, heading, style) = if is_flag {
            ("⚑", "Red flags", palette.flag())
        } else {
            ("✓", "Why it is safe", palette.sign())
        };
        let heading = if density < Density::NoTitle {
            format!("{heading} · {}", inert(&scenario.title))
        } else {
            heading.to_string()
        };
        let mut explanations = Vec::new();
        for (i, e) in scenario.evidence().iter().enumerate() {
            let label = if density < Density::NoLabels {
                format!(" {symbol} {} ", crate::strings::evidence_label(t, e.name))
            } else {
                format!(" {symbol} ")
            };
            let mut item = Line::from(Span::styled(label, palette.strong()));
            if density == Density::Full {
                item.spans.push(Span::styled(
                    format!("(in {}) ", crate::strings::anchor_label(t, e.at)),
                    palette.dim(),
                ));
            }
            item.spans.push(Span::raw(inert(e.why).into_owned()));
            let number = Span::styled(format!("[{}]", i + 1), style);
            explanations.extend(wrap(item, usize::from(width), number, Span::raw("    ")));
        }
        let lesson = Line::from(vec![
            Span::styled("Lesson: ", palette.title()),
            Span::raw(inert(&scenario.lesson).into_owned()),
        ]);
        let anything_hidden = scenario
            .body()
            .is_some_and(|b| b.fields().iter().any(|f| f.hidden));
        let note = if inspected {
            Some("You inspected the details before answering.")
        } else if anything_hidden {
            Some(
                "You answered without inspecting: press i next time to see addresses and link targets.",
            )
        } else {
            None
        };
        Teaching {
            heading: fit(vec![Line::styled(heading, palette.title())], width),
            explanations,
            lesson: fit(vec![lesson], width),
            spot: spot.map_or_else(Vec::new, |s| fit(vec![spot_line(t, s, palette)], width)),
            note: note.map_or_else(Vec::new, |n| {
                fit(vec![Line::styled(n, palette.dim())], width)
            }),
        }
    }

    /// The rows that must show: the heading, every explanation, the lesson and the spot marks.
    fn essential(&self) -> usize {
        self.heading.len() + self.explanations.len() + self.lesson.len() + self.spot.len()
    }

    /// The lines to show in `rows` rows or fewer: the essential ones always, then, while they fit,
    /// a blank line before the lesson and the inspect note.
    pub fn lines(self, rows: usize) -> Vec<Line<'static>> {
        let mut room = rows.saturating_sub(self.essential());
        let gap = room >= 1;
        room = room.saturating_sub(1);
        let note = self.note.len() <= room;
        let mut lines = self.heading;
        lines.extend(self.explanations);
        if gap {
            lines.push(Line::default());
        }
        lines.extend(self.lesson);
        lines.extend(self.spot);
        if note {
            lines.extend(self.note);
        }
        lines
    }
}

/// Spot mode, on one line: which marks found a flag, which flags were missed, which marks were
/// wrong, and what the marks scored.
pub fn spot_line(t: &Catalog, spot: &SpotResult, palette: Palette) -> Line<'static> {
    let names = |fields: &[FieldPath]| {
        if fields.is_empty() {
            "none".to_string()
        } else {
            fields
                .iter()
                .map(|f| crate::strings::field_label(t, *f))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let mut line = Line::from(Span::styled(
        format!("Your marks: +{} points · ", spot.points),
        palette.title(),
    ));
    for (i, (symbol, what, fields, style)) in [
        ("✓", "found", &spot.found, palette.right()),
        ("✗", "missed", &spot.missed, palette.wrong()),
        ("!", "wrong marks", &spot.wrong, palette.wrong()),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            line.spans.push(Span::styled(" · ", palette.dim()));
        }
        line.spans
            .push(Span::styled(format!("{symbol} {what}: "), style));
        line.spans.push(Span::raw(names(fields)));
    }
    line
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
    let answer = play.round.answers.last();
    let inspected = answer.is_some_and(|a| a.inspected);
    let [top, verdict, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    header(app, play.round.answers.len(), play, top, buf, palette);
    verdict_line(scenario, outcome, palette).render(verdict, buf);
    let panel_width = rest.width.saturating_sub(2);
    let spot = answer.and_then(|a| a.spot.as_ref());
    let set = |density| {
        Teaching::new(
            app.t(),
            scenario,
            inspected,
            spot,
            palette,
            panel_width,
            density,
        )
    };
    let rows_of = |t: &Teaching| u16::try_from(t.essential()).unwrap_or(u16::MAX);
    let mut teaching = set(Density::Full);
    for density in [Density::NoPlaces, Density::NoTitle, Density::NoLabels] {
        if rows_of(&teaching).saturating_add(ROOMY_MESSAGE) <= rest.height {
            break;
        }
        teaching = set(density);
    }
    let block = content_block(app.t(), scenario, palette, "");
    let message_width = block.inner(rest).width;
    let message = message_lines(scenario, palette, message_width);
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
        block.title_bottom(Line::styled(" ↑↓ scroll ", palette.dim()).right_aligned())
    } else {
        block
    };
    block.render(box_area, buf);
    Paragraph::new(message)
        .scroll((scroll, 0))
        .render(inner, buf);
    more_hints(scroll, max, inner, buf, palette);
    let panel = Rect {
        x: rest.x + 1,
        y: box_area.bottom(),
        width: panel_width,
        height: rest.bottom() - box_area.bottom(),
    };
    draw_lines(lines, panel, buf);
    keys(play)
}

/// The row of the message where the first numbered evidence stands, if any is drawn.
fn first_evidence_row(message: &[Line<'_>]) -> Option<u16> {
    let is_number = |s: &str| {
        s.len() > 2
            && s.starts_with('[')
            && s.ends_with(']')
            && s[1..s.len() - 1].bytes().all(|b| b.is_ascii_digit())
    };
    message
        .iter()
        .position(|line| line.spans.iter().any(|span| is_number(&span.content)))
        .and_then(|row| u16::try_from(row).ok())
}

fn keys(play: &Play) -> Keys {
    if play.round.is_finished() {
        &[
            ("Enter", "results"),
            ("↑↓", "scroll the message"),
            ("b", "briefing"),
            ("?", "help"),
            ("q", "quit"),
        ]
    } else {
        &[
            ("Enter", "next"),
            ("↑↓", "scroll the message"),
            ("b", "briefing"),
            ("?", "help"),
            ("q", "quit"),
        ]
    }
}
