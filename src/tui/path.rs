//! The training path on the app: pass mark, module statuses, starting modules, the certificate.

use super::app::{App, Msg, Screen};
use crate::plan::Plan;
use crate::progress::modules::passed;
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

    pub(super) fn update_path(&mut self, selected: usize, msg: Msg) -> Screen {
        let count = self.modules.len().max(1);
        match msg {
            Msg::Up => Screen::Path {
                selected: (selected + count - 1) % count,
            },
            Msg::Down => Screen::Path {
                selected: (selected + 1) % count,
            },
            Msg::Enter | Msg::Play => {
                let Some(module) = self.modules.get(selected) else {
                    return Screen::Path { selected };
                };
                self.message = None;
                let plan = Plan::Module {
                    id: module.id.clone(),
                };
                self.start(plan).unwrap_or(Screen::Path { selected })
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
}
