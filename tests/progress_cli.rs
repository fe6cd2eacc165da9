//! Progress as a player meets it: rounds saved in a data folder, stats, resume, and every kind of
//! bad save or folder, through the real binary.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

fn redflag(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redflag"));
    command.env("REDFLAG_DATA_DIR", data).env_remove("NO_COLOR");
    command
}

fn plain(data: &Path, args: &[&str], input: &str) -> Output {
    common::plain(data, args, input)
}

fn spawn_plain(data: &Path, args: &[&str]) -> Child {
    redflag(data)
        .args(["play", "--plain"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn")
}

fn all(out: &Output) -> String {
    common::text(out)
}

fn stats_json(data: &Path) -> serde_json::Value {
    let out = redflag(data)
        .args(["stats", "--format", "json"])
        .output()
        .expect("stats");
    assert_eq!(out.status.code(), Some(0), "{}", all(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn profile_dir(data: &Path, folder: &str) -> PathBuf {
    data.join("profiles").join(folder)
}

#[test]
fn two_rounds_leave_a_readable_profile_and_stats_show_both() {
    let data = tempfile::tempdir().expect("tempdir");
    for seed in ["1", "2"] {
        let out = plain(
            data.path(),
            &["--profile", "Sam", "--seed", seed, "--count", "3"],
            "d\ns\nd\n",
        );
        assert_eq!(out.status.code(), Some(0), "{}", all(&out));
    }
    let text = fs::read_to_string(profile_dir(data.path(), "sam").join("profile.json"))
        .expect("readable profile");
    assert!(
        text.starts_with("{\n  \"schema\": 1,") && text.contains("\"name\": \"Sam\""),
        "{text}"
    );
    assert_eq!(
        fs::read_dir(profile_dir(data.path(), "sam").join("history"))
            .expect("history")
            .count(),
        2
    );

    let out = redflag(data.path()).arg("stats").output().expect("stats");
    let human = all(&out);
    assert!(
        human.contains("Profile: Sam")
            && human.contains("Rounds played: 2")
            && human.contains("answers: 6"),
        "{human}"
    );
    assert!(
        human.contains("By theme:")
            && human.contains("Achievements:")
            && human.contains("First round ("),
        "{human}"
    );
    let json = stats_json(data.path());
    assert_eq!(json["rounds"], 2);
    assert_eq!(json["trend"].as_array().expect("trend").len(), 2);
}

#[test]
fn a_hand_corrupted_save_is_reported_kept_aside_and_restored() {
    let data = tempfile::tempdir().expect("tempdir");
    plain(
        data.path(),
        &["--profile", "sam", "--seed", "1", "--count", "3"],
        "d\ns\nd\n",
    );
    plain(
        data.path(),
        &["--profile", "sam", "--seed", "2", "--count", "3"],
        "d\ns\nd\n",
    );
    let dir = profile_dir(data.path(), "sam");
    fs::write(
        dir.join("profile.json"),
        "{\"schema\": 1, this is [[ not a profile",
    )
    .expect("corrupt");

    let out = plain(
        data.path(),
        &["--profile", "sam", "--seed", "3", "--count", "1"],
        "d\n",
    );
    let text = all(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Note: Your save file was damaged") && text.contains("kept aside"),
        "{text}"
    );
    let kept: Vec<_> = fs::read_dir(&dir)
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("profile.damaged-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the bad file is kept, not deleted");
    assert_eq!(
        fs::read_to_string(kept[0].path()).expect("read"),
        "{\"schema\": 1, this is [[ not a profile"
    );
    let json = stats_json(data.path());
    assert_eq!(
        json["rounds"], 3,
        "both earlier rounds restored, plus this one"
    );
    assert_eq!(json["answered"], 7);
}

#[test]
fn an_unfinished_plain_round_resumes_next_time() {
    let data = tempfile::tempdir().expect("tempdir");
    let first = all(&plain(
        data.path(),
        &["--profile", "kim", "--count", "3"],
        "d\n",
    ));
    assert!(first.contains("this round resumes next time"), "{first}");
    let second = all(&plain(data.path(), &["--profile", "kim"], "s\ns\n"));
    assert!(
        second.contains("Resuming your unfinished round") && second.contains("1 of 3 answered"),
        "{second}"
    );
    assert!(
        second.contains("== Item 2 of 3") && second.contains("== Item 3 of 3"),
        "{second}"
    );
    let json = stats_json(data.path());
    assert_eq!(
        (json["rounds"].as_u64(), json["answered"].as_u64()),
        (Some(1), Some(3))
    );
}

#[test]
fn a_second_instance_on_the_same_profile_is_refused() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut first = spawn_plain(data.path(), &["--profile", "sam"]);
    // Wait until the first one holds the profile (it has printed its first item).
    let mut stdout = first.stdout.take().expect("stdout");
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("Your verdict") {
        use std::io::Read;
        assert_eq!(
            stdout.read(&mut byte).expect("read"),
            1,
            "first instance exited early"
        );
        seen.push(byte[0]);
    }
    let second = plain(data.path(), &["--profile", "sam"], "d\n");
    assert_eq!(second.status.code(), Some(1));
    assert!(
        all(&second).contains("open in another redflag"),
        "{}",
        all(&second)
    );
    drop(first.stdin.take());
    first.wait().expect("first ends");
    let third = plain(data.path(), &["--profile", "sam"], "d\n");
    assert_eq!(
        third.status.code(),
        Some(0),
        "free once the first has gone: {}",
        all(&third)
    );
}

#[test]
fn a_save_from_a_newer_version_is_left_alone() {
    let data = tempfile::tempdir().expect("tempdir");
    plain(data.path(), &["--profile", "sam", "--count", "1"], "d\n");
    let path = profile_dir(data.path(), "sam").join("profile.json");
    let newer =
        fs::read_to_string(&path)
            .expect("read")
            .replacen("\"schema\": 1", "\"schema\": 7", 1);
    fs::write(&path, &newer).expect("write");
    let out = plain(data.path(), &["--profile", "sam", "--count", "1"], "d\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        all(&out).contains("newer redflag") && all(&out).contains("untouched"),
        "{}",
        all(&out)
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn unusable_profile_names_are_refused_plainly() {
    let data = tempfile::tempdir().expect("tempdir");
    let long = "x".repeat(500);
    for (name, why) in [
        ("../escape", "cannot contain"),
        ("a/b", "cannot contain"),
        ("bell\u{7}", "control"),
        (long.as_str(), "at most 40"),
    ] {
        let out = plain(data.path(), &["--profile", name], "d\n");
        assert_eq!(out.status.code(), Some(1), "{name:?}");
        let text = all(&out);
        assert!(
            text.contains("profile name") && text.contains(why),
            "{name:?}: {text}"
        );
        assert!(!text.contains("panicked"));
    }
    assert!(!data.path().join("escape").exists() && !data.path().join("profiles/escape").exists());
}

#[test]
fn a_data_folder_that_cannot_be_written_needs_consent_to_play_unsaved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocked = dir.path().join("blocked");
    fs::write(&blocked, "a file where the data folder should be").expect("write");
    let out = plain(&blocked, &["--profile", "sam", "--count", "1"], "d\n");
    assert_eq!(out.status.code(), Some(1));
    let text = all(&out);
    assert!(
        text.contains("cannot save progress") && text.contains("--no-save"),
        "{text}"
    );
    let out = plain(
        &blocked,
        &["--profile", "sam", "--count", "1", "--no-save"],
        "d\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", all(&out));
    assert!(
        all(&out).contains("Playing without saving") && all(&out).contains("score: "),
        "{}",
        all(&out)
    );
}

#[test]
fn a_missing_data_folder_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join("a/b/c");
    let out = plain(&nested, &["--profile", "sam", "--count", "1"], "d\n");
    assert_eq!(out.status.code(), Some(0), "{}", all(&out));
    assert!(profile_dir(&nested, "sam").join("profile.json").is_file());
}

#[test]
fn stats_without_a_profile_says_so() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = redflag(data.path()).arg("stats").output().expect("stats");
    assert_eq!(out.status.code(), Some(1));
    assert!(all(&out).contains("no profile yet"), "{}", all(&out));
}

#[test]
fn an_unknown_module_is_refused_before_a_profile_is_made() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = plain(data.path(), &["--profile", "Zed", "--module", "nope"], "");
    assert_eq!(out.status.code(), Some(1), "{}", all(&out));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no training module \"nope\": the modules are module-"),
        "{said}"
    );
    assert!(
        !profile_dir(data.path(), "zed").exists(),
        "no profile for a refused command: {:?}",
        std::fs::read_dir(data.path()).map(|d| d.count())
    );
}

#[test]
fn conflicting_kinds_of_round_are_refused_with_a_reason() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = plain(data.path(), &["--daily", "--spot"], "");
    assert_eq!(out.status.code(), Some(2), "{}", all(&out));
    assert!(
        all(&out).contains("the argument '--daily' cannot be used with '--spot'"),
        "{}",
        all(&out)
    );
    let out = plain(data.path(), &["--seed", "-1"], "");
    assert!(
        all(&out).contains("seed must be a whole number from 0 to 18446744073709551615"),
        "{}",
        all(&out)
    );
    assert!(!data.path().join("profiles").exists(), "nothing was played");
}
