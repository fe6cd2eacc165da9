//! Damaged, interrupted, newer and legacy saves: kept aside, restored, refused or read.

use std::fs;

use super::{at, saved_profile};
use crate::progress::format::PROFILE_FILE;
use crate::progress::*;

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
    // Its round, every item answered, closed as a game closes it on opening.
    let closed = Session::new(None, profile.clone(), None).profile;
    assert_eq!(read.profile, closed, "read for reports as a game reads it");
    assert_eq!(read.fallback, None);
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
fn a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file() {
    let (_dir, data, _) = saved_profile();
    let store = data.open("sam").expect("open");
    let main = store.dir.join(PROFILE_FILE);
    let before = fs::read_to_string(&main).expect("read");
    // A folder (not empty) where the previous copy must go makes the save fail after its write.
    fs::remove_file(store.dir.join("profile.json.bak")).expect("no backup");
    fs::create_dir_all(store.dir.join("profile.json.bak/in-the-way")).expect("block");
    let err = store
        .save(&Profile::new("sam", at(5, 5)))
        .expect_err("fails");
    assert!(err.to_string().contains("profile.json.bak"), "{err}");
    assert_eq!(fs::read_to_string(&main).expect("read"), before);
    let left: Vec<_> = fs::read_dir(&store.dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "nothing half-done is left: {left:?}");
}
