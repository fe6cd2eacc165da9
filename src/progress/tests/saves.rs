//! Saves that must survive a hostile or unlucky folder: counters at their limit, old large
//! profiles.

use std::fs;

use super::{at, one_round};
use crate::progress::format::{PROFILE_FILE, profile_text};
use crate::progress::*;

#[test]
fn counters_stop_at_their_largest_value() {
    let mut profile = Profile::new("Max", at(1, 9));
    let t = &mut profile.totals;
    t.tally.hits = u32::MAX;
    t.tally.correct_rejections = u32::MAX;
    t.tally.misses = u32::MAX;
    t.tally.false_alarms = u32::MAX;
    t.points = u64::MAX - 3;
    t.inspected = u32::MAX;
    t.streak = u32::MAX;
    t.best_streak = u32::MAX;
    t.rounds = u64::MAX;
    for theme in [
        crate::content::Theme::EmailThreats,
        crate::content::Theme::Myths,
    ] {
        t.by_theme.insert(
            theme,
            model::Count {
                right: u32::MAX,
                total: u32::MAX,
            },
        );
    }
    profile.modules.insert(
        "module-x".into(),
        ModuleRecord {
            attempts: u32::MAX,
            ..ModuleRecord::default()
        },
    );
    profile.current = None;
    one_round(&mut profile, 2);
    profile.current = Some(RoundInProgress {
        started: at(2, 9),
        mode: Mode::Module("module-x".into()),
        seed: 0,
        items: Vec::new(),
        answers: Vec::new(),
    });
    finish_round(&mut profile, at(2, 10), 80).expect("module round");
    let t = &profile.totals;
    assert_eq!(t.tally.hits, u32::MAX, "not wrapped to 0");
    assert_eq!(t.tally.correct_rejections, u32::MAX);
    assert_eq!(t.tally.total(), u32::MAX);
    assert_eq!(t.points, u64::MAX);
    assert_eq!(t.inspected, u32::MAX);
    assert_eq!((t.streak, t.best_streak), (u32::MAX, u32::MAX));
    assert_eq!(t.rounds, u64::MAX);
    assert_eq!(t.by_theme[&crate::content::Theme::Myths].total, u32::MAX);
    assert_eq!(profile.modules["module-x"].attempts, u32::MAX);
    let figures = stats::stats(&profile, at(2, 9).date_naive());
    assert_eq!(figures.answered, u32::MAX);
    assert!(figures.accuracy.is_some_and(|a| a <= 1.0));
}

#[test]
fn an_old_profile_with_every_round_is_trimmed_on_its_first_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let mut old = Profile::new("Old", at(1, 9));
    one_round(&mut old, 1);
    let row = old.rounds[0].clone();
    // What an earlier redflag wrote: a row for every one of 2,000 rounds, and no round total.
    old.rounds = vec![row; 2000];
    old.totals.rounds = 0;
    let folder = data.profile_dir("Old").expect("dir");
    fs::create_dir_all(&folder).expect("mkdir");
    let text = profile_text(&old).expect("text");
    fs::write(folder.join(PROFILE_FILE), &text).expect("old profile");

    let mut session = opening::open(&data, "Old", at(5, 9)).expect("open");
    session.start(Mode::Practice, 1, vec!["s0".into()], at(5, 9));
    let saved = fs::read_to_string(folder.join(PROFILE_FILE)).expect("saved");
    assert!(
        saved.len() * 10 < text.len(),
        "the first save is small: {} bytes, {} before",
        saved.len(),
        text.len()
    );
    drop(session);
    let back = data.read_profile("Old").expect("read").expect("found");
    assert_eq!(back.rounds_played(), 2000, "every round still counted");
    assert_eq!(back.rounds.len(), model::KEPT_ROUNDS);
}
