//! The training path on the app: pass mark, module statuses, starting modules, the certificate.

use super::app::{App, Msg, Overlay, Screen};
use super::message::Message;
use super::rounds::NewRound;
use crate::plan::Plan;
use crate::progress::modules::passed;
use crate::strings;
use crate::training::{Status, statuses};

impl App {
    /// The pass mark of the loaded packs.
    pub fn pass_mark(&self) -> u8 {
        crate::training::pass_mark(&self.manifests)
    }

    /// Each module's status for the current profile.
    pub fn path_statuses(&self) -> Vec<Status> {
        statuses(&self.modules, |id| {
            self.session
                .as_ref()
                .is_some_and(|s| passed(&s.profile.modules, id))
        })
    }

    /// The path, with the next module to play chosen: the open one (the first, once all pass).
    pub fn path_screen(&self) -> Screen {
        let selected = self
            .path_statuses()
            .iter()
            .position(|s| *s == Status::Open)
            .unwrap_or(0);
        Screen::Path { selected }
    }

    pub(super) fn update_path(&mut self, selected: usize, msg: Msg) -> Screen {
        let count = self.modules.len().max(1);
        let here = Screen::Path { selected };
        match msg {
            Msg::Up => Screen::Path {
                selected: (selected + count - 1) % count,
            },
            Msg::Down => Screen::Path {
                selected: (selected + 1) % count,
            },
            Msg::Enter | Msg::Play => {
                let Some(module) = self.modules.get(selected) else {
                    return here;
                };
                self.message = None;
                match self.path_statuses().get(selected) {
                    // Passed already: ask before replaying (the best score stays either way).
                    Some(Status::Passed) => {
                        self.overlay = Some(Overlay::ConfirmReplay(selected));
                        here
                    }
                    Some(Status::Open) => self.begin(NewRound::Module(selected)).unwrap_or(here),
                    // Locked: the plan says why.
                    _ => {
                        let plan = Plan::Module {
                            id: module.id.clone(),
                        };
                        self.start(plan).unwrap_or(here)
                    }
                }
            }
            Msg::Certificate if self.certificate().is_some() => Screen::Certificate { scroll: 0 },
            Msg::Certificate => {
                let left = self
                    .path_statuses()
                    .iter()
                    .filter(|s| **s != Status::Passed)
                    .count();
                self.message = Some(Message::Line(strings::certificate_pending(self.t(), left)));
                here
            }
            Msg::Back => Screen::Menu { selected: 0 },
            _ => here,
        }
    }

    /// The certificate text, once every module is passed.
    pub fn certificate(&self) -> Option<String> {
        let session = self.session.as_ref()?;
        crate::report::certificate(
            self.t(),
            &session.profile,
            &self.modules,
            self.manifests.first()?,
            self.pass_mark(),
        )
    }
}
