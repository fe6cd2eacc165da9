//! The call and the notification drawn at 80x24, as a question and as feedback: the text as
//! snapshots, and the styles that carry meaning (caller ID, revealed number, speakers, repeat
//! count, button weight, highlighted evidence) checked cell by cell.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use redflag::content::{Channel, FieldKind, FieldPath, Verdict};
use redflag::progress::Mode;
use redflag::quiz::Round;
use redflag::settings::PlaySettings;
use redflag::tui::App;
use redflag::tui::app::{Play, Screen};

mod common;

use common::screen::{find, showing, text};

const CALL: &str = "tom-voice-clone-gift-cards";
const NOTIFICATION: &str = "adharbor-mfa-fatigue-meeting";

fn app() -> App {
    let pack = redflag::builtin::pack().expect("built-in pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 10,
            seed: 1,
            color: true,
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

fn play(app: &App, id: &str, inspected: bool) -> Play {
    let mut p = Play::new(Round::new(vec![index(app, id)]), Mode::Practice, 1);
    p.inspected = inspected;
    p
}

fn draw(app: &App) -> Terminal<TestBackend> {
    common::screen::draw(app, 80, 24)
}
fn at(buffer: &Buffer, needle: &str, screen: &str) -> (u16, u16) {
    find(buffer, needle).unwrap_or_else(|| panic!("{needle} on screen:\n{screen}"))
}

#[test]
fn a_call_as_a_question_shows_the_caller_id_and_hides_the_number() {
    let mut app = app();
    showing(&mut app, CALL, false, None);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    for needle in [
        Channel::Call.label(),
        "Incoming call · Mobile",
        "‹number or account: press i to inspect›",
        "Says:     Tom, at the airport about to board",
        "Them │ Sam, it's Tom.",
        "You  │ Shouldn't that go through Lena as a PO?",
    ] {
        assert!(screen.contains(needle), "{needle}:\n{screen}");
    }
    assert!(!screen.contains("555 0140"), "the number waits for inspect");
    // The caller ID stands alone in the middle, bold, as on a ringing phone.
    let (x, y) = at(buffer, "Tom Okafor", &screen);
    assert!(x > 25, "centred: column {x}");
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
    let (yx, yy) = at(buffer, "You  │", &screen);
    assert_eq!(
        buffer[(yx, yy)].fg,
        Color::Cyan,
        "your lines are told apart"
    );
    let (tx, ty) = at(buffer, "Them │", &screen);
    assert_eq!(buffer[(tx, ty)].fg, Color::DarkGray);
    insta::assert_snapshot!("question_call", terminal.backend());

    showing(&mut app, CALL, true, None);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    let (nx, ny) = at(buffer, "+1 212 555 0140", &screen);
    assert_eq!(buffer[(nx, ny)].fg, Color::Magenta, "a revealed detail");
}

#[test]
fn a_call_as_feedback_marks_the_caller_id_and_the_words() {
    let mut app = app();
    showing(&mut app, CALL, true, Some(Verdict::Dangerous));
    let terminal = draw(&app);
    assert!(text(terminal.backend().buffer()).contains("✓ Right"));
    let tall = common::screen::draw(&app, 80, 44);
    let buffer = tall.backend().buffer();
    let screen = text(buffer);
    let (x, y) = at(buffer, "Tom Okafor[3]", &screen);
    let cell = &buffer[(x, y)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{screen}");
    assert_eq!(cell.fg, Color::Red);
    let (gx, gy) = at(buffer, "eight StoreMart gift cards", &screen);
    assert!(buffer[(gx, gy)].modifier.contains(Modifier::REVERSED));
    let (px, py) = at(buffer, "I promised", &screen);
    assert!(
        !buffer[(px, py)].modifier.contains(Modifier::REVERSED),
        "only the flagged words are marked"
    );
    insta::assert_snapshot!("feedback_call", terminal.backend());
}

#[test]
fn a_notification_as_a_question_is_a_card_with_its_count_and_buttons() {
    let mut app = app();
    showing(&mut app, NOTIFICATION, false, None);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    for needle in [
        Channel::Notification.label(),
        "On your phone",
        "│ AdHarbor Ads · 14:06   ×4",
        "│ Is this you trying to log in?",
        "│ Someone is logging in to AdHarbor",
        "Details: ‹details: press i to inspect›",
    ] {
        assert!(screen.contains(needle), "{needle}:\n{screen}");
    }
    assert!(
        !screen.contains("Singapore"),
        "the details wait for inspect"
    );
    let (cx, cy) = at(buffer, "×4", &screen);
    assert_eq!(buffer[(cx, cy)].fg, Color::Yellow, "the count stands out");
    let (tx, ty) = at(buffer, "Is this you", &screen);
    assert!(buffer[(tx, ty)].modifier.contains(Modifier::BOLD));
    let (bx, by) = at(buffer, "YES, IT'S ME", &screen);
    assert_eq!(buffer[(bx, by)].bg, Color::Cyan, "a primary button");
    insta::assert_snapshot!("question_notification", terminal.backend());
}

#[test]
fn a_faint_notification_button_looks_faint() {
    let mut app = app();
    showing(&mut app, "summit-session-reminder", false, None);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    let (px, py) = at(buffer, "OPEN SCHEDULE", &screen);
    let (lx, ly) = at(buffer, "Dismiss", &screen);
    assert!(buffer[(px, py)].modifier.contains(Modifier::BOLD));
    assert!(buffer[(lx, ly)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buffer[(lx, ly)].fg, Color::DarkGray);
    assert!(screen.contains("On your desktop"), "{screen}");
}

#[test]
fn a_notification_as_feedback_marks_the_count_the_button_and_the_details() {
    let mut app = app();
    showing(&mut app, NOTIFICATION, true, Some(Verdict::Dangerous));
    let terminal = draw(&app);
    assert!(text(terminal.backend().buffer()).contains("✓ Right"));
    let tall = common::screen::draw(&app, 80, 44);
    let buffer = tall.backend().buffer();
    let screen = text(buffer);
    for needle in [
        "Yes, it's me[1]",
        "×4[2]",
        "Safari on Mac · near Singapore[3]",
    ] {
        let (x, y) = at(buffer, needle.trim_start_matches('×'), &screen);
        let cell = &buffer[(x, y)];
        assert!(cell.modifier.contains(Modifier::REVERSED), "{needle}");
        assert_eq!(cell.fg, Color::Red, "{needle}");
    }
    insta::assert_snapshot!("feedback_notification", terminal.backend());
}

#[test]
fn spot_mode_points_at_a_button_and_the_repeat_count() {
    let mut app = app();
    let mut p = play(&app, NOTIFICATION, false);
    p.mode = Mode::Spot;
    let fields = redflag::quiz::spot::markable(&app.pool[p.round.items[0]], false);
    let button = FieldPath::nth(FieldKind::Button, 0);
    p.cursor = fields.iter().position(|f| *f == button).expect("a button");
    p.marks = vec![FieldKind::Repeats.into()];
    app.screen = Screen::Question(p);
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let screen = text(buffer);
    assert!(
        screen.contains("×4 ⚑?"),
        "the marked count is tagged:\n{screen}"
    );
    let (x, y) = at(buffer, "▸Yes, it's me", &screen);
    assert!(
        buffer[(x + 1, y)].modifier.contains(Modifier::UNDERLINED),
        "the button under the cursor is underlined"
    );
}
