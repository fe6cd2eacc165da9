//! Keys while a question is asked over the screen: help, leaving a round, a new round while one
//! is unfinished, replaying a passed module.

use super::app::{App, Msg, Overlay, Screen};
use super::rounds::NewRound;
use crate::plan::Plan;

impl App {
    pub(super) fn update_overlay(&mut self, overlay: Overlay, msg: Msg) {
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
            Overlay::ConfirmNewRound(new) => match msg {
                Msg::Resume | Msg::Enter => {
                    self.overlay = None;
                    if let Some(screen) = self.start(Plan::Resume) {
                        self.screen = screen;
                    }
                }
                // n: a new round, and the unfinished one is discarded.
                Msg::No => {
                    self.overlay = None;
                    if let Some(screen) = self.start_new(new) {
                        self.screen = screen;
                    }
                }
                Msg::Back => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmDailyAgain => match msg {
                Msg::Yes | Msg::Enter => {
                    self.overlay = None;
                    if let Some(screen) = self.begin(NewRound::DailyAgain) {
                        self.screen = screen;
                    }
                }
                Msg::No | Msg::Back => self.overlay = None,
                _ => {}
            },
            Overlay::ConfirmReplay(index) => match msg {
                Msg::Yes | Msg::Enter => {
                    self.overlay = None;
                    if let Some(screen) = self.begin(NewRound::Module(index)) {
                        self.screen = screen;
                    }
                }
                Msg::No | Msg::Back => self.overlay = None,
                _ => {}
            },
        }
    }
}
