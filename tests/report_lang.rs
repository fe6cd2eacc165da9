//! Reports in the chosen language, through the real binary: an Arabic player's Markdown report,
//! certificate and team summary are worded in Arabic, while the CSV exports keep the same keys
//! and data in every language. The language comes from `--lang`, else the profile's saved
//! choice, else the locale.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;

use redflag::content::{Scenario, Verdict};
use redflag::i18n::Lang;
use redflag::training::path;

fn arabic() -> Lang {
    Lang::parse("ar").expect("an Arabic catalog")
}

/// Runs redflag with `LANG` set to `locale` (the other locale variables unset).
fn run_in(data: &Path, locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .env("REDFLAG_DATA_DIR", data)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Plays every module of the Arabic pack's path right, with `--lang ar` (which the profile
/// then keeps as its choice).
fn arabic_path(data: &Path, profile: &str) {
    let pool: Vec<Scenario> = redflag::builtin::pack_in(arabic()).expect("pack").scenarios;
    for module in path(&pool) {
        let answers: String = module
            .items
            .iter()
            .map(|id| {
                let s = pool.iter().find(|s| &s.id == id).expect("item");
                if s.verdict == Verdict::Dangerous {
                    "d\n"
                } else {
                    "s\n"
                }
            })
            .collect();
        let args = ["--lang", "ar", "play", "--plain", "--profile", profile];
        let out = common::run(
            data,
            &[&args[..], &["--module", &module.id]].concat(),
            &answers,
        );
        assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    }
}

/// Words of three or more Latin letters outside `allowed` (data, ids, the brand).
fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !allowed.contains(w))
        .map(str::to_string)
        .collect()
}

/// The pack's id and version, the brand, the player's name and ISO dates' UTC are data.
const ALLOWED: [&str; 5] = ["redflag", "ofuq", "core", "ana", "UTC"];

#[test]
fn an_arabic_player_s_report_and_certificate_are_in_arabic() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    arabic_path(dir, "ana");

    // No --lang: the profile's saved choice (Arabic) wins over an English locale.
    let md = ok(run_in(dir, "en_US.UTF-8", &["report", "--profile", "ana"]));
    for heading in [
        "# تقرير redflag: ana",
        "## الحصيلة العامة",
        "- الجولات المنتهية: 6",
        "## مسار التدريب (درجة النجاح 80%)",
        "| الوحدة | الحالة | الأفضل | المحاولات | تاريخ الاجتياز |",
        "| مجتازة | 100% |",
        "اكتمل المسار: نعم",
        "## المحاور، الأضعف أولًا",
        "| تهديدات البريد الإلكتروني |",
        "## القنوات، الأضعف أولًا",
        "## علامات التحذير، الأضعف أولًا",
        "## آخر الجولات",
        "| انتهت في | النوع | الصحيحة | احتيال فائت | إنذارات كاذبة | النقاط |",
    ] {
        assert!(md.contains(heading), "{heading}:\n{md}");
    }
    let left = english_words(&md, &ALLOWED);
    assert!(left.is_empty(), "English left: {left:?}\n{md}");

    let certificate = ok(run_in(
        dir,
        "en_US.UTF-8",
        &["certificate", "--profile", "ana"],
    ));
    assert!(certificate.starts_with("# شهادة إتمام\n"), "{certificate}");
    for line in [
        "مُنحت إلى **ana** لإتمام مسار التدريب في redflag",
        "اجتيزت كل وحدة بدرجة النجاح 80% أو أعلى.",
        "| الوحدة | أفضل نتيجة | المحاولات | تاريخ الاجتياز |",
        "الحزمة: `ofuq-core-ar` الإصدار 1.0.0",
    ] {
        assert!(certificate.contains(line), "{line}:\n{certificate}");
    }
    let months = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ];
    let dated = certificate
        .lines()
        .find(|l| l.contains(" بتاريخ "))
        .expect("the date line");
    assert!(months.iter().any(|m| dated.contains(m)), "{dated}");
    let left = english_words(&certificate, &ALLOWED);
    assert!(left.is_empty(), "English left: {left:?}\n{certificate}");

    // --lang wins over the profile's choice: the English report is as it always was.
    let english = ok(run_in(
        dir,
        "ar_SA.UTF-8",
        &["--lang", "en", "report", "--profile", "ana"],
    ));
    assert!(english.starts_with("# redflag report: ana\n"), "{english}");
    assert!(english.contains("Path complete: yes"), "{english}");
}

