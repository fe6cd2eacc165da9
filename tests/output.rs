//! What redflag writes, through the real binary: text from files never reaches a terminal raw
//! (the hostile-input campaign's examples, each a test), and writing fails plainly: a closed pipe
//! ends a command quietly, a full disk is one line and a failing exit, never a panic.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;

/// The clipboard-setting sequence (OSC 52) a teammate's report carried.
const OSC52: &str = "\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}";

fn redflag(data: &Path, args: &[&str]) -> Output {
    common::run(data, args, "")
}

/// Characters that act on a terminal or hide in text: controls but the newline, C1, direction
/// and format characters.
fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{061C}' | '\u{FEFF}')
}

/// Fails naming the first such character in what the command printed.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|c| acts_on_a_terminal(*c)) {
        panic!(
            "{what}: U+{:04X} printed raw in\n{}",
            c as u32,
            text.escape_debug()
        );
    }
}

fn assert_all_inert(what: &str, out: &Output) {
    assert_inert(&format!("{what} (stdout)"), &out.stdout);
    assert_inert(&format!("{what} (stderr)"), &out.stderr);
}

/// A data folder where `who` played one four-item round.
fn played(who: &str) -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let out = common::plain(
        data.path(),
        &["--profile", who, "--seed", "4", "--count", "4"],
        "d\ns\nd\ns\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    data
}

fn profile_json(data: &Path, who: &str) -> PathBuf {
    data.join("profiles").join(who).join("profile.json")
}

#[test]
fn a_teammates_report_cannot_set_the_clipboard_through_report_team() {
    let data = played("bob");
    let file = data.path().join("bob.json");
    let out = redflag(
        data.path(),
        &[
            "report",
            "--profile",
            "bob",
            "--format",
            "json",
            "--output",
            file.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let mut report: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
    report["by_theme"][OSC52] = serde_json::json!({ "right": 0, "total": 3 });
    report["by_cue"][format!("cue\u{202E}{OSC52}")] = serde_json::json!({ "right": 0, "total": 3 });
    fs::write(&file, report.to_string()).expect("write");
    let team = ["report", "--team", file.to_str().expect("utf-8")];
    for format in ["md", "csv"] {
        let out = redflag(data.path(), &[&team[..], &["--format", format]].concat());
        assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
        assert_all_inert(&format!("report --team --format {format}"), &out);
        let text = String::from_utf8_lossy(&out.stdout);
        if format == "md" {
            assert!(
                text.contains("^[]52;c;ZWNobyBwd25lZA==^G"),
                "the sequence is shown as text:\n{text}"
            );
        }
    }
    let into = data.path().join("team.md");
    let out = redflag(
        data.path(),
        &[&team[..], &["--output", into.to_str().expect("utf-8")]].concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    assert_inert("report --team --output", &fs::read(&into).expect("written"));
}

#[test]
fn a_sequence_in_a_round_mode_of_profile_json_is_shown_by_stats_not_run() {
    let data = played("ann");
    let file = profile_json(data.path(), "ann");
    let mut profile: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
    // A mode that is no mode makes the save damaged; the message quotes it.
    profile["rounds"][0]["mode"] = serde_json::json!(OSC52);
    fs::write(&file, serde_json::to_string_pretty(&profile).expect("json")).expect("write");
    for args in [
        &["stats"][..],
        &["stats", "--format", "json"],
        &["report"],
        &["certificate"],
    ] {
        // The figures come from the last good copy; the note on stderr quotes the damage.
        let out = redflag(data.path(), &[args, &["--profile", "ann"]].concat());
        // (The certificate is not earned yet: that is its own refusal.)
        let expected = if args[0] == "certificate" { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(expected), "{}", common::text(&out));
        assert_all_inert(&args.join(" "), &out);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("damaged") && err.contains("^[]52"), "{err}");
    }
    // A training module's id is free text: a valid save can carry the sequence too.
    profile["rounds"][0]["mode"] = serde_json::json!({ "module": OSC52 });
    profile["name"] = serde_json::json!(format!("ann{OSC52}\u{9d}"));
    fs::write(&file, serde_json::to_string_pretty(&profile).expect("json")).expect("write");
    for args in [
        &["stats"][..],
        &["stats", "--format", "json"],
        &["certificate"],
    ] {
        let out = redflag(data.path(), &[args, &["--profile", "ann"]].concat());
        assert_all_inert(&args.join(" "), &out);
    }
    // A name in the file that is not the folder's is refused (it would share the folder); with
    // the name as it should be, the JSON keeps the module's free-text id, escaped.
    profile["name"] = serde_json::json!("ann");
    fs::write(&file, serde_json::to_string_pretty(&profile).expect("json")).expect("write");
    let json = redflag(
        data.path(),
        &["stats", "--format", "json", "--profile", "ann"],
    );
    assert_all_inert("stats --format json", &json);
    let stats: serde_json::Value = serde_json::from_slice(&json.stdout).expect("still JSON");
    assert_eq!(stats["profile"], "ann");
}

/// The minimal test pack with the first link of its phish pointing at `url`.
fn pack_with_link(url: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/minimal");
    fs::create_dir_all(dir.path().join("email")).expect("mkdir");
    fs::copy(from.join("pack.toml"), dir.path().join("pack.toml")).expect("copy");
    fs::copy(
        from.join("email/good-safe.toml"),
        dir.path().join("email/good-safe.toml"),
    )
    .expect("copy");
    let phish = fs::read_to_string(from.join("email/good-phish.toml")).expect("read");
    let escaped: String = url
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() {
                c.to_string()
            } else {
                format!("\\u{:04X}", c as u32)
            }
        })
        .collect();
    let phish = phish.replace("https://testco-support.example/keep", &escaped);
    fs::write(dir.path().join("email/good-phish.toml"), phish).expect("write");
    dir
}

