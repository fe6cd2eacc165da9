//! Key handling on the app state, no terminal: what each key does on each screen.
use super::*;
use crate::tui::test_support::{app, press};
use chrono::Utc;
use ratatui::crossterm::event::KeyEventState;

#[test]
fn menu_moves_and_starts_a_round() {
    let mut app = app(3);
    press(&mut app, KeyCode::Down);
    assert!(matches!(app.screen, Screen::Menu { selected: 1 }));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    let last = app.menu_items().len() - 1;
    assert!(
        matches!(app.screen, Screen::Menu { selected } if selected == last),
        "wraps around"
    );
    assert_eq!(app.menu_items()[last], MenuItem::Quit);
    press(&mut app, KeyCode::Char('p'));
    let Screen::Question(play) = &app.screen else {
        panic!("question expected")
    };
    assert_eq!(play.round.items.len(), 3);
    assert!(!play.inspected);
}

#[test]
fn inspect_answer_feedback_next_and_summary() {
    let mut app = app(2);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('i'));
    let Screen::Question(play) = &app.screen else {
        panic!("question")
    };
    assert!(play.inspected);
    let first = app.current_scenario().expect("item").id.clone();
    press(&mut app, KeyCode::Char('d'));
    let Screen::Feedback { play, outcome } = &app.screen else {
        panic!("feedback")
    };
    assert_eq!(play.round.answers[0].given, Verdict::Dangerous);
    assert!(play.round.answers[0].inspected);
    assert_eq!(
        outcome.kind.is_correct(),
        app.pool.iter().find(|s| s.id == first).expect("s").verdict == Verdict::Dangerous
    );
    assert_eq!(
        app.current_scenario().expect("shown").id,
        first,
        "feedback shows the answered item"
    );
    press(&mut app, KeyCode::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("next question")
    };
    assert!(!play.inspected, "inspection is per item");
    // Arrow keys move the choice; Enter answers with it.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    let Screen::Feedback { play, .. } = &app.screen else {
        panic!("feedback")
    };
    assert_eq!(play.round.answers[1].given, Verdict::Dangerous);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Summary { .. }));
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Menu { .. }));
}

#[test]
fn quitting_a_round_asks_first() {
    let mut app = app(3);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    press(&mut app, KeyCode::Char('d'));
    assert!(
        matches!(app.screen, Screen::Question(_)),
        "other keys do nothing while asking"
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.overlay, None);
    assert!(matches!(app.screen, Screen::Question(_)));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(matches!(app.screen, Screen::Menu { .. }));
    assert!(!app.quit);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit, "q in the menu quits");
}

#[test]
fn briefing_and_help_return_where_they_were() {
    let mut app = app(3);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Char('b'));
    assert!(matches!(app.screen, Screen::Briefing { .. }));
    press(&mut app, KeyCode::Esc);
    let Screen::Question(play) = &app.screen else {
        panic!("back to the question")
    };
    assert!(play.inspected, "inspection survives the briefing");
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.overlay, Some(Overlay::Help));
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.overlay, None);
    assert!(
        matches!(app.screen, Screen::Question(_)),
        "closing help does not answer"
    );
}

#[test]
fn only_key_presses_count() {
    let mut app = app(3);
    let release = KeyEvent {
        code: KeyCode::Char('p'),
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    };
    app.handle_key(release);
    assert!(matches!(app.screen, Screen::Menu { .. }));
}

#[test]
fn the_same_seed_draws_the_same_round() {
    let mut a = app(5);
    let mut b = app(5);
    press(&mut a, KeyCode::Char('p'));
    press(&mut b, KeyCode::Char('p'));
    let (Screen::Question(pa), Screen::Question(pb)) = (&a.screen, &b.screen) else {
        panic!("questions")
    };
    assert_eq!(pa.round.items, pb.round.items);
}

#[test]
fn the_training_path_unlocks_in_order_and_ends_in_a_certificate() {
    use crate::progress::{Profile, Session};
    let mut app = app(10).with_session(Session::new(
        None,
        Profile::new("t", chrono::Utc::now()),
        None,
    ));
    let at = app
        .menu_items()
        .iter()
        .position(|i| *i == MenuItem::Path)
        .expect("a path entry");
    for _ in 0..at {
        app.update(Msg::Down);
    }
    app.update(Msg::Enter);
    assert!(matches!(app.screen, Screen::Path { selected: 0 }));
    // The second module is locked until the first is passed.
    app.update(Msg::Down);
    app.update(Msg::Enter);
    assert!(matches!(app.screen, Screen::Path { selected: 1 }));
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text(app.t()).contains("unlocks"))
    );
    for index in 0..app.modules.len() {
        app.screen = Screen::Path { selected: index };
        app.update(Msg::Enter);
        let Screen::Question(play) = &app.screen else {
            panic!("module {index} starts")
        };
        assert_eq!(play.mode, Mode::Module(app.modules[index].id.clone()));
        // Answer every item correctly.
        loop {
            let truth = app.current_scenario().expect("item").verdict;
            app.update(if truth == Verdict::Dangerous {
                Msg::Dangerous
            } else {
                Msg::Safe
            });
            app.update(Msg::Enter);
            if let Screen::Summary { done, .. } = &app.screen {
                assert!(
                    done.module
                        .as_ref()
                        .is_some_and(|m| m.passed && m.percent == 100)
                );
                break;
            }
        }
        app.update(Msg::Enter);
        assert!(
            matches!(app.screen, Screen::Path { .. }),
            "back to the path after a module"
        );
    }
    let certificate = app.certificate().expect("every module passed");
    assert!(certificate.contains("# Certificate of completion") && certificate.contains("**t**"));
    assert!(
        certificate.contains("brightside-core")
            && certificate.contains("| Final exam | 100% | 1 |"),
        "{certificate}"
    );
    app.update(Msg::Certificate);
    assert!(matches!(app.screen, Screen::Certificate { .. }));
}

