//! Every screen and every channel drawn at 80x24: the text as snapshots, and the styles that carry
//! meaning (highlighted evidence, button weight) checked cell by cell.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use redflag::content::{Channel, FieldKind, Scenario, Verdict};
use redflag::progress::Mode;
use redflag::quiz::Round;
use redflag::settings::PlaySettings;
use redflag::tui::App;
use redflag::tui::app::{Done, Overlay, Play, Screen};

mod common;

use common::screen::{draw, find, showing, text};

fn app(color: bool) -> App {
    let pack = redflag::builtin::pack().expect("built-in pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 10,
            seed: 1,
            color,
            lang: Default::default(),
        },
    )
}

fn index(app: &App, id: &str) -> usize {
    app.pool
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("scenario {id}"))
}

fn play(items: Vec<usize>) -> Play {
    Play::new(Round::new(items), Mode::Practice, 1)
}
const ONE_PER_CHANNEL: [(&str, Channel); 7] = [
    ("ads-billing-lookalike", Channel::Email),
    ("support-reply-impostor", Channel::Post),
    ("page-support-chat", Channel::Message),
    ("ads-locked-shortlink", Channel::Sms),
    ("cookie-no-reject", Channel::Consent),
    ("micshield-launch", Channel::Permission),
    ("sponsored-ads-login", Channel::Web),
];

#[test]
fn every_channel_as_a_question() {
    for (id, channel) in ONE_PER_CHANNEL {
        let mut app = app(true);
        showing(&mut app, id, false, None);
        let terminal = draw(&app, 80, 24);
        let screen = text(terminal.backend().buffer());
        assert!(screen.contains(channel.label()), "{id}: {screen}");
        assert!(
            screen.contains("  [s] SAFE") && screen.contains("  [d] DANGEROUS"),
            "{id}: nothing is chosen before a key"
        );
        assert!(screen.contains("press s or d"), "{id}");
        insta::assert_snapshot!(format!("question_{id}"), terminal.backend());
    }
}

#[test]
fn every_channel_as_feedback_with_evidence_highlighted() {
    for (id, _) in ONE_PER_CHANNEL {
        let mut app = app(true);
        showing(&mut app, id, true, Some(Verdict::Dangerous));
        let terminal = draw(&app, 80, 24);
        let buffer = terminal.backend().buffer();
        let screen = text(buffer);
        assert!(screen.contains("✓ Right"), "{id}: {screen}");
        assert!(screen.contains("[1]"), "{id}: numbered marker");
        insta::assert_snapshot!(format!("feedback_{id}"), terminal.backend());
    }
}

#[test]
fn inspect_reveals_the_address_behind_the_name() {
    let mut app = app(true);
    showing(&mut app, "ads-billing-lookalike", false, None);
    let before = text(draw(&app, 80, 24).backend().buffer());
    assert!(!before.contains("adharbor-payments.example"), "{before}");
    assert!(before.contains("press i to inspect"));
    showing(&mut app, "ads-billing-lookalike", true, None);
    let after = text(draw(&app, 80, 24).backend().buffer());
    assert!(
        after.contains("<billing@adharbor-payments.example>"),
        "{after}"
    );
    assert!(
        after.contains("Reply-To: support@adharb0r.example"),
        "{after}"
    );
    assert!(
        after.contains("https://adharbor-payments.example/billing/verify"),
        "{after}"
    );
}

#[test]
fn a_flag_is_highlighted_in_colour_and_without() {
    for color in [true, false] {
        let mut app = app(color);
        showing(&mut app, "ads-billing-lookalike", true, Some(Verdict::Safe));
        let terminal = draw(&app, 80, 24);
        let buffer = terminal.backend().buffer();
        assert!(text(buffer).contains("✗ Wrong: this was dangerous and you judged it safe"));
        let (x, y) = find(buffer, "adharbor-payments.example[1]").expect("flag on screen");
        let cell = &buffer[(x, y)];
        assert!(
            cell.modifier.contains(Modifier::REVERSED),
            "highlight does not rely on colour"
        );
        assert_eq!(cell.fg, if color { Color::Red } else { Color::Reset });
        // The text next to the flag is not highlighted.
        let (bx, by) = find(buffer, "<billing@").expect("address");
        assert!(!buffer[(bx, by)].modifier.contains(Modifier::REVERSED));
    }
}

