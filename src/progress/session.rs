//! A player's profile while they play: every change saved at once, save failures reported
//! without stopping the game (the previous file stays intact).

use chrono::{DateTime, Utc};

use super::achievements::Achievement;
use super::{
    Mode, ModuleResult, Notice, Profile, Store, StoreError, answered_but_open, finish_round,
    record_answer, start_round,
};
use crate::content::Scenario;
use crate::quiz::{Answer, Round};

pub struct Session {
    /// None when the player agreed to play without saving.
    store: Option<Store>,
    pub profile: Profile,
    /// What the player must be told once (a repaired save, playing unsaved), in order.
    pub notices: Vec<Notice>,
    /// Why the last save failed, if it did (the previous save is intact; the game goes on).
    pub save_error: Option<StoreError>,
    /// Percentage needed to pass a training module (from the pack).
    pub pass_mark: u8,
}

impl Session {
    /// A session on a loaded profile. A round whose every item was answered but which was not
    /// closed (the game stopped just before) is closed now, so it counts and does not linger.
    pub fn new(store: Option<Store>, profile: Profile, notice: Option<Notice>) -> Self {
        let mut session = Session {
            store,
            profile,
            notices: notice.into_iter().collect(),
            save_error: None,
            pass_mark: crate::scoring::DEFAULT_PASS_MARK,
        };
        if let Some(ended) = answered_but_open(&session.profile) {
            session.finish(ended);
        }
        session
    }

    pub fn saving(&self) -> bool {
        self.store.is_some()
    }

    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    fn save(&mut self) {
        let Some(store) = &self.store else { return };
        self.save_error = store.save(&self.profile).err();
    }

    /// Goes on without saving, for a new profile whose first save failed: nothing of it is on disk
    /// to keep up to date, and every answer would fail again.
    pub fn stop_saving(&mut self) {
        self.store = None;
    }

    /// Saves the profile as it is now (a new profile's first save), saying why if it cannot.
    pub fn save_now(&mut self) -> Result<(), StoreError> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let result = store.save(&self.profile);
        self.save_error = result.as_ref().err().cloned();
        result
    }

    pub fn start(&mut self, mode: Mode, seed: u64, ids: Vec<String>, now: DateTime<Utc>) {
        start_round(&mut self.profile, mode, seed, ids, now);
        self.save();
    }

    pub fn answer(&mut self, scenario: &Scenario, answer: &Answer, now: DateTime<Utc>) {
        record_answer(&mut self.profile, scenario, answer, now);
        self.save();
    }

    /// Ends the round; returns the achievements it earned.
    pub fn finish(&mut self, now: DateTime<Utc>) -> (Vec<Achievement>, Option<ModuleResult>) {
        let Some(done) = finish_round(&mut self.profile, now, self.pass_mark) else {
            return (Vec::new(), None);
        };
        if let Some(store) = &self.store
            && let Err(e) = store.append_history(&done.history)
        {
            self.save_error = Some(e);
        }
        self.save();
        (done.earned, done.module)
    }

    /// The unfinished round, mapped back onto the pool (items no longer loaded are dropped).
    pub fn resumable(&self, pool: &[Scenario]) -> Option<(Round, u64, Mode)> {
        self.resumable_by(|id| pool.iter().position(|s| s.id == id))
    }

    /// The same, with `index` giving an id's place in the pool (or None when it is not loaded).
    pub fn resumable_by(
        &self,
        index: impl Fn(&str) -> Option<usize>,
    ) -> Option<(Round, u64, Mode)> {
        let current = self.profile.current.as_ref()?;
        let items: Vec<usize> = current.items.iter().filter_map(|id| index(id)).collect();
        let answers: Vec<Answer> = current
            .answers
            .iter()
            .filter(|a| index(&a.scenario).is_some())
            .map(|a| Answer {
                scenario: a.scenario.clone(),
                given: a.given,
                kind: a.outcome,
                inspected: a.inspected,
                seconds: a.seconds,
                points: a.points,
                spot: a.spot.clone(),
            })
            .collect();
        let round = Round::restore(items, answers);
        (!round.is_finished()).then(|| (round, current.seed, current.mode.clone()))
    }
}
