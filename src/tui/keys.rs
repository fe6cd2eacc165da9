//! Keys to messages: what each key means, whatever the screen.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key means, independent of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    Left,
    Right,
    Enter,
    Safe,
    Dangerous,
    Inspect,
    Briefing,
    Help,
    Back,
    Yes,
    No,
    Play,
    /// Resume the unfinished round (when asked whether to start a new one).
    Resume,
    Certificate,
    NextField,
    PrevField,
    Mark,
    /// The interface in the next language (on the menu).
    Language,
    Ignore,
}

impl Msg {
    pub fn from_key(key: KeyEvent) -> Msg {
        if key.kind != KeyEventKind::Press {
            return Msg::Ignore;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Msg::Back;
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => Msg::Up,
            KeyCode::Down | KeyCode::Char('j') => Msg::Down,
            KeyCode::PageUp => Msg::PageUp,
            KeyCode::PageDown | KeyCode::Char(' ') => Msg::PageDown,
            KeyCode::Left | KeyCode::Char('h') => Msg::Left,
            KeyCode::Right | KeyCode::Char('l') => Msg::Right,
            KeyCode::Enter => Msg::Enter,
            KeyCode::Char('s') => Msg::Safe,
            KeyCode::Char('d') => Msg::Dangerous,
            KeyCode::Char('i') => Msg::Inspect,
            KeyCode::Char('b') => Msg::Briefing,
            KeyCode::Char('?') | KeyCode::F(1) => Msg::Help,
            KeyCode::Char('q') | KeyCode::Esc => Msg::Back,
            KeyCode::Char('y') => Msg::Yes,
            KeyCode::Char('n') => Msg::No,
            KeyCode::Char('p') => Msg::Play,
            KeyCode::Char('r') => Msg::Resume,
            KeyCode::Char('c') => Msg::Certificate,
            KeyCode::Tab => Msg::NextField,
            KeyCode::BackTab => Msg::PrevField,
            KeyCode::Char('m') => Msg::Mark,
            KeyCode::Char('L') => Msg::Language,
            _ => Msg::Ignore,
        }
    }
}

impl super::app::App {
    /// While the terminal is too small to draw the game, keys must not act on a screen the player
    /// cannot see: only Esc and Ctrl-C do anything, and they quit, as the screen says. True when
    /// the key was taken here.
    pub(super) fn refused_while_too_small(&mut self, key: KeyEvent) -> bool {
        if !self.drawn.too_small.get() {
            return false;
        }
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if key.kind == KeyEventKind::Press && (key.code == KeyCode::Esc || ctrl_c) {
            self.quit = true;
        }
        true
    }
}
