//! Saving and loading for real, in temporary folders, including every kind of bad file.

use std::fs;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};

use super::data_dir::folder_name;
use super::error::NameProblem;
use super::format::{PROFILE_FILE, profile_text};
use super::*;
use crate::content::{Channel, Cue, Theme};
use crate::quiz::Round;
use crate::quiz::draw::tests::scenario;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0)
        .single()
        .expect("time")
}

fn pool() -> Vec<Scenario> {
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
fn play(profile: &mut Profile, store: &Store, givens: &[Verdict], now: DateTime<Utc>) {
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

#[test]
fn a_profile_round_trips_with_its_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("missing/data"));
    let store = data.open("Sam Rivera").expect("open creates the folder");
    assert!(
        store.load(at(1, 9)).expect("load").profile.is_none(),
        "new profile"
    );
    let mut profile = Profile::new("Sam Rivera", at(1, 9));
    play(
        &mut profile,
        &store,
        &[Verdict::Dangerous, Verdict::Dangerous, Verdict::Safe],
        at(1, 9),
    );
    let Finished {
        history,
        earned,
        module,
    } = finish_round(&mut profile, at(1, 10), 80).expect("a round was open");
    assert_eq!(module, None, "a practice round is no module");
    assert!(earned.contains(&achievements::Achievement::FirstRound));
    assert!(profile.has_achievement("first-round"), "saved by its id");
    store.append_history(&history).expect("history");
    store.save(&profile).expect("save");
    drop(store);

    let store = data.open("Sam Rivera").expect("reopen");
    let loaded = store.load(at(2, 9)).expect("load");
    assert!(loaded.recovery.is_none());
    let back = loaded.profile.expect("profile");
    assert_eq!(back, profile);
    assert_eq!(back.totals.tally.total(), 3);
    assert_eq!(back.totals.tally.false_alarms, 1);
    assert_eq!(back.rounds[0].answered, 3);
    assert_eq!(back.totals.by_cue[&Cue::Urgency].total, 2);
    let (rounds, skipped) = store.history(None);
    assert!(skipped.is_empty());
    assert_eq!(rounds[0].answers.len(), 3);
    assert_eq!(data.profiles(), vec!["sam-rivera".to_string()]);
    let text = fs::read_to_string(store.dir.join(PROFILE_FILE)).expect("readable");
    assert!(
        text.starts_with("{\n  \"schema\": 1,\n  \"name\": \"Sam Rivera\""),
        "readable JSON, one field a line, with a schema version first:\n{text}"
    );
}

#[test]
fn the_misses_go_to_review_the_next_day() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = DataDir::new(dir.path().to_path_buf())
        .open("a")
        .expect("open");
    let mut profile = Profile::new("a", at(1, 9));
    play(
        &mut profile,
        &store,
        &[Verdict::Safe, Verdict::Dangerous],
        at(1, 9),
    );
    assert!(profile.review.due(at(1, 9).date_naive()).is_empty());
    assert_eq!(
        profile.review.due(at(2, 9).date_naive()),
        vec!["cue:urgency", "safe:myths"]
    );
}