#[test]
fn a_link_with_an_escape_is_named_by_check_and_preview_without_running_it() {
    for url in [
        "https://bän\u{1b}c.com/x",
        "https://bä\u{202E}n\u{9D}c.com/x",
        "https://x.example/\u{9b}2J\u{202E}",
    ] {
        let pack = pack_with_link(url);
        let dir = pack.path().to_str().expect("utf-8");
        let file = pack.path().join("email/good-phish.toml");
        for args in [
            vec!["check", dir],
            vec!["check", "--format", "json", dir],
            vec!["preview", file.to_str().expect("utf-8")],
            vec!["play", "--plain", "--no-builtin", "--content", dir],
        ] {
            let out = redflag(pack.path(), &args);
            assert_eq!(out.status.code(), Some(1), "{}", common::text(&out));
            assert_all_inert(&format!("{} on {url:?}", args.join(" ")), &out);
        }
        let json = redflag(pack.path(), &["check", "--format", "json", dir]);
        let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
        let messages = report["errors"].to_string();
        assert!(messages.contains("good-phish.toml"), "{messages}");
    }
}

#[test]
fn a_file_name_with_an_escape_is_shown_not_run() {
    let pack = pack_with_link("https://testco-support.example/keep");
    let evil = pack.path().join("email/evil\u{1b}[2J\u{202E}.toml");
    fs::write(&evil, "not = [valid").expect("write");
    let out = redflag(
        pack.path(),
        &["check", pack.path().to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", common::text(&out));
    assert_all_inert("check naming a hostile file", &out);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("evil^[[2J<U+202E>.toml"), "{text}");
}

/// Runs redflag with its standard output into a pipe that is closed after one line: its exit
/// code and what it wrote on standard error.
fn into_head(data: &Path, args: &[&str], input: &str) -> (i32, String) {
    let line = [env!("CARGO_BIN_EXE_redflag")]
        .iter()
        .chain(args)
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    // The exit code of redflag, not of head; stderr is kept to show there was no message.
    let script = format!("{line} 2>err | head -1 >/dev/null; echo ${{PIPESTATUS[0]}} >code");
    let mut child = Command::new("bash")
        .args(["-c", &script])
        .current_dir(data)
        .env("REDFLAG_DATA_DIR", data)
        .stdin(Stdio::piped())
        .spawn()
        .expect("bash");
    use std::io::Write;
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes());
    let status = child.wait().expect("wait");
    assert!(status.success());
    let code: i32 = fs::read_to_string(data.join("code"))
        .expect("code")
        .trim()
        .parse()
        .expect("a number");
    (code, fs::read_to_string(data.join("err")).expect("err"))
}

