//! Every screen and every channel drawn at 80x24: the text as snapshots, and the styles that carry
//! meaning (highlighted evidence, button weight) checked cell by cell.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use redflag::content::{Channel, FieldKind, Scenario, Verdict};
use redflag::progress::Mode;
use redflag::quiz::Round;
use redflag::settings::PlaySettings;
use redflag::tui::App;
use redflag::tui::app::{Done, Overlay, Play, Screen};

fn app(color: bool) -> App {
    let pack = redflag::builtin::pack().expect("built-in pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 10,
            seed: 1,
            color,
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

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal
}

fn text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Positions of the first occurrence of `needle` on screen.
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buffer.area.height {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(col) = row.find(needle) {
            let x = row[..col].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

/// Shows `id` as a question, or, with `answer`, as the feedback to that answer.
fn showing(app: &mut App, id: &str, inspected: bool, answer: Option<Verdict>) {
    let i = index(app, id);
    let mut p = play(vec![i]);
    p.inspected = inspected;
    app.screen = match answer {
        None => Screen::Question(p),
        Some(given) => {
            let outcome = p
                .round
                .answer(
                    &app.pool,
                    given,
                    inspected,
                    std::time::Duration::from_secs(3),
                )
                .expect("answer");
            Screen::Feedback { play: p, outcome }
        }
    };
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
            screen.contains("[s] SAFE") && screen.contains("[d] DANGEROUS"),
            "{id}"
        );
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
    small
        .pool
        .retain(|s| ONE_PER_CHANNEL.iter().any(|(id, _)| *id == s.id));
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
    let help = text(draw(&app, 80, 24).backend().buffer());
    assert!(
        help.contains("judge the message dangerous") && help.contains("inspect"),
        "{help}"
    );
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
    let hostile: &mut Scenario = &mut app.pool[i];
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
    let screen = text(draw(&app, 80, 24).backend().buffer());
    assert!(
        screen.contains("# Certificate of completion") && screen.contains("**Robin**"),
        "{screen}"
    );
}
