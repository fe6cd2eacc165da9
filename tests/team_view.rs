//! `redflag team` through the real binary: without a terminal, or with --format, it prints the
//! team report of every profile in the data folder, the same as `redflag report --team` makes
//! from each learner's JSON report.

#![cfg(unix)]

use std::path::Path;
use std::process::Output;

use redflag::report::team_json::{TEAM_KIND, TeamSummary};

mod common;

fn redflag(data: &Path, args: &[&str]) -> Output {
    common::run(data, args, "")
}

fn played(data: &Path, who: &str, seed: &str, answers: &str) {
    let out = common::plain(
        data,
        &["--profile", who, "--seed", seed, "--count", "4"],
        answers,
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
}

fn ok(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", common::text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_printed_team_report_is_the_one_report_team_makes_from_everyone_s_reports() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    played(dir, "kim", "1", "d\ns\nd\ns\n");
    played(dir, "lou", "3", "s\ns\ns\ns\n");
    let mut files = Vec::new();
    for who in ["kim", "lou"] {
        let file = dir.join(format!("{who}.json"));
        let path = file.to_str().expect("utf-8");
        ok(&redflag(
            dir,
            &["report", "--profile", who, "--format", "json", "-o", path],
        ));
        files.push(path.to_string());
    }
    for format in ["md", "csv"] {
        let mut args = vec!["report", "--format", format, "--team"];
        args.extend(files.iter().map(String::as_str));
        let merged = ok(&redflag(dir, &args));
        let team = ok(&redflag(dir, &["team", "--format", format]));
        assert_eq!(team, merged, "{format}");
    }

    let json = ok(&redflag(dir, &["team", "--format", "json"]));
    let summary: TeamSummary = serde_json::from_str(&json).expect("a team summary");
    assert_eq!(summary.kind, TEAM_KIND);
    let people: Vec<&str> = summary.people.iter().map(|p| p.person.as_str()).collect();
    assert_eq!(people, ["kim", "lou"]);
    for (row, file) in summary.people.iter().zip(&files) {
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).expect("report")).expect("json");
        assert_eq!(row.answers, 4);
        assert_eq!(
            (u64::from(row.missed_scams), u64::from(row.false_alarms)),
            (
                report["misses"].as_u64().expect("misses"),
                report["false_alarms"].as_u64().expect("false alarms")
            ),
            "{}",
            row.person
        );
    }
    assert_eq!(summary.not_finished, ["kim", "lou"]);
    assert!(!summary.weakest_themes.is_empty());
}

#[test]
fn without_a_terminal_the_report_is_printed_and_said_so() {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "kim", "1", "d\ns\nd\ns\n");
    let out = redflag(data.path(), &["team"]);
    let md = ok(&out);
    assert!(md.starts_with("# redflag team summary"), "{md}");
    assert!(md.contains("| kim | 0/6 | not finished | 4 |"), "{md}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("No terminal: printing the team report (md)"),
        "{err}"
    );
}

#[test]
fn a_planted_link_among_the_profiles_is_named_and_not_followed() {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "kim", "1", "d\ns\nd\ns\n");
    let elsewhere = tempfile::tempdir().expect("elsewhere");
    std::os::unix::fs::symlink(elsewhere.path(), data.path().join("profiles/planted"))
        .expect("link");
    let out = redflag(data.path(), &["team", "--format", "csv"]);
    let csv = ok(&out);
    assert_eq!(csv.lines().count(), 2, "a heading and kim: {csv}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("planted (a link, not followed)"), "{err}");
}
