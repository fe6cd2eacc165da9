//! Keys during a round: no default answer, nothing acting while the screen is too small, spot
//! mode's rules first, and the feedback's message scrolling from its first evidence.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::progress::Mode;
use crate::quiz::Round;
use crate::tui::app::App;

fn app() -> App {
    let pack = crate::builtin::pack().expect("built-in pack");
    let settings = crate::settings::PlaySettings {
        count: 3,
        seed: 1,
        color: true,
        lang: Default::default(),
    };
    App::new(pack.scenarios, vec![pack.manifest], settings)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(code.into());
}

fn draw(app: &App, width: u16, height: u16) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
}

fn answered(app: &App) -> usize {
    match &app.screen {
        Screen::Question(play) | Screen::Feedback { play, .. } => play.round.answers.len(),
        _ => usize::MAX,
    }
}

#[test]
fn enter_alone_never_answers_and_arrows_choose_first() {
    let mut app = app();
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Question(_)),
        "Enter on a new question does nothing"
    );
    assert_eq!(answered(&app), 0);
    press(&mut app, KeyCode::Left);
    let Screen::Question(play) = &app.screen else {
        panic!("question")
    };
    assert_eq!(play.choice, Some(Verdict::Safe), "← chooses SAFE");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    let Screen::Feedback { play, .. } = &app.screen else {
        panic!("Enter confirms the chosen verdict")
    };
    assert_eq!(play.round.answers[0].given, Verdict::Dangerous);
    // Enter twice on the feedback: the first moves on, the second must not answer the next item.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("the next question waits")
    };
    assert_eq!(play.round.answers.len(), 1);
    assert_eq!(
        play.choice, None,
        "the next item starts with nothing chosen"
    );
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small_except_esc_which_quits() {
    let mut app = app();
    press(&mut app, KeyCode::Char('p'));
    draw(&app, 80, 24);
    draw(&app, 60, 20);
    for key in [
        KeyCode::Char('s'),
        KeyCode::Char('d'),
        KeyCode::Enter,
        KeyCode::Char('q'),
    ] {
        press(&mut app, key);
    }
    draw(&app, 80, 24);
    assert!(
        matches!(app.screen, Screen::Question(_)),
        "still the question"
    );
    assert_eq!(
        answered(&app),
        0,
        "nothing was answered while the screen was too small"
    );
    assert_eq!(app.overlay, None, "nor was quitting asked");
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(answered(&app), 1, "keys act again once it is large enough");

    draw(&app, 60, 20);
    press(&mut app, KeyCode::Esc);
    assert!(app.quit, "Esc quits, as the too-small screen says");
}

#[test]
fn q_on_the_name_screen_is_a_letter_and_esc_quits() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut app = app().asking_name(crate::progress::DataDir::new(data.path().into()));
    press(&mut app, KeyCode::Char('q'));
    let Screen::Name { input, .. } = &app.screen else {
        panic!("the name screen")
    };
    assert_eq!(input, "q");
    assert!(!app.quit);
    draw(&app, 60, 20);
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "only Esc quits while too small");
    press(&mut app, KeyCode::Esc);
    assert!(app.quit);
}

#[test]
fn spot_rules_come_before_the_first_item() {
    let mut app = app();
    let i = app
        .pool
        .iter()
        .position(|s| s.verdict == Verdict::Dangerous)
        .expect("a scam");
    app.screen = Screen::Question(Play::new(Round::new(vec![i, i]), Mode::Spot, 1));
    for key in [
        KeyCode::Char('s'),
        KeyCode::Char('d'),
        KeyCode::Tab,
        KeyCode::Char('m'),
    ] {
        press(&mut app, key);
    }
    let Screen::Question(play) = &app.screen else {
        panic!("question")
    };
    assert!(play.explaining && play.marks.is_empty() && play.round.answers.is_empty());
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("the second item")
    };
    assert!(
        !play.explaining,
        "the rules show once, before the first item"
    );
    let resumed = Play::new(play.round.clone(), Mode::Spot, 1);
    assert!(!resumed.explaining, "nor when a round resumes part-way");
}

#[test]
fn the_feedback_scrolls_on_from_where_its_first_evidence_shows() {
    let mut app = app();
    let i = app
        .pool
        .iter()
        .position(|s| s.id == "recovery-expert-dm")
        .expect("a long scenario");
    app.screen = Screen::Question(Play::new(Round::new(vec![i, i]), Mode::Practice, 1));
    press(&mut app, KeyCode::Char('s'));
    draw(&app, 80, 24);
    let evidence = app.drawn.evidence_row.get();
    assert!(evidence > 1, "the evidence is further down than the top");
    press(&mut app, KeyCode::Down);
    let Screen::Feedback { play, .. } = &app.screen else {
        panic!("feedback")
    };
    assert_eq!(shown_scroll(play.scroll, evidence), evidence + 1);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    let Screen::Feedback { play, .. } = &app.screen else {
        panic!("feedback")
    };
    assert_eq!(
        shown_scroll(play.scroll, evidence),
        evidence - 1,
        "up goes above it"
    );
    press(&mut app, KeyCode::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("next")
    };
    assert_eq!(play.scroll, 0, "the next question starts at its top");
}
