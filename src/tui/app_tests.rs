//! Key handling on the app state, no terminal: what each key does on each screen.
use super::*;
use chrono::Utc;
use ratatui::crossterm::event::KeyEventState;

pub fn app(count: usize) -> App {
    let pack = crate::builtin::pack().expect("built-in pack");
    let settings = crate::settings::PlaySettings {
        count,
        seed: 1,
        color: true,
    };
    App::new(pack.scenarios, vec![pack.manifest], settings)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(code.into());
}

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
            .is_some_and(|m| m.text().contains("unlocks"))
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
            .map(|m| m.text().into_owned())
            .as_deref(),
        Some("Nothing to review today: skills you miss come back a day later.")
    );
}

/// The screen as text, drawn at `width`x`height`.
fn screen_text(app: &App, width: u16, height: u16) -> String {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Answers every item of the round on screen wrongly, through to its summary.
fn answer_all_wrongly(app: &mut App) {
    while let Some(truth) = app.current_scenario().map(|s| s.verdict) {
        app.update(if truth == Verdict::Dangerous {
            Msg::Safe
        } else {
            Msg::Dangerous
        });
        app.update(Msg::Enter);
        if matches!(app.screen, Screen::Summary { .. }) {
            return;
        }
    }
}

#[test]
fn a_missed_item_opens_again_from_the_summary() {
    let mut app = app(3);
    press(&mut app, KeyCode::Char('p'));
    answer_all_wrongly(&mut app);
    let Screen::Summary { done, .. } = &app.screen else {
        panic!("the summary, not {:?}", app.screen)
    };
    let second = app.pool[done.summary.wrong[1]].clone();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert!(matches!(
        app.screen,
        Screen::Summary {
            selected: Some(1),
            ..
        }
    ));
    assert!(
        screen_text(&app, 80, 24).contains(&format!("▶ {}", second.title)),
        "the chosen item is pointed at"
    );
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Missed { index: 1, .. }));
    let shown = screen_text(&app, 100, 40);
    assert!(
        shown.contains("✗ Wrong") && shown.contains("missed 2 of 3"),
        "{shown}"
    );
    let lesson_start: String = second.lesson.chars().take(30).collect();
    assert!(shown.contains(&lesson_start), "its feedback: {shown}");
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(
            app.screen,
            Screen::Summary {
                selected: Some(1),
                ..
            }
        ),
        "back to the summary, on the same item"
    );
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.screen, Screen::Menu { .. }),
        "with nothing chosen, Enter leaves as before"
    );
}

/// The app with a new profile (not saved to disk).
fn with_profile(count: usize) -> App {
    use crate::progress::{Profile, Session};
    app(count).with_session(Session::new(None, Profile::new("Alex", Utc::now()), None))
}

fn choose(app: &mut App, item: MenuItem) {
    app.screen = Screen::Menu {
        selected: app
            .menu_items()
            .iter()
            .position(|i| *i == item)
            .expect("in the menu"),
    };
    app.update(Msg::Enter);
}

#[test]
fn the_path_opens_on_the_next_module_asks_before_a_replay_and_counts_what_is_left() {
    let mut app = with_profile(3);
    let first = app.modules[0].id.clone();
    if let Some(session) = app.session.as_mut() {
        crate::progress::modules::record_attempt(
            &mut session.profile.modules,
            &first,
            100,
            80,
            Utc::now(),
        );
    }
    choose(&mut app, MenuItem::Path);
    assert!(
        matches!(app.screen, Screen::Path { selected: 1 }),
        "on the open module, where ▶ is: {:?}",
        app.screen
    );
    app.update(Msg::Certificate);
    assert_eq!(
        app.message
            .as_ref()
            .map(|m| m.text().into_owned())
            .as_deref(),
        Some(
            format!(
                "The certificate comes once every module is passed: {} modules to go.",
                app.modules.len() - 1
            )
            .as_str()
        )
    );
    app.update(Msg::Up);
    app.update(Msg::Enter);
    assert_eq!(app.overlay, Some(Overlay::ConfirmReplay(0)));
    assert!(matches!(app.screen, Screen::Path { selected: 0 }));
    let asked = screen_text(&app, 80, 24);
    assert!(
        asked.contains("You passed Email threats with a best of 100% in 1 attempt."),
        "{asked}"
    );
    app.update(Msg::No);
    assert_eq!(app.overlay, None);
    assert!(matches!(app.screen, Screen::Path { selected: 0 }));
    app.update(Msg::Enter);
    app.update(Msg::Yes);
    let Screen::Question(play) = &app.screen else {
        panic!("the replay starts: {:?}", app.screen)
    };
    assert_eq!(play.mode, Mode::Module(first));
}