fn saved_profile() -> (tempfile::TempDir, DataDir, Profile) {
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

#[test]
fn damaged_saves_are_kept_aside_and_the_last_good_copy_restored() {
    type Damage = fn(&str) -> String;
    let damage: [(&str, Damage); 3] = [
        ("corrupt", |_| {
            "{\"schema\": 1, \"name\": [[[ not json".into()
        }),
        ("truncated", |t| t[..t.len() / 2].to_string()),
        ("wrongly typed", |t| {
            t.replacen("\"name\": \"sam\"", "\"name\": 42", 1)
        }),
    ];
    for (what, break_it) in damage {
        let (_dir, data, _) = saved_profile();
        let store = data.open("sam").expect("open");
        let main = store.dir.join(PROFILE_FILE);
        let text = fs::read_to_string(&main).expect("read");
        let previous = fs::read_to_string(store.dir.join("profile.json.bak")).expect("backup kept");
        fs::write(&main, break_it(&text)).expect("damage");
        let loaded = store
            .load(at(3, 12))
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        let kept = store.dir.join("profile.damaged-20261103T120000.json");
        match loaded.recovery.expect("the player is told") {
            Recovery::Damaged { reason, kept: told } => {
                assert_eq!(told, kept, "{what}: the copy kept aside is named");
                assert!(!reason.is_empty(), "{what}: and why");
            }
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(
            fs::read_to_string(&kept).expect("kept aside"),
            break_it(&text),
            "{what}: never deleted"
        );
        assert_eq!(
            fs::read_to_string(&main).expect("restored"),
            previous,
            "{what}"
        );
        assert_eq!(
            loaded
                .profile
                .expect("profile")
                .current
                .expect("round")
                .answers
                .len(),
            1,
            "{what}"
        );
    }
}

#[test]
fn a_profile_saved_as_toml_by_an_earlier_redflag_is_read_and_saved_as_json() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let json = store.dir.join(PROFILE_FILE);
    let profile: Profile =
        serde_json::from_str(&fs::read_to_string(&json).expect("read")).expect("parse");
    // What an earlier redflag left: its profile.toml, and a damaged copy beside a good backup.
    let legacy = store.dir.join("profile.toml");
    let legacy_text = toml::to_string(&profile).expect("as toml");
    fs::write(&legacy, &legacy_text).expect("legacy");
    fs::remove_file(&json).expect("no json yet");
    fs::remove_file(store.dir.join("profile.json.bak")).expect("no json backup");
    assert_eq!(data.profiles(), vec!["sam".to_string()], "still listed");
    let read = data.read_profile("sam").expect("read").expect("found");
    assert_eq!(read, profile, "read for reports as it was");
    let loaded = store.load(at(3, 12)).expect("load");
    assert_eq!(loaded.profile.as_ref(), Some(&profile));
    assert!(loaded.recovery.is_none(), "nothing to tell");
    store.save(&profile).expect("save");
    assert!(json.is_file(), "saved as JSON from then on");
    assert_eq!(
        fs::read_to_string(&legacy).expect("kept"),
        legacy_text,
        "the TOML file is left as it was"
    );

    // A damaged TOML profile is kept aside and restored from its TOML backup, as JSON ones are.
    fs::remove_file(&json).expect("no json again");
    fs::write(store.dir.join("profile.toml.bak"), &legacy_text).expect("backup");
    fs::write(&legacy, "schema = 1\nname = [[[").expect("damage");
    let loaded = store.load(at(3, 12)).expect("repaired");
    assert_eq!(loaded.profile.as_ref(), Some(&profile));
    assert!(matches!(
        loaded.recovery.expect("told"),
        Recovery::Damaged { kept, .. } if kept == store.dir.join("profile.damaged-20261103T120000.toml")
    ));
}

#[test]
fn a_newer_save_is_never_overwritten() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let main = store.dir.join(PROFILE_FILE);
    let newer =
        fs::read_to_string(&main)
            .expect("read")
            .replacen("\"schema\": 1", "\"schema\": 99", 1);
    fs::write(&main, &newer).expect("write");
    let err = store.load(at(3, 12)).expect_err("refused");
    assert!(matches!(err, StoreError::Newer { found: 99, .. }));
    assert!(err.to_string().contains("newer redflag") && err.to_string().contains("untouched"));
    assert_eq!(fs::read_to_string(&main).expect("read"), newer);
}

#[test]
fn an_interrupted_save_is_recovered_from_the_new_copy() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    // As if the process died between "profile → .bak" and ".tmp → profile".
    let text = fs::read_to_string(store.dir.join(PROFILE_FILE)).expect("read");
    fs::rename(
        store.dir.join(PROFILE_FILE),
        store.dir.join("profile.json.bak"),
    )
    .expect("mv");
    fs::write(store.dir.join("profile.json.tmp"), &text).expect("tmp");
    let loaded = store.load(at(3, 12)).expect("load");
    assert_eq!(
        loaded.recovery,
        Some(Recovery::Interrupted {
            from: store.dir.join("profile.json.tmp")
        }),
        "restored from the new copy, and told so"
    );
    assert_eq!(
        loaded
            .profile
            .expect("profile")
            .current
            .expect("round")
            .answers
            .len(),
        2,
        "the newest copy wins"
    );
}

#[test]
fn damaged_with_no_good_copy_is_kept_and_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = DataDir::new(dir.path().to_path_buf())
        .open("x")
        .expect("open");
    fs::write(store.dir.join(PROFILE_FILE), "garbage").expect("write");
    let err = store.load(at(3, 12)).expect_err("no copy");
    assert!(matches!(err, StoreError::Unrecoverable { .. }));
    assert!(
        store
            .dir
            .join("profile.damaged-20261103T120000.json")
            .exists()
    );
}

