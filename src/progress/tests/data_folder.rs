//! The data folder: creating a profile, its lock, the names it may take, the settings file.

use std::fs;

use super::at;
use crate::progress::data_dir::{SavedSettings, folder_name};
use crate::progress::error::NameProblem;
use crate::progress::format::PROFILE_FILE;
use crate::progress::*;

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
    let kept = data.read_profile("Robin").expect("read").expect("kept");
    assert_eq!(kept.profile.name, "Robin");
    // Opened again, the profile exists: locked at once, and loaded, but only under its own name.
    let again = data.open_later("robin").expect("reopen");
    assert!(matches!(
        again.load(at(1, 9)),
        Err(StoreError::NameTaken { asked, owner }) if asked == "robin" && owner == "Robin"
    ));
    drop(again);
    let again = data.open_later("Robin").expect("reopen");
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
fn settings_are_lenient_but_a_damaged_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    assert_eq!(data.settings().expect("none"), SavedSettings::default());
    fs::write(
        dir.path().join("settings.toml"),
        "last_profile = \"sam\"\nunknown = 3\n",
    )
    .expect("write");
    assert_eq!(
        data.settings().expect("read").last_profile.as_deref(),
        Some("sam")
    );
    fs::write(dir.path().join("settings.toml"), "garbage [").expect("write");
    let err = data.settings().expect_err("not taken for no one");
    assert!(
        matches!(&err, StoreError::SettingsDamaged { path, .. } if path.ends_with("settings.toml")),
        "{err:?}"
    );
}