#[test]
fn a_new_round_while_one_is_unfinished_asks_to_resume_it_or_discard_it() {
    let mut app = with_profile(3);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('q'));
    let leaving = screen_text(&app, 80, 24);
    assert!(
        leaving.contains("Leave this round?")
            && leaving.contains("resume it from the menu")
            && !leaving.contains("Abandon"),
        "{leaving}"
    );
    press(&mut app, KeyCode::Char('y'));
    assert!(app.menu_items().contains(&MenuItem::Resume));
    let first_items = app.resumable().expect("kept").0.items;

    choose(&mut app, MenuItem::Play);
    assert_eq!(
        app.overlay,
        Some(Overlay::ConfirmNewRound(NewRound::Practice))
    );
    assert!(
        matches!(app.screen, Screen::Menu { .. }),
        "nothing started yet"
    );
    let asked = screen_text(&app, 80, 24);
    assert!(
        asked.contains("unfinished round (Practice, 1 of 3 answered)")
            && asked.contains("discarded"),
        "{asked}"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    assert!(app.resumable().is_some(), "Esc keeps it");

    choose(&mut app, MenuItem::Spot);
    press(&mut app, KeyCode::Char('r'));
    let Screen::Question(play) = &app.screen else {
        panic!("resumed: {:?}", app.screen)
    };
    assert_eq!(
        (play.round.answers.len(), &play.round.items, &play.mode),
        (1, &first_items, &Mode::Practice)
    );

    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    choose(&mut app, MenuItem::Play);
    press(&mut app, KeyCode::Char('n'));
    let Screen::Question(play) = &app.screen else {
        panic!("a new round: {:?}", app.screen)
    };
    assert!(play.round.answers.is_empty());
    let current = app
        .session
        .as_ref()
        .and_then(|s| s.profile.current.as_ref())
        .expect("the new round is recorded");
    assert!(
        current.answers.is_empty(),
        "the unfinished one was discarded"
    );
}

#[test]
fn the_daily_challenge_done_today_says_so_and_replays_as_practice() {
    let mut app = with_profile(3);
    choose(&mut app, MenuItem::Daily);
    let Screen::Question(play) = &app.screen else {
        panic!("the daily: {:?}", app.screen)
    };
    let items = play.round.items.clone();
    answer_all_wrongly(&mut app);
    press(&mut app, KeyCode::Enter);
    let menu = screen_text(&app, 80, 24);
    assert!(
        menu.contains("Daily challenge (done today, 0/3 right · again as practice)"),
        "{menu}"
    );
    choose(&mut app, MenuItem::Daily);
    assert_eq!(app.overlay, Some(Overlay::ConfirmDailyAgain));
    let asked = screen_text(&app, 80, 24);
    assert!(
        asked.contains("You did today's challenge already: 0/3 right, 0 points.")
            && asked.contains("not recorded as the daily"),
        "{asked}"
    );
    press(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.screen, Screen::Menu { .. }) && app.overlay.is_none());
    choose(&mut app, MenuItem::Daily);
    press(&mut app, KeyCode::Char('y'));
    let Screen::Question(play) = &app.screen else {
        panic!("the replay: {:?}", app.screen)
    };
    assert_eq!(
        (&play.round.items, &play.mode),
        (&items, &Mode::Practice),
        "the same round, not recorded as the daily"
    );
    answer_all_wrongly(&mut app);
    let dailies = app
        .session
        .as_ref()
        .map(|s| {
            s.profile
                .rounds
                .iter()
                .filter(|r| matches!(r.mode, Mode::Daily(_)))
                .count()
        })
        .unwrap_or_default();
    assert_eq!(dailies, 1);
}

/// The row of the spot cursor (▸) on the screen, if it is drawn once.
fn cursor_row(screen: &str) -> Option<usize> {
    let rows: Vec<usize> = screen
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains('▸'))
        .map(|(y, _)| y)
        .collect();
    (rows.len() == 1).then(|| rows[0])
}

#[test]
fn in_spot_mode_tab_follows_the_screen_from_top_to_bottom_in_every_channel() {
    let mut app = app(1);
    // Three scenarios of each channel: drawing every scenario once per field takes too long.
    let mut seen = std::collections::BTreeMap::new();
    let sample: Vec<usize> = (0..app.pool.len())
        .filter(|&i| {
            let n = seen.entry(app.pool[i].channel).or_insert(0);
            *n += 1;
            *n <= 3
        })
        .collect();
    for index in sample {
        let id = app.pool[index].id.clone();
        let round = crate::quiz::Round::new(vec![index]);
        app.screen = Screen::Question(Play::new(round, Mode::Spot, 0));
        app.update(Msg::Inspect);
        let targets = crate::quiz::spot::markable(&app.pool[index], true);
        let mut rows = Vec::new();
        for _ in &targets {
            let screen = screen_text(&app, 100, 60);
            rows.push(cursor_row(&screen).unwrap_or_else(|| panic!("{id}: one cursor\n{screen}")));
            app.update(Msg::NextField);
        }
        assert!(
            rows.windows(2).all(|w| w[0] <= w[1]),
            "{id}: Tab goes down the screen: rows {rows:?} for {targets:?}"
        );
    }
}

