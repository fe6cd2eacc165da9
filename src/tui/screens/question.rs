//! The question screen: the scenario as it arrives, with the verdict buttons (and, in spot mode,
//! the field cursor and the marks).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Widget};

use super::render_scrolling;
use crate::content::{Scenario, Verdict};
use crate::inert::inert;
use crate::progress::Mode;
use crate::quiz::spot::{POINTS_PER_FIND, POINTS_PER_WRONG_MARK, markable};
use crate::strings::module_title;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::text::{Spot, View, fit};

pub(super) type Keys = &'static [(&'static str, &'static str)];

/// The top row: the mode, the item's position with a progress bar, and the points so far.
/// `position` is the item on screen; the bar fills with the items answered.
pub(super) fn header(
    app: &App,
    position: usize,
    play: &Play,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let total = play.round.items.len();
    let right = Line::raw(format!(
        "Points {} · streak {} ",
        play.round.points(),
        play.round.streak()
    ))
    .right_aligned();
    let mut left = Line::from(vec![
        Span::styled("⚑ redflag", palette.title()),
        Span::raw(" · "),
        Span::styled(mode_label(app, &play.mode), palette.strong()),
        Span::raw(format!(" · item {position} of {total} ")),
    ]);
    // The bar takes what room is left, one cell an item up to 20.
    let room = usize::from(area.width).saturating_sub(left.width() + right.width() + 2);
    let wanted = total.min(20);
    let cells = wanted.min(room);
    // A bar squeezed below five cells says too little; one short of its length still says it.
    if cells > 0 && (cells == wanted || cells >= 5) {
        let filled = (play.round.answers.len() * cells)
            .checked_div(total)
            .unwrap_or(0);
        left.spans
            .push(Span::styled("█".repeat(filled), palette.label()));
        left.spans
            .push(Span::styled("░".repeat(cells - filled), palette.dim()));
    }
    left.render(area, buf);
    right.render(area, buf);
}

/// What kind of round this is, as the header names it.
fn mode_label(app: &App, mode: &Mode) -> String {
    match mode {
        Mode::Practice => "Practice".into(),
        Mode::Daily(_) => "Daily challenge".into(),
        Mode::Spot => "Spot the flags".into(),
        Mode::Review => "Review".into(),
        Mode::Module(id) => app
            .modules
            .iter()
            .find(|m| &m.id == id)
            .map_or("Training module".into(), |m| module_title(app.t(), m.topic)),
    }
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

pub(super) fn content_block(
    t: &crate::i18n::Catalog,
    scenario: &Scenario,
    palette: Palette,
    note: &str,
) -> Block<'static> {
    Block::bordered()
        .title(Line::styled(
            format!(" {} ", crate::strings::channel_label(t, scenario.channel)),
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
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    header(app, play.round.position(), play, top, buf, palette);
    if play.explaining {
        return spot_rules(rest, buf, palette);
    }
    let note = if play.inspected {
        " inspected ✓ "
    } else {
        " i: inspect "
    };
    let block = content_block(app.t(), scenario, palette, note);
    let inner_width = block.inner(rest).width;
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
        width: inner_width,
        spot,
    };
    let mut lines = situation_lines(scenario, palette);
    if let Some(body) = scenario.body() {
        lines.extend(channels::render(body, &view));
    }
    let lines = fit(lines, inner_width);
    // The message box is as tall as the message, up to the room there is; the verdict right
    // under it.
    let content = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let box_height = content.saturating_add(2).min(rest.height.saturating_sub(1));
    let message = Rect {
        height: box_height,
        ..rest
    };
    let choice = Rect {
        y: message.bottom(),
        height: 1,
        ..rest
    };
    let inner = block.inner(message);
    block.render(message, buf);
    render_scrolling(app, lines, play.scroll, inner, buf, palette);
    verdict_bar(play.choice, choice, buf, palette);
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

/// The verdict buttons. Nothing is chosen until the player presses ← or →, so Enter alone never
/// answers; the hint says what to press.
fn verdict_bar(choice: Option<Verdict>, area: Rect, buf: &mut Buffer, palette: Palette) {
    let button = |verdict: Verdict, key: &str, label: &str| {
        if choice == Some(verdict) {
            Span::styled(format!("▶ [{key}] {label} "), palette.selected())
        } else {
            Span::styled(format!("  [{key}] {label} "), palette.strong())
        }
    };
    let hint = match choice {
        None => "   press s or d, or ← → then Enter",
        Some(_) => "   Enter to confirm, ← → to change",
    };
    Line::from(vec![
        Span::raw("Your verdict: "),
        button(Verdict::Safe, "s", "SAFE"),
        Span::raw("  "),
        button(Verdict::Dangerous, "d", "DANGEROUS"),
        Span::styled(hint, palette.dim()),
    ])
    .render(area, buf);
}

/// Before a spot round's first item: how marking works and how it scores.
fn spot_rules(area: Rect, buf: &mut Buffer, palette: Palette) -> Keys {
    let inner = super::framed(" Spot the flags: how it works ", area, buf, palette);
    let key = |k: &str, what: String| {
        Line::from(vec![
            Span::styled(format!("  {k:<15}"), palette.key()),
            Span::raw(what),
        ])
    };
    let lines = vec![
        Line::default(),
        Line::raw("Before judging each item, mark the parts of it that look like a scam."),
        Line::default(),
        key(
            "Tab Shift-Tab",
            "move between the parts of the message".into(),
        ),
        key("m", "mark or unmark the part under the cursor (⚑?)".into()),
        key(
            "i",
            "inspect, to reach hidden parts: addresses, link targets".into(),
        ),
        key("s d", "then judge it safe or dangerous, as usual".into()),
        Line::default(),
        Line::styled(
            "Your marks score on top of the verdict's points:",
            palette.title(),
        ),
        key(
            &format!("+{POINTS_PER_FIND}"),
            "for each red flag you mark".into(),
        ),
        key(
            &format!("−{POINTS_PER_WRONG_MARK}"),
            "for each part you mark that holds no red flag".into(),
        ),
        key("", "an item's marks never score below zero".into()),
        Line::default(),
        Line::raw("A safe item has no red flags, so any mark on it is a wrong mark."),
    ];
    super::draw_lines(crate::tui::text::fit(lines, inner.width), inner, buf);
    &[("Enter", "start"), ("?", "help"), ("q", "quit")]
}
