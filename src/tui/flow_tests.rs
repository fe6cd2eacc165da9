//! Rounds as the player moves through them: asking before replacing or replaying, the path,
//! the daily challenge, summaries and missed items, spot mode's Tab, the words on screen.
use super::*;
use crate::tui::test_support::{
    answer_all_wrongly, app, choose, cursor_row, press, screen_text, with_profile,
};
use chrono::Utc;

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
            .map(|m| m.text(app.t()).into_owned())
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
        let mut play = Play::new(round, Mode::Spot, 0);
        play.explaining = false;
        app.screen = Screen::Question(play);
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