#[test]
fn new_round_on_the_command_line_opens_on_a_new_round_instead_of_the_unfinished_one() {
    use crate::progress::{Profile, Session, start_round};
    let full = app(3);
    let mut profile = Profile::new("Robin", Utc::now());
    let unfinished = vec![full.pool[3].id.clone(), full.pool[7].id.clone()];
    start_round(
        &mut profile,
        Mode::Practice,
        4,
        unfinished.clone(),
        Utc::now(),
    );
    let mut app = full
        .with_session(Session::new(None, profile, None))
        .with_new_round();
    assert!(app.unsettled(), "the new round waits for the first frame");
    assert!(app.settle().expect("settles"), "the screen changes");
    let Screen::Question(play) = &app.screen else {
        panic!("a new round: {:?}", app.screen)
    };
    assert_eq!(
        (play.mode.clone(), play.round.items.len()),
        (Mode::Practice, 3)
    );
    let current = app
        .session
        .as_ref()
        .and_then(|s| s.profile.current.as_ref())
        .expect("recorded");
    assert_ne!(
        current.items, unfinished,
        "the unfinished round is replaced"
    );
    assert!(!app.unsettled());
}

#[test]
fn a_permission_prompt_says_who_asks_and_for_what_on_labelled_lines() {
    let mut app = app(1);
    let index = app
        .pool
        .iter()
        .position(|s| s.id == "wallpaper-site-notifications")
        .expect("scenario");
    let round = crate::quiz::Round::new(vec![index]);
    app.screen = Screen::Question(Play::new(round, Mode::Practice, 0));
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("App:      Web browser: wallpaper-hd.example")
            && screen.contains("Asks for: Show notifications"),
        "{screen}"
    );
    assert!(!screen.contains("Allow Web browser"), "{screen}");
}

#[test]
fn counts_on_the_path_agree_with_their_noun() {
    let mut app = with_profile(3);
    let first = app.modules[0].id.clone();
    if let Some(session) = app.session.as_mut() {
        crate::progress::modules::record_attempt(
            &mut session.profile.modules,
            &first,
            90,
            80,
            Utc::now(),
        );
    }
    app.screen = Screen::Path { selected: 0 };
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("8 items · best 90% in 1 attempt") && !screen.contains("(s)"),
        "{screen}"
    );
}

#[test]
fn a_module_summary_names_the_module_and_offers_no_seed() {
    let mut app = with_profile(3);
    choose(&mut app, MenuItem::Path);
    app.update(Msg::Enter);
    answer_all_wrongly(&mut app);
    let screen = screen_text(&app, 100, 60);
    assert!(
        screen.contains("Round complete · Module: Email threats")
            && screen.contains("Email threats: not passed yet"),
        "{screen}"
    );
    assert!(
        !screen.contains("Seed") && !screen.contains("--seed") && !screen.contains("module-"),
        "{screen}"
    );
    assert!(screen.contains("from the training path"), "{screen}");
}

#[test]
fn a_review_summary_offers_no_seed_and_a_practice_one_does() {
    use crate::progress::{Profile, Session};
    let mut app = app(3);
    let mut profile = Profile::new("Alex", Utc::now());
    let scam = app
        .pool
        .iter()
        .find(|s| s.verdict == Verdict::Dangerous)
        .expect("a scam")
        .clone();
    let yesterday = Utc::now().date_naive() - chrono::Days::new(1);
    profile.review.record(&scam, false, yesterday);
    app = app.with_session(Session::new(None, profile, None));
    choose(&mut app, MenuItem::Review);
    let Screen::Question(play) = &app.screen else {
        panic!("a review: {:?} {:?}", app.screen, app.message)
    };
    assert_eq!(play.mode, Mode::Review);
    answer_all_wrongly(&mut app);
    let review = screen_text(&app, 100, 60);
    assert!(
        review.contains("Round complete · Review") && !review.contains("Seed"),
        "{review}"
    );
    press(&mut app, KeyCode::Char('p'));
    answer_all_wrongly(&mut app);
    let practice = screen_text(&app, 100, 60);
    assert!(
        practice.contains("Seed 1: replay this round with --seed 1 --count 3"),
        "{practice}"
    );
}