#[test]
fn a_failed_write_keeps_the_old_file() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let main = store.dir.join(PROFILE_FILE);
    let before = fs::read_to_string(&main).expect("read");
    // A folder where the temporary file must go makes the write fail, as a full disk would.
    fs::create_dir(store.dir.join("profile.json.tmp")).expect("block");
    let err = store
        .save(&Profile::new("sam", at(5, 5)))
        .expect_err("fails");
    assert!(err.to_string().contains("profile.json.tmp"), "{err}");
    assert_eq!(fs::read_to_string(&main).expect("read"), before);
}

#[test]
fn a_data_folder_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").expect("write");
    let err = DataDir::new(file.clone()).open("sam").expect_err("fails");
    assert!(err.to_string().contains("not-a-folder"), "{err}");
}

#[test]
fn a_new_profile_is_put_on_disk_by_its_first_save_and_locked_then() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let first = data.open_later("Robin").expect("open");
    let second = data.open_later("robin").expect("also new");
    assert!(!dir.path().join("profiles").exists(), "nothing written yet");
    assert!(first.load(at(1, 9)).expect("load").profile.is_none());
    first
        .save(&Profile::new("Robin", at(1, 9)))
        .expect("first save");
    assert!(first.dir.join(PROFILE_FILE).is_file());
    let err = second.claim().expect_err("the first holds the lock");
    assert!(matches!(err, StoreError::Locked(_)), "{err}");
    drop(first);
    // Once the first has gone, the second still does not write over what it saved meanwhile.
    let err = second
        .save(&Profile::new("robin", at(1, 9)))
        .expect_err("not over another's save");
    assert!(err.to_string().contains("open in another redflag"), "{err}");
    let kept = data.read_profile("robin").expect("read").expect("kept");
    assert_eq!(kept.name, "Robin");
    // Opened again, the profile exists: locked at once, and loaded.
    let again = data.open_later("robin").expect("reopen");
    assert_eq!(
        again.load(at(1, 9)).expect("load").profile.map(|p| p.name),
        Some("Robin".to_string())
    );
    assert!(matches!(data.open("robin"), Err(StoreError::Locked(_))));
}

#[test]
fn a_second_instance_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let first = data.open("sam").expect("first");
    let err = data.open("Sam").expect_err("second");
    assert!(err.to_string().contains("open in another redflag"), "{err}");
    drop(first);
    data.open("sam").expect("free again once the first closes");
}

#[test]
fn profile_names_are_checked() {
    assert_eq!(folder_name("Sam Rivera").expect("ok"), "sam-rivera");
    assert_eq!(folder_name("  Zoë_2 ").expect("ok"), "zoë_2");
    let long = "a".repeat(41);
    for (bad, problem) in [
        ("", NameProblem::Empty),
        ("  ", NameProblem::Empty),
        ("../etc", NameProblem::PathLike),
        ("a/b", NameProblem::PathLike),
        ("a\\b", NameProblem::PathLike),
        (".hidden", NameProblem::PathLike),
        ("x..y", NameProblem::PathLike),
        ("tab\there", NameProblem::ControlCharacters),
        ("bell\u{7}", NameProblem::ControlCharacters),
        ("semi;colon", NameProblem::OtherCharacters),
        (&long, NameProblem::TooLong),
    ] {
        assert!(
            matches!(folder_name(bad), Err(StoreError::BadName(p)) if p == problem),
            "{bad:?} is refused as {problem:?}"
        );
    }
    assert!(folder_name(&long[1..]).is_ok(), "40 characters are fine");
}

#[test]
fn settings_are_lenient() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    assert_eq!(data.settings(), data_dir::SavedSettings::default());
    fs::write(
        dir.path().join("settings.toml"),
        "last_profile = \"sam\"\nunknown = 3\n",
    )
    .expect("write");
    assert_eq!(data.settings().last_profile.as_deref(), Some("sam"));
    fs::write(dir.path().join("settings.toml"), "garbage [").expect("write");
    assert_eq!(data.settings(), data_dir::SavedSettings::default());
}

#[test]
fn a_module_round_records_its_attempt_at_the_pass_mark() {
    let pool = pool();
    let mut profile = Profile::new("m", at(1, 9));
    for (givens, expect_pass) in [
        (vec![Verdict::Safe, Verdict::Safe], false),
        (vec![Verdict::Dangerous, Verdict::Safe], true),
    ] {
        start_round(
            &mut profile,
            Mode::Module("module-x".into()),
            0,
            pool.iter().map(|s| s.id.clone()).collect(),
            at(1, 9),
        );
        let mut round = Round::new(vec![0, 1]);
        for (k, given) in givens.iter().enumerate() {
            round.answer(&pool, *given, false, Duration::from_secs(1));
            record_answer(&mut profile, &pool[k], &round.answers[k], at(1, 9));
        }
        let done = finish_round(&mut profile, at(1, 10), 80).expect("open");
        let module = done.module.expect("a module round");
        assert_eq!(module.passed, expect_pass);
        assert_eq!(module.percent, if expect_pass { 100 } else { 50 });
    }
    assert_eq!(profile.modules["module-x"].attempts, 2);
    assert!(profile.modules["module-x"].passed);
    assert_eq!(profile.rounds[1].mode, Mode::Module("module-x".into()));
}

