use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};

use crate::content::Difficulty;
use crate::quiz::spot::{POINTS_PER_FIND, POINTS_PER_WRONG_MARK};
use crate::scoring::{MAX_STREAK_BONUS, base_points, points};
use crate::tui::palette::Palette;
use crate::tui::text::fit;

/// How the game works, in a few lines: what to do, what inspecting is for, what the marks mean
/// and how points come.
fn how_to_play() -> [String; 4] {
    let streak_step = points(Difficulty::Easy, true, 2) - points(Difficulty::Easy, true, 1);
    [
        "Judge each item: s for SAFE, d for DANGEROUS (or choose with ← → then press Enter)."
            .into(),
        "Inspect (i) before judging, as a careful person would: see the real sender, where \
         links go, who published an app. It costs nothing."
            .into(),
        "After each answer the red flags ⚑ (signs of a scam) or signs of safety ✓ are numbered \
         [1] [2]… in the message and explained under it."
            .into(),
        format!(
            "Points: {}, {} or {} by difficulty for a right answer, +{streak_step} for each right \
             one in a row (up to +{MAX_STREAK_BONUS}), none for a wrong one. Spot the flags: \
             +{POINTS_PER_FIND} a flag marked, −{POINTS_PER_WRONG_MARK} a wrong mark.",
            base_points(Difficulty::Easy),
            base_points(Difficulty::Medium),
            base_points(Difficulty::Hard),
        ),
    ]
}

/// The keys, two to a row.
const KEYS: &[(&str, &str)] = &[
    ("s d", "safe, dangerous"),
    ("← → Enter", "choose, then confirm"),
    ("i", "inspect the details"),
    ("↑↓ PgUp PgDn", "scroll"),
    ("Enter", "next item; select"),
    ("b", "briefing: who is who"),
    ("Tab m", "spot: move, mark"),
    ("c", "certificate (path)"),
    ("p", "play a round"),
    ("q Esc", "back; a round asks"),
];

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// The help: how the game works, then the keys. It sits inside the frame of the screen under it
/// (clear of the header, the frame's borders and the key line), every line wrapped to its width.
pub fn help(area: Rect, buf: &mut Buffer, palette: Palette) {
    let area = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(5),
        ..area
    };
    let width = 76.min(area.width.saturating_sub(4));
    let text_width = width.saturating_sub(4);
    let mut lines = Vec::new();
    for paragraph in how_to_play() {
        lines.extend(fit(vec![Line::raw(paragraph)], text_width));
    }
    lines.push(Line::default());
    let column = usize::from(text_width / 2);
    for pair in KEYS.chunks(2) {
        let mut row = Line::default();
        for (key, what) in pair {
            let used = 14 + what.chars().count();
            row.spans
                .push(Span::styled(format!("{key:>12}  "), palette.key()));
            row.spans.push(Span::raw(format!(
                "{what}{}",
                " ".repeat(column.saturating_sub(used))
            )));
        }
        lines.push(row);
    }
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(area.height);
    let box_area = centered(area, width, height);
    Clear.render(box_area, buf);
    Paragraph::new(fit(lines, text_width))
        .block(
            Block::bordered()
                .title(Line::styled(" Help: how to play ", palette.title()))
                .title_bottom(Line::styled(" any key closes ", palette.dim()).right_aligned())
                .padding(Padding::horizontal(1)),
        )
        .render(box_area, buf);
}
