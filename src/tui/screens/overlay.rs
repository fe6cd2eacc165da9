use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::tui::palette::Palette;

/// Every key, on every screen.
pub const KEYS: &[(&str, &str)] = &[
    ("s", "judge the message safe"),
    ("d", "judge the message dangerous"),
    ("← → Enter", "move between SAFE and DANGEROUS, then choose"),
    (
        "i",
        "inspect: reveal addresses, reply-to, link targets, full",
    ),
    ("", "attachment names, account handles, app publishers"),
    ("↑ ↓ k j", "scroll one line (menu: move)"),
    ("PgUp PgDn Space", "scroll a page"),
    ("Enter", "next item after feedback; select in the menu"),
    ("b", "briefing: the people, platforms and official domains"),
    ("Tab Shift-Tab", "spot the flags: move between fields"),
    ("m", "spot the flags: mark the field as suspicious"),
    (
        "c",
        "training path: your certificate, once every module is passed",
    ),
    ("p", "play a round (menu and results)"),
    ("?  F1", "this help"),
    (
        "q  Esc",
        "back; in a round, asks before leaving it (it is kept)",
    ),
    ("Ctrl-C", "same as q"),
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

pub fn help(area: Rect, buf: &mut Buffer, palette: Palette) {
    let height = u16::try_from(KEYS.len()).unwrap_or(0) + 4;
    let box_area = centered(area, 76.min(area.width), height.min(area.height));
    Clear.render(box_area, buf);
    let mut lines: Vec<Line> = KEYS
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:>16}  "), palette.key()),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled("Press any key to close.", palette.dim()));
    Paragraph::new(lines)
        .block(Block::bordered().title(Line::styled(" Keys ", palette.title())))
        .render(box_area, buf);
}
