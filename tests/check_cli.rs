//! `redflag check` run as a user would: on the built-in pack and on small broken packs.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn redflag(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(args)
        .output()
        .expect("runs")
}

fn text(out: &Output) -> String {
    common::text(out)
}

/// A copy of the minimal valid pack in a temporary folder, ready to be broken.
fn pack() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("pack");
    copy_dir(Path::new("tests/packs/minimal"), &root);
    (dir, root)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = fs::read_to_string(path).expect("read");
    assert!(old.contains(from), "fixture has {from:?}");
    fs::write(path, old.replacen(from, to, 1)).expect("write");
}

/// Runs check on a pack and asserts a failure naming the file and the problem.
fn fails_with(root: &Path, file: &str, needles: &[&str]) -> String {
    let out = redflag(&["check", root.to_str().expect("utf-8 path")]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "exit 1 expected:\n{all}");
    assert!(all.contains(file), "names {file}:\n{all}");
    for needle in needles {
        assert!(all.contains(needle), "says {needle:?}:\n{all}");
    }
    assert!(!all.contains("panicked"), "no panic:\n{all}");
    all
}

#[test]
fn built_in_pack_is_clean_with_a_summary() {
    let out = redflag(&["check"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(0), "{all}");
    assert!(all.contains("no errors"), "{all}");
    for label in [
        "by channel:",
        "by verdict:",
        "by theme:",
        "by difficulty:",
        "email",
        "balance (safe vs dangerous):",
        "mean length",
    ] {
        assert!(all.contains(label), "{label}: {all}");
    }
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = redflag(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(json["scenarios"].as_u64().expect("count") >= 14);
    for key in ["by_channel", "by_verdict", "by_theme", "by_difficulty"] {
        assert!(json[key].is_object(), "{key}");
    }
    assert_eq!(json["errors"].as_array().expect("list").len(), 0);
    assert_eq!(
        json["by_channel"].as_object().expect("map").len(),
        redflag::content::Channel::ALL.len(),
        "all channels"
    );
}

#[test]
fn json_errors_carry_file_line_and_message() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-phish.toml"),
        "text = \"testco-support.example\"",
        "text = \"nowhere\"",
    );
    let out = redflag(&["check", root.to_str().expect("path"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let error = &json["errors"][0];
    assert!(
        error["file"]
            .as_str()
            .expect("file")
            .ends_with("good-phish.toml")
    );
    assert_eq!(error["line"].as_u64(), Some(20));
    assert!(
        error["message"]
            .as_str()
            .expect("message")
            .contains("does not occur in from")
    );
}

#[test]
fn a_valid_pack_passes() {
    let (_dir, root) = pack();
    let out = redflag(&["check", root.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Checked 2 scenarios in 1 pack: no errors."));
}

#[test]
fn missing_manifest() {
    let (_dir, root) = pack();
    fs::remove_file(root.join("pack.toml")).expect("rm");
    fails_with(&root, "pack.toml", &["missing"]);
}

#[test]
fn not_toml() {
    let (_dir, root) = pack();
    fs::write(
        root.join("email/broken.toml"),
        "id = \"x\"\nthis is not toml\n",
    )
    .expect("write");
    fails_with(&root, "broken.toml:2", &["error"]);
}

#[test]
fn not_utf8() {
    let (_dir, root) = pack();
    fs::write(root.join("email/latin1.toml"), b"id = \"caf\xe9\"\n").expect("write");
    fails_with(&root, "latin1.toml", &["not UTF-8"]);
}

#[test]
fn unknown_field_names_the_nearest() {
    let (_dir, root) = pack();
    edit(&root.join("email/good-safe.toml"), "subject =", "subjet =");
    fails_with(
        &root,
        "good-safe.toml:13",
        &["unknown field `subjet`", "did you mean `subject`?"],
    );
}

#[test]
fn missing_required_field() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-safe.toml"),
        "to = \"alex@testco.example\"\n",
        "",
    );
    fails_with(&root, "good-safe.toml", &["missing field `to`"]);
}

#[test]
fn flag_at_names_no_field() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-phish.toml"),
        "at = \"from\"",
        "at = \"sender\"",
    );
    fails_with(
        &root,
        "good-phish.toml:19",
        &["names no field", "from_name, from"],
    );
}

#[test]
fn dangerous_without_flags_and_safe_without_signs() {
    let (_dir, root) = pack();
    let phish = root.join("email/good-phish.toml");
    let old = fs::read_to_string(&phish).expect("read");
    fs::write(&phish, &old[..old.find("[[flag]]").expect("flag")]).expect("write");
    let safe = root.join("email/good-safe.toml");
    let old = fs::read_to_string(&safe).expect("read");
    fs::write(&safe, &old[..old.find("[[sign]]").expect("sign")]).expect("write");
    let all = fails_with(&root, "good-phish.toml", &["needs at least one [[flag]]"]);
    assert!(
        all.contains("good-safe.toml") && all.contains("needs at least one [[sign]]"),
        "{all}"
    );
}

#[test]
fn duplicate_id_names_both_files() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-safe.toml"),
        "id = \"good-safe\"",
        "id = \"good-phish\"",
    );
    fails_with(
        &root,
        "good-safe.toml",
        &["duplicate id \"good-phish\"", "good-phish.toml"],
    );
}

