//! The player's language chooses the built-in pack: `--lang`, else the profile's saved choice,
//! else the locale, else English. Packs of any language still load with `--content`.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs redflag with its data folder in `data`, exactly the locale variables given, and a
/// "dangerous" answer for each of up to 40 items.
fn run_with(data: &Path, locale: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redflag"));
    command
        .env("REDFLAG_DATA_DIR", data)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(locale.iter().copied())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn");
    if let Some(mut input) = child.stdin.take() {
        // A command that reads nothing closes its input early: not a failure here.
        let _ = input.write_all("d\n".repeat(40).as_bytes());
    }
    child.wait_with_output().expect("runs")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", common::text(out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn latin_letters(text: &str) -> usize {
    text.chars().filter(char::is_ascii_alphabetic).count()
}

fn arabic_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count()
}

/// The scenarios of a plain round of `count` items (their "== Item" headers and text).
fn round(data: &Path, locale: &[(&str, &str)], extra: &[&str]) -> String {
    let mut args = vec![
        "play",
        "--plain",
        "--seed",
        "7",
        "--count",
        "3",
        "--profile",
        "Robin",
    ];
    args.extend_from_slice(extra);
    let text = stdout(&run_with(data, locale, &args));
    text.split("== Round over ==")
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn lang_ar_plays_and_checks_the_arabic_pack() {
    let data = tempfile::tempdir().expect("tempdir");
    let text = round(data.path(), &[], &["--lang", "ar"]);
    assert!(arabic_letters(&text) > 100, "{text}");
    let check = stdout(&run_with(data.path(), &[], &["--lang", "ar", "check"]));
    let english = stdout(&run_with(data.path(), &[], &["--lang", "en", "check"]));
    assert!(check.contains("لا أخطاء"), "the summary in Arabic: {check}");
    assert_ne!(
        check.lines().next(),
        english.lines().next(),
        "another pack, another count"
    );
    assert!(
        arabic_letters(&check) > 0,
        "the word model's Arabic words: {check}"
    );
}

#[test]
fn an_arabic_locale_chooses_arabic_and_the_default_is_english() {
    let data = tempfile::tempdir().expect("tempdir");
    let arabic = round(data.path(), &[("LANG", "ar_SA.UTF-8")], &[]);
    assert!(arabic_letters(&arabic) > 100, "{arabic}");
    let other = tempfile::tempdir().expect("tempdir");
    let english = round(other.path(), &[], &[]);
    assert_eq!(arabic_letters(&english), 0, "{english}");
    let c = round(
        other.path(),
        &[("LC_ALL", "C"), ("LANG", "ar_SA.UTF-8")],
        &["--new-round"],
    );
    assert_eq!(arabic_letters(&c), 0, "LC_ALL=C overrides LANG: {c}");
}

#[test]
fn the_profile_remembers_the_language_chosen() {
    let data = tempfile::tempdir().expect("tempdir");
    round(data.path(), &[], &["--lang", "ar"]);
    let settings = std::fs::read_to_string(data.path().join("settings.toml")).expect("saved");
    assert!(settings.contains("robin = \"ar\""), "{settings}");
    // Next time, with an English locale and no --lang, Robin still plays in Arabic...
    let again = round(data.path(), &[("LANG", "en_GB.UTF-8")], &["--new-round"]);
    assert!(arabic_letters(&again) > 100, "{again}");
    // ...until another language is chosen.
    let english = round(data.path(), &[], &["--lang", "en", "--new-round"]);
    assert_eq!(arabic_letters(&english), 0, "{english}");
}

#[test]
fn packs_of_any_language_load_beside_the_players_pack() {
    let data = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // An English player loading the English pack folder beside the Arabic built-in pack would
    // clash on ids; the Arabic player's built-in pack and the English folder do not.
    let content = root.join("content");
    let content = content.to_str().expect("utf-8 path");
    let out = run_with(
        data.path(),
        &[],
        &[
            "--lang",
            "ar",
            "play",
            "--plain",
            "--count",
            "40",
            "--seed",
            "3",
            "--content",
            content,
            "--profile",
            "Robin",
        ],
    );
    let text = stdout(&out);
    // Plain mode words every item in Arabic: an English scenario is told by its own words.
    let english_items = text
        .split("== العنصر")
        .skip(1)
        .filter(|item| latin_letters(item) > arabic_letters(item))
        .count();
    assert!(
        english_items > 0 && english_items < 40,
        "both packs drawn from: {english_items}"
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_languages_there_are() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = run_with(data.path(), &[], &["--lang", "xx", "check"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("\"xx\"") && err.contains("English (en)") && err.contains("(ar)"),
        "{err}"
    );
}

#[test]
fn the_game_drawn_from_the_arabic_preview_settles_into_the_arabic_pack() {
    let arabic = redflag::i18n::Lang::parse("ar").expect("Arabic");
    let preview = redflag::builtin::preview_in(arabic).expect("preview");
    let ids: Vec<String> = preview
        .scenarios
        .iter()
        .map(|(id, _, _)| id.to_string())
        .collect();
    let settings = redflag::settings::PlaySettings {
        count: 5,
        seed: 1,
        color: false,
        lang: Default::default(),
    };
    let mut app =
        redflag::tui::App::new(Vec::new(), Vec::new(), settings).with_builtin_later(preview);
    assert_eq!(app.pool_counts().0, ids.len());
    app.settle().expect("settles");
    assert_eq!(app.manifests[0].language, "ar");
    let pool: Vec<&str> = app.pool.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(pool, ids, "the pack whose preview drew the first frame");
}
