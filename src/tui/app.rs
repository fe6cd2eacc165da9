//! The app state and its one `update`: the only place the screen changes.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Instant;

use chrono::Utc;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::content::{Manifest, Scenario, Theme, Verdict};
use crate::progress::achievements::Achievement;
use crate::progress::opening::{Pending, open};
use crate::progress::{DataDir, Mode, ModuleResult, Session};
use crate::quiz::{Outcome, Round, Summary};
use crate::settings::PlaySettings;
use crate::training::{Module, path};

pub use super::keys::Msg;
pub use super::menu::MenuItem;
pub use super::message::Message;
pub use super::rounds::NewRound;
pub use super::screens::Drawn;

/// A round in progress and the state of the item on screen.
#[derive(Debug, Clone)]
pub struct Play {
    pub round: Round,
    pub mode: Mode,
    pub seed: u64,
    pub inspected: bool,
    /// The verdict chosen with the arrow keys, to be confirmed with Enter; none at first, so that
    /// Enter alone never answers.
    pub choice: Option<Verdict>,
    pub scroll: u16,
    pub shown_at: Instant,
    pub started_at: Instant,
    /// Spot mode: the fields marked as suspicious, and the field under the cursor.
    pub marks: Vec<crate::content::FieldPath>,
    pub cursor: usize,
    /// Spot mode: its scoring is explained before the first item.
    pub explaining: bool,
}

impl Play {
    /// A round on screen at its first item, nothing inspected or marked yet.
    pub fn new(round: Round, mode: Mode, seed: u64) -> Self {
        let now = Instant::now();
        Play {
            explaining: mode == Mode::Spot && round.answers.is_empty(),
            round,
            mode,
            seed,
            inspected: false,
            choice: None,
            scroll: 0,
            shown_at: now,
            started_at: now,
            marks: Vec::new(),
            cursor: 0,
        }
    }

    pub fn spotting(&self) -> bool {
        self.mode == Mode::Spot
    }
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
        /// The missed item chosen to open again, if any.
        selected: Option<usize>,
    },
    /// A missed item (by its place among the summary's missed ones) opened again from the summary.
    Missed {
        done: Box<Done>,
        index: usize,
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
    pub earned: Vec<Achievement>,
    pub module: Option<ModuleResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Leaving the round on screen (it is kept, to resume).
    ConfirmQuit,
    /// A new round while one is unfinished: resume that one, or start this one instead.
    ConfirmNewRound(NewRound),
    /// Playing a passed module again, by its place on the path.
    ConfirmReplay(usize),
    /// Playing today's challenge again once it is done (as practice).
    ConfirmDailyAgain,
}

/// Opens the profile for a name given on the first-run screen, or says why not (shown on that
/// screen). A server sets its own (a name bound to someone else's key, one already playing).
pub type NameOpener = Box<dyn FnMut(&str) -> Result<Session, String>>;

pub struct App {
    /// Shared, not copied: a server's games all read the packs it loaded once.
    pub pool: Arc<Vec<Scenario>>,
    /// The built-in pack's scenarios (id, verdict, theme) before the pack is decoded: the first
    /// frame is drawn from these, and [`App::settle`] decodes the pack into `pool` right after it.
    pub preview: Option<Vec<(&'static str, Verdict, Theme)>>,
    pub manifests: Vec<Manifest>,
    pub settings: PlaySettings,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub quit: bool,
    /// The player's profile; None only before the first-run name is given.
    pub session: Option<Session>,
    /// Where a first-run profile is created.
    pub data: Option<DataDir>,
    /// Opens a first-run profile instead of opening it in `data`.
    pub open_name: Option<NameOpener>,
    /// A line for the player: a repaired save, a failed save, nothing to review.
    pub message: Option<Message>,
    pub(super) rounds_started: u64,
    /// The training path for the loaded scenarios (only ids and titles until the pack is decoded).
    pub modules: Vec<Module>,
    /// Writes of the start put off until the first frame is drawn (see [`App::settle`]).
    pub pending: Option<(DataDir, Pending)>,
    /// The furthest the current screen can scroll, as last drawn.
    pub max_scroll: Cell<u16>,
    /// How right-to-left text is drawn (see `tui::rtl`).
    pub display: crate::settings::Display,
    /// What the last frame showed that keys depend on.
    pub drawn: Drawn,
    /// `--new-round`: open on a new round once the pack is at hand.
    pub(super) new_round: bool,
}

impl App {
    pub fn new(
        pool: impl Into<Arc<Vec<Scenario>>>,
        manifests: Vec<Manifest>,
        settings: PlaySettings,
    ) -> Self {
        let pool = pool.into();
        let modules = path(&pool);
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
            open_name: None,
            message: None,
            rounds_started: 0,
            modules,
            pending: None,
            max_scroll: Cell::new(0),
            display: crate::settings::Display::default(),
            drawn: Drawn::default(),
            new_round: false,
        }
    }

    /// The interface's words in the player's language.
    pub fn t(&self) -> &'static crate::i18n::Catalog {
        crate::i18n::Catalog::get(self.settings.lang)
    }

    /// Plays as the given profile; its notice (a repaired save) is shown on the menu.
    pub fn with_session(mut self, mut session: Session) -> Self {
        session.pass_mark = self.pass_mark();
        for notice in std::mem::take(&mut session.notices) {
            self.tell(notice);
        }
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
        if self.refused_while_too_small(key) {
            return;
        }
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
                    let t = crate::i18n::Catalog::get(self.settings.lang);
                    let opened = match (&mut self.open_name, &self.data) {
                        (Some(open_name), _) => Some(open_name(&name)),
                        (None, Some(d)) => Some(
                            open(d, &name, Utc::now())
                                .map_err(|e| crate::strings::store_error(t, &e)),
                        ),
                        (None, None) => None,
                    };
                    match opened {
                        Some(Ok(session)) => {
                            self.message = Some(
                                crate::t!(
                                    self.t(),
                                    "menu-welcome",
                                    name = session.profile.name.as_str(),
                                )
                                .into(),
                            );
                            self.session = Some(session);
                            self.screen = Screen::Menu { selected: 0 };
                        }
                        Some(Err(e)) => *error = Some(e),
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
                done,
                scroll,
                selected,
            } => self.update_summary(done, scroll, selected, msg),
            Screen::Missed {
                done,
                index,
                scroll,
            } => match msg {
                Msg::Back | Msg::Enter => Screen::Summary {
                    done,
                    scroll: 0,
                    selected: Some(index),
                },
                _ => Screen::Missed {
                    done,
                    index,
                    scroll: self.scrolled(scroll, msg),
                },
            },
            Screen::Path { selected } => self.update_path(selected, msg),
            Screen::Certificate { scroll } => self.update_certificate(scroll, msg),
        };
    }

    pub(super) fn briefing(&mut self, back: Screen) -> Screen {
        Screen::Briefing {
            scroll: 0,
            back: Box::new(back),
        }
    }

    pub(super) fn scrolled(&self, scroll: u16, msg: Msg) -> u16 {
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
#[path = "app_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "flow_tests.rs"]
mod flow_tests;
