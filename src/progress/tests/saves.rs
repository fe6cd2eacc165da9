//! Saves that must survive a hostile or unlucky folder: planted links, damage upon damage,
//! interrupted saves read by statistics, both copies lost, counters at their limit, old large
//! profiles, and names that share a folder.

use std::fs;

use super::{at, one_round, play, saved_profile};
use crate::progress::format::{PROFILE_FILE, profile_text};
use crate::progress::*;

fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_file_is_never_followed() {
    let (dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let target = dir.path().join("precious.txt");
    fs::write(&target, "not redflag's to write").expect("target");
    let planted = store.dir.join("profile.json.tmp");
    std::os::unix::fs::symlink(&target, &planted).expect("plant");
    let mut profile = Profile::new("sam", at(5, 5));
    profile.totals.points = 1234;
    store.save(&profile).expect("saves beside the link");
    store.save(&profile).expect("and again");
    assert_eq!(
        fs::read_to_string(&target).expect("target"),
        "not redflag's to write",
        "the link's target is untouched"
    );
    let saved = fs::read_to_string(store.dir.join(PROFILE_FILE)).expect("saved");
    assert!(saved.contains("\"points\": 1234"), "{saved}");
    assert!(
        fs::symlink_metadata(store.dir.join(PROFILE_FILE))
            .expect("main")
            .is_file(),
        "the profile is a file of its own"
    );
}

#[test]
fn two_damages_in_the_same_second_both_stay() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let main = store.dir.join(PROFILE_FILE);
    let mut kept = Vec::new();
    for garbage in ["first damage {", "second damage ["] {
        fs::write(&main, garbage).expect("damage");
        match store.load(at(3, 12)).expect("repaired").recovery {
            Some(Recovery::Damaged { kept: file, .. }) => kept.push(file),
            other => panic!("{other:?}"),
        }
    }
    assert_ne!(kept[0], kept[1], "a new name for the second");
    assert_eq!(fs::read_to_string(&kept[0]).expect("1"), "first damage {");
    assert_eq!(fs::read_to_string(&kept[1]).expect("2"), "second damage [");
}

#[test]
fn an_interrupted_save_is_read_by_statistics_as_a_game_restores_it() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let main = store.dir.join(PROFILE_FILE);
    let newest = fs::read_to_string(&main).expect("read");
    // Killed between "profile → .bak" and "temporary → profile", with this redflag's names.
    fs::rename(&main, store.dir.join("profile.json.bak")).expect("mv");
    let temp = store.dir.join("profile.json.4242-7.tmp");
    fs::write(&temp, &newest).expect("tmp");
    let before = files_in(&store.dir);

    let read = data.read_profile("sam").expect("read").expect("found");
    assert_eq!(
        read.fallback,
        Some(Fallback::Interrupted { from: temp.clone() })
    );
    assert_eq!(files_in(&store.dir), before, "reading repairs nothing");
    let loaded = store.load(at(3, 12)).expect("load");
    assert_eq!(loaded.recovery, Some(Recovery::Interrupted { from: temp }));
    let played = Session::new(None, loaded.profile.expect("profile"), None).profile;
    assert_eq!(played, read.profile, "the same profile as a game plays");
    assert_eq!(fs::read_to_string(&main).expect("restored"), newest);
}

/// A profile of three finished rounds, saved with its history, and the profile as it was.
fn profile_with_history() -> (tempfile::TempDir, DataDir, Profile) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let store = data.open("Sam").expect("open");
    let mut profile = Profile::new("Sam", at(1, 9));
    for (day, givens) in [
        (1, vec![Verdict::Dangerous, Verdict::Safe]),
        (
            2,
            vec![Verdict::Safe, Verdict::Dangerous, Verdict::Dangerous],
        ),
        (3, vec![Verdict::Dangerous, Verdict::Safe, Verdict::Safe]),
    ] {
        play(&mut profile, &store, &givens, at(day, 9));
        let done = finish_round(&mut profile, at(day, 10), 80).expect("open");
        store.append_history(&done.history).expect("history");
        store.save(&profile).expect("save");
    }
    (dir, data, profile)
}

