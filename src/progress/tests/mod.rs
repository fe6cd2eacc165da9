//! Saving and loading for real, in temporary folders, including every kind of bad file; and what
//! a round leaves in the profile. The helpers here are shared by the three files below.

mod data_folder;
mod deferred;
mod recovery;
mod rounds;
mod saves;
#[cfg(unix)]
mod special_files;

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::content::{Channel, Cue, Theme};
use crate::quiz::Round;
use crate::quiz::draw::tests::scenario;

pub(super) fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0)
        .single()
        .expect("time")
}

pub(super) fn pool() -> Vec<Scenario> {
    let mut phish = scenario(0, Verdict::Dangerous, Channel::Email, Theme::EmailThreats);
    phish.flag.push(crate::content::model::Evidence {
        cue: Cue::Urgency,
        at: "text".into(),
        text: "y".into(),
        why: "w".into(),
    });
    vec![
        phish,
        scenario(1, Verdict::Safe, Channel::Sms, Theme::Myths),
    ]
}

/// Plays `givens` against the pool into the profile, saving after each answer.
pub(super) fn play(profile: &mut Profile, store: &Store, givens: &[Verdict], now: DateTime<Utc>) {
    let pool = pool();
    let items: Vec<usize> = (0..givens.len()).map(|i| i % pool.len()).collect();
    start_round(
        profile,
        Mode::Practice,
        9,
        items.iter().map(|&i| pool[i].id.clone()).collect(),
        now,
    );
    let mut round = Round::new(items.clone());
    for (k, given) in givens.iter().enumerate() {
        round
            .answer(&pool, *given, k % 2 == 0, Duration::from_secs(4))
            .expect("item");
        record_answer(
            profile,
            &pool[items[k]],
            round.answers.last().expect("answer"),
            now,
        );
        store.save(profile).expect("save");
    }
}

pub(super) fn saved_profile() -> (tempfile::TempDir, DataDir, Profile) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let store = data.open("sam").expect("open");
    let mut profile = Profile::new("sam", at(1, 9));
    play(&mut profile, &store, &[Verdict::Dangerous], at(1, 9));
    let good = profile.clone();
    play(
        &mut profile,
        &store,
        &[Verdict::Dangerous, Verdict::Safe],
        at(1, 10),
    );
    (dir, data, good)
}

/// Plays one round of two answers on `day`, without saving.
pub(super) fn one_round(profile: &mut Profile, day: u32) {
    let pool = pool();
    let now = at(day, 9);
    start_round(
        profile,
        Mode::Practice,
        1,
        vec!["s0".into(), "s1".into()],
        now,
    );
    let mut round = Round::new(vec![0, 1]);
    for (k, given) in [Verdict::Dangerous, Verdict::Safe].into_iter().enumerate() {
        round.answer(&pool, given, false, Duration::from_secs(2));
        record_answer(
            profile,
            &pool[k],
            round.answers.last().expect("answer"),
            now,
        );
    }
    finish_round(profile, now, 80).expect("a round was open");
}