/// A profile with enough rounds that every output is longer than a pipe holds.
fn many_rounds() -> tempfile::TempDir {
    let data = played("max");
    let history = data.path().join("profiles/max/history");
    let first = fs::read_dir(&history)
        .expect("history")
        .next()
        .expect("one round")
        .expect("entry")
        .path();
    let text = fs::read_to_string(&first).expect("read");
    for i in 0..400 {
        fs::write(history.join(format!("2020{i:06}-copy.toml")), &text).expect("write");
    }
    data
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_success() {
    let data = many_rounds();
    let dir = data.path();
    for args in [
        &["report", "--profile", "max", "--format", "csv"][..],
        &["report", "--profile", "max", "--format", "xapi"],
        &["report", "--profile", "max", "--format", "json"],
        &["report", "--profile", "max"],
        &["stats", "--profile", "max"],
        &["check", "--format", "json"],
        &["check"],
    ] {
        let (code, err) = into_head(dir, args, "");
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
    }
    let answers = "i\nd\n".repeat(30);
    let (code, err) = into_head(
        dir,
        &[
            "play",
            "--plain",
            "--profile",
            "max",
            "--seed",
            "3",
            "--count",
            "20",
        ],
        &answers,
    );
    assert_eq!((code, err.as_str()), (0, ""), "play --plain");
}

#[test]
fn a_full_disk_is_one_line_on_standard_error_and_a_failing_exit() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let data = many_rounds();
    for args in [
        &["report", "--profile", "max"][..],
        &["report", "--profile", "max", "--format", "xapi"],
        &["report", "--profile", "max", "--format", "csv"],
        &["stats", "--profile", "max"],
        &["check"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .args(args)
            .env("REDFLAG_DATA_DIR", data.path())
            .stdout(fs::File::create("/dev/full").expect("/dev/full"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("redflag: cannot write standard output: ") && err.contains("space"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["report", "--profile", "max", "--output", "/dev/full"])
        .env("REDFLAG_DATA_DIR", data.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("redflag: cannot write /dev/full: "),
        "{err}"
    );
}

#[test]
fn a_standard_error_that_cannot_be_written_does_not_turn_a_message_into_a_panic() {
    let out = Command::new("bash")
        .args([
            "-c",
            &format!(
                "'{}' stats --data-dir /nonexistent/nowhere 2>/dev/full; echo code=$?",
                env!("CARGO_BIN_EXE_redflag")
            ),
        ])
        .output()
        .expect("bash");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.trim(), "code=1", "a plain failure, not a panic (101)");
}

#[test]
fn a_panic_shows_one_plain_line_instead_of_the_rust_report() {
    // The child: this same test, run again with the hook redflag installs at start.
    if std::env::var_os("REDFLAG_TEST_PANIC").is_some() {
        redflag::output::plain_panics();
        panic!("index out of bounds\n\u{1b}]52;c;eA==\u{7} at the end");
    }
    let out = Command::new(std::env::current_exe().expect("this test"))
        .args([
            "--exact",
            "a_panic_shows_one_plain_line_instead_of_the_rust_report",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("REDFLAG_TEST_PANIC", "1")
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].starts_with("redflag: stopped by an internal error at tests/output.rs:")
            && lines[0].ends_with("please report it"),
        "{err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    assert_inert("the panic line", &out.stderr);
}
