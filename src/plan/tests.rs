//! Choosing rounds on the built-in pack: drawn rounds repeat from their seed, the daily round from
//! its date, modules keep the path's order and lock, a review needs something due.

use std::time::Duration;

use chrono::Utc;

use super::*;
use crate::content::{Theme, Verdict};
use crate::progress::Profile;
use crate::progress::modules::record_attempt;
use crate::progress::review::Slot;
use crate::training::path;

struct Packs {
    pool: Vec<Scenario>,
    manifests: Vec<Manifest>,
    modules: Vec<Module>,
}

fn packs() -> Packs {
    let pack = crate::builtin::pack().expect("built-in pack");
    let modules = path(&pack.scenarios);
    Packs {
        pool: pack.scenarios,
        manifests: vec![pack.manifest],
        modules,
    }
}

impl Packs {
    fn ground<'a>(&'a self, session: Option<&'a Session>) -> Ground<'a> {
        Ground {
            pool: &self.pool,
            manifests: &self.manifests,
            modules: &self.modules,
            session,
        }
    }

    fn ids(&self, round: &Round) -> Vec<String> {
        round
            .items
            .iter()
            .map(|&i| self.pool[i].id.clone())
            .collect()
    }
}

fn player() -> Session {
    Session::new(None, Profile::new("t", Utc::now()), None)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
}

#[test]
fn a_drawn_round_is_the_same_for_the_same_seed() {
    let packs = packs();
    let ground = packs.ground(None);
    let practice = |seed| Plan::Practice { count: 5, seed }.choose(&ground);
    let first = practice(7).expect("a practice round");
    assert_eq!(practice(7), Ok(first.clone()), "same seed, same round");
    assert_ne!(practice(8).expect("another").round.items, first.round.items);
    assert_eq!((first.mode.clone(), first.seed), (Mode::Practice, 7));
    assert_eq!(first.round.items.len(), 5);
    assert!(first.round.answers.is_empty());
    let spot = Plan::Spot { count: 5, seed: 7 }
        .choose(&ground)
        .expect("a spot round");
    assert_eq!(
        (spot.round, spot.mode, spot.seed),
        (first.round, Mode::Spot, 7),
        "spotting draws as practice does"
    );
}

#[test]
fn the_daily_round_is_the_same_for_everyone_on_a_date() {
    let packs = packs();
    let ground = packs.ground(None);
    let daily = |date| Plan::Daily { date, count: 6 }.choose(&ground);
    let today = daily(day(29)).expect("today's round");
    assert_eq!(daily(day(29)), Ok(today.clone()));
    let pack = &packs.manifests[0];
    assert_eq!(today.seed, daily_seed(day(29), &pack.id, &pack.version));
    assert_eq!(today.mode, Mode::Daily("2026-11-29".into()));
    assert_eq!(today.round.items.len(), 6);
    let tomorrow = daily(day(30)).expect("tomorrow's round");
    assert_ne!(tomorrow.seed, today.seed);
    assert_ne!(tomorrow.round.items, today.round.items);
}

#[test]
fn modules_open_in_path_order_with_their_items_easy_to_hard() {
    let packs = packs();
    let mut session = player();
    let module = |session: &Session, index: usize| {
        Plan::Module {
            id: packs.modules[index].id.clone(),
        }
        .choose(&packs.ground(Some(session)))
    };
    let first = module(&session, 0).expect("the first module is open");
    assert_eq!(packs.ids(&first.round), packs.modules[0].items);
    assert_eq!(
        (first.mode, first.seed),
        (Mode::Module(packs.modules[0].id.clone()), 0)
    );
    assert_eq!(
        module(&session, 2),
        Err(Refusal::LockedModule {
            id: packs.modules[2].id.clone(),
            after: packs.modules[1].id.clone(),
        })
    );
    record_attempt(
        &mut session.profile.modules,
        &packs.modules[0].id,
        100,
        80,
        Utc::now(),
    );
    let second = module(&session, 1).expect("opens once the first is passed");
    assert_eq!(packs.ids(&second.round), packs.modules[1].items);
    assert!(matches!(
        module(&session, 2),
        Err(Refusal::LockedModule { .. })
    ));
    let unknown = Plan::Module { id: "nope".into() }.choose(&packs.ground(Some(&session)));
    assert_eq!(
        unknown,
        Err(Refusal::UnknownModule {
            id: "nope".into(),
            known: packs.modules.iter().map(|m| m.id.clone()).collect(),
        })
    );
}

