//! The app state and its one `update`: the only place the screen changes.

use std::cell::Cell;
use std::time::Instant;

use rand::SeedableRng;
use rand::rngs::StdRng;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use chrono::Utc;

use crate::content::{Manifest, PackPreview, Scenario, Verdict};
use crate::progress::review::pick;
use crate::progress::{DataDir, Mode, Session};
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
        play: Play,
        summary: Summary,
        scroll: u16,
        earned: Vec<&'static str>,
    },
}

/// The menu's entries; some appear only when they apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    Resume,
    Play,
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
    Ignore,
}

pub struct App {
    pub pool: Vec<Scenario>,
    /// The built-in pack before it is decoded: the first frame is drawn from this, and
    /// [`App::settle`] decodes the pack into `pool` right after it.
    pub preview: Option<PackPreview>,
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
    /// Writes of the start put off until the first frame is drawn (see [`App::settle`]).
    pub pending: Option<(DataDir, crate::commands::profile::Pending)>,
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
            preview: None,
            manifests,
            settings,
            screen: Screen::Menu { selected: 0 },
            overlay: None,
            quit: false,
            session: None,
            data: None,
            message: None,
            rounds_started: 0,
            pending: None,
            max_scroll: Cell::new(0),
        }
    }

    /// Plays as the given profile; its notice (a repaired save) is shown on the menu.
    pub fn with_session(mut self, mut session: Session) -> Self {
        self.message = session.notice.take();
        self.session = Some(session);
        self
    }

    /// Starts on the built-in pack's preview, with an empty pool: the pack itself is decoded by
    /// [`App::settle`], after the first frame.
    pub fn with_builtin_later(mut self, preview: PackPreview) -> Self {
        self.pool.clear();
        self.manifests = vec![preview.manifest.clone()];
        self.preview = Some(preview);
        self
    }

    /// Whether [`App::settle`] has work to do.
    pub fn unsettled(&self) -> bool {
        self.preview.is_some() || self.pending.is_some()
    }

    /// Does the work the start left for after the first frame: decodes the built-in pack, then
    /// a new profile's first save and the last-played setting. Returns whether the screen must be
    /// drawn again to show a problem.
    pub fn settle(&mut self) -> anyhow::Result<bool> {
        if self.preview.take().is_some() {
            let pack = crate::builtin::pack()
                .map_err(|e| anyhow::anyhow!("the built-in pack cannot be decoded: {e}"))?;
            self.pool = pack.scenarios;
        }
        let (Some((data, mut pending)), Some(session)) =
            (self.pending.take(), self.session.as_mut())
        else {
            return Ok(false);
        };
        match pending.settle(&data, session) {
            Ok(()) => Ok(false),
            Err(_) => {
                self.message = session.save_error.clone();
                Ok(true)
            }
        }
    }

    /// The place of a scenario in the pool, or in the preview before the pool is decoded.
    fn index_of(&self, id: &str) -> Option<usize> {
        match &self.preview {
            Some(preview) => preview.scenarios.iter().position(|(s, _)| s == id),
            None => self.pool.iter().position(|s| s.id == id),
        }
    }

    /// Scenarios loaded, and how many of them are dangerous.
    pub fn pool_counts(&self) -> (usize, usize) {
        let dangerous = |v: Verdict| v == Verdict::Dangerous;
        match &self.preview {
            Some(p) => (
                p.scenarios.len(),
                p.scenarios.iter().filter(|(_, v)| dangerous(*v)).count(),
            ),
            None => (
                self.pool.len(),
                self.pool.iter().filter(|s| dangerous(s.verdict)).count(),
            ),
        }
    }

    /// The unfinished round of the profile, if it can be resumed with the packs loaded.
    pub fn resumable(&self) -> Option<(Round, u64, Mode)> {
        self.session.as_ref()?.resumable_by(|id| self.index_of(id))
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
        if self.resumable().is_some() {
            items.push(MenuItem::Resume);
        }
        items.push(MenuItem::Play);
        if self.session.is_some() {
            items.extend([MenuItem::Review, MenuItem::Stats]);
        }
        items.extend([MenuItem::Briefing, MenuItem::Help, MenuItem::Quit]);
        items
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
            Screen::Summary {
                play,
                summary,
                scroll,
                earned,
            } => match msg {
                Msg::Enter | Msg::Back => Screen::Menu { selected: 0 },
                Msg::Play => self.start_round(),
                _ => Screen::Summary {
                    play,
                    summary,
                    scroll: self.scrolled(scroll, msg),
                    earned,
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
        let earned = match self.session.as_mut() {
            Some(session) => {
                let earned = session.finish(Utc::now());
                self.message = session.save_error.clone();
                earned
            }
            None => Vec::new(),
        };
        Screen::Summary {
            play,
            summary,
            scroll: 0,
            earned,
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
        let (round, seed, mode) = self.resumable()?;
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
    fn the_first_frame_from_the_preview_matches_the_decoded_pack() {
        use crate::progress::{Profile, Session, start_round};
        let full = app(5);
        let mut profile = Profile::new("Robin", Utc::now());
        let ids = [3, 7, 11]
            .iter()
            .map(|&i| full.pool[i].id.clone())
            .collect();
        start_round(&mut profile, Mode::Practice, 4, ids, Utc::now());
        let full = full.with_session(Session::new(None, profile.clone(), None));
        let preview = crate::builtin::preview().expect("preview");
        let mut later = App::new(Vec::new(), Vec::new(), full.settings)
            .with_builtin_later(preview)
            .with_session(Session::new(None, profile, None));
        assert!(later.pool.is_empty() && later.unsettled());
        assert_eq!(later.pool_counts(), full.pool_counts());
        assert_eq!(later.menu_items(), full.menu_items());
        assert_eq!(later.resumable(), full.resumable());
        assert!(later.menu_items().contains(&MenuItem::Resume));
        assert!(!later.settle().expect("decodes"), "nothing to redraw");
        assert!(!later.unsettled());
        assert_eq!(later.pool, full.pool);
        assert_eq!(later.manifests, full.manifests);
        press(&mut later, KeyCode::Enter);
        let Screen::Question(play) = &later.screen else {
            panic!("the round resumes")
        };
        assert_eq!(play.round.items, vec![3, 7, 11]);
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
