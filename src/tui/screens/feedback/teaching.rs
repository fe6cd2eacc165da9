//! What the feedback teaches, set to the room there is: the heading, each numbered explanation,
//! the lesson and, in spot mode, how the marks did.

use ratatui::text::{Line, Span};

use crate::content::{FieldPath, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::quiz::spot::SpotResult;
use crate::tui::palette::Palette;
use crate::tui::text::{fit, wrap};

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
            ("⚑", crate::t!(t, "round-red-flags"), palette.flag())
        } else {
            ("✓", crate::t!(t, "round-why-safe"), palette.sign())
        };
        let heading = if density < Density::NoTitle {
            format!("{heading} · {}", inert(&scenario.title))
        } else {
            heading
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
                    format!(
                        "{} ",
                        crate::t!(
                            t,
                            "round-evidence-place",
                            place = crate::strings::anchor_label(t, e.at)
                        )
                    ),
                    palette.dim(),
                ));
            }
            item.spans.push(Span::raw(inert(e.why).into_owned()));
            let number = Span::styled(format!("[{}]", i + 1), style);
            let rows = wrap(item, usize::from(width), number, Span::raw("    "));
            explanations.extend(in_reading_order(t, rows));
        }
        let lesson = Line::from(vec![
            Span::styled(
                format!("{} ", crate::t!(t, "round-lesson")),
                palette.title(),
            ),
            Span::raw(inert(&scenario.lesson).into_owned()),
        ]);
        let anything_hidden = scenario
            .body()
            .is_some_and(|b| b.fields().iter().any(|f| f.hidden));
        let note = if inspected {
            Some(crate::t!(t, "round-note-inspected"))
        } else if anything_hidden {
            Some(crate::t!(t, "round-note-not-inspected"))
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
    pub(super) fn essential(&self) -> usize {
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

/// An explanation's rows (wrapped in reading order, under its number) each put in visual order
/// for the explanation's direction: the interface's in a right-to-left language, else its own
/// (an explanation in English stays as it is).
fn in_reading_order(t: &Catalog, rows: Vec<Line<'static>>) -> Vec<Line<'static>> {
    use crate::bidi::{self, Direction};
    let text: String = rows
        .iter()
        .flat_map(|row| row.spans.iter().map(|s| s.content.as_ref()))
        .collect();
    let direction = match t.direction() {
        Direction::RightToLeft => Direction::RightToLeft,
        Direction::LeftToRight if !bidi::has_rtl(&text) => return rows,
        Direction::LeftToRight => bidi::direction(&text, Direction::LeftToRight),
    };
    rows.into_iter()
        .map(|row| crate::tui::rtl::in_paragraph(row, direction))
        .collect()
}

/// Spot mode, on one line: which marks found a flag, which flags were missed, which marks were
/// wrong, and what the marks scored.
pub fn spot_line(t: &Catalog, spot: &SpotResult, palette: Palette) -> Line<'static> {
    let names = |fields: &[FieldPath]| {
        if fields.is_empty() {
            crate::t!(t, "round-spot-none")
        } else {
            fields
                .iter()
                .map(|at| crate::strings::field_label(t, *at))
                .collect::<Vec<_>>()
                .join(if t.direction() == crate::bidi::Direction::RightToLeft {
                    "، "
                } else {
                    ", "
                })
        }
    };
    let mut line = Line::from(Span::styled(
        format!(
            "{} ",
            crate::t!(t, "round-spot-result", points = spot.points)
        ),
        palette.title(),
    ));
    for (i, (symbol, what, fields, style)) in [
        (
            "✓",
            crate::t!(t, "round-spot-found"),
            &spot.found,
            palette.right(),
        ),
        (
            "✗",
            crate::t!(t, "round-spot-missed"),
            &spot.missed,
            palette.wrong(),
        ),
        (
            "!",
            crate::t!(t, "round-spot-wrong"),
            &spot.wrong,
            palette.wrong(),
        ),
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
