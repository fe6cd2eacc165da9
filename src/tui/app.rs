//! The app state and its one `update`: the only place the screen changes.

use std::cell::Cell;
use std::time::Instant;

use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::content::{Manifest, Scenario, Verdict};
use crate::quiz::{Outcome, Round, Summary, draw_round};

/// What the player asked for, from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub count: usize,
    /// The seed of the first round; later rounds add one each.
    pub seed: u64,
    pub color: bool,
}

/// A round in progress and the state of the item on screen.
#[derive(Debug, Clone)]
pub struct Play {
    pub round: Round,
    pub seed: u64,
    pub inspected: bool,
    /// The verdict button under the arrow-key cursor.
    pub choice: Verdict,
    pub scroll: u16,
    pub shown_at: Instant,
    pub started_at: Instant,
}

#[derive(Debug, Clone)]
pub enum Screen {
    Menu {
        selected: usize,
    },
    Briefing {
        scroll: u16,
        back: Box<Screen>,
    },
    Question(Play),
    Feedback {
        play: Play,
        outcome: Outcome,
    },
    Summary {
        play: Play,
        summary: Summary,
        scroll: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
}

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
    Ignore,
}

pub const MENU: [&str; 4] = ["Play a round", "Briefing", "Help", "Quit"];

pub struct App {
    pub pool: Vec<Scenario>,
    pub manifests: Vec<Manifest>,
    pub settings: Settings,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub quit: bool,
    rounds_started: u64,
    /// The furthest the current screen can scroll, as last drawn.
    pub max_scroll: Cell<u16>,
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
            _ => Msg::Ignore,
        }
    }
}

