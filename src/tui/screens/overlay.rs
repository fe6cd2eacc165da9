use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};

use super::question::on_side;
use crate::bidi::Direction;
use crate::content::Difficulty;
use crate::i18n::Catalog;
use crate::quiz::spot::{POINTS_PER_FIND, POINTS_PER_WRONG_MARK};
use crate::scoring::{MAX_STREAK_BONUS, base_points, points};
use crate::tui::palette::Palette;
use crate::tui::text::fit;

/// How the game works, in a few lines: what to do, what inspecting is for, what the marks mean
/// and how points come.
fn how_to_play(t: &Catalog) -> [String; 4] {
    let streak_step = points(Difficulty::Easy, true, 2) - points(Difficulty::Easy, true, 1);
    [
        crate::t!(t, "round-help-judge"),
        crate::t!(t, "round-help-inspect"),
        crate::t!(t, "round-help-evidence"),
        crate::t!(
            t,
            "round-help-points",
            easy = base_points(Difficulty::Easy),
            medium = base_points(Difficulty::Medium),
            hard = base_points(Difficulty::Hard),
            step = streak_step,
            max = MAX_STREAK_BONUS,
            find = POINTS_PER_FIND,
            wrong = POINTS_PER_WRONG_MARK
        ),
    ]
}

/// The keys, two to a row: each key and the message id of what it does.
const KEYS: &[(&str, &str)] = &[
    ("s d", "round-help-key-verdict"),
    ("← → Enter", "round-help-key-choose"),
    ("i", "round-help-key-inspect"),
    ("↑↓ PgUp PgDn", "round-key-scroll"),
    ("Enter", "round-help-key-next"),
    ("b", "round-help-key-briefing"),
    ("Tab m", "round-help-key-spot"),
    ("c", "round-help-key-certificate"),
    ("p", "round-key-play-round"),
    ("q Esc", "round-help-key-back"),
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
/// In a right-to-left language the rows of keys read from the right.
pub fn help(t: &Catalog, area: Rect, buf: &mut Buffer, palette: Palette) {
    let area = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(5),
        ..area
    };
    let width = 76.min(area.width.saturating_sub(4));
    let text_width = width.saturating_sub(4);
    let mut lines = Vec::new();
    for paragraph in how_to_play(t) {
        lines.extend(fit(vec![Line::raw(paragraph)], text_width));
    }
    lines.push(Line::default());
    let column = usize::from(text_width / 2);
    for pair in KEYS.chunks(2) {
        let mut row = Line::default();
        for (key, what) in pair {
            let what = t.t(what, &[]);
            let used = 14 + what.chars().count();
            let key = match t.direction() {
                Direction::LeftToRight => format!("{key:>12}  "),
                // Read from the right: the key at the column's start, then its words.
                Direction::RightToLeft => format!("{key:<12}  "),
            };
            row.spans.push(Span::styled(key, palette.key()));
            row.spans.push(Span::raw(format!(
                "{what}{}",
                " ".repeat(column.saturating_sub(used))
            )));
        }
        lines.push(on_side(t, row));
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
                .title(on_side(
                    t,
                    Line::styled(
                        format!(" {} ", crate::t!(t, "round-help-title")),
                        palette.title(),
                    ),
                ))
                .title_bottom(on_side(
                    t,
                    Line::styled(
                        format!(" {} ", crate::t!(t, "round-help-close")),
                        palette.dim(),
                    )
                    .right_aligned(),
                ))
                .padding(Padding::horizontal(1)),
        )
        .render(box_area, buf);
}
