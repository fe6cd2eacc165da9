//! The question screen: the scenario as it arrives, with the verdict buttons (and, in spot mode,
//! the field cursor and the marks).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Widget};

use super::render_scrolling;
use crate::content::{Scenario, Verdict};
use crate::inert::inert;
use crate::quiz::spot::markable;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::text::{Spot, View};

pub(super) type Keys = &'static [(&'static str, &'static str)];

/// The top row: the item's position and channel, and the points so far.
pub(super) fn header(
    position: usize,
    play: &Play,
    scenario: &Scenario,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let left = Line::from(vec![
        Span::styled("⚑ redflag", palette.title()),
        Span::raw(format!(
            "  Item {position} of {} · {}",
            play.round.items.len(),
            scenario.channel.label()
        )),
    ]);
    left.render(area, buf);
    let right = Line::raw(format!(
        "Points {} · streak {} ",
        play.round.points(),
        play.round.streak()
    ))
    .right_aligned();
    right.render(area, buf);
}

pub(super) fn situation_lines(scenario: &Scenario, palette: Palette) -> Vec<Line<'static>> {
    if scenario.situation.is_empty() {
        return Vec::new();
    }
    vec![
        Line::from(vec![
            Span::styled("Situation: ", palette.label()),
            Span::styled(inert(&scenario.situation).into_owned(), palette.dim()),
        ]),
        Line::default(),
    ]
}

pub(super) fn content_block(scenario: &Scenario, palette: Palette, note: &str) -> Block<'static> {
    Block::bordered()
        .title(Line::styled(
            format!(" {} ", scenario.channel.label()),
            palette.title(),
        ))
        .title_bottom(Line::styled(note.to_string(), palette.dim()).right_aligned())
        .padding(Padding::horizontal(1))
}

pub fn render_question(
    app: &App,
    play: &Play,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> Keys {
    let Some(scenario) = play.round.current().map(|i| &app.pool[i]) else {
        return &[];
    };
    let [top, middle, choice] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    header(play.round.position(), play, scenario, top, buf, palette);
    let note = if play.inspected {
        " inspected ✓ "
    } else {
        " i: inspect "
    };
    let block = content_block(scenario, palette, note);
    let inner = block.inner(middle);
    block.render(middle, buf);
    let fields = if play.spotting() {
        markable(scenario, play.inspected)
    } else {
        Vec::new()
    };
    let spot = play.spotting().then(|| Spot {
        cursor: fields.get(play.cursor).copied(),
        marked: &play.marks,
    });
    let view = View {
        inspected: play.inspected,
        marks: &[],
        palette,
        width: inner.width,
        spot,
    };
    let mut lines = situation_lines(scenario, palette);
    if let Some(body) = scenario.body() {
        lines.extend(channels::render(body, &view));
    }
    render_scrolling(app, lines, play.scroll, inner, buf, palette);
    let button = |verdict: Verdict, key: &str, label: &str| {
        let style = if play.choice == verdict {
            palette.selected()
        } else {
            palette.strong()
        };
        let cursor = if play.choice == verdict { "▶" } else { " " };
        Span::styled(format!("{cursor} [{key}] {label} "), style)
    };
    Line::from(vec![
        Span::raw("Your verdict:  "),
        button(Verdict::Safe, "s", "SAFE"),
        Span::raw("   "),
        button(Verdict::Dangerous, "d", "DANGEROUS"),
        Span::styled("   (or ←→ and Enter)", palette.dim()),
    ])
    .render(choice, buf);
    if play.spotting() {
        return &[
            ("Tab", "field"),
            ("m", "mark ⚑?"),
            ("s", "safe"),
            ("d", "dangerous"),
            ("i", "inspect"),
            ("?", "help"),
            ("q", "quit"),
        ];
    }
    &[
        ("s", "safe"),
        ("d", "dangerous"),
        ("i", "inspect"),
        ("↑↓", "scroll"),
        ("b", "briefing"),
        ("?", "help"),
        ("q", "quit"),
    ]
}
