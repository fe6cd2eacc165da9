//! The onboarding use through the real binary: the training path to a certificate, the daily
//! challenge, every report format checked field by field, team summaries, and preview.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

mod common;

use redflag::content::{Scenario, Verdict};
use redflag::training::path;

fn redflag(data: &Path, args: &[&str], input: &str) -> Output {
    common::run(data, args, input)
}

fn text(out: &Output) -> String {
    common::text(out)
}

fn pool() -> Vec<Scenario> {
    redflag::builtin::pack().expect("built-in").scenarios
}

/// The right answer to each item of a module, one per line; `wrong` of them answered wrongly.
fn answers(pool: &[Scenario], items: &[String], wrong: usize) -> String {
    items
        .iter()
        .enumerate()
        .map(|(k, id)| {
            let s = pool.iter().find(|s| &s.id == id).expect("item");
            let right = s.verdict == Verdict::Dangerous;
            if (k < wrong) != right { "d\n" } else { "s\n" }
        })
        .collect()
}

fn play_module(data: &Path, profile: &str, id: &str, input: &str) -> String {
    let out = redflag(
        data,
        &["play", "--plain", "--profile", profile, "--module", id],
        input,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    text(&out)
}

/// Plays the whole path for `profile`, failing the first module once on the way.
fn complete_path(data: &Path, profile: &str) {
    let pool = pool();
    let modules = path(&pool);
    let first = &modules[0];
    let failed = play_module(data, profile, &first.id, &answers(&pool, &first.items, 3));
    assert!(
        failed.contains("not passed yet") && failed.contains("80% needed"),
        "{failed}"
    );
    for m in &modules {
        let out = play_module(data, profile, &m.id, &answers(&pool, &m.items, 0));
        assert!(
            out.contains(&format!(
                "module: {}: passed with 100%",
                redflag::strings::module_name(redflag::i18n::Catalog::english(), &m.id)
            )),
            "{out}"
        );
    }
}

#[test]
fn a_new_profile_goes_through_every_module_to_a_certificate() {
    let data = tempfile::tempdir().expect("tempdir");
    let modules = path(&pool());
    let locked = redflag(
        data.path(),
        &[
            "play",
            "--plain",
            "--profile",
            "ana",
            "--module",
            &modules[1].id,
        ],
        "",
    );
    assert_eq!(locked.status.code(), Some(1));
    assert!(
        text(&locked).contains("is locked") && text(&locked).contains(&modules[0].id),
        "{}",
        text(&locked)
    );
    let early = redflag(data.path(), &["certificate", "--profile", "ana"], "");
    assert_eq!(early.status.code(), Some(1));

    complete_path(data.path(), "ana");
    let out = redflag(data.path(), &["certificate", "--profile", "ana"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let certificate = String::from_utf8_lossy(&out.stdout);
    assert!(
        certificate.starts_with("# Certificate of completion"),
        "{certificate}"
    );
    assert!(certificate.contains("**ana**"), "{certificate}");
    for m in &modules {
        let title = redflag::strings::module_title(redflag::i18n::Catalog::english(), m.topic);
        assert!(
            certificate.contains(&format!("| {title} | 100% |")),
            "{title}: {certificate}"
        );
    }
    assert!(
        certificate.contains("`brightside-core` version 1.0.0"),
        "{certificate}"
    );
    assert!(
        certificate.contains("| Email threats | 100% | 2 |"),
        "attempts counted: {certificate}"
    );

    let report = text(&redflag(data.path(), &["report", "--profile", "ana"], ""));
    let rounds = report.split("## Last rounds").nth(1).expect("rounds");
    assert!(
        rounds.contains("| Module: Final exam |") && rounds.contains("| Module: Myths |"),
        "modes by name: {rounds}"
    );
    assert!(!rounds.contains("module-"), "no module ids: {rounds}");
    assert!(
        !report.contains("| credential-request |")
            && report.contains("| Asks for a password or code |"),
        "red flags in the game's words: {report}"
    );

    let file = data.path().join("cert.md");
    let out = redflag(
        data.path(),
        &[
            "certificate",
            "--profile",
            "ana",
            "--output",
            file.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read_to_string(file).expect("written"), certificate);
}

#[test]
fn the_daily_challenge_is_shared_and_recorded() {
    let data = tempfile::tempdir().expect("tempdir");
    let first_items = |who: &str| {
        let out = text(&redflag(
            data.path(),
            &["play", "--plain", "--profile", who, "--daily"],
            "",
        ));
        out.lines()
            .filter(|l| {
                l.starts_with("== Item") || l.starts_with("Subject:") || l.starts_with("Text:")
            })
            .take(3)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let a = first_items("ana");
    assert!(!a.is_empty());
    assert_eq!(
        a,
        first_items("ben"),
        "the same scenarios for the whole team"
    );
    let out = redflag(
        data.path(),
        &[
            "play",
            "--plain",
            "--profile",
            "cy",
            "--daily",
            "--count",
            "2",
        ],
        "d\nd\n",
    );
    assert!(
        text(&out).contains("redflag: Daily challenge, 2 items, playing as cy"),
        "{}",
        text(&out)
    );
    let again = redflag(
        data.path(),
        &[
            "play",
            "--plain",
            "--profile",
            "cy",
            "--daily",
            "--count",
            "2",
        ],
        "d\nd\n",
    );
    assert!(
        text(&again).contains("You did today's challenge already:")
            && text(&again).contains("redflag: Practice, 2 items"),
        "done today, replayed as practice: {}",
        text(&again)
    );
    let json = redflag(
        data.path(),
        &["report", "--profile", "cy", "--format", "json"],
        "",
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let today = chrono::Local::now().date_naive().to_string();
    assert_eq!(
        report["rounds"][0]["mode"]["daily"],
        today.as_str(),
        "{report}"
    );
    assert_eq!(
        report["rounds"][1]["mode"], "practice",
        "the replay is not a daily: {report}"
    );
}

fn played(data: &Path, who: &str) {
    let out = redflag(
        data,
        &[
            "play",
            "--plain",
            "--profile",
            who,
            "--seed",
            "4",
            "--count",
            "4",
        ],
        "d\ns\ni\nd\ns\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn csv_has_one_row_per_answer_with_every_column() {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "dee");
    let module = &path(&pool())[0];
    play_module(
        data.path(),
        "dee",
        &module.id,
        &answers(&pool(), &module.items, 0),
    );
    let out = redflag(
        data.path(),
        &["report", "--profile", "dee", "--format", "csv"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header,
        [
            "timestamp",
            "profile",
            "mode",
            "module",
            "scenario",
            "channel",
            "theme",
            "verdict",
            "answer",
            "correct",
            "seconds",
            "points"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4 + module.items.len(), "one row per answer");
    for row in &rows {
        assert!(
            chrono::DateTime::parse_from_rfc3339(&row[0]).is_ok(),
            "{row:?}"
        );
        assert_eq!(&row[1], "dee");
        assert!(["practice", "module"].contains(&&row[2]));
        assert!(pool().iter().any(|s| s.id == row[4]), "{row:?}");
        assert!(
            ["safe", "dangerous"].contains(&&row[7]) && ["safe", "dangerous"].contains(&&row[8])
        );
        assert_eq!(&row[9], if row[7] == row[8] { "true" } else { "false" });
        assert!(row[10].parse::<f64>().is_ok() && row[11].parse::<u32>().is_ok());
    }
    let module_rows: Vec<_> = rows.iter().filter(|r| &r[2] == "module").collect();
    assert!(
        module_rows.iter().all(|r| r[3] == module.id),
        "module column filled"
    );
}

fn is_iri(value: &serde_json::Value) -> bool {
    value.as_str().is_some_and(|s| {
        (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(' ')
    })
}

fn is_duration(value: &serde_json::Value) -> bool {
    let Some(s) = value.as_str() else {
        return false;
    };
    let Some(number) = s.strip_prefix("PT").and_then(|r| r.strip_suffix('S')) else {
        return false;
    };
    number.parse::<f64>().is_ok_and(|n| n >= 0.0)
}

fn is_uuid(value: &serde_json::Value) -> bool {
    let Some(s) = value.as_str() else {
        return false;
    };
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        && matches!(s.chars().nth(19), Some('8' | '9' | 'a' | 'b'))
}

#[test]
fn xapi_statements_follow_the_1_0_3_rules() {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "eve");
    let pool = pool();
    let module = &path(&pool)[0];
    play_module(
        data.path(),
        "eve",
        &module.id,
        &answers(&pool, &module.items, 5),
    );
    play_module(
        data.path(),
        "eve",
        &module.id,
        &answers(&pool, &module.items, 0),
    );
    let out = redflag(
        data.path(),
        &["report", "--profile", "eve", "--format", "xapi"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let statements: Vec<serde_json::Value> =
        serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert_eq!(
        statements.len(),
        4 + 1 + 2 * (module.items.len() + 1),
        "answers plus one closing statement per round"
    );
    let mut verbs = std::collections::BTreeMap::new();
    let mut ids = std::collections::HashSet::new();
    for s in &statements {
        assert!(is_uuid(&s["id"]), "id {}", s["id"]);
        assert!(
            ids.insert(s["id"].as_str().expect("id").to_string()),
            "ids are unique"
        );
        assert_eq!(s["actor"]["objectType"], "Agent");
        assert!(
            is_iri(&s["actor"]["account"]["homePage"]) && s["actor"]["account"]["name"] == "eve"
        );
        assert!(
            is_iri(&s["verb"]["id"])
                && s["verb"]["id"]
                    .as_str()
                    .expect("verb")
                    .starts_with("http://adlnet.gov/expapi/verbs/")
        );
        assert!(s["verb"]["display"]["en-US"].is_string());
        assert_eq!(s["object"]["objectType"], "Activity");
        assert!(is_iri(&s["object"]["id"]) && is_iri(&s["object"]["definition"]["type"]));
        assert!(
            chrono::DateTime::parse_from_rfc3339(s["timestamp"].as_str().expect("timestamp"))
                .is_ok()
        );
        let result = &s["result"];
        assert!(result["success"].is_boolean());
        assert!(is_duration(&result["duration"]), "{}", result["duration"]);
        let score = &result["score"];
        let (raw, min, max) = (
            score["raw"].as_f64().expect("raw"),
            score["min"].as_f64().expect("min"),
            score["max"].as_f64().expect("max"),
        );
        assert!(min <= raw && raw <= max, "{score}");
        if let Some(scaled) = score["scaled"].as_f64() {
            assert!((-1.0..=1.0).contains(&scaled));
        }
        *verbs
            .entry(
                s["verb"]["display"]["en-US"]
                    .as_str()
                    .expect("name")
                    .to_string(),
            )
            .or_insert(0) += 1;
    }
    assert_eq!(verbs["answered"], 4 + 2 * module.items.len());
    assert_eq!(
        (verbs["failed"], verbs["passed"], verbs["completed"]),
        (1, 1, 1),
        "{verbs:?}"
    );
    let answered = statements
        .iter()
        .find(|s| s["verb"]["display"]["en-US"] == "answered")
        .expect("one");
    assert!(answered["object"]["definition"]["correctResponsesPattern"][0].is_string());
    assert!(is_iri(
        &answered["context"]["contextActivities"]["parent"][0]["id"]
    ));
    let again = redflag(
        data.path(),
        &["report", "--profile", "eve", "--format", "xapi"],
        "",
    );
    assert_eq!(
        again.stdout, out.stdout,
        "exporting twice gives the same statements"
    );
}

#[test]
fn json_and_markdown_reports() {
    let data = tempfile::tempdir().expect("tempdir");
    played(data.path(), "fay");
    let out = redflag(
        data.path(),
        &["report", "--profile", "fay", "--format", "json"],
        "",
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        (report["schema"].as_u64(), report["kind"].as_str()),
        (Some(1), Some("redflag-report"))
    );
    assert_eq!(report["profile"], "fay");
    assert_eq!(report["answered"], 4);
    assert_eq!(
        report["rounds"][0]["answers"]
            .as_array()
            .expect("answers")
            .len(),
        4
    );
    assert_eq!(report["packs"][0]["id"], "brightside-core");
    let md = text(&redflag(data.path(), &["report", "--profile", "fay"], ""));
    for needle in [
        "# redflag report: fay",
        "## Overall",
        "Answers: 4",
        "## Training path (pass mark 80%)",
        "## Themes, weakest first",
        "## Last rounds",
    ] {
        assert!(md.contains(needle), "{needle}: {md}");
    }
}

#[test]
fn a_team_summary_of_three_players_names_everyones_status() {
    let data = tempfile::tempdir().expect("tempdir");
    complete_path(data.path(), "gil");
    played(data.path(), "hal");
    played(data.path(), "ivy");
    let dir = data.path();
    let mut files = Vec::new();
    for who in ["gil", "hal", "ivy"] {
        let file = dir.join(format!("{who}.json"));
        let out = redflag(
            dir,
            &[
                "report",
                "--profile",
                who,
                "--format",
                "json",
                "--output",
                file.to_str().expect("path"),
            ],
            "",
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out));
        files.push(file);
    }
    // Ivy's report was made with an older pack version.
    let ivy = fs::read_to_string(&files[2])
        .expect("read")
        .replace("\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"");
    fs::write(&files[2], ivy).expect("write");
    let foreign = dir.join("foreign.json");
    fs::write(&foreign, "{\"hello\": 1}").expect("write");
    let broken = dir.join("broken.json");
    fs::write(&broken, "{ not json").expect("write");
    let mut args: Vec<String> = vec!["report".into(), "--team".into()];
    args.extend(
        files
            .iter()
            .chain([&foreign, &broken])
            .map(|f| f.display().to_string()),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = redflag(dir, &args, "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let all = text(&out);
    assert!(
        all.contains("skipped")
            && all.contains("foreign.json")
            && all.contains("not a redflag report"),
        "{all}"
    );
    assert!(
        all.contains("broken.json") && all.contains("is not JSON"),
        "{all}"
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("3 people."), "{md}");
    assert!(md.contains("| gil | 6/6 | complete |"), "{md}");
    assert!(
        md.contains("| hal | 0/6 | not finished |") && md.contains("| ivy | 0/6 | not finished |"),
        "{md}"
    );
    let not_finished = md.split("## Not finished").nth(1).expect("section");
    assert!(
        not_finished.contains("- hal")
            && not_finished.contains("- ivy")
            && !not_finished.contains("- gil"),
        "{md}"
    );
    assert!(md.contains("made with brightside-core 0.9.0"), "{md}");
    assert!(
        md.contains("## Weakest themes") && md.contains("## Weakest red flags"),
        "{md}"
    );

    let mut csv_args = args.clone();
    csv_args.extend(["--format", "csv"]);
    let out = redflag(dir, &csv_args, "");
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!((&rows[0][0], &rows[0][3]), ("gil", "true"));
}

#[test]
fn bad_report_requests_get_clear_errors() {
    let data = tempfile::tempdir().expect("tempdir");
    let none = redflag(data.path(), &["report", "--profile", "nobody"], "");
    assert_eq!(none.status.code(), Some(1));
    assert!(
        text(&none).contains("no profile \"nobody\""),
        "{}",
        text(&none)
    );
    // A profile that exists but has never answered.
    redflag(
        data.path(),
        &["play", "--plain", "--profile", "new", "--count", "1"],
        "q\n",
    );
    let empty = redflag(data.path(), &["report", "--profile", "new"], "");
    assert_eq!(empty.status.code(), Some(1));
    assert!(
        text(&empty).contains("has no history yet"),
        "{}",
        text(&empty)
    );
    played(data.path(), "jo");
    let out = redflag(
        data.path(),
        &[
            "report",
            "--profile",
            "jo",
            "--output",
            "/nonexistent/dir/r.md",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("cannot write /nonexistent/dir/r.md"),
        "{}",
        text(&out)
    );
    let team = redflag(data.path(), &["report", "--team", "/nonexistent.json"], "");
    assert_eq!(team.status.code(), Some(1));
    assert!(
        text(&team).contains("skipped /nonexistent.json"),
        "{}",
        text(&team)
    );
}

#[test]
fn preview_shows_the_scenario_then_its_feedback() {
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["preview", "content/email/ads-billing-lookalike.toml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let shown = text(&out);
    let question = shown
        .split("== What inspecting reveals")
        .next()
        .expect("question part");
    assert!(
        question.contains("From: AdHarbor Billing")
            && question.contains("From address: (hidden; type i to inspect)"),
        "{shown}"
    );
    assert!(
        shown.contains("From address: billing@adharbor-payments.example"),
        "{shown}"
    );
    assert!(
        shown.contains("Red flags:") && shown.contains("Lesson:"),
        "{shown}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bad.toml");
    let broken = fs::read_to_string("content/email/ads-billing-lookalike.toml")
        .expect("read")
        .replace("text = \"within 24 hours\"", "text = \"within 48 hours\"");
    fs::write(&file, broken).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["preview", file.to_str().expect("path")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("does not occur in body"),
        "{}",
        text(&out)
    );
}