#[test]
fn a_review_with_nothing_due_gives_no_round() {
    let packs = packs();
    let review = |session: Option<&Session>| {
        Plan::Review {
            date: day(10),
            count: 5,
        }
        .choose(&packs.ground(session))
    };
    assert_eq!(review(None), Err(Refusal::NothingDue), "nobody playing");
    let mut session = player();
    assert_eq!(review(Some(&session)), Err(Refusal::NothingDue));
    let later = Slot {
        r#box: 1,
        due: day(11),
    };
    session
        .profile
        .review
        .skills
        .insert(format!("safe:{}", Theme::ALL[0]), later);
    assert_eq!(
        review(Some(&session)),
        Err(Refusal::NothingDue),
        "due tomorrow is not due today"
    );
    let now = Slot {
        r#box: 1,
        due: day(10),
    };
    session.profile.review.skills = [("cue:not-in-any-pack".to_string(), now)].into();
    assert_eq!(review(Some(&session)), Err(Refusal::NoScenariosForDue));
}

#[test]
fn a_review_teaches_the_skills_due_with_items_not_seen_lately_first() {
    let packs = packs();
    let theme = Theme::ALL[0];
    let teaching: Vec<String> = packs
        .pool
        .iter()
        .filter(|s| s.verdict == Verdict::Safe && s.theme == theme)
        .map(|s| s.id.clone())
        .collect();
    assert!(teaching.len() > 2, "the fixture needs a few safe items");
    let mut session = player();
    let due = Slot {
        r#box: 1,
        due: day(10),
    };
    session
        .profile
        .review
        .skills
        .insert(format!("safe:{theme}"), due);
    // The first two items are in the round being played, so they were seen lately.
    let seen = teaching[..2].to_vec();
    session.start(Mode::Practice, 1, seen.clone(), Utc::now());
    let count = teaching.len() - 2;
    let chosen = Plan::Review {
        date: day(10),
        count,
    }
    .choose(&packs.ground(Some(&session)))
    .expect("a review round");
    assert_eq!((chosen.mode, chosen.seed), (Mode::Review, 0));
    let ids = packs.ids(&chosen.round);
    assert_eq!(ids.len(), count);
    assert!(ids.iter().all(|id| teaching.contains(id)), "{ids:?}");
    assert!(!ids.iter().any(|id| seen.contains(id)), "{ids:?}");
}

#[test]
fn resuming_gives_back_the_unfinished_round_and_its_answers() {
    let packs = packs();
    assert_eq!(
        Plan::Resume.choose(&packs.ground(None)),
        Err(Refusal::NothingToResume)
    );
    let mut session = player();
    assert_eq!(
        Plan::Resume.choose(&packs.ground(Some(&session))),
        Err(Refusal::NothingToResume)
    );
    let mut daily = Plan::Daily {
        date: day(3),
        count: 3,
    }
    .choose(&packs.ground(None))
    .expect("a daily round");
    let ids = packs.ids(&daily.round);
    session.start(daily.mode.clone(), daily.seed, ids, Utc::now());
    let first = daily.round.items[0];
    daily
        .round
        .answer(&packs.pool, Verdict::Safe, false, Duration::from_secs(2))
        .expect("an outcome");
    let answer = daily.round.answers.last().expect("the answer");
    session.answer(&packs.pool[first], answer, Utc::now());
    let resumed = Plan::Resume
        .choose(&packs.ground(Some(&session)))
        .expect("the round resumes");
    assert_eq!(resumed.round.items, daily.round.items);
    assert_eq!(resumed.round.answers, daily.round.answers);
    assert_eq!((resumed.mode, resumed.seed), (daily.mode, daily.seed));
}
