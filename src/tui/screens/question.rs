//! The question screen: the scenario as it arrives, with the verdict buttons (and, in spot mode,
//! the field cursor and the marks).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Widget};

use super::render_scrolling;
use crate::bidi::Direction;
use crate::content::{Scenario, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::Mode;
use crate::quiz::spot::{POINTS_PER_FIND, POINTS_PER_WRONG_MARK, markable};
use crate::strings::module_title;
use crate::tui::app::{App, Play};
use crate::tui::channels;
use crate::tui::palette::Palette;
use crate::tui::rtl;
use crate::tui::text::{Spot, View, fit};

/// The key line: each key, and the catalog's message id for what it does.
pub(super) type Keys = &'static [(&'static str, &'static str)];

/// A line of the round's interface on its side: as built for English, or mirrored (and put in
/// visual order) in a right-to-left language, so that what is on the left in English is on the
/// right.
pub(super) fn on_side(t: &Catalog, line: Line<'static>) -> Line<'static> {
    match t.direction() {
        Direction::LeftToRight => line,
        Direction::RightToLeft => {
            let side = match line.alignment {
                Some(Alignment::Right) => Alignment::Left,
                Some(Alignment::Center) => Alignment::Center,
                _ => Alignment::Right,
            };
            rtl::interface_line(line.alignment(side), Direction::RightToLeft)
        }
    }
}

/// A bordered page with its title on the language's side; returns the area inside it.
pub(super) fn framed(
    t: &Catalog,
    title: &str,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) -> Rect {
    let block = Block::bordered()
        .title(on_side(t, Line::styled(title.to_string(), palette.title())))
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

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
    let t = app.t();
    let total = play.round.items.len();
    let right = Line::raw(format!(
        "{} ",
        crate::t!(
            t,
            "round-header-score",
            points = play.round.points(),
            streak = play.round.streak()
        )
    ))
    .right_aligned();
    let mut left = Line::from(vec![
        Span::styled("⚑ redflag", palette.title()),
        Span::raw(" · "),
        Span::styled(mode_label(app, &play.mode), palette.strong()),
        Span::raw(format!(
            " · {} ",
            crate::t!(t, "round-header-item", position = position, total = total)
        )),
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
    on_side(t, left).render(area, buf);
    on_side(t, right).render(area, buf);
}

/// What kind of round this is, as the header names it.
fn mode_label(app: &App, mode: &Mode) -> String {
    let t = app.t();
    match mode {
        Mode::Practice => crate::t!(t, "round-mode-practice"),
        Mode::Daily(_) => crate::t!(t, "round-mode-daily"),
        Mode::Spot => crate::t!(t, "round-mode-spot"),
        Mode::Review => crate::t!(t, "round-mode-review"),
        Mode::Module(id) => app.modules.iter().find(|m| &m.id == id).map_or_else(
            || crate::t!(t, "round-mode-module"),
            |m| module_title(t, m.topic),
        ),
    }
}

pub(super) fn situation_lines(
    t: &Catalog,
    scenario: &Scenario,
    palette: Palette,
) -> Vec<Line<'static>> {
    if scenario.situation.is_empty() {
        return Vec::new();
    }
    vec![
        Line::from(vec![
            Span::styled(
                format!("{} ", crate::t!(t, "round-situation")),
                palette.label(),
            ),
            Span::styled(inert(&scenario.situation).into_owned(), palette.dim()),
        ]),
        Line::default(),
    ]
}

/// The message's box: the channel's name on top, `note` (already worded) at the bottom, each on
/// its side of the language.
pub(super) fn content_block(
    t: &Catalog,
    scenario: &Scenario,
    palette: Palette,
    note: &str,
) -> Block<'static> {
    Block::bordered()
        .title(on_side(
            t,
            Line::styled(
                format!(" {} ", crate::strings::channel_label(t, scenario.channel)),
                palette.title(),
            ),
        ))
        .title_bottom(on_side(
            t,
            Line::styled(note.to_string(), palette.dim()).right_aligned(),
        ))
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
    let t = app.t();
    let [top, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    header(app, play.round.position(), play, top, buf, palette);
    if play.explaining {
        return spot_rules(t, rest, buf, palette);
    }
    let note = if play.inspected {
        format!(" {} ", crate::t!(t, "round-inspected"))
    } else {
        format!(" {} ", crate::t!(t, "round-inspect-hint"))
    };
    let block = content_block(t, scenario, palette, &note);
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
    let mut lines = situation_lines(t, scenario, palette);
    if let Some(body) = scenario.body() {
        lines.extend(channels::render(t, body, &view));
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
    verdict_bar(t, play.choice, choice, buf, palette);
    if play.spotting() {
        return &[
            ("Tab", "round-key-field"),
            ("m", "round-key-mark"),
            ("s", "round-key-safe"),
            ("d", "round-key-dangerous"),
            ("i", "round-key-inspect"),
            ("?", "round-key-help"),
            ("q", "round-key-quit"),
        ];
    }
    &[
        ("s", "round-key-safe"),
        ("d", "round-key-dangerous"),
        ("i", "round-key-inspect"),
        ("↑↓", "round-key-scroll"),
        ("b", "round-key-briefing"),
        ("?", "round-key-help"),
        ("q", "round-key-quit"),
    ]
}

/// The verdict buttons. Nothing is chosen until the player presses ← or →, so Enter alone never
/// answers; the hint says what to press. In a right-to-left language the bar is mirrored: SAFE
/// on the right, so ← chooses DANGEROUS there.
fn verdict_bar(
    t: &Catalog,
    choice: Option<Verdict>,
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let button = |verdict: Verdict, key: &str, label: String| {
        if choice == Some(verdict) {
            Span::styled(format!("▶ [{key}] {label} "), palette.selected())
        } else {
            Span::styled(format!("  [{key}] {label} "), palette.strong())
        }
    };
    let hint = match choice {
        None => crate::t!(t, "round-verdict-hint-choose"),
        Some(_) => crate::t!(t, "round-verdict-hint-confirm"),
    };
    let line = Line::from(vec![
        Span::raw(format!("{} ", crate::t!(t, "round-verdict-prompt"))),
        button(Verdict::Safe, "s", crate::t!(t, "round-button-safe")),
        Span::raw("  "),
        button(
            Verdict::Dangerous,
            "d",
            crate::t!(t, "round-button-dangerous"),
        ),
        Span::styled(format!("   {hint}"), palette.dim()),
    ]);
    on_side(t, line).render(area, buf);
}

/// Before a spot round's first item: how marking works and how it scores.
fn spot_rules(t: &Catalog, area: Rect, buf: &mut Buffer, palette: Palette) -> Keys {
    let title = format!(" {} ", crate::t!(t, "round-spot-rules-title"));
    let inner = framed(t, &title, area, buf, palette);
    // A key, then what it does: a line of the interface, the key first on the language's side.
    let key = |k: &str, what: String| {
        on_side(
            t,
            Line::from(vec![
                Span::styled(format!("  {k:<15}"), palette.key()),
                Span::raw(what),
            ]),
        )
    };
    let lines = vec![
        Line::default(),
        Line::raw(crate::t!(t, "round-spot-rules-intro")),
        Line::default(),
        key("Tab Shift-Tab", crate::t!(t, "round-spot-rules-move")),
        key("m", crate::t!(t, "round-spot-rules-mark")),
        key("i", crate::t!(t, "round-spot-rules-inspect")),
        key("s d", crate::t!(t, "round-spot-rules-judge")),
        Line::default(),
        Line::styled(crate::t!(t, "round-spot-rules-scoring"), palette.title()),
        key(
            &format!("+{POINTS_PER_FIND}"),
            crate::t!(t, "round-spot-rules-find"),
        ),
        key(
            &format!("−{POINTS_PER_WRONG_MARK}"),
            crate::t!(t, "round-spot-rules-wrong"),
        ),
        key("", crate::t!(t, "round-spot-rules-floor")),
        Line::default(),
        Line::raw(crate::t!(t, "round-spot-rules-safe")),
    ];
    super::draw_lines(crate::tui::text::fit(lines, inner.width), inner, buf);
    &[
        ("Enter", "round-key-start"),
        ("?", "round-key-help"),
        ("q", "round-key-quit"),
    ]
}
