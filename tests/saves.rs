//! Saves through the real binary when the folder is unlucky or hostile: a link planted where a
//! save writes first, an interrupted save read by every command, both copies damaged, a full
//! disk, a read-only folder, names sharing a folder, damaged settings, and FIFOs, sockets and
//! devices in place of the data folder's files. Each command runs against a clock: a hang fails.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn redflag(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redflag"));
    command.env("REDFLAG_DATA_DIR", data).env_remove("NO_COLOR");
    command
}

/// Runs `command` with `input`, killing it (and failing) if it has not ended within 20 s.
fn finish(mut command: Command, input: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes());
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} still running after 20 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out.join().expect("stdout"),
        stderr: err.join().expect("stderr"),
    }
}

fn run(data: &Path, args: &[&str], input: &str) -> Output {
    let mut command = redflag(data);
    command.args(args);
    finish(command, input)
}

fn play(data: &Path, args: &[&str], input: &str) -> Output {
    let mut all = vec!["play", "--plain"];
    all.extend_from_slice(args);
    run(data, &all, input)
}

fn text(out: &Output) -> String {
    common::text(out)
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    text(&out)
}

fn json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = run(data, args, "");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn folder(data: &Path, name: &str) -> PathBuf {
    data.join("profiles").join(name)
}

/// Every file under `dir`, as paths relative to it.
fn tree(dir: &Path) -> Vec<String> {
    walk(dir)
        .iter()
        .map(|p| p.strip_prefix(dir).expect("inside").display().to_string())
        .collect()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("dir").filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_type().expect("type").is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Two rounds of three as "sam", then one answer of an unfinished third.
fn sam_with_progress(data: &Path) {
    for seed in ["1", "2"] {
        ok(play(
            data,
            &["--profile", "sam", "--seed", seed, "--count", "3"],
            "d\ns\nd\n",
        ));
    }
    ok(play(
        data,
        &["--profile", "sam", "--seed", "3", "--count", "3"],
        "d\n",
    ));
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_file_is_never_followed() {
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let target = data.path().join("precious.txt");
    fs::write(&target, "someone else's file").expect("target");
    std::os::unix::fs::symlink(&target, folder(data.path(), "sam").join("profile.json.tmp"))
        .expect("plant");
    ok(play(data.path(), &["--profile", "sam"], "s\ns\n"));
    assert_eq!(
        fs::read_to_string(&target).expect("target"),
        "someone else's file"
    );
    let stats = json(
        data.path(),
        &["stats", "--profile", "sam", "--format", "json"],
    );
    assert_eq!(
        (stats["rounds"].as_u64(), stats["answered"].as_u64()),
        (Some(3), Some(9))
    );
}

#[test]
fn an_interrupted_save_is_recovered_the_same_way_by_every_command() {
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let dir = folder(data.path(), "sam");
    // The process died between "profile.json → .bak" and ".tmp → profile.json".
    let newest = fs::read_to_string(dir.join("profile.json")).expect("read");
    fs::rename(dir.join("profile.json"), dir.join("profile.json.bak")).expect("mv");
    fs::write(dir.join("profile.json.tmp"), &newest).expect("tmp");
    let before = tree(&dir);

    let stats = json(
        data.path(),
        &["stats", "--profile", "sam", "--format", "json"],
    );
    assert_eq!(
        (
            stats["answered"].as_u64(),
            stats["unfinished_round"].as_bool()
        ),
        (Some(7), Some(true)),
        "the newest copy, with the unfinished round"
    );
    let out = run(data.path(), &["stats", "--profile", "sam"], "");
    assert!(
        text(&out).contains("The last save was interrupted")
            && text(&out).contains("profile.json.tmp"),
        "{}",
        text(&out)
    );
    let report = json(
        data.path(),
        &["report", "--profile", "sam", "--format", "json"],
    );
    assert_eq!(report["answered"], 7);
    assert_eq!(report["unfinished"].as_array().map(Vec::len), Some(1));
    let out = run(data.path(), &["certificate", "--profile", "sam"], "");
    assert!(
        text(&out).contains("has passed 0 of"),
        "the profile is found: {}",
        text(&out)
    );
    assert_eq!(tree(&dir), before, "reading repairs nothing");

    let played = ok(play(data.path(), &["--profile", "sam"], "s\ns\n"));
    assert!(
        played.contains("Note: The last save was interrupted"),
        "{played}"
    );
    assert!(
        played.contains("Resuming your unfinished round"),
        "{played}"
    );
    let stats = json(
        data.path(),
        &["stats", "--profile", "sam", "--format", "json"],
    );
    assert_eq!(
        (stats["rounds"].as_u64(), stats["answered"].as_u64()),
        (Some(3), Some(9))
    );
}

#[test]
fn with_the_save_and_its_backup_damaged_progress_is_rebuilt_from_history() {
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let dir = folder(data.path(), "sam");
    fs::write(dir.join("profile.json"), "{\"schema\": 1, \"name\": ").expect("damage");
    fs::write(dir.join("profile.json.bak"), "not json either").expect("damage");

    let out = run(
        data.path(),
        &["stats", "--profile", "sam", "--format", "json"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        (stats["rounds"].as_u64(), stats["answered"].as_u64()),
        (Some(2), Some(6))
    );
    assert!(
        text(&out).contains("rebuilt from the 2 finished rounds"),
        "{}",
        text(&out)
    );

    let played = ok(play(
        data.path(),
        &["--profile", "sam", "--count", "1", "--new-round"],
        "d\n",
    ));
    assert!(
        played.contains("Note: Your save file was damaged")
            && played.contains("rebuilt from the 2 finished rounds"),
        "{played}"
    );
    let kept: Vec<String> = tree(&dir)
        .into_iter()
        .filter(|f| f.starts_with("profile.damaged-"))
        .collect();
    assert_eq!(kept.len(), 2, "both damaged files kept: {kept:?}");
    // Not a new profile, then or at the next start.
    ok(play(
        data.path(),
        &["--profile", "sam", "--count", "1", "--new-round"],
        "d\n",
    ));
    let stats = json(
        data.path(),
        &["stats", "--profile", "sam", "--format", "json"],
    );
    assert_eq!(
        (stats["rounds"].as_u64(), stats["answered"].as_u64()),
        (Some(4), Some(8))
    );
}

#[cfg(unix)]
#[test]
fn a_full_disk_leaves_no_temporary_file_behind() {
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let dir = folder(data.path(), "sam");
    let before = fs::read_to_string(dir.join("profile.json")).expect("read");
    let files = tree(&dir);
    // No byte may be written (as on a full disk); the signal that would end redflag is ignored,
    // so each write fails with an error instead.
    let mut command = Command::new("sh");
    command
        .args(["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_redflag"))
        .args([
            "play",
            "--plain",
            "--profile",
            "sam",
            "--new-round",
            "--count",
            "2",
        ])
        .env("REDFLAG_DATA_DIR", data.path());
    let out = finish(command, "d\nd\n");
    assert!(text(&out).contains("Could not save"), "{}", text(&out));
    assert_eq!(tree(&dir), files, "nothing left behind");
    assert_eq!(
        fs::read_to_string(dir.join("profile.json")).expect("read"),
        before
    );
}

/// The user id of this process, from a file it creates.
#[cfg(unix)]
fn own_uid(dir: &Path) -> u32 {
    use std::os::unix::fs::MetadataExt;
    let probe = dir.join("uid-probe");
    fs::write(&probe, "").expect("probe");
    let uid = fs::metadata(&probe).expect("meta").uid();
    fs::remove_file(probe).expect("rm");
    uid
}

#[cfg(unix)]
#[test]
fn a_read_only_profile_folder_stops_before_the_round() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let data = tempfile::tempdir().expect("tempdir");
    // Permissions do not bind the superuser: play as "nobody" then.
    let nobody = (own_uid(data.path()) == 0).then_some(65534);
    if let Some(id) = nobody {
        std::os::unix::fs::chown(data.path(), Some(id), Some(id)).expect("chown");
    }
    let as_player = |args: &[&str], input: &str| {
        let mut command = redflag(data.path());
        command
            .args(["play", "--plain", "--profile", "sam"])
            .args(args);
        if let Some(id) = nobody {
            command.uid(id).gid(id);
        }
        finish(command, input)
    };
    ok(as_player(&["--count", "1"], "d\n"));
    let dir = folder(data.path(), "sam");
    let before = fs::read_to_string(dir.join("profile.json")).expect("read");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).expect("chmod");

    let out = as_player(&["--count", "1", "--new-round"], "d\n");
    let said = text(&out);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("cannot save progress")
            && said.contains("--no-save")
            && !said.contains("== Item"),
        "stops before the round, saying why: {said}"
    );
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).expect("chmod");
    let unsaved = as_player(&["--count", "1", "--new-round", "--no-save"], "d\n");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(ok(unsaved).contains("score:"));
    assert_eq!(
        fs::read_to_string(dir.join("profile.json")).expect("read"),
        before
    );
}

