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
    /// The summary rows of the last rounds, left unread until the first frame is drawn
    /// ([`Session::settle_rows`]); `profile.rounds` is empty meanwhile.
    rows: Option<String>,
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
            rows: None,
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

    /// Saves after a change; the rows were read before it ([`Session::rows_first`]).
    fn save(&mut self) {
        let Some(store) = &self.store else { return };
        self.save_error = store.save(&self.profile).err();
    }

    /// Leaves the summary rows of the last rounds (`rows`, as the profile file holds them) to be
    /// read by [`Session::settle_rows`].
    pub fn defer_rows(&mut self, rows: String) {
        self.rows = Some(rows);
    }

    /// Reads the summary rows left unread at the start, if any. Rows that do not read make the
    /// file a damaged one after all: the profile is loaded again as [`Store::load`] loads a
    /// damaged file (from its backup, the damaged file kept aside, the player told), as it would
    /// have been at the start. Every change and save reads them first, so none is ever written
    /// without them.
    pub fn settle_rows(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let Some(rows) = self.rows.take() else {
            return Ok(());
        };
        match serde_json::from_str::<Vec<super::RoundSummary>>(&rows) {
            Ok(rows) => {
                self.profile.rounds = rows;
                self.profile.trim();
                Ok(())
            }
            Err(_) => {
                let Some(store) = &self.store else {
                    return Ok(());
                };
                let loaded = store.load(now)?;
                if let Some(profile) = loaded.profile {
                    self.profile = profile;
                }
                self.notices.extend(loaded.recovery.map(Notice::Recovered));
                Ok(())
            }
        }
    }

    /// Goes on without saving, for a new profile whose first save failed: nothing of it is on disk
    /// to keep up to date, and every answer would fail again.
    pub fn stop_saving(&mut self) {
        self.store = None;
    }

    /// Saves the profile as it is now (a new profile's first save), saying why if it cannot.
    pub fn save_now(&mut self) -> Result<(), StoreError> {
        self.settle_rows(Utc::now())?;
        let Some(store) = &self.store else {
            return Ok(());
        };
        let result = store.save(&self.profile);
        self.save_error = result.as_ref().err().cloned();
        result
    }

    pub fn start(&mut self, mode: Mode, seed: u64, ids: Vec<String>, now: DateTime<Utc>) {
        self.rows_first(now);
        start_round(&mut self.profile, mode, seed, ids, now);
        self.save();
    }

    pub fn answer(&mut self, scenario: &Scenario, answer: &Answer, now: DateTime<Utc>) {
        self.rows_first(now);
        record_answer(&mut self.profile, scenario, answer, now);
        self.save();
    }

    /// The rows read before the profile changes (a game settles them after its first frame,
    /// before any key: this is for any other caller).
    fn rows_first(&mut self, now: DateTime<Utc>) {
        if let Err(e) = self.settle_rows(now) {
            self.save_error = Some(e);
        }
    }

    /// Ends the round; returns the achievements it earned.
    pub fn finish(&mut self, now: DateTime<Utc>) -> (Vec<Achievement>, Option<ModuleResult>) {
        self.rows_first(now);
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
