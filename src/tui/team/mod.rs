//! The trainer's live view of a cohort (`redflag team`, or a trainer's key over SSH): who is
//! online, each person's figures, the team's weakest themes and red flags, who has not finished;
//! a person's answers as they land; the team report exported as Markdown, CSV and JSON.
//!
//! It reads the data folder again whenever a profile in it is saved (looked at about every
//! second), and never writes to it: only the exports, into their own folder.

mod export;
mod render;
mod table;
#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::event_loop::{EventSource, inert_cells};
use crate::cohort::online::Online;
use crate::cohort::{Cohort, Measure, Person};
use crate::content::Manifest;
use crate::i18n::Catalog;
use crate::progress::DataDir;
use crate::report::team::Team;
use crate::settings::Display;
use crate::training::Module;

pub use export::export;

/// How often the view looks for saves and sessions when no key comes.
pub const POLL: Duration = Duration::from_secs(1);

/// Who is online at a moment: the server's own registry over SSH, its published file locally.
pub type OnlineSource = Box<dyn Fn(DateTime<Utc>) -> Online + Send>;

/// Where the view reads from and writes its exports to.
pub struct Source {
    pub data: DataDir,
    pub manifests: Vec<Manifest>,
    pub modules: Vec<Module>,
    pub pass_mark: u8,
    pub online: OnlineSource,
    /// The folder exports are written to.
    pub exports: PathBuf,
}

impl Source {
    pub fn measure(&self) -> Measure<'_> {
        Measure {
            manifests: &self.manifests,
            modules: &self.modules,
            pass_mark: self.pass_mark,
        }
    }
}

/// What the trainer is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    People,
    /// One person's answers, scrolled this far.
    Person {
        scroll: u16,
    },
}

/// What the last export did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Exported(Vec<PathBuf>),
    ExportFailed(String),
}

/// How the view draws: its language, right-to-left display and colour.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub t: &'static Catalog,
    pub display: Display,
    pub color: bool,
}

pub struct Dashboard {
    source: Source,
    pub cohort: Cohort,
    pub team: Team,
    pub online: Online,
    /// The person chosen in the table.
    pub selected: usize,
    pub view: View,
    pub notice: Option<Notice>,
    pub look: Look,
    pub quit: bool,
    /// When the data was last looked at: "last seen" is counted from it.
    pub now: DateTime<Utc>,
    /// How far the person view can scroll, noted while drawing.
    max_scroll: Cell<u16>,
}

impl Dashboard {
    pub fn new(source: Source, look: Look, now: DateTime<Utc>) -> Dashboard {
        let cohort = Cohort::read(&source.data, &source.measure(), now);
        let team = cohort.team(&source.data, &source.measure());
        let online = (source.online)(now);
        Dashboard {
            source,
            cohort,
            team,
            online,
            selected: 0,
            view: View::People,
            notice: None,
            look,
            quit: false,
            now,
            max_scroll: Cell::new(0),
        }
    }

    /// Looks again at the data folder and who is online; true when anything shown changed.
    pub fn refresh(&mut self, now: DateTime<Utc>) -> bool {
        self.now = now;
        let selected = self.selected_person().map(|p| p.folder.clone());
        let changed = self
            .cohort
            .refresh(&self.source.data, &self.source.measure(), now);
        if changed {
            self.team = self.cohort.team(&self.source.data, &self.source.measure());
            // The same person stays chosen when others come or go.
            if let Some(folder) = selected
                && let Some(i) = self.cohort.people.iter().position(|p| p.folder == folder)
            {
                self.selected = i;
            }
            self.selected = self
                .selected
                .min(self.cohort.people.len().saturating_sub(1));
        }
        let online = (self.source.online)(now);
        let online_changed = online != self.online;
        self.online = online;
        changed || online_changed
    }

    pub fn selected_person(&self) -> Option<&Person> {
        self.cohort.people.get(self.selected)
    }

    pub fn data_root(&self) -> &std::path::Path {
        &self.source.data.root
    }

    /// Acts on a key: arrows choose a person (or scroll their answers), Enter opens them, Esc
    /// goes back, `e` exports, `q` quits.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        let people = self.cohort.people.len();
        match (key.code, self.view) {
            (KeyCode::Char('q' | 'Q'), _) => self.quit = true,
            (KeyCode::Char('e' | 'E'), _) => {
                self.notice = Some(
                    match export(self.look.t, &self.team, &self.source.exports, self.now) {
                        Ok(files) => Notice::Exported(files),
                        Err(reason) => Notice::ExportFailed(reason),
                    },
                );
            }
            (KeyCode::Up | KeyCode::Char('k'), View::People) => {
                self.selected = self.selected.saturating_sub(1);
            }
            (KeyCode::Down | KeyCode::Char('j'), View::People) => {
                self.selected = (self.selected + 1).min(people.saturating_sub(1));
            }
            (KeyCode::Enter | KeyCode::Right, View::People) if people > 0 => {
                self.view = View::Person { scroll: 0 };
            }
            (KeyCode::Esc | KeyCode::Left | KeyCode::Backspace, View::Person { .. }) => {
                self.view = View::People;
            }
            (code, View::Person { scroll }) => {
                let page = 10;
                let scroll = match code {
                    KeyCode::Up | KeyCode::Char('k') => scroll.saturating_sub(1),
                    KeyCode::Down | KeyCode::Char('j') => scroll.saturating_add(1),
                    KeyCode::PageUp => scroll.saturating_sub(page),
                    KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(page),
                    KeyCode::Home => 0,
                    _ => scroll,
                };
                self.view = View::Person {
                    scroll: scroll.min(self.max_scroll.get()),
                };
            }
            _ => {}
        }
    }
}

/// Shows the view on `terminal` with keys from `events` until the trainer quits, looking at the
/// data folder again every [`POLL`].
pub fn run_on<B, E>(
    terminal: &mut Terminal<B>,
    events: &mut E,
    dashboard: &mut Dashboard,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    E: EventSource,
{
    while !dashboard.quit && !events.ended() {
        terminal.draw(|frame| {
            frame.render_widget(&*dashboard, frame.area());
            inert_cells(frame.buffer_mut());
        })?;
        if events.poll(POLL)?
            && let Event::Key(key) = events.read()?
        {
            dashboard.handle_key(key);
        }
        dashboard.refresh(Utc::now());
    }
    Ok(())
}