#[test]
fn names_that_share_a_folder_are_refused_and_the_owner_named() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(play(
        data.path(),
        &["--profile", "Alice Smith", "--count", "2"],
        "d\ns\n",
    ));
    let dir = folder(data.path(), "alice-smith");
    let before = fs::read_to_string(dir.join("profile.json")).expect("read");
    for other in ["alice-smith", "ALICE SMITH"] {
        for args in [
            vec!["play", "--plain", "--profile", other, "--count", "1"],
            vec!["stats", "--profile", other],
        ] {
            let out = run(data.path(), &args, "d\n");
            assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
            assert!(
                text(&out).contains(&format!("\"{other}\""))
                    && text(&out).contains("\"Alice Smith\""),
                "{}",
                text(&out)
            );
        }
    }
    assert_eq!(
        fs::read_to_string(dir.join("profile.json")).expect("read"),
        before
    );
}

#[test]
fn a_damaged_settings_file_is_reported_and_kept_aside_not_replaced_by_a_new_player() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(play(
        data.path(),
        &["--profile", "sam", "--count", "1"],
        "d\n",
    ));
    let settings = data.path().join("settings.toml");
    fs::write(&settings, "last_profile = [[[ garbage").expect("damage");
    for args in [vec!["play", "--plain", "--count", "1"], vec!["stats"]] {
        let out = run(data.path(), &args, "d\n");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        let said = text(&out);
        assert!(
            said.contains("settings.toml is damaged")
                && said.contains("--profile NAME")
                && said.contains("sam"),
            "{said}"
        );
    }
    assert!(!folder(data.path(), "player").exists(), "no new \"player\"");
    assert_eq!(
        fs::read_to_string(&settings).expect("left"),
        "last_profile = [[[ garbage"
    );
    let played = ok(play(
        data.path(),
        &["--profile", "sam", "--count", "1"],
        "d\n",
    ));
    assert!(
        played.contains("Note: Your settings file was damaged"),
        "{played}"
    );
    let kept: Vec<PathBuf> = walk(data.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("settings.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        fs::read_to_string(&kept[0]).expect("kept"),
        "last_profile = [[[ garbage"
    );
    assert!(ok(run(data.path(), &["stats"], "")).contains("Profile: sam"));
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let _ = fs::remove_file(path);
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_any_file_of_the_data_folder_is_refused_without_waiting() {
    type Setup = fn(&Path);
    // The file, what makes it read, the command, and whether it still succeeds.
    let cases: [(&str, Setup, &[&str], bool); 7] = [
        (
            "profiles/sam/profile.json",
            |_| {},
            &["stats", "--profile", "sam"],
            false,
        ),
        (
            "profiles/sam/profile.json",
            |_| {},
            &["play", "--plain", "--profile", "sam"],
            false,
        ),
        (
            "profiles/sam/profile.json.bak",
            |d| fs::write(d.join("profiles/sam/profile.json"), "[").expect("damage"),
            &["play", "--plain", "--profile", "sam"],
            false,
        ),
        (
            "profiles/sam/profile.json.tmp",
            |d| fs::remove_file(d.join("profiles/sam/profile.json")).expect("interrupt"),
            &["stats", "--profile", "sam"],
            false,
        ),
        (
            "profiles/sam/lock",
            |_| {},
            &["play", "--plain", "--profile", "sam"],
            false,
        ),
        ("settings.toml", |_| {}, &["stats"], false),
        (
            "settings.toml",
            |_| {},
            &["play", "--plain", "--profile", "sam", "--count", "1"],
            true,
        ),
    ];
    for (file, setup, args, succeeds) in cases {
        let data = tempfile::tempdir().expect("tempdir");
        sam_with_progress(data.path());
        setup(data.path());
        let planted = data.path().join(file);
        mkfifo(&planted);
        let out = run(data.path(), args, "d\n");
        let said = text(&out);
        assert_eq!(out.status.success(), succeeds, "{file} {args:?}: {said}");
        assert!(
            said.contains(&format!(
                "{} is a FIFO (named pipe), not a regular file",
                planted.display()
            )),
            "{file} {args:?}: {said}"
        );
    }
    // A history file: the report skips it, naming it.
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let planted = folder(data.path(), "sam").join("history/20000101T000000.000-0.toml");
    mkfifo(&planted);
    let out = run(data.path(), &["report", "--profile", "sam"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("skipped {}: it is a FIFO", planted.display())),
        "{}",
        text(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_socket_or_a_device_in_place_of_the_profile_is_refused() {
    let data = tempfile::tempdir().expect("tempdir");
    sam_with_progress(data.path());
    let main = folder(data.path(), "sam").join("profile.json");
    fs::remove_file(&main).expect("rm");
    let socket = std::os::unix::net::UnixListener::bind(&main).expect("bind");
    let out = run(data.path(), &["stats", "--profile", "sam"], "");
    assert!(
        text(&out).contains("is a socket, not a regular file"),
        "{}",
        text(&out)
    );
    drop(socket);
    fs::remove_file(&main).expect("rm");
    std::os::unix::fs::symlink("/dev/zero", &main).expect("link");
    for args in [
        &["stats", "--profile", "sam"][..],
        &["play", "--plain", "--profile", "sam"],
    ] {
        let out = run(data.path(), args, "d\n");
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(
            text(&out).contains("is a character device, not a regular file"),
            "{}",
            text(&out)
        );
    }
}
