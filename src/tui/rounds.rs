//! Starting and closing rounds: each menu entry asks for a [`Plan`], and the round it gives goes on
//! screen (or the menu says why there is none).

use chrono::Utc;

use super::app::{App, Done, Play, Screen};
use super::message::Message;
use crate::plan::{Chosen, Ground, Plan};
use crate::strings;

impl App {
    /// What rounds are chosen from: the loaded packs and path, and the player.
    fn ground(&self) -> Ground<'_> {
        Ground {
            pool: &self.pool,
            manifests: &self.manifests,
            modules: &self.modules,
            session: self.session.as_ref(),
        }
    }

    /// Starts the planned round, or leaves a message saying why it cannot start.
    pub(super) fn start(&mut self, plan: Plan) -> Option<Screen> {
        match plan.choose(&self.ground()) {
            Ok(chosen) => Some(self.play(chosen)),
            Err(refusal) => {
                self.message = Some(Message::Line(strings::refusal(&refusal)));
                None
            }
        }
    }

    /// A practice round, drawn from the next seed.
    pub fn start_round(&mut self) -> Screen {
        let plan = Plan::Practice {
            count: self.settings.count,
            seed: self.next_seed(),
        };
        self.start(plan).unwrap_or(Screen::Menu { selected: 0 })
    }

    /// A round where the player marks suspicious fields before judging, drawn from the next seed.
    pub(super) fn start_spot(&mut self) -> Screen {
        let plan = Plan::Spot {
            count: self.settings.count,
            seed: self.next_seed(),
        };
        self.start(plan).unwrap_or(Screen::Menu { selected: 0 })
    }

    /// Today's challenge: the same round for everyone with the same packs today.
    pub(super) fn start_daily(&mut self) -> Screen {
        let plan = Plan::Daily {
            date: chrono::Local::now().date_naive(),
            count: self.settings.count,
        };
        self.start(plan).unwrap_or(Screen::Menu { selected: 0 })
    }

    /// A round of the skills due for review today.
    pub(super) fn start_review(&mut self) -> Option<Screen> {
        self.start(Plan::Review {
            date: Utc::now().date_naive(),
            count: self.settings.count,
        })
    }

    /// The seed of the next drawn round: each one after the first adds one, so `--seed` replays
    /// them all.
    fn next_seed(&mut self) -> u64 {
        let seed = self.settings.seed.wrapping_add(self.rounds_started);
        self.rounds_started += 1;
        seed
    }

    pub(super) fn finish(&mut self, play: Play) -> Screen {
        let summary = play.round.summary(&self.pool);
        let (earned, module) = match self.session.as_mut() {
            Some(session) => {
                let closing = session.finish(Utc::now());
                self.message = session.save_error.clone().map(Message::SaveFailed);
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
            selected: None,
        }
    }

    /// Puts a chosen round on screen; a new one is recorded in the profile first.
    fn play(&mut self, chosen: Chosen) -> Screen {
        let Chosen { round, mode, seed } = chosen;
        if let Some(session) = self.session.as_mut()
            && round.answers.is_empty()
        {
            let ids = round
                .items
                .iter()
                .map(|&i| self.pool[i].id.clone())
                .collect();
            session.start(mode.clone(), seed, ids, Utc::now());
            self.message = session.save_error.clone().map(Message::SaveFailed);
        }
        Screen::Question(Play::new(round, mode, seed))
    }
}
