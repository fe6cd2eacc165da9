//! Questions asked over the screen before something is left or replaced: leaving a round, a new
//! round while one is unfinished, playing a passed module again.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::question::on_side;
use crate::bidi::Direction;
use crate::i18n::Catalog;
use crate::strings;
use crate::tui::app::App;
use crate::tui::palette::Palette;

/// A question box centred on the screen: the question, then the keys that answer it (each key
/// and the message id of what it does). In a right-to-left language every line reads from the
/// right, the title too.
fn dialog(
    t: &Catalog,
    title: &str,
    question: String,
    keys: &[(&str, &str)],
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let width = 64.min(area.width);
    let mut lines = vec![Line::raw(question), Line::default()];
    if t.direction() == Direction::RightToLeft {
        // Wrapped and ordered here: the paragraph draws the rows as they come.
        lines = crate::tui::text::fit(lines, width.saturating_sub(2));
    }
    for (key, what) in keys {
        lines.push(on_side(
            t,
            Line::from(vec![
                Span::styled(format!("[{key}]"), palette.key()),
                Span::raw(format!(" {}", t.t(what, &[]))),
            ]),
        ));
    }
    let title = on_side(t, Line::styled(format!(" {title} "), palette.title()));
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().title(title));
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
    let t = app.t();
    let question = match &app.session {
        Some(session) if session.saving() => crate::t!(t, "round-leave-saved"),
        Some(_) => crate::t!(t, "round-leave-session"),
        None => crate::t!(t, "round-leave-unsaved"),
    };
    dialog(
        t,
        &crate::t!(t, "round-leave-title"),
        question,
        &[("y", "round-leave-yes"), ("n", "round-leave-no")],
        area,
        buf,
        palette,
    );
}

/// A new round while one is unfinished: resume that one, or start anew and discard it.
pub fn new_round(app: &App, area: Rect, buf: &mut Buffer, palette: Palette) {
    let t = app.t();
    let question = match app.resumable() {
        Some((round, _, mode)) => crate::t!(
            t,
            "round-unfinished-detail",
            mode = strings::mode(t, &mode),
            answered = round.answers.len(),
            total = round.items.len()
        ),
        None => crate::t!(t, "round-unfinished"),
    };
    dialog(
        t,
        &crate::t!(t, "round-unfinished-title"),
        question,
        &[
            ("r", "round-unfinished-resume"),
            ("n", "round-unfinished-new"),
            ("Esc", "round-key-back"),
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
    let t = app.t();
    let name = strings::module_title(t, module.topic);
    let record = app
        .session
        .as_ref()
        .and_then(|s| s.profile.modules.get(&module.id));
    let question = record.map_or_else(
        || crate::t!(t, "round-passed", name = name.as_str()),
        |r| {
            crate::t!(
                t,
                "round-passed-best",
                name = name.as_str(),
                best = r.best,
                attempts = strings::attempts(t, r.attempts)
            )
        },
    );
    dialog(
        t,
        &crate::t!(t, "round-passed-title"),
        question,
        &[("y", "round-passed-yes"), ("n", "round-no")],
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
    let t = app.t();
    dialog(
        t,
        &crate::t!(t, "round-daily-title"),
        strings::daily_again(t, done),
        &[("y", "round-daily-yes"), ("n", "round-no")],
        area,
        buf,
        palette,
    );
}