impl App {
    pub fn new(pool: Vec<Scenario>, manifests: Vec<Manifest>, settings: Settings) -> Self {
        App {
            pool,
            manifests,
            settings,
            screen: Screen::Menu { selected: 0 },
            overlay: None,
            quit: false,
            rounds_started: 0,
            max_scroll: Cell::new(0),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.update(Msg::from_key(key));
    }

    /// The one place state changes.
    pub fn update(&mut self, msg: Msg) {
        if msg == Msg::Ignore {
            return;
        }
        if let Some(overlay) = self.overlay {
            self.update_overlay(overlay, msg);
            return;
        }
        if msg == Msg::Help {
            self.overlay = Some(Overlay::Help);
            return;
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Menu { selected: 0 });
        self.screen = match screen {
            Screen::Menu { selected } => self.update_menu(selected, msg),
            Screen::Briefing { scroll, back } => match msg {
                Msg::Back | Msg::Briefing | Msg::Enter => *back,
                _ => Screen::Briefing {
                    scroll: self.scrolled(scroll, msg),
                    back,
                },
            },
            Screen::Question(play) => self.update_question(play, msg),
            Screen::Feedback { play, outcome } => self.update_feedback(play, outcome, msg),
            Screen::Summary {
                play,
                summary,
                scroll,
            } => match msg {
                Msg::Enter | Msg::Back => Screen::Menu { selected: 0 },
                Msg::Play => self.start_round(),
                _ => Screen::Summary {
                    play,
                    summary,
                    scroll: self.scrolled(scroll, msg),
                },
            },
        };
    }

    fn update_overlay(&mut self, overlay: Overlay, msg: Msg) {
        match overlay {
            Overlay::Help => self.overlay = None,
            Overlay::ConfirmQuit => match msg {
                Msg::Yes | Msg::Enter => {
                    self.overlay = None;
                    self.screen = Screen::Menu { selected: 0 };
                }
                Msg::No | Msg::Back => self.overlay = None,
                _ => {}
            },
        }
    }

    fn update_menu(&mut self, selected: usize, msg: Msg) -> Screen {
        let choose = |app: &mut App, item: usize| match item {
            0 => app.start_round(),
            1 => app.briefing(Screen::Menu { selected: item }),
            2 => {
                app.overlay = Some(Overlay::Help);
                Screen::Menu { selected: item }
            }
            _ => {
                app.quit = true;
                Screen::Menu { selected: item }
            }
        };
        match msg {
            Msg::Up => Screen::Menu {
                selected: (selected + MENU.len() - 1) % MENU.len(),
            },
            Msg::Down => Screen::Menu {
                selected: (selected + 1) % MENU.len(),
            },
            Msg::Enter => choose(self, selected),
            Msg::Play => choose(self, 0),
            Msg::Briefing => choose(self, 1),
            Msg::Back => choose(self, 3),
            _ => Screen::Menu { selected },
        }
    }

    fn update_question(&mut self, mut play: Play, msg: Msg) -> Screen {
        let given = match msg {
            Msg::Safe => Some(Verdict::Safe),
            Msg::Dangerous => Some(Verdict::Dangerous),
            Msg::Enter => Some(play.choice),
            _ => None,
        };
        if let Some(given) = given {
            let elapsed = play.shown_at.elapsed();
            let outcome = play
                .round
                .answer(&self.pool, given, play.inspected, elapsed);
            return match outcome {
                Some(outcome) => {
                    play.scroll = 0;
                    Screen::Feedback { play, outcome }
                }
                None => self.finish(play),
            };
        }
        match msg {
            Msg::Inspect => play.inspected = true,
            Msg::Left | Msg::Right => play.choice = play.choice.other(),
            Msg::Briefing => return self.briefing(Screen::Question(play)),
            Msg::Back => self.overlay = Some(Overlay::ConfirmQuit),
            _ => play.scroll = self.scrolled(play.scroll, msg),
        }
        Screen::Question(play)
    }

    fn update_feedback(&mut self, mut play: Play, outcome: Outcome, msg: Msg) -> Screen {
        match msg {
            Msg::Enter => {
                if play.round.is_finished() {
                    return self.finish(play);
                }
                play.inspected = false;
                play.scroll = 0;
                play.choice = Verdict::Safe;
                play.shown_at = Instant::now();
                Screen::Question(play)
            }
            Msg::Briefing => self.briefing(Screen::Feedback { play, outcome }),
            Msg::Back => {
                self.overlay = Some(Overlay::ConfirmQuit);
                Screen::Feedback { play, outcome }
            }
            _ => {
                play.scroll = self.scrolled(play.scroll, msg);
                Screen::Feedback { play, outcome }
            }
        }
    }

    fn briefing(&mut self, back: Screen) -> Screen {
        Screen::Briefing {
            scroll: 0,
            back: Box::new(back),
        }
    }

    fn finish(&mut self, play: Play) -> Screen {
        let summary = play.round.summary(&self.pool);
        Screen::Summary {
            play,
            summary,
            scroll: 0,
        }
    }

    /// Draws a new round; each round after the first uses the next seed.
    pub fn start_round(&mut self) -> Screen {
        let seed = self.settings.seed.wrapping_add(self.rounds_started);
        self.rounds_started += 1;
        let mut rng = StdRng::seed_from_u64(seed);
        let items = draw_round(&self.pool, self.settings.count, &mut rng);
        let now = Instant::now();
        Screen::Question(Play {
            round: Round::new(items),
            seed,
            inspected: false,
            choice: Verdict::Safe,
            scroll: 0,
            shown_at: now,
            started_at: now,
        })
    }

    fn scrolled(&self, scroll: u16, msg: Msg) -> u16 {
        let max = self.max_scroll.get();
        let next = match msg {
            Msg::Up => scroll.saturating_sub(1),
            Msg::Down => scroll.saturating_add(1),
            Msg::PageUp => scroll.saturating_sub(10),
            Msg::PageDown => scroll.saturating_add(10),
            _ => scroll,
        };
        next.min(max)
    }

    /// The scenario on screen, if a question or its feedback is showing.
    pub fn current_scenario(&self) -> Option<&Scenario> {
        match &self.screen {
            Screen::Question(play) => play.round.current().map(|i| &self.pool[i]),
            Screen::Feedback { play, .. } => play
                .round
                .items
                .get(play.round.answers.len().checked_sub(1)?)
                .map(|&i| &self.pool[i]),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    pub fn app(count: usize) -> App {
        let pack = crate::builtin::pack().expect("built-in pack");
        let settings = Settings {
            count,
            seed: 1,
            color: true,
        };
        App::new(pack.scenarios, vec![pack.manifest], settings)
    }

    fn press(app: &mut App, code: KeyCode) {
        app.handle_key(code.into());
    }

    #[test]
    fn menu_moves_and_starts_a_round() {
        let mut app = app(3);
        press(&mut app, KeyCode::Down);
        assert!(matches!(app.screen, Screen::Menu { selected: 1 }));
        press(&mut app, KeyCode::Up);
        press(&mut app, KeyCode::Up);
        assert!(
            matches!(app.screen, Screen::Menu { selected: 3 }),
            "wraps around"
        );
        press(&mut app, KeyCode::Char('p'));
        let Screen::Question(play) = &app.screen else {
            panic!("question expected")
        };
        assert_eq!(play.round.items.len(), 3);
        assert!(!play.inspected);
    }

    #[test]
    fn inspect_answer_feedback_next_and_summary() {
        let mut app = app(2);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('i'));
        let Screen::Question(play) = &app.screen else {
            panic!("question")
        };
        assert!(play.inspected);
        let first = app.current_scenario().expect("item").id.clone();
        press(&mut app, KeyCode::Char('d'));
        let Screen::Feedback { play, outcome } = &app.screen else {
            panic!("feedback")
        };
        assert_eq!(play.round.answers[0].given, Verdict::Dangerous);
        assert!(play.round.answers[0].inspected);
        assert_eq!(
            outcome.kind.is_correct(),
            app.pool.iter().find(|s| s.id == first).expect("s").verdict == Verdict::Dangerous
        );
        assert_eq!(
            app.current_scenario().expect("shown").id,
            first,
            "feedback shows the answered item"
        );
        press(&mut app, KeyCode::Enter);
        let Screen::Question(play) = &app.screen else {
            panic!("next question")
        };
        assert!(!play.inspected, "inspection is per item");
        // Arrow keys move the choice; Enter answers with it.
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Enter);
        let Screen::Feedback { play, .. } = &app.screen else {
            panic!("feedback")
        };
        assert_eq!(play.round.answers[1].given, Verdict::Dangerous);
        press(&mut app, KeyCode::Enter);
        assert!(matches!(app.screen, Screen::Summary { .. }));
        press(&mut app, KeyCode::Enter);
        assert!(matches!(app.screen, Screen::Menu { .. }));
    }

    #[test]
    fn quitting_a_round_asks_first() {
        let mut app = app(3);
        press(&mut app, KeyCode::Char('p'));
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
        press(&mut app, KeyCode::Char('d'));
        assert!(
            matches!(app.screen, Screen::Question(_)),
            "other keys do nothing while asking"
        );
        press(&mut app, KeyCode::Char('n'));
        assert_eq!(app.overlay, None);
        assert!(matches!(app.screen, Screen::Question(_)));
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('y'));
        assert!(matches!(app.screen, Screen::Menu { .. }));
        assert!(!app.quit);
        press(&mut app, KeyCode::Char('q'));
        assert!(app.quit, "q in the menu quits");
    }