#[test]
fn real_domain_is_refused_with_the_way_out() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-phish.toml"),
        "https://testco-support.example/keep",
        "https://testco-support.com/keep",
    );
    fails_with(
        &root,
        "good-phish.toml:15",
        &["testco-support.com", "not reserved", "allowed_domains"],
    );
}

#[test]
fn allowed_domains_let_a_pack_use_its_own() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-phish.toml"),
        "https://testco-support.example/keep",
        "https://testco-support.com/keep",
    );
    edit(
        &root.join("pack.toml"),
        "version = \"0.1.0\"",
        "version = \"0.1.0\"\nallowed_domains = [\"testco-support.com\"]",
    );
    let out = redflag(&["check", root.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn real_looking_phone_number() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-safe.toml"),
        "Nothing to do.\"",
        "Nothing to do. Call 020 7946 0018.\"",
    );
    fails_with(
        &root,
        "good-safe.toml",
        &["020 7946 0018", "fiction number"],
    );
}

#[test]
fn escape_and_control_characters_raw_or_escaped() {
    let (_dir, root) = pack();
    edit(
        &root.join("email/good-safe.toml"),
        "Office closed",
        "Office \\u001b[2J closed",
    );
    edit(
        &root.join("email/good-phish.toml"),
        "Password expires",
        "Password\u{7} expires",
    );
    let all = fails_with(&root, "good-safe.toml", &["U+001B"]);
    assert!(
        all.contains("good-phish.toml") && all.contains("U+0007"),
        "{all}"
    );
}

#[test]
fn empty_pack() {
    let (_dir, root) = pack();
    fs::remove_dir_all(root.join("email")).expect("rm");
    fails_with(&root, "pack", &["holds no scenarios"]);
}

#[test]
fn oversized_file_names_the_limit() {
    let (_dir, root) = pack();
    let big = format!("id = \"big\"\nlesson = \"{}\"\n", "a".repeat(300 * 1024));
    fs::write(root.join("email/big.toml"), big).expect("write");
    fails_with(&root, "big.toml", &["256 KiB"]);
}

#[cfg(unix)]
#[test]
fn symlink_out_of_the_pack() {
    let (dir, root) = pack();
    let outside = dir.path().join("outside.toml");
    fs::write(&outside, "id = \"x\"\n").expect("write");
    std::os::unix::fs::symlink(&outside, root.join("email/link.toml")).expect("symlink");
    fails_with(&root, "link.toml", &["leaves the pack folder"]);
}

#[test]
fn every_error_is_reported_in_one_run() {
    let (_dir, root) = pack();
    edit(&root.join("email/good-safe.toml"), "subject =", "subjet =");
    edit(
        &root.join("email/good-phish.toml"),
        "at = \"from\"",
        "at = \"sender\"",
    );
    fs::write(root.join("email/broken.toml"), "not toml at all").expect("write");
    let all = fails_with(&root, "good-safe.toml", &["good-phish.toml", "broken.toml"]);
    assert!(all.contains("3 errors"), "{all}");
}

#[test]
fn usage_errors_exit_2() {
    let out = redflag(&["check", "--format", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_folder_that_does_not_exist() {
    let out = redflag(&["check", "/nonexistent/pack"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("/nonexistent/pack: is not a folder"));
}