#[test]
fn csv_exports_keep_their_keys_and_data_in_every_language() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    arabic_path(dir, "ana");
    let csv = |lang: &str| {
        ok(run_in(
            dir,
            "C",
            &[
                "--lang",
                lang,
                "report",
                "--profile",
                "ana",
                "--format",
                "csv",
            ],
        ))
    };
    let (arabic, english) = (csv("ar"), csv("en"));
    assert!(
        arabic.starts_with("timestamp,profile,mode,module,scenario,channel,theme,verdict,answer,correct,seconds,points\n"),
        "{arabic}"
    );
    assert_eq!(arabic, english, "every cell is data, the same in both");
}

#[test]
fn a_team_summary_is_worded_in_arabic_and_its_csv_keeps_its_keys() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path();
    arabic_path(dir, "ana");
    let out = common::plain(
        dir,
        &["--profile", "kim", "--seed", "1", "--count", "4"],
        "d\ns\nd\ns\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    let mut files = Vec::new();
    for (who, name) in [
        ("ana", "ana.json"),
        ("kim", "kim.json"),
        ("kim", "kim-again.json"),
    ] {
        let file = dir.join(name);
        let args = ["report", "--profile", who, "--format", "json", "--output"];
        ok(run_in(
            dir,
            "C",
            &[&args[..], &[file.to_str().expect("utf-8")]].concat(),
        ));
        files.push(file.to_str().expect("utf-8").to_string());
    }
    let team = |lang: &str, format: &str| {
        let mut args = vec!["--lang", lang, "report", "--format", format, "--team"];
        args.extend(files.iter().map(String::as_str));
        run_in(dir, "C", &args)
    };

    let out = team("ar", "md");
    let warned = String::from_utf8_lossy(&out.stderr).into_owned();
    let md = ok(out);
    assert!(warned.contains("قُدّم تقرير kim أكثر من مرة"), "{warned}");
    for line in [
        "# ملخّص الفريق في redflag",
        "شخصان.",
        "| الشخص | الوحدات المجتازة | المسار | الإجابات | الدقة | احتيال فائت | إنذارات كاذبة | ملاحظة |",
        "| ana | 6/6 | مكتمل |",
        "| kim | 0/6 | لم يكتمل |",
        "قُدّم مرتين: احتُسب مرة واحدة، من ",
        "## لم يُكملوا المسار بعد",
        "- kim",
        "## أضعف المحاور",
        "## أضعف علامات التحذير",
        "| الاسم | الصحيحة | الإجابات | الدقة |",
    ] {
        assert!(md.contains(line), "{line}:\n{md}");
    }
    // The kept file's path is data.
    let without_paths = files.iter().fold(md.clone(), |text, f| text.replace(f, ""));
    let left = english_words(&without_paths, &["redflag", "ana", "kim"]);
    assert!(left.is_empty(), "English left: {left:?}\n{md}");

    let (arabic, english) = (ok(team("ar", "csv")), ok(team("en", "csv")));
    let header = "person,modules_passed,modules,path_complete,answers,accuracy,missed_scams,false_alarms,weakest_theme,note";
    assert_eq!(arabic.lines().next(), Some(header));
    assert_eq!(english.lines().next(), Some(header));
    // Every cell but the note (worded for the trainer who reads it) is the same data.
    let cells = |text: &str| -> Vec<Vec<String>> {
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("row").iter().take(9).map(str::to_string).collect())
            .collect()
    };
    assert_eq!(cells(&arabic), cells(&english));
    assert!(arabic.contains("قُدّم مرتين"), "{arabic}");
    assert!(english.contains("given 2 times"), "{english}");
}