    #[test]
    fn briefing_and_help_return_where_they_were() {
        let mut app = app(3);
        press(&mut app, KeyCode::Char('p'));
        press(&mut app, KeyCode::Char('i'));
        press(&mut app, KeyCode::Char('b'));
        assert!(matches!(app.screen, Screen::Briefing { .. }));
        press(&mut app, KeyCode::Esc);
        let Screen::Question(play) = &app.screen else {
            panic!("back to the question")
        };
        assert!(play.inspected, "inspection survives the briefing");
        press(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Help));
        press(&mut app, KeyCode::Char('d'));
        assert_eq!(app.overlay, None);
        assert!(
            matches!(app.screen, Screen::Question(_)),
            "closing help does not answer"
        );
    }

    #[test]
    fn only_key_presses_count() {
        let mut app = app(3);
        let release = KeyEvent {
            code: KeyCode::Char('p'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        };
        app.handle_key(release);
        assert!(matches!(app.screen, Screen::Menu { .. }));
    }

    #[test]
    fn the_same_seed_draws_the_same_round() {
        let mut a = app(5);
        let mut b = app(5);
        press(&mut a, KeyCode::Char('p'));
        press(&mut b, KeyCode::Char('p'));
        let (Screen::Question(pa), Screen::Question(pb)) = (&a.screen, &b.screen) else {
            panic!("questions")
        };
        assert_eq!(pa.round.items, pb.round.items);
    }
}
