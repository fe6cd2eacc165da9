//! Starting and closing rounds of every kind: practice, daily, spot, training modules, review, resume.

use chrono::Utc;
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::app::{App, Done, Play, Screen};
use super::message::Message;
use crate::progress::Mode;
use crate::progress::review::pick;
use crate::quiz::{Round, draw_round};
use crate::training::daily_seed;

impl App {
    pub(super) fn start_module(&mut self, index: usize) -> Screen {
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

    /// A round where the player marks suspicious fields before judging.
    pub(super) fn start_spot(&mut self) -> Screen {
        self.start_drawn(Mode::Spot)
    }

    /// Today's challenge: the same round for everyone with the same packs today.
    pub(super) fn start_daily(&mut self) -> Screen {
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
        }
    }

    pub(super) fn play(&mut self, round: Round, mode: Mode, seed: u64) -> Screen {
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

    /// Draws a new round; each round after the first uses the next seed.
    pub fn start_round(&mut self) -> Screen {
        self.start_drawn(Mode::Practice)
    }

    /// A freshly drawn round; each one after the first uses the next seed, so --seed replays them all.
    fn start_drawn(&mut self, mode: Mode) -> Screen {
        let seed = self.settings.seed.wrapping_add(self.rounds_started);
        self.rounds_started += 1;
        let mut rng = StdRng::seed_from_u64(seed);
        let items = draw_round(&self.pool, self.settings.count, &mut rng);
        self.play(Round::new(items), mode, seed)
    }

    /// Picks up the round left unfinished last time.
    pub(super) fn resume_round(&mut self) -> Option<Screen> {
        let (round, seed, mode) = self.resumable()?;
        Some(self.play(round, mode, seed))
    }

    /// A round of the skills due for review, choosing items not seen recently.
    pub(super) fn start_review(&mut self) -> Option<Screen> {
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
}