#[test]
fn the_daily_challenge_is_the_same_round_for_everyone_today() {
    let mut a = app(5);
    let mut b = app(5);
    for app in [&mut a, &mut b] {
        app.update(Msg::Down);
        app.update(Msg::Enter);
    }
    let (Screen::Question(pa), Screen::Question(pb)) = (&a.screen, &b.screen) else {
        panic!("daily rounds")
    };
    assert_eq!(pa.round.items, pb.round.items);
    assert!(
        matches!(&pa.mode, Mode::Daily(date) if date == &chrono::Local::now().date_naive().to_string())
    );
}

#[test]
fn spot_mode_marks_fields_and_scores_them() {
    let mut app = app(3);
    let at = app
        .menu_items()
        .iter()
        .position(|i| *i == MenuItem::Spot)
        .expect("spot entry");
    for _ in 0..at {
        app.update(Msg::Down);
    }
    app.update(Msg::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("a spot round")
    };
    assert!(play.spotting());
    assert!(play.explaining, "the scoring is explained first");
    app.update(Msg::Dangerous);
    assert!(
        matches!(&app.screen, Screen::Question(p) if p.round.answers.is_empty()),
        "no answer while the rules are on screen"
    );
    app.update(Msg::Enter);
    let scenario = app.current_scenario().expect("item").clone();
    let fields = crate::quiz::spot::markable(&scenario, false);
    // Mark the second field, then the first, then unmark the second.
    app.handle_key(KeyCode::Tab.into());
    app.handle_key(KeyCode::Char('m').into());
    app.handle_key(KeyCode::BackTab.into());
    app.handle_key(KeyCode::Char('m').into());
    app.handle_key(KeyCode::Tab.into());
    app.handle_key(KeyCode::Char('m').into());
    let Screen::Question(play) = &app.screen else {
        panic!("still the question")
    };
    assert_eq!(play.marks, vec![fields[0]]);
    app.update(Msg::Dangerous);
    let Screen::Feedback { play, .. } = &app.screen else {
        panic!("feedback")
    };
    let spot = play.round.answers[0].spot.as_ref().expect("spot result");
    assert_eq!(
        spot,
        &crate::quiz::spot::score_marks(&scenario, &[fields[0]])
    );
    app.update(Msg::Enter);
    let Screen::Question(play) = &app.screen else {
        panic!("next item")
    };
    assert!(
        play.marks.is_empty() && play.cursor == 0,
        "marks are per item"
    );
}

#[test]
fn the_first_frame_from_the_preview_matches_the_decoded_pack() {
    use crate::progress::{Profile, Session, start_round};
    let full = app(5);
    let mut profile = Profile::new("Robin", Utc::now());
    let ids = [3, 7, 11]
        .iter()
        .map(|&i| full.pool[i].id.clone())
        .collect();
    start_round(&mut profile, Mode::Practice, 4, ids, Utc::now());
    let full = full.with_session(Session::new(None, profile.clone(), None));
    let preview = crate::builtin::preview().expect("preview");
    let mut later = App::new(Vec::new(), Vec::new(), full.settings)
        .with_builtin_later(preview)
        .with_session(Session::new(None, profile, None));
    assert!(later.pool.is_empty() && later.unsettled());
    let (before, whole) = (&later.manifests[0], &full.manifests[0]);
    assert_eq!(
        (&before.id, &before.name, &before.version, before.pass_mark),
        (&whole.id, &whole.name, &whole.version, whole.pass_mark),
        "what the menu shows of the pack"
    );
    assert!(
        before.world.rules.is_empty(),
        "the briefing waits for the pack"
    );
    assert_eq!(later.pool_counts(), full.pool_counts());
    assert_eq!(later.menu_items(), full.menu_items());
    let ids = |app: &App| app.modules.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&later),
        ids(&full),
        "the path outline has the real module ids"
    );
    assert_eq!(later.path_statuses(), full.path_statuses());
    assert_eq!(later.resumable(), full.resumable());
    assert!(later.menu_items().contains(&MenuItem::Resume));
    assert!(!later.settle().expect("decodes"), "nothing to redraw");
    assert!(!later.unsettled());
    assert_eq!(later.pool, full.pool);
    assert_eq!(later.manifests, full.manifests);
    assert_eq!(later.modules, full.modules, "the full path once decoded");
    press(&mut later, KeyCode::Enter);
    let Screen::Question(play) = &later.screen else {
        panic!("the round resumes")
    };
    assert_eq!(play.round.items, vec![3, 7, 11]);
}

#[test]
fn a_review_with_nothing_due_stays_on_the_menu_and_says_why() {
    use crate::progress::{Profile, Session};
    let mut app = app(5).with_session(Session::new(None, Profile::new("t", Utc::now()), None));
    let at = app
        .menu_items()
        .iter()
        .position(|i| *i == MenuItem::Review)
        .expect("a review entry");
    for _ in 0..at {
        app.update(Msg::Down);
    }
    app.update(Msg::Enter);
    assert!(matches!(app.screen, Screen::Menu { selected } if selected == at));
    assert_eq!(
        app.message
            .as_ref()
            .map(|m| m.text(app.t()).into_owned())
            .as_deref(),
        Some("Nothing to review today: skills you miss come back a day later.")
    );
}
