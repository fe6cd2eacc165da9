//! The app state and its one `update`: the only place the screen changes.

use std::cell::Cell;
use std::time::Instant;

use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use chrono::Utc;

use crate::content::{Manifest, Scenario, Verdict};
use crate::progress::review::pick;
use crate::progress::{DataDir, Mode, ModuleResult, Session};
use crate::quiz::{Outcome, Round, Summary, draw_round};
use crate::training::{Module, Status, daily_seed, path, statuses};

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
    pub mode: Mode,
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
    /// First run: who is playing.
    Name {
        input: String,
        error: Option<String>,
    },
    Menu {
        selected: usize,
    },
    Briefing {
        scroll: u16,
        back: Box<Screen>,
    },
    Stats {
        scroll: u16,
    },
    Question(Play),
    Feedback {
        play: Play,
        outcome: Outcome,
    },
    Summary {
        done: Box<Done>,
        scroll: u16,
    },
    /// The training path: each module's status and best score.
    Path {
        selected: usize,
    },
    Certificate {
        scroll: u16,
    },
}

/// A finished round and what it brought.
#[derive(Debug, Clone)]
pub struct Done {
    pub play: Play,
    pub summary: Summary,
    pub earned: Vec<&'static str>,
    pub module: Option<ModuleResult>,
}

/// The menu's entries; some appear only when they apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    Resume,
    Play,
    Daily,
    Path,
    Review,
    Stats,
    Briefing,
    Help,
    Quit,
}

impl MenuItem {
    pub fn label(self) -> &'static str {
        match self {
            MenuItem::Resume => "Resume your round",
            MenuItem::Play => "Play a round",
            MenuItem::Daily => "Daily challenge",
            MenuItem::Path => "Training path",
            MenuItem::Review => "Review weak skills",
            MenuItem::Stats => "Your progress",
            MenuItem::Briefing => "Briefing",
            MenuItem::Help => "Help",
            MenuItem::Quit => "Quit",
        }
    }
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
    Certificate,
    Ignore,
}

pub struct App {
    pub pool: Vec<Scenario>,
    pub manifests: Vec<Manifest>,
    pub settings: Settings,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub quit: bool,
    /// The player's profile; None only before the first-run name is given.
    pub session: Option<Session>,
    /// Where a first-run profile is created.
    pub data: Option<DataDir>,
    /// A line for the player: a repaired save, a failed save, nothing to review.
    pub message: Option<String>,
    rounds_started: u64,
    /// The training path for the loaded scenarios.
    pub modules: Vec<Module>,
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
            KeyCode::Char('c') => Msg::Certificate,
            _ => Msg::Ignore,
        }
    }
}

impl App {
    pub fn new(pool: Vec<Scenario>, manifests: Vec<Manifest>, settings: Settings) -> Self {
        let modules = path(&pool);
        App {
            pool,
            manifests,
            settings,
            screen: Screen::Menu { selected: 0 },
            overlay: None,
            quit: false,
            session: None,
            data: None,
            message: None,
            rounds_started: 0,
            modules,
            max_scroll: Cell::new(0),
        }
    }

    /// Plays as the given profile; its notice (a repaired save) is shown on the menu.
    pub fn with_session(mut self, mut session: Session) -> Self {
        session.pass_mark = self.pass_mark();
        self.message = session.notice.take();
        self.session = Some(session);
        self
    }

    /// Asks for a name first, then creates or opens that profile in `data`.
    pub fn asking_name(mut self, data: DataDir) -> Self {
        self.data = Some(data);
        self.screen = Screen::Name {
            input: String::new(),
            error: None,
        };
        self
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Press
            && let Screen::Name { input, error } = &mut self.screen
        {
            match key.code {
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => input.push(c),
                KeyCode::Backspace => {
                    input.pop();
                }
                KeyCode::Enter => {
                    let name = input.trim().to_string();
                    match self
                        .data
                        .as_ref()
                        .map(|d| crate::commands::profile::open(d, &name))
                    {
                        Some(Ok(session)) => {
                            self.message = Some(format!(
                                "Welcome, {}. Your progress is saved on this computer only.",
                                session.profile.name
                            ));
                            self.session = Some(session);
                            self.screen = Screen::Menu { selected: 0 };
                        }
                        Some(Err(e)) => *error = Some(e.to_string()),
                        None => self.screen = Screen::Menu { selected: 0 },
                    }
                }
                KeyCode::Esc => self.quit = true,
                KeyCode::Char('c') => self.quit = true,
                _ => {}
            }
            return;
        }
        self.update(Msg::from_key(key));
    }