/// Plays one round of two answers on `day`, without saving.
fn one_round(profile: &mut Profile, day: u32) {
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

#[test]
fn the_profile_stays_the_same_size_however_long_the_history() {
    let mut profile = Profile::new("Sam", at(1, 9));
    let mut sizes = Vec::new();
    for r in 0..(model::KEPT_ROUNDS * 3) {
        one_round(&mut profile, 1 + (r % 28) as u32);
        sizes.push(profile_text(&profile).expect("serialises").len());
    }
    assert_eq!(
        profile.rounds.len(),
        model::KEPT_ROUNDS,
        "only the last rows"
    );
    assert_eq!(profile.rounds_played(), (model::KEPT_ROUNDS * 3) as u64);
    assert_eq!(
        stats::stats(&profile, at(28, 9).date_naive()).rounds,
        model::KEPT_ROUNDS * 3
    );
    assert!(profile.totals.days.len() <= model::KEPT_DAYS);
    // Once the rows are full, a round more does not make the file larger.
    let full = sizes[model::KEPT_ROUNDS + 30];
    let last = sizes[sizes.len() - 1];
    assert!(
        last <= full + full / 20,
        "{full} bytes after {} rounds, {last} after {}",
        model::KEPT_ROUNDS + 31,
        sizes.len()
    );
}

#[test]
fn a_profile_written_before_the_round_total_counts_its_rows() {
    let mut profile = Profile::new("Sam", at(1, 9));
    for day in 1..=3 {
        one_round(&mut profile, day);
    }
    // What an older redflag wrote: every row, and no total.
    profile.totals.rounds = 0;
    let text = profile_text(&profile).expect("serialises");
    let mut old: Profile = serde_json::from_str(&text).expect("reads");
    assert_eq!(old.rounds_played(), 3);
    one_round(&mut old, 4);
    assert_eq!((old.rounds_played(), old.totals.rounds), (4, 4));
}

#[test]
fn a_week_in_a_row_is_still_seen_with_the_days_capped() {
    let mut profile = Profile::new("Sam", at(1, 9));
    for day in 1..=7 {
        one_round(&mut profile, day);
    }
    assert!(profile.has_achievement("week-of-practice"));
    for day in 8..=28 {
        one_round(&mut profile, day);
    }
    assert!(profile.totals.days.len() <= model::KEPT_DAYS);
    assert_eq!(
        profile.totals.days.last().map(String::as_str),
        Some("2026-11-28")
    );
}

#[test]
fn time_stamps_read_back_exactly_and_other_forms_still_parse() {
    use super::ModuleRecord;
    let exact = Utc.with_ymd_and_hms(2026, 11, 3, 12, 0, 0).unwrap()
        + chrono::TimeDelta::nanoseconds(637_852_626);
    let mut profile = Profile::new("Sam", exact);
    profile.achievements.push(model::Earned {
        id: "first-round".into(),
        at: at(3, 12),
    });
    profile.modules.insert(
        "module-a".into(),
        ModuleRecord {
            passed_at: Some(exact),
            ..ModuleRecord::default()
        },
    );
    profile
        .modules
        .insert("module-b".into(), ModuleRecord::default());
    let json: Profile =
        serde_json::from_str(&profile_text(&profile).expect("json")).expect("reads");
    assert_eq!(json, profile);
    let toml: Profile = toml::from_str(&toml::to_string(&profile).expect("toml")).expect("reads");
    assert_eq!(toml, profile);

    for other in [
        "2026-11-03 12:00:00Z",
        "2026-11-03T13:00:00+01:00",
        "2026-11-03t12:00:00.000z",
    ] {
        assert_eq!(
            super::format::stamp::parse(other).expect(other),
            at(3, 12),
            "{other}"
        );
    }
    let bad = serde_json::to_string(&profile)
        .expect("json")
        .replace("2026-11-03T12:00:00Z", "yesterday");
    let err = serde_json::from_str::<Profile>(&bad).expect_err("not a time");
    assert!(err.to_string().contains("line"), "{err}");
}
