//! The main menu: its entries, which of them apply to the player, and what choosing one does.

use chrono::Utc;

use super::app::{App, Msg, Overlay, Screen};
use super::rounds::NewRound;
use crate::i18n::Catalog;
use crate::plan::Plan;
use crate::t;

/// The menu's entries; some appear only when they apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    Resume,
    Play,
    Daily,
    Spot,
    Path,
    Review,
    Stats,
    Briefing,
    Help,
    Quit,
}

impl MenuItem {
    pub fn label(self, t: &Catalog) -> String {
        match self {
            MenuItem::Resume => t!(t, "menu-item-resume"),
            MenuItem::Play => t!(t, "menu-item-play"),
            MenuItem::Daily => t!(t, "menu-item-daily"),
            MenuItem::Spot => t!(t, "menu-item-spot"),
            MenuItem::Path => t!(t, "menu-item-path"),
            MenuItem::Review => t!(t, "menu-item-review"),
            MenuItem::Stats => t!(t, "menu-item-stats"),
            MenuItem::Briefing => t!(t, "menu-item-briefing"),
            MenuItem::Help => t!(t, "menu-item-help"),
            MenuItem::Quit => t!(t, "menu-item-quit"),
        }
    }
}

impl App {
    /// The menu's entries for the current profile.
    pub fn menu_items(&self) -> Vec<MenuItem> {
        let mut items = Vec::new();
        if self
            .session
            .as_ref()
            .is_some_and(|_| self.resumable().is_some())
        {
            items.push(MenuItem::Resume);
        }
        items.push(MenuItem::Play);
        items.push(MenuItem::Daily);
        items.push(MenuItem::Spot);
        if self.session.is_some() {
            items.extend([MenuItem::Path, MenuItem::Review, MenuItem::Stats]);
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

    pub(super) fn update_menu(&mut self, selected: usize, msg: Msg) -> Screen {
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
            Msg::Language => {
                self.next_language();
                return here;
            }
            _ => return here,
        };
        self.message = None;
        match item {
            MenuItem::Resume => self.start(Plan::Resume).unwrap_or(here),
            MenuItem::Play => self.begin(NewRound::Practice).unwrap_or(here),
            MenuItem::Daily => self.begin(NewRound::Daily).unwrap_or(here),
            MenuItem::Spot => self.begin(NewRound::Spot).unwrap_or(here),
            MenuItem::Path => self.path_screen(),
            MenuItem::Review => self.begin(NewRound::Review).unwrap_or(here),
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
}
