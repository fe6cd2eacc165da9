//! Questions asked over the screen before something is left or replaced: leaving a round, a new
//! round while one is unfinished, playing a passed module again.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use crate::strings;
use crate::tui::app::App;
use crate::tui::palette::Palette;

/// A question box centred on the screen: the question, then the keys that answer it.
fn dialog(
    title: &str,
    question: String,
    keys: &[(&str, &str)],
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let width = 64.min(area.width);
    let mut lines = vec![Line::raw(question), Line::default()];
    for (key, what) in keys {
        lines.push(Line::from(vec![
            Span::styled(format!("[{key}]"), palette.key()),
            Span::raw(format!(" {what}")),
        ]));
    }
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().title(Line::styled(format!(" {title} "), palette.title())));
    // The count includes the block's borders.
    let height = u16::try_from(paragraph.line_count(width))
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    Clear.render(cell, buf);
    paragraph.render(cell, buf);
}

/// Leaving a round: it is kept, to resume from the menu (none is kept without a profile).
pub fn quit(app: &App, area: Rect, buf: &mut Buffer, palette: Palette) {
    let question = match &app.session {
        Some(session) if session.saving() => {
            "Leave this round? It stays saved and you can resume it from the menu."
        }
        Some(_) => "Leave this round? You can resume it from the menu until you quit redflag.",
        None => "Leave this round? Without a profile it cannot be resumed.",
    };
    dialog(
        "Leave the round?",
        question.into(),
        &[("y", "yes, back to the menu"), ("n", "no, keep playing")],
        area,
        buf,
        palette,
    );
}

/// A new round while one is unfinished: resume that one, or start anew and discard it.
pub fn new_round(app: &App, area: Rect, buf: &mut Buffer, palette: Palette) {
    let question = match app.resumable() {
        Some((round, _, mode)) => format!(
            "You have an unfinished round ({}, {} of {} answered).",
            strings::mode(app.t(), &mode),
            round.answers.len(),
            round.items.len()
        ),
        None => "You have an unfinished round.".into(),
    };
    dialog(
        "Unfinished round",
        question,
        &[
            ("r", "resume it"),
            ("n", "start the new one (the unfinished round is discarded)"),
            ("Esc", "back"),
        ],
        area,
        buf,
        palette,
    );
}

/// Playing a passed module again: its result first; the best score stays either way.
pub fn replay(app: &App, index: usize, area: Rect, buf: &mut Buffer, palette: Palette) {
    let Some(module) = app.modules.get(index) else {
        return;
    };
    let name = strings::module_title(app.t(), module.topic);
    let record = app
        .session
        .as_ref()
        .and_then(|s| s.profile.modules.get(&module.id));
    let result = record.map_or(String::new(), |r| {
        format!(
            " with a best of {}% in {}",
            r.best,
            strings::attempts(app.t(), r.attempts)
        )
    });
    dialog(
        "Module passed",
        format!("You passed {name}{result}. Play it again? Your best score stays."),
        &[("y", "yes, play it again"), ("n", "no")],
        area,
        buf,
        palette,
    );
}

/// Today's challenge again, once it is done: as practice, not recorded as the daily.
pub fn daily_again(app: &App, area: Rect, buf: &mut Buffer, palette: Palette) {
    let Some(done) = app.daily_today() else {
        return;
    };
    dialog(
        "Done today",
        strings::daily_again(app.t(), done),
        &[("y", "yes, play it as practice"), ("n", "no")],
        area,
        buf,
        palette,
    );
}