#[test]
fn a_sign_is_highlighted_differently_from_a_flag() {
    let mut app = app(true);
    showing(&mut app, "cookie-equal-choice", false, Some(Verdict::Safe));
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Analytics cookies[").expect("sign");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn button_weights_look_different() {
    let mut app = app(true);
    showing(&mut app, "micshield-launch", false, None);
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    let (px, py) = find(buffer, "ALLOW ALL").expect("primary");
    let (lx, ly) = find(buffer, "Not now").expect("link");
    let primary = &buffer[(px, py)];
    let link = &buffer[(lx, ly)];
    assert_eq!(primary.bg, Color::Cyan);
    assert!(primary.modifier.contains(Modifier::BOLD));
    assert!(link.modifier.contains(Modifier::UNDERLINED));
    assert_eq!(link.fg, Color::DarkGray);
    assert_ne!(primary.style(), link.style());
}

#[test]
fn menu_briefing_summary_help_and_confirm() {
    let mut app = app(true);
    // The menu counts the pool; a fixed pool keeps the snapshot stable as the bank grows.
    let mut small = self::app(true);
    Arc::make_mut(&mut small.pool).retain(|s| ONE_PER_CHANNEL.iter().any(|(id, _)| *id == s.id));
    let menu = draw(&small, 80, 24);
    assert!(text(menu.backend().buffer()).contains("▶ Play a round"));
    insta::assert_snapshot!("menu", menu.backend());

    app.screen = Screen::Briefing {
        scroll: 0,
        back: Box::new(Screen::Menu { selected: 1 }),
    };
    let briefing = draw(&app, 80, 24);
    let screen = text(briefing.backend().buffer());
    assert!(
        screen.contains("Brightside Marketing") && screen.contains("House rules"),
        "{screen}"
    );
    insta::assert_snapshot!("briefing", briefing.backend());

    let items: Vec<usize> = [
        "ads-billing-lookalike",
        "cookie-equal-choice",
        "micshield-launch",
    ]
    .iter()
    .map(|id| index(&app, id))
    .collect();
    let mut p = play(items);
    for given in [Verdict::Dangerous, Verdict::Dangerous, Verdict::Safe] {
        p.round
            .answer(&app.pool, given, true, std::time::Duration::from_secs(20));
    }
    let summary = p.round.summary(&app.pool);
    app.screen = Screen::Summary {
        done: Box::new(Done {
            play: p,
            summary,
            earned: vec![redflag::progress::achievements::Achievement::FirstRound],
            module: None,
        }),
        scroll: 0,
        selected: None,
    };
    let done = draw(&app, 80, 24);
    let screen = text(done.backend().buffer());
    assert!(screen.contains("Score: 1/3 right"), "{screen}");
    assert!(
        screen.contains("Caught 1 of 2 scams · missed 1 scam")
            && screen.contains("False alarms: 1 of 1 safe item"),
        "{screen}"
    );
    insta::assert_snapshot!("summary", done.backend());

    app.overlay = Some(Overlay::Help);
    let help = draw(&app, 80, 24);
    let buffer = help.backend().buffer();
    let words = flowing(buffer, 0..24);
    for what in [
        "Inspect (i) before judging",
        "red flags ⚑ (signs of a scam)",
        "Points: 10, 20 or 30",
        "+10 a flag marked, −5 a wrong mark.",
        "q Esc back; a round asks",
    ] {
        assert!(words.contains(what), "{what}: {}", text(buffer));
    }
    // The help sits inside the page's frame, clear of its borders and of the key line.
    let (x, top) = find(buffer, "┌ Help").expect("the help's frame");
    let (_, bottom) = find(buffer, "any key closes").expect("its bottom line");
    assert!(x >= 2 && top >= 2 && bottom <= 21, "{}", text(buffer));
    insta::assert_snapshot!("help", help.backend());
    app.overlay = Some(Overlay::ConfirmQuit);
    let confirm = text(draw(&app, 80, 24).backend().buffer());
    assert!(confirm.contains("Leave this round?"), "{confirm}");
}

#[test]
fn too_small_says_how_large_it_needs_to_be() {
    let app = app(true);
    let screen = text(draw(&app, 60, 20).backend().buffer());
    assert!(
        screen.contains("at least 80x24") && screen.contains("60x20"),
        "{screen}"
    );
    assert!(
        screen.contains("press Esc to quit") && !screen.contains("q to quit"),
        "it names the key that quits everywhere, the name screen too: {screen}"
    );
}

#[test]
fn large_terminals_draw_too() {
    let mut app = app(true);
    showing(
        &mut app,
        "support-reply-impostor",
        true,
        Some(Verdict::Dangerous),
    );
    let screen = text(draw(&app, 200, 60).backend().buffer());
    assert!(
        screen.contains("Red flags") && screen.contains("Lesson:"),
        "all feedback fits at 200x60"
    );
}

#[test]
fn hostile_text_renders_inert() {
    let mut app = app(true);
    let i = index(&app, "ads-billing-lookalike");
    let hostile: &mut Scenario = &mut Arc::make_mut(&mut app.pool)[i];
    let email = hostile.email.as_mut().expect("email");
    email.subject =
        "Hi\u{1b}[2J\u{7} \u{1b}]8;;https://evil.example\u{1b}\\click\u{1b}]8;;\u{1b}\\".into();
    showing(&mut app, "ads-billing-lookalike", false, None);
    let buffer = text(draw(&app, 120, 30).backend().buffer());
    assert!(
        buffer.contains("Hi^[[2J^G ^[]8;;https://evil.example^[\\click"),
        "{buffer}"
    );
    assert!(!buffer.contains('\u{1b}') && !buffer.contains('\u{7}'));
}

#[test]
fn menu_and_progress_screen_with_a_profile() {
    use redflag::progress::{Notice, Profile, Recovery, Session, record_answer, start_round};
    let app = app(true);
    let now = chrono::Utc::now();
    let mut profile = Profile::new("Robin", now);
    let i = index(&app, "ads-billing-lookalike");
    start_round(
        &mut profile,
        Mode::Practice,
        1,
        vec![app.pool[i].id.clone()],
        now,
    );
    let mut round = Round::new(vec![i]);
    round.answer(
        &app.pool,
        Verdict::Safe,
        false,
        std::time::Duration::from_secs(5),
    );
    record_answer(&mut profile, &app.pool[i], &round.answers[0], now);
    let mut app = app.with_session(Session::new(
        None,
        profile,
        Some(Notice::Recovered(Recovery::Damaged {
            reason: "expected value".into(),
            kept: "profile.damaged-1.json".into(),
        })),
    ));
    let screen = text(draw(&app, 80, 24).backend().buffer());
    assert!(
        screen.contains("Playing as Robin") && screen.contains("rank Trainee"),
        "{screen}"
    );
    assert!(
        screen.contains("Resume your round (1 of 1 answered)") || screen.contains("▶ Play a round"),
        "{screen}"
    );
    assert!(
        screen.contains("Review weak skills (0 due)") && screen.contains("Your progress"),
        "{screen}"
    );
    assert!(
        screen.contains("Training path (0 of 6 modules passed)"),
        "{screen}"
    );
    assert!(
        screen.contains("! Your save file was damaged (expected value)."),
        "the notice is shown: {screen}"
    );

    app.screen = Screen::Stats { scroll: 0 };
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    assert!(
        screen.contains("Robin") && screen.contains("Caught 0 of 1 scam · missed 1 scam"),
        "{screen}"
    );
    assert!(
        screen.contains("By theme") && screen.contains("Email threats") && screen.contains("0%"),
        "{screen}"
    );
    let (x, y) = find(buffer, "░░░░").expect("an empty bar");
    assert!(buffer[(x, y)].symbol() == "░");
}

#[test]
fn spot_question_shows_the_cursor_and_the_marks() {
    let mut app = app(true);
    let i = index(&app, "ads-billing-lookalike");
    let mut p = play(vec![i]);
    p.mode = Mode::Spot;
    p.cursor = 3; // From_name, To, Date, Subject: the subject
    p.marks = vec![FieldKind::To.into()];
    app.screen = Screen::Question(p);
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    assert!(
        screen.contains("Tab field") && screen.contains("m mark"),
        "{screen}"
    );
    assert!(
        screen.contains("sam@brightside.example ⚑?"),
        "marked field tagged: {screen}"
    );
    let (x, y) = find(buffer, "▸Action required").expect("cursor on the subject");
    assert!(
        buffer[(x + 1, y)].modifier.contains(Modifier::UNDERLINED),
        "the field under the cursor is underlined"
    );
    let (tx, ty) = find(buffer, "sam@brightside").expect("to");
    assert!(!buffer[(tx, ty)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn training_path_and_certificate_screens() {
    use redflag::progress::{Profile, Session};
    let app = app(true);
    let mut profile = Profile::new("Robin", chrono::Utc::now());
    let now = chrono::Utc::now();
    let first = app.modules[0].id.clone();
    redflag::progress::modules::record_attempt(&mut profile.modules, &first, 90, 80, now);
    let mut app = app.with_session(Session::new(None, profile, None));
    app.screen = Screen::Path { selected: 1 };
    let screen = text(draw(&app, 80, 24).backend().buffer());
    assert!(
        screen.contains("Training path") && screen.contains("80% or more"),
        "{screen}"
    );
    assert!(
        screen.contains("✓ Email threats")
            && screen.contains("passed")
            && screen.contains("best 90%"),
        "{screen}"
    );
    assert!(
        screen.contains("▶ Customer data") && screen.contains("open"),
        "{screen}"
    );
    assert!(
        screen.contains("· Social media") && screen.contains("locked"),
        "{screen}"
    );
    assert!(
        !screen.contains("certificate."),
        "no certificate before the end"
    );
    if let Some(session) = app.session.as_mut() {
        for m in app.modules.clone() {
            redflag::progress::modules::record_attempt(
                &mut session.profile.modules,
                &m.id,
                100,
                80,
                now,
            );
        }
    }
    let screen = text(draw(&app, 80, 24).backend().buffer());
    assert!(screen.contains("press c for your certificate"), "{screen}");
    app.screen = Screen::Certificate { scroll: 0 };
    let terminal = draw(&app, 80, 24);
    let screen = text(terminal.backend().buffer());
    assert!(
        screen.contains("★  Certificate of completion  ★") && screen.contains("Robin"),
        "{screen}"
    );
    assert!(
        !screen.contains('#') && !screen.contains("**") && !screen.contains("|---"),
        "a screen, not Markdown: {screen}"
    );
    assert!(
        screen.contains("Email threats")
            && screen.contains("100%")
            && screen.contains("s save to a file"),
        "{screen}"
    );
}

/// The screen's rows without frame sides, each trimmed, joined by spaces, with runs of spaces
/// made one: text that wraps over several rows reads as written.
fn flowing(buffer: &Buffer, rows: std::ops::Range<u16>) -> String {
    let mut out = String::new();
    for y in rows {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .filter(|s| *s != "│")
            .collect();
        out.push_str(row.trim());
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows of the message box: from its top border to its bottom one.
fn box_rows(buffer: &Buffer) -> Option<std::ops::Range<u16>> {
    let corner =
        |symbol: &str| (0..buffer.area.height).find(|&y| buffer[(0, y)].symbol() == symbol);
    Some(corner("┌")?..corner("└")? + 1)
}

/// Shows `i` as feedback to a wrong answer, in practice or spot mode.
fn feedback_of(app: &mut App, i: usize, spot: bool) {
    let mut p = play(vec![i]);
    let given = app.pool[i].verdict.other();
    let marks = spot.then_some(&[][..]);
    if spot {
        p.mode = Mode::Spot;
    }
    let outcome = p
        .round
        .answer_marked(
            &app.pool,
            given,
            false,
            std::time::Duration::from_secs(3),
            marks,
        )
        .expect("answer");
    app.screen = Screen::Feedback { play: p, outcome };
}

#[test]
fn every_feedback_shows_its_verdict_explanations_and_lesson_at_80x24() {
    let mut app = app(true);
    let mut tallest = (0, String::new());
    for i in 0..app.pool.len() {
        for spot in [false, true] {
            feedback_of(&mut app, i, spot);
            let terminal = draw(&app, 80, 24);
            let buffer = terminal.backend().buffer();
            let scenario = &app.pool[i];
            let id = &scenario.id;
            let screen = text(buffer);
            assert!(screen.contains("✗ Wrong"), "{id}: the verdict\n{screen}");
            let rows = box_rows(buffer).unwrap_or_else(|| panic!("{id}: a message box\n{screen}"));
            let panel = flowing(buffer, rows.end..23);
            let symbol = if scenario.verdict == Verdict::Dangerous {
                "⚑"
            } else {
                "✓"
            };
            for (n, e) in scenario.evidence().iter().enumerate() {
                // The number and symbol, then (after the evidence's name, however it is worded)
                // the whole explanation.
                let item = format!("[{}] {symbol} ", n + 1);
                assert!(
                    panel.contains(&item),
                    "{id}: explanation {}\n{screen}",
                    n + 1
                );
                assert!(
                    panel.contains(&one_spaced(e.why)),
                    "{id}: explanation {}'s text\n{screen}",
                    n + 1
                );
            }
            let lesson = one_spaced(&format!("Lesson: {}", scenario.lesson));
            assert!(panel.contains(&lesson), "{id}: the lesson\n{screen}");
            // The message shows from its first evidence, marked and numbered in place.
            let marked = rows.clone().any(|y| {
                (0..80).any(|x| {
                    let cell = &buffer[(x, y)];
                    cell.symbol() == "]" && cell.modifier.contains(Modifier::REVERSED)
                })
            });
            assert!(marked, "{id}: evidence marked in the message\n{screen}");
            let used = rows.end - rows.start;
            if 24 - used > tallest.0 {
                tallest = (24 - used, id.clone());
            }
        }
    }
    eprintln!("tallest explanations: {tallest:?}");
}

#[test]
fn the_header_names_the_mode_and_shows_progress() {
    let mut app = app(true);
    let items: Vec<usize> = (0..4).collect();
    let module = app.modules[1].clone();
    for (mode, name) in [
        (Mode::Practice, "Practice"),
        (Mode::Daily("2024-11-12".into()), "Daily challenge"),
        (Mode::Review, "Review"),
        (Mode::Module(module.id.clone()), "Customer data"),
    ] {
        let mut p = play(items.clone());
        p.mode = mode;
        p.round.answer(
            &app.pool,
            Verdict::Safe,
            false,
            std::time::Duration::from_secs(3),
        );
        app.screen = Screen::Question(p);
        let screen = text(draw(&app, 80, 24).backend().buffer());
        let header = screen.lines().next().unwrap_or_default();
        assert!(
            header.contains(&format!("{name} · item 2 of 4 █░░░")),
            "{name}: one of four answered: {header}"
        );
    }
}

#[test]
fn spot_mode_explains_its_scoring_before_the_first_item() {
    let mut app = app(true);
    let i = index(&app, "ads-billing-lookalike");
    let mut p = play(vec![i]);
    p.mode = Mode::Spot;
    p.explaining = true;
    app.screen = Screen::Question(p);
    let terminal = draw(&app, 80, 24);
    let screen = text(terminal.backend().buffer());
    assert!(screen.contains("Spot the flags · item 1 of 1"), "{screen}");
    for what in [
        "+10",
        "for each red flag you mark",
        "−5",
        "for each part you mark that holds no red flag",
        "never score below zero",
        "mark or unmark the part under the cursor",
        "Enter start",
    ] {
        assert!(screen.contains(what), "{what}: {screen}");
    }
    assert!(!screen.contains("From:"), "the item waits: {screen}");
    insta::assert_snapshot!("spot_rules", terminal.backend());
}

#[test]
fn a_scrolled_message_says_there_is_more_above_and_below() {
    let mut app = app(true);
    let i = index(&app, "auditor-crm-export");
    let mut p = play(vec![i]);
    p.inspected = true;
    p.scroll = 3;
    app.screen = Screen::Question(p);
    let screen = text(draw(&app, 80, 24).backend().buffer());
    let lines: Vec<&str> = screen.lines().collect();
    assert!(
        lines[1].starts_with("┌") && lines[1].contains("↑ more"),
        "{screen}"
    );
    let bottom = lines
        .iter()
        .find(|l| l.starts_with("└"))
        .expect("bottom border");
    assert!(bottom.contains("↓ more"), "{screen}");
}

#[test]
fn on_a_large_terminal_the_game_is_a_readable_centred_column() {
    let mut app = app(true);
    let i = index(&app, "ads-billing-lookalike");
    showing(&mut app, "ads-billing-lookalike", true, None);
    let question = draw(&app, 200, 60);
    let buffer = question.backend().buffer();
    let (x, _) = find(buffer, "┌ Email").expect("the message box");
    assert_eq!(x, 50, "a 100-column column in the middle of 200");
    let (right, _) = find(buffer, "┐").expect("its right corner");
    assert_eq!(right, 149);
    let verdict = find(buffer, "Your verdict").expect("the verdict bar");
    let bottom = find(buffer, "└").expect("the box's bottom").1;
    assert_eq!(verdict.1, bottom + 1, "the verdict right under the message");
    insta::assert_snapshot!("question_200x60", question.backend());

    feedback_of(&mut app, i, false);
    let feedback = draw(&app, 200, 60);
    let buffer = feedback.backend().buffer();
    assert_eq!(find(buffer, "┌ Email").map(|p| p.0), Some(50));
    let words = flowing(buffer, 0..60);
    assert!(
        words.contains("Lesson: Fix billing") && words.contains("[4] ⚑"),
        "{words}"
    );
    insta::assert_snapshot!("feedback_200x60", feedback.backend());

    let mut small = self::app(true);
    Arc::make_mut(&mut small.pool).retain(|s| ONE_PER_CHANNEL.iter().any(|(id, _)| *id == s.id));
    let menu = draw(&small, 200, 60);
    let buffer = menu.backend().buffer();
    let (x, y) = find(buffer, "▶ Play a round").expect("the menu");
    assert!((55..=75).contains(&x), "centred across: {x}");
    assert!((20..=35).contains(&y), "centred down: {y}");
    insta::assert_snapshot!("menu_200x60", menu.backend());
}

#[test]
fn explanations_too_long_for_the_screen_come_first_on_one_scrolling_page() {
    let mut app = app(true);
    let i = index(&app, "ads-billing-lookalike");
    Arc::make_mut(&mut app.pool)[i].lesson = "Check the console yourself. ".repeat(60);
    feedback_of(&mut app, i, false);
    let screen = text(draw(&app, 80, 24).backend().buffer());
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[1].contains("✗ Wrong"), "{screen}");
    assert!(
        lines[3].contains("Red flags"),
        "the explanations first: {screen}"
    );
    assert!(screen.contains("[1] ⚑"), "{screen}");
    assert!(lines[22].contains("↓ more"), "the rest scrolls: {screen}");
}
