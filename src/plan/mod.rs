//! Which round to play: a [`Plan`] turns into a round, its mode and its seed, or into the typed
//! reason it cannot start. Every front end chooses its rounds here and words the reasons itself.
//!
//! It sits above `quiz`, `progress` and `training` because choosing a round needs all three (a
//! review reads the player's schedule and history, a module the training path); none of them
//! imports it.

use chrono::NaiveDate;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::content::{Manifest, Scenario};
use crate::progress::modules::passed;
use crate::progress::review::pick;
use crate::progress::{Mode, Profile, RECENT_ROUNDS, RoundSummary, Session, recently_seen};
use crate::quiz::{Round, draw_round};
use crate::training::{Module, Status, daily_seed, statuses};

/// The round a player asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// A round of `count` items drawn from `seed`.
    Practice { count: usize, seed: u64 },
    /// Spot the flags: a round drawn as for practice, where suspicious fields are marked before
    /// judging.
    Spot { count: usize, seed: u64 },
    /// The challenge of `date`: the same round for everyone whose first pack is the same.
    Daily { date: NaiveDate, count: usize },
    /// A training-path module, by id, once the modules before it are passed.
    Module { id: String },
    /// Items teaching the skills due for review on `date`, those not seen lately first.
    Review { date: NaiveDate, count: usize },
    /// The round left unfinished last time.
    Resume,
}

/// A round ready to play: nothing answered yet, or the answers of a resumed round.
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    pub round: Round,
    pub mode: Mode,
    /// What replays the round with `--seed` (0 for rounds that are not drawn).
    pub seed: u64,
}

/// Why a plan gives no round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No skill is due for review on that date.
    NothingDue,
    /// Skills are due, but no loaded scenario teaches them.
    NoScenariosForDue,
    /// No module has that id; `known` lists the modules' ids in path order.
    UnknownModule { id: String, known: Vec<String> },
    /// The module opens once `after`, the module before it, is passed.
    LockedModule { id: String, after: String },
    /// There is no unfinished round that the loaded scenarios can resume.
    NothingToResume,
}

/// What rounds are chosen from: the loaded scenarios and packs, their training path, and the
/// player when one is known.
#[derive(Clone, Copy)]
pub struct Ground<'a> {
    pub pool: &'a [Scenario],
    /// The first pack seeds the daily challenge.
    pub manifests: &'a [Manifest],
    pub modules: &'a [Module],
    pub session: Option<&'a Session>,
}

impl Plan {
    /// The round this plan gives on `ground`, or why there is none.
    pub fn choose(self, ground: &Ground) -> Result<Chosen, Refusal> {
        match self {
            Plan::Practice { count, seed } => Ok(drawn(ground.pool, count, seed, Mode::Practice)),
            Plan::Spot { count, seed } => Ok(drawn(ground.pool, count, seed, Mode::Spot)),
            Plan::Daily { date, count } => {
                let (id, version) = ground
                    .manifests
                    .first()
                    .map_or(("", ""), |m| (m.id.as_str(), m.version.as_str()));
                let seed = daily_seed(date, id, version);
                Ok(drawn(
                    ground.pool,
                    count,
                    seed,
                    Mode::Daily(date.to_string()),
                ))
            }
            Plan::Module { id } => module(ground, id),
            Plan::Review { date, count } => review(ground, date, count),
            Plan::Resume => ground
                .session
                .and_then(|s| s.resumable(ground.pool))
                .map(|(round, seed, mode)| Chosen { round, mode, seed })
                .ok_or(Refusal::NothingToResume),
        }
    }
}

/// The daily challenge of `date` as the profile finished it, if it did (the latest of its rows).
pub fn daily_done(profile: &Profile, date: NaiveDate) -> Option<&RoundSummary> {
    let daily = Mode::Daily(date.to_string());
    profile.rounds.iter().rev().find(|r| r.mode == daily)
}

/// A freshly drawn round: the same seed always draws the same items.
fn drawn(pool: &[Scenario], count: usize, seed: u64, mode: Mode) -> Chosen {
    let mut rng = StdRng::seed_from_u64(seed);
    Chosen {
        round: Round::new(draw_round(pool, count, &mut rng)),
        mode,
        seed,
    }
}

/// A module's fixed items, in the path's easy-to-hard order.
fn module(ground: &Ground, id: String) -> Result<Chosen, Refusal> {
    let modules = ground.modules;
    let Some(index) = modules.iter().position(|m| m.id == id) else {
        let known = modules.iter().map(|m| m.id.clone()).collect();
        return Err(Refusal::UnknownModule { id, known });
    };
    let is_passed = |id: &str| {
        ground
            .session
            .is_some_and(|s| passed(&s.profile.modules, id))
    };
    if statuses(modules, is_passed)[index] == Status::Locked {
        // The first module is never locked, so there is always one before a locked one.
        let after = index
            .checked_sub(1)
            .map(|i| modules[i].id.clone())
            .unwrap_or_default();
        return Err(Refusal::LockedModule { id, after });
    }
    let items = modules[index]
        .items
        .iter()
        .filter_map(|item| ground.pool.iter().position(|s| &s.id == item))
        .collect();
    Ok(Chosen {
        round: Round::new(items),
        mode: Mode::Module(id),
        seed: 0,
    })
}

/// The skills due on `date`, taught by items the player has not seen lately where possible.
fn review(ground: &Ground, date: NaiveDate, count: usize) -> Result<Chosen, Refusal> {
    let Some(session) = ground.session else {
        return Err(Refusal::NothingDue);
    };
    let due = session.profile.review.due(date);
    if due.is_empty() {
        return Err(Refusal::NothingDue);
    }
    // Read only now: the history is on disk, and only a review with something due needs it.
    let (history, _) = session
        .store()
        .map(|s| s.history(Some(RECENT_ROUNDS)))
        .unwrap_or_default();
    let seen = recently_seen(&session.profile, &history);
    let items = pick(ground.pool, &due, &seen, count);
    if items.is_empty() {
        return Err(Refusal::NoScenariosForDue);
    }
    Ok(Chosen {
        round: Round::new(items),
        mode: Mode::Review,
        seed: 0,
    })
}

#[cfg(test)]
mod tests;
