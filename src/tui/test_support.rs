//! What the app's key tests share: an app on the built-in pack, keys, the screen as text.

use chrono::Utc;
use ratatui::crossterm::event::KeyCode;

use super::app::{App, Msg, Screen};
use super::menu::MenuItem;
use crate::content::Verdict;

pub fn app(count: usize) -> App {
    let pack = crate::builtin::pack().expect("built-in pack");
    let settings = crate::settings::PlaySettings {
        count,
        seed: 1,
        color: true,
        lang: Default::default(),
    };
    App::new(pack.scenarios, vec![pack.manifest], settings)
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_key(code.into());
}

/// The screen as text, drawn at `width`x`height`.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Answers every item of the round on screen wrongly, through to its summary.
pub fn answer_all_wrongly(app: &mut App) {
    while let Some(truth) = app.current_scenario().map(|s| s.verdict) {
        app.update(if truth == Verdict::Dangerous {
            Msg::Safe
        } else {
            Msg::Dangerous
        });
        app.update(Msg::Enter);
        if matches!(app.screen, Screen::Summary { .. }) {
            return;
        }
    }
}

/// The app with a new profile (not saved to disk).
pub fn with_profile(count: usize) -> App {
    use crate::progress::{Profile, Session};
    app(count).with_session(Session::new(None, Profile::new("Alex", Utc::now()), None))
}

pub fn choose(app: &mut App, item: MenuItem) {
    app.screen = Screen::Menu {
        selected: app
            .menu_items()
            .iter()
            .position(|i| *i == item)
            .expect("in the menu"),
    };
    app.update(Msg::Enter);
}

/// The row of the spot cursor (▸) on the screen, if it is drawn once.
pub fn cursor_row(screen: &str) -> Option<usize> {
    let rows: Vec<usize> = screen
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains('▸'))
        .map(|(y, _)| y)
        .collect();
    (rows.len() == 1).then(|| rows[0])
}