    /// The menu's entries for the current profile.
    pub fn menu_items(&self) -> Vec<MenuItem> {
        let mut items = Vec::new();
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.resumable(&self.pool).is_some())
        {
            items.push(MenuItem::Resume);
        }
        items.push(MenuItem::Play);
        items.push(MenuItem::Daily);
        if self.session.is_some() {
            items.extend([MenuItem::Path, MenuItem::Review, MenuItem::Stats]);
        }
        items.extend([MenuItem::Briefing, MenuItem::Help, MenuItem::Quit]);
        items
    }

    /// The pass mark of the first pack that sets one, else the default.
    pub fn pass_mark(&self) -> u8 {
        self.manifests
            .iter()
            .find_map(|m| m.pass_mark)
            .unwrap_or(crate::training::DEFAULT_PASS_MARK)
    }

    /// Each module's status for the current profile.
    pub fn path_statuses(&self) -> Vec<Status> {
        let empty = std::collections::BTreeMap::new();
        let records = self.session.as_ref().map_or(&empty, |s| &s.profile.modules);
        statuses(&self.modules, records)
    }

    fn update_path(&mut self, selected: usize, msg: Msg) -> Screen {
        let count = self.modules.len().max(1);
        match msg {
            Msg::Up => Screen::Path {
                selected: (selected + count - 1) % count,
            },
            Msg::Down => Screen::Path {
                selected: (selected + 1) % count,
            },
            Msg::Enter | Msg::Play => {
                let open = self
                    .path_statuses()
                    .get(selected)
                    .is_some_and(|s| *s != Status::Locked);
                if !open {
                    self.message =
                        Some("That module unlocks when the one before it is passed.".into());
                    return Screen::Path { selected };
                }
                self.message = None;
                self.start_module(selected)
            }
            Msg::Certificate if self.certificate().is_some() => Screen::Certificate { scroll: 0 },
            Msg::Back => Screen::Menu { selected: 0 },
            _ => Screen::Path { selected },
        }
    }

    /// The certificate text, once every module is passed.
    pub fn certificate(&self) -> Option<String> {
        let session = self.session.as_ref()?;
        crate::report::certificate(
            &session.profile,
            &self.modules,
            self.manifests.first()?,
            self.pass_mark(),
        )
    }

    fn start_module(&mut self, index: usize) -> Screen {
        let Some(module) = self.modules.get(index) else {
            return Screen::Path { selected: 0 };
        };
        let items: Vec<usize> = module
            .items
            .iter()
            .filter_map(|id| self.pool.iter().position(|s| &s.id == id))
            .collect();
        let mode = Mode::Module(module.id.clone());
        self.play(Round::new(items), mode, 0)
    }

    /// Today's challenge: the same round for everyone with the same packs today.
    fn start_daily(&mut self) -> Screen {
        let today = chrono::Local::now().date_naive();
        let (id, version) = self
            .manifests
            .first()
            .map_or(("", ""), |m| (m.id.as_str(), m.version.as_str()));
        let seed = daily_seed(today, id, version);
        let mut rng = StdRng::seed_from_u64(seed);
        let items = draw_round(&self.pool, self.settings.count, &mut rng);
        self.play(Round::new(items), Mode::Daily(today.to_string()), seed)
    }

    /// Skills due for review today.
    pub fn reviews_due(&self) -> usize {
        self.session
            .as_ref()
            .map_or(0, |s| s.profile.review.due(Utc::now().date_naive()).len())
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
            Screen::Name { .. } => screen,
            Screen::Menu { selected } => self.update_menu(selected, msg),
            Screen::Stats { scroll } => match msg {
                Msg::Back | Msg::Enter => Screen::Menu { selected: 0 },
                _ => Screen::Stats {
                    scroll: self.scrolled(scroll, msg),
                },
            },
            Screen::Briefing { scroll, back } => match msg {
                Msg::Back | Msg::Briefing | Msg::Enter => *back,
                _ => Screen::Briefing {
                    scroll: self.scrolled(scroll, msg),
                    back,
                },
            },
            Screen::Question(play) => self.update_question(play, msg),
            Screen::Feedback { play, outcome } => self.update_feedback(play, outcome, msg),
            Screen::Summary { done, scroll } => match msg {
                Msg::Enter | Msg::Back if done.module.is_some() => Screen::Path { selected: 0 },
                Msg::Enter | Msg::Back => Screen::Menu { selected: 0 },
                Msg::Play => self.start_round(),
                _ => Screen::Summary {
                    done,
                    scroll: self.scrolled(scroll, msg),
                },
            },
            Screen::Path { selected } => self.update_path(selected, msg),
            Screen::Certificate { scroll } => match msg {
                Msg::Back | Msg::Enter => Screen::Path { selected: 0 },
                _ => Screen::Certificate {
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
        let items = self.menu_items();
        let here = Screen::Menu { selected };
        let item = match msg {
            Msg::Up => {
                return Screen::Menu {
                    selected: (selected + items.len() - 1) % items.len(),
                };
            }
            Msg::Down => {
                return Screen::Menu {
                    selected: (selected + 1) % items.len(),
                };
            }
            Msg::Enter => items.get(selected).copied().unwrap_or(MenuItem::Play),
            Msg::Play => MenuItem::Play,
            Msg::Briefing => MenuItem::Briefing,
            Msg::Back => MenuItem::Quit,
            _ => return here,
        };
        self.message = None;
        match item {
            MenuItem::Resume => self.resume_round().unwrap_or(here),
            MenuItem::Play => self.start_round(),
            MenuItem::Daily => self.start_daily(),
            MenuItem::Path => Screen::Path { selected: 0 },
            MenuItem::Review => self.start_review().unwrap_or(here),
            MenuItem::Stats => Screen::Stats { scroll: 0 },
            MenuItem::Briefing => self.briefing(here),
            MenuItem::Help => {
                self.overlay = Some(Overlay::Help);
                here
            }
            MenuItem::Quit => {
                self.quit = true;
                here
            }
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
            let index = play.round.current();
            let outcome = play
                .round
                .answer(&self.pool, given, play.inspected, elapsed);
            if let (Some(session), Some(index), Some(answer)) =
                (self.session.as_mut(), index, play.round.answers.last())
            {
                session.answer(&self.pool[index], answer, Utc::now());
                self.message = session.save_error.clone();
            }
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
        let (earned, module) = match self.session.as_mut() {
            Some(session) => {
                let closing = session.finish(Utc::now());
                self.message = session.save_error.clone();
                closing
            }
            None => (Vec::new(), None),
        };
        Screen::Summary {
            done: Box::new(Done {
                play,
                summary,
                earned,
                module,
            }),
            scroll: 0,
        }
    }

    fn play(&mut self, round: Round, mode: Mode, seed: u64) -> Screen {
        if let Some(session) = self.session.as_mut()
            && round.answers.is_empty()
        {
            let ids = round
                .items
                .iter()
                .map(|&i| self.pool[i].id.clone())
                .collect();
            session.start(mode.clone(), seed, ids, Utc::now());
            self.message = session.save_error.clone();
        }
        let now = Instant::now();
        Screen::Question(Play {
            round,
            mode,
            seed,
            inspected: false,
            choice: Verdict::Safe,
            scroll: 0,
            shown_at: now,
            started_at: now,
        })
    }

    /// Draws a new round; each round after the first uses the next seed.
    pub fn start_round(&mut self) -> Screen {
        let seed = self.settings.seed.wrapping_add(self.rounds_started);
        self.rounds_started += 1;
        let mut rng = StdRng::seed_from_u64(seed);
        let items = draw_round(&self.pool, self.settings.count, &mut rng);
        self.play(Round::new(items), Mode::Practice, seed)
    }

    /// Picks up the round left unfinished last time.
    fn resume_round(&mut self) -> Option<Screen> {
        let (round, seed, mode) = self.session.as_ref()?.resumable(&self.pool)?;
        Some(self.play(round, mode, seed))
    }

    /// A round of the skills due for review, choosing items not seen recently.
    fn start_review(&mut self) -> Option<Screen> {
        let session = self.session.as_ref()?;
        let today = Utc::now().date_naive();
        let due = session.profile.review.due(today);
        if due.is_empty() {
            self.message =
                Some("Nothing to review today: skills you miss come back here a day later.".into());
            return None;
        }
        let (history, _) = session
            .store()
            .map(|s| s.history(Some(crate::progress::RECENT_ROUNDS)))
            .unwrap_or_default();
        let seen = crate::progress::recently_seen(&session.profile, &history);
        let items = pick(&self.pool, &due, &seen, self.settings.count);
        if items.is_empty() {
            self.message = Some("The loaded packs have no scenarios for the skills due.".into());
            return None;
        }
        Some(self.play(Round::new(items), Mode::Review, 0))
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
        let last = app.menu_items().len() - 1;
        assert!(
            matches!(app.screen, Screen::Menu { selected } if selected == last),
            "wraps around"
        );
        assert_eq!(app.menu_items()[last], MenuItem::Quit);
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

    #[test]
    fn the_training_path_unlocks_in_order_and_ends_in_a_certificate() {
        use crate::progress::{Profile, Session};
        let mut app = app(10).with_session(Session::new(
            None,
            Profile::new("t", chrono::Utc::now()),
            None,
        ));
        app.update(Msg::Down); // Daily challenge
        app.update(Msg::Down); // Training path
        assert_eq!(app.menu_items()[2], MenuItem::Path);
        app.update(Msg::Enter);
        assert!(matches!(app.screen, Screen::Path { selected: 0 }));
        // The second module is locked until the first is passed.
        app.update(Msg::Down);
        app.update(Msg::Enter);
        assert!(matches!(app.screen, Screen::Path { selected: 1 }));
        assert!(
            app.message
                .as_deref()
                .is_some_and(|m| m.contains("unlocks"))
        );
        for index in 0..app.modules.len() {
            app.screen = Screen::Path { selected: index };
            app.update(Msg::Enter);
            let Screen::Question(play) = &app.screen else {
                panic!("module {index} starts")
            };
            assert_eq!(play.mode, Mode::Module(app.modules[index].id.clone()));
            // Answer every item correctly.
            loop {
                let truth = app.current_scenario().expect("item").verdict;
                app.update(if truth == Verdict::Dangerous {
                    Msg::Dangerous
                } else {
                    Msg::Safe
                });
                app.update(Msg::Enter);
                if let Screen::Summary { done, .. } = &app.screen {
                    assert!(
                        done.module
                            .as_ref()
                            .is_some_and(|m| m.passed && m.percent == 100)
                    );
                    break;
                }
            }
            app.update(Msg::Enter);
            assert!(
                matches!(app.screen, Screen::Path { .. }),
                "back to the path after a module"
            );
        }
        let certificate = app.certificate().expect("every module passed");
        assert!(
            certificate.contains("# Certificate of completion") && certificate.contains("**t**")
        );
        assert!(
            certificate.contains("brightside-core")
                && certificate.contains("| Final exam | 100% | 1 |"),
            "{certificate}"
        );
        app.update(Msg::Certificate);
        assert!(matches!(app.screen, Screen::Certificate { .. }));
    }

    #[test]
    fn the_daily_challenge_is_the_same_round_for_everyone_today() {
        let mut a = app(5);
        let mut b = app(5);
        for app in [&mut a, &mut b] {
            app.update(Msg::Down);
            app.update(Msg::Enter);
        }
        let (Screen::Question(pa), Screen::Question(pb)) = (&a.screen, &b.screen) else {
            panic!("daily rounds")
        };
        assert_eq!(pa.round.items, pb.round.items);
        assert!(
            matches!(&pa.mode, Mode::Daily(date) if date == &chrono::Local::now().date_naive().to_string())
        );
    }
}
