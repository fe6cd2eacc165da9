//! The language chosen on the menu: the words, the pool and the saved settings follow it.

use chrono::Utc;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::progress::opening::open;
use crate::tui::app::Screen;
use crate::tui::test_support::{app, screen_text};

fn arabic() -> Lang {
    Lang::parse("ar").expect("an Arabic catalog")
}

/// What Shift-L sends.
fn shift_l() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT)
}

/// An Arabic phrase as a left-to-right row of cells shows it (the phrases here have no marks).
fn shown(phrase: &str) -> String {
    phrase.chars().rev().collect()
}

fn ids(pool: &[crate::content::Scenario]) -> Vec<String> {
    pool.iter().map(|s| s.id.clone()).collect()
}

#[test]
fn l_on_the_menu_switches_the_words_and_the_built_in_pack_and_back() {
    let mut app = app(3);
    let english = ids(&app.pool);
    assert!(screen_text(&app, 80, 24).contains("Play a round"));
    app.handle_key(shift_l());
    assert_eq!(app.settings.lang, arabic());
    assert!(matches!(app.screen, Screen::Menu { .. }), "still the menu");
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains(&shown("العب جولة")) && !screen.contains("Play a round"),
        "{screen}"
    );
    assert!(
        screen.contains(&shown("اللغة")),
        "the key is on the key line: {screen}"
    );
    let arabic_pack = crate::builtin::pack_in(arabic()).expect("Arabic pack");
    assert_eq!(app.manifests[0].language, "ar");
    assert_eq!(ids(&app.pool), ids(&arabic_pack.scenarios));
    assert_eq!(app.modules, crate::training::path(&arabic_pack.scenarios));
    app.handle_key(shift_l());
    assert_eq!(
        app.settings.lang,
        Lang::ENGLISH,
        "after the last, the first"
    );
    assert_eq!(ids(&app.pool), english);
    assert!(screen_text(&app, 80, 24).contains("Play a round"));
}

#[test]
fn the_choice_is_saved_for_the_profile_as_lang_saves_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let session = open(&data, "Robin", Utc::now()).expect("open");
    let mut app = app(3).with_session(session);
    app.handle_key(shift_l());
    let saved = data.settings().expect("settings");
    assert_eq!(saved.languages.get("robin").map(String::as_str), Some("ar"));
    let next =
        crate::commands::language::choose(&LanguageArgs::default(), Some("Robin"), &saved, |_| {
            None
        });
    assert_eq!(next.lang, arabic(), "the next start opens in Arabic");
    app.handle_key(shift_l());
    let saved = data.settings().expect("settings");
    assert_eq!(saved.languages.get("robin").map(String::as_str), Some("en"));
}

#[test]
fn packs_given_with_content_stay_when_the_built_in_pack_changes() {
    let mut app = app(3);
    let mut extra = app.pool[0].clone();
    extra.id = "extra-item".into();
    let mut manifest = app.manifests[0].clone();
    manifest.id = "extra-pack".into();
    std::sync::Arc::make_mut(&mut app.pool).push(extra);
    app.manifests.push(manifest);
    app.choose_language(arabic());
    assert_eq!(app.manifests[0].language, "ar");
    assert_eq!(app.manifests[1].id, "extra-pack");
    assert_eq!(app.pool.last().map(|s| s.id.as_str()), Some("extra-item"));
    let english = crate::builtin::pack().expect("English pack");
    assert!(
        app.pool
            .iter()
            .all(|s| english.scenarios.iter().all(|e| e.id != s.id)),
        "no English built-in scenario is left"
    );

    // Without the built-in pack there is nothing to swap.
    let mut only_extra = crate::tui::test_support::app(3);
    only_extra.manifests[0].id = "my-pack".into();
    let before = ids(&only_extra.pool);
    only_extra.choose_language(arabic());
    assert_eq!(ids(&only_extra.pool), before);
    assert_eq!(only_extra.manifests[0].id, "my-pack");
}

#[test]
fn a_switch_before_the_pack_is_decoded_settles_into_the_new_language() {
    let preview = crate::builtin::preview().expect("preview");
    let mut app = app(3).with_builtin_later(preview);
    app.choose_language(arabic());
    assert_eq!(app.manifests[0].language, "ar");
    app.settle().expect("settles");
    let arabic_pack = crate::builtin::pack_in(arabic()).expect("Arabic pack");
    assert_eq!(ids(&app.pool), ids(&arabic_pack.scenarios));
}

#[test]
fn a_line_worded_in_the_old_language_goes_and_l_types_on_the_name_screen() {
    let mut app = app(3);
    app.message = Some("Saved: /tmp/x".into());
    app.handle_key(shift_l());
    assert!(app.message.is_none());
    let dir = tempfile::tempdir().expect("tempdir");
    let mut naming = crate::tui::test_support::app(3).asking_name(DataDir::new(dir.path().into()));
    naming.handle_key(shift_l());
    assert_eq!(naming.settings.lang, Lang::ENGLISH);
    assert!(matches!(&naming.screen, Screen::Name { input, .. } if input == "L"));
}