#[test]
fn with_the_profile_and_its_backup_damaged_the_history_rebuilds_it() {
    let (_dir, data, original) = profile_with_history();
    let dir = data.profile_dir("Sam").expect("dir");
    let main = dir.join(PROFILE_FILE);
    let backup = dir.join("profile.json.bak");
    fs::write(&main, "{ cut sho").expect("damage");
    fs::write(&backup, "also broken").expect("damage");
    let same = |p: &Profile| {
        assert_eq!(p.name, "Sam");
        assert_eq!(p.totals, original.totals, "totals");
        assert_eq!(p.rounds, original.rounds, "round rows");
        assert_eq!(p.review, original.review, "review schedule");
        assert_eq!(p.achievements, original.achievements, "achievements");
        assert_eq!(p.rounds_played(), 3);
    };

    let read = data.read_profile("Sam").expect("read").expect("rebuilt");
    assert!(
        matches!(
            &read.fallback,
            Some(Fallback::Rebuilt {
                reason: Some(_),
                rounds: 3
            })
        ),
        "{:?}",
        read.fallback
    );
    same(&read.profile);
    assert_eq!(fs::read_to_string(&main).expect("as it was"), "{ cut sho");

    let store = data.open("Sam").expect("open");
    let loaded = store.load(at(4, 12)).expect("rebuilt, not refused");
    let Some(Recovery::Rebuilt {
        reason: Some(_),
        kept,
        rounds: 3,
    }) = loaded.recovery
    else {
        panic!("{:?}", loaded.recovery);
    };
    same(loaded.profile.as_ref().expect("profile"));
    let kept_text: Vec<String> = kept
        .iter()
        .map(|k| fs::read_to_string(k).expect("kept aside"))
        .collect();
    assert_eq!(
        kept_text,
        ["{ cut sho", "also broken"],
        "both kept, never lost"
    );
    // Saved at once: the next start finds a good profile, not a new one.
    drop(store);
    let again = data
        .open("Sam")
        .expect("reopen")
        .load(at(4, 13))
        .expect("load");
    assert!(again.recovery.is_none());
    same(&again.profile.expect("saved"));
}

#[test]
fn a_missing_profile_with_history_is_rebuilt_not_started_afresh() {
    let (_dir, data, original) = profile_with_history();
    let dir = data.profile_dir("Sam").expect("dir");
    fs::remove_file(dir.join(PROFILE_FILE)).expect("gone");
    fs::write(dir.join("profile.json.bak"), "broken").expect("damage");
    let loaded = data
        .open("Sam")
        .expect("open")
        .load(at(4, 12))
        .expect("load");
    assert!(
        matches!(&loaded.recovery, Some(Recovery::Rebuilt { reason: None, kept, rounds: 3 }) if kept.len() == 1),
        "{:?}",
        loaded.recovery
    );
    assert_eq!(loaded.profile.expect("rebuilt").totals, original.totals);
}

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
    assert_eq!(
        back.profile.rounds_played(),
        2000,
        "every round still counted"
    );
    assert_eq!(back.profile.rounds.len(), model::KEPT_ROUNDS);
}

#[test]
fn names_that_share_a_folder_are_refused_naming_the_owner() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    drop(opening::open(&data, "Alice Smith", at(1, 9)).expect("Alice"));
    for other in ["alice-smith", "ALICE SMITH", "alice smith"] {
        let said = match opening::open(&data, other, at(1, 9)) {
            Err(e @ StoreError::NameTaken { .. }) => e.to_string(),
            Err(e) => panic!("{other}: {e}"),
            Ok(_) => panic!("{other} shares Alice Smith's folder"),
        };
        assert!(
            said.contains(&format!("\"{other}\"")) && said.contains("\"Alice Smith\""),
            "says which: {said}"
        );
        assert!(matches!(
            data.read_profile(other),
            Err(StoreError::NameTaken { .. })
        ));
    }
    // A file system that ignores case maps "Bob" and "bob" to one folder whatever the names.
    let shared = data.profile_dir("bob").expect("dir");
    fs::create_dir_all(&shared).expect("mkdir");
    let bob = profile_text(&Profile::new("Bob", at(1, 9))).expect("text");
    fs::write(shared.join(PROFILE_FILE), bob).expect("Bob's");
    assert!(matches!(
        opening::open(&data, "bob", at(1, 9)),
        Err(StoreError::NameTaken { owner, .. }) if owner == "Bob"
    ));
    opening::open(&data, " Alice Smith ", at(1, 9)).expect("the owner still plays");
}
