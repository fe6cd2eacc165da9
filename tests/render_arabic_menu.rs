//! The screens around the round in Arabic at 80x24: the interface's words from the Arabic
//! catalog, each line in visual order (cells read left to right, so a line's first Arabic word
//! is at its right end) and right-aligned, label columns on the right, the key line starting at
//! the right; with `--bidi terminal`, lines left in reading order for the terminal to order.
//! No English word is left on any of these screens (the pack's own names and the keys aside).

use ratatui::buffer::Buffer;
use redflag::content::Verdict;
use redflag::i18n::Lang;
use redflag::progress::{Mode, Profile, Session, record_answer, start_round};
use redflag::quiz::Round;
use redflag::settings::{Bidi, Display, PlaySettings};
use redflag::tui::App;
use redflag::tui::app::Screen;
use unicode_width::UnicodeWidthChar;

mod common;

use common::screen::{draw, text};

fn arabic() -> Lang {
    Lang::parse("ar").expect("an Arabic catalog")
}

fn app() -> App {
    let pack = redflag::builtin::pack_in(arabic()).expect("built-in pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 10,
            seed: 1,
            color: true,
            lang: arabic(),
        },
    )
}

/// The app with Robin's profile, one answer given (so the statistics have bars).
fn with_robin() -> App {
    let app = app();
    let now = chrono::Utc::now();
    let mut profile = Profile::new("Robin", now);
    let i = 0;
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
    profile.current = None;
    app.with_session(Session::new(None, profile, None))
}

fn rows_of(app: &App) -> Vec<String> {
    rows(draw(app, 80, 24).backend().buffer())
}

fn rows(buffer: &Buffer) -> Vec<String> {
    text(buffer).lines().map(str::to_string).collect()
}

/// An Arabic phrase as a row of cells shows it, left to right: its letters in reverse order,
/// each combining mark kept after the letter it sits on.
fn shown(phrase: &str) -> String {
    let mut clusters: Vec<String> = Vec::new();
    for c in phrase.chars() {
        match clusters.last_mut() {
            Some(last) if c.width() == Some(0) => last.push(c),
            _ => clusters.push(c.to_string()),
        }
    }
    clusters.reverse();
    clusters.concat()
}

/// The row showing `needle`, and that row.
fn row_with<'a>(rows: &'a [String], needle: &str) -> &'a str {
    rows.iter()
        .find(|r| r.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", rows.join("\n")))
}

/// A row without the frame's sides and the spaces next to them.
fn inside(row: &str) -> &str {
    row.trim_matches(|c| c == '│' || c == ' ')
}

/// The column (in cells) where `needle` starts in `row`.
fn column(row: &str, needle: &str) -> usize {
    let at = row
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {row:?}"));
    row[..at].chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// The column of a row's last drawn cell.
fn right_end(row: &str) -> usize {
    row.trim_end()
        .chars()
        .map(|c| c.width().unwrap_or(0))
        .sum::<usize>()
        - 1
}

/// Words of three or more Latin letters, other than those allowed.
fn english<'a>(row: &'a str, allowed: &[&str]) -> Vec<&'a str> {
    row.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !allowed.contains(w))
        .collect()
}

/// Key names, as the player presses them, and the brand.
const KEYS: &[&str] = &["Enter", "Esc", "Backspace", "PgUp", "PgDn", "redflag"];

#[test]
fn the_menu_reads_right_to_left_with_its_first_key_at_the_right() {
    let rows = rows_of(&with_robin());
    let keys = rows.last().expect("the key line");
    assert_eq!(right_end(keys), 79, "right-aligned: {keys:?}");
    assert!(
        keys.trim_end().ends_with(&format!("{} ↓↑", shown("تنقّل"))),
        "the first key at the right end: {keys:?}"
    );
    assert!(
        column(keys, &shown("اللغة")) < column(keys, &shown("خروج")),
        "the language key last, at the left: {keys:?}"
    );
    assert_eq!(english(keys, KEYS), Vec::<&str>::new(), "{keys:?}");

    let masthead = row_with(&rows, "redflag");
    assert!(
        masthead.trim_end().ends_with(&format!(
            "{} · redflag ⚑",
            shown("اكشف الاحتيال قبل أن يصطادك")
        )),
        "{masthead:?}"
    );
    let playing = row_with(&rows, "Robin");
    assert!(
        playing
            .trim_end()
            .ends_with(&format!("Robin {}", shown("تلعب باسم"))),
        "{playing:?}"
    );
    // The entries: the selected one points left at its words, the others under it, their
    // indent mirrored to the right; all end at one column.
    let selected = row_with(&rows, &shown("العب جولة"));
    assert!(
        selected
            .trim_end()
            .ends_with(&format!("{} ◀", shown("العب جولة"))),
        "{selected:?}"
    );
    let entries = [
        "تحدي اليوم",
        "التقط العلامات",
        "مسار التدريب",
        "راجع مهاراتك الأضعف",
        "تقدّمك",
        "الإحاطة",
        "مساعدة",
        "خروج",
    ];
    for entry in entries {
        let row = row_with(&rows, &shown(entry));
        assert_eq!(right_end(row) + 2, right_end(selected), "{row:?}");
        assert_eq!(english(row, &[]), Vec::<&str>::new(), "{row:?}");
    }
    let hint = row_with(&rows, &shown("رسالة:"));
    assert!(
        hint.trim_end().ends_with(&shown("احكم")),
        "the sentence starts at the right: {hint:?}"
    );
    let pool = row_with(&rows, &shown("السيناريوهات:"));
    assert!(
        pool.trim_end().ends_with(&shown("السيناريوهات:")),
        "{pool:?}"
    );
    assert!(!rows.join("\n").contains("Play a round"));
}

#[test]
fn the_name_screen_asks_in_arabic() {
    let mut app = app();
    app.screen = Screen::Name {
        input: "Sam".into(),
        error: None,
    };
    let rows = rows_of(&app);
    let welcome = row_with(&rows, &shown("ما اسمك؟"));
    assert!(welcome.trim_end().ends_with(&shown("أهلًا")), "{welcome:?}");
    let local = row_with(&rows, &shown("هذا الجهاز"));
    assert!(local.trim_end().ends_with(&shown("يُحفظ")), "{local:?}");
    let name = row_with(&rows, "Sam");
    assert!(
        name.trim_end()
            .ends_with(&format!("Sam▏ {}", shown("الاسم:"))),
        "the label at the right, the name on its left: {name:?}"
    );
    let keys = rows.last().expect("the key line");
    assert!(
        keys.trim_end()
            .ends_with(&format!("{} Enter", shown("ابدأ"))),
        "{keys:?}"
    );
    assert_eq!(english(keys, KEYS), Vec::<&str>::new(), "{keys:?}");
}

#[test]
fn the_training_path_puts_each_module_at_the_right_and_its_status_left_of_it() {
    let mut app = with_robin();
    app.screen = Screen::Path { selected: 3 };
    let rows = rows_of(&app);
    assert!(
        rows[0].ends_with(&format!("{} ┐", shown("مسار التدريب"))),
        "the title at the right of the frame: {:?}",
        rows[0]
    );
    assert!(inside(&rows[1]).ends_with(&shown("اجتز")), "{:?}", rows[1]);
    assert_eq!(english(&rows[1], &[]), Vec::<&str>::new(), "{:?}", rows[1]);
    let open = row_with(&rows, &shown("مفتوحة"));
    assert!(inside(open).ends_with('◀'), "{open:?}");
    let locked = row_with(&rows, &shown("مقفلة"));
    assert!(inside(locked).ends_with('·'), "{locked:?}");
    assert!(
        column(locked, &shown("لم تبدأ بعد")) < column(locked, &shown("مقفلة")),
        "the columns run right to left: {locked:?}"
    );
    let keys = rows.last().expect("the key line");
    assert!(
        keys.trim_end().ends_with(&format!("{} ↓↑", shown("تنقّل"))),
        "{keys:?}"
    );
    assert!(keys.contains(&shown("ابدأ الوحدة")), "{keys:?}");
}

#[test]
fn statistics_have_their_labels_at_the_right_and_bars_growing_leftwards() {
    let mut app = with_robin();
    app.screen = Screen::Stats { scroll: 0 };
    let rows = rows_of(&app);
    assert!(
        rows[0].ends_with(&format!("{} ┐", shown("تقدّمك"))),
        "{:?}",
        rows[0]
    );
    assert!(
        inside(&rows[1]).ends_with("Robin"),
        "the name first: {:?}",
        rows[1]
    );
    assert!(rows[1].contains(&shown("النقاط:")), "{:?}", rows[1]);
    let rounds = row_with(&rows, &shown("الجولات:"));
    assert!(inside(rounds).ends_with(&shown("الجولات:")), "{rounds:?}");
    let heading = row_with(&rows, &shown("حسب المحور"));
    assert!(
        inside(heading).ends_with(&shown("حسب المحور")),
        "{heading:?}"
    );
    let bar = rows
        .iter()
        .find(|r| r.contains('░'))
        .expect("a bar for the theme answered");
    assert!(
        column(bar, "%") < column(bar, "░"),
        "the share left of the bar, the label at the right: {bar:?}"
    );
    assert!(
        !inside(bar).ends_with('░') && !inside(bar).ends_with('█'),
        "{bar:?}"
    );
}

#[test]
fn the_briefing_mirrors_its_headings_and_bullets() {
    let mut app = with_robin();
    app.screen = Screen::Briefing {
        scroll: 0,
        back: Box::new(Screen::Menu { selected: 0 }),
    };
    let rows = rows_of(&app);
    assert!(
        rows[0].ends_with(&format!("{} ┐", shown("الإحاطة: عالمك"))),
        "{:?}",
        rows[0]
    );
    let domain = row_with(&rows, &shown("النطاق:"));
    assert!(
        inside(domain).ends_with(&format!("ofuq.example {}", shown("النطاق:"))),
        "{domain:?}"
    );
    let rules = row_with(&rows, &shown("قواعد العمل"));
    assert_eq!(inside(rules), shown("قواعد العمل"));
    let bullets: Vec<&String> = rows.iter().filter(|r| r.contains('•')).collect();
    assert!(!bullets.is_empty());
    for row in bullets {
        assert!(
            inside(row).ends_with('•'),
            "the bullet at the right: {row:?}"
        );
    }
    for row in &rows {
        let width: usize = row.chars().map(|c| c.width().unwrap_or(0)).sum();
        assert_eq!(width, 80, "no row overflows: {row:?}");
    }
}

#[test]
fn the_certificate_is_mirrored_with_its_table_columns_right_to_left() {
    let mut app = with_robin();
    let now = chrono::Utc::now();
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
    app.screen = Screen::Certificate { scroll: 0 };
    let rows = rows_of(&app);
    assert!(
        rows[0].ends_with(&format!("{} ┐", shown("الشهادة"))),
        "{:?}",
        rows[0]
    );
    let heading = row_with(&rows, &shown("شهادة إتمام"));
    assert!(inside(heading).starts_with('★') && inside(heading).ends_with('★'));
    assert!(rows.iter().any(|r| r.contains(&shown("تقديرًا لإتمام"))));
    let header = row_with(&rows, &shown("الوحدة"));
    let (module, best, attempts, passed) = (
        column(header, &shown("الوحدة")),
        column(header, &shown("أفضل نتيجة")),
        column(header, &shown("المحاولات")),
        column(header, &shown("تاريخ الاجتياز")),
    );
    assert!(
        module > best && best > attempts && attempts > passed,
        "columns right to left: {header:?}"
    );
    assert_eq!(english(header, &[]), Vec::<&str>::new(), "{header:?}");
    let year = chrono::Utc::now().format("%Y-").to_string();
    let first = row_with(&rows, "100%");
    assert!(
        column(first, &year) < column(first, "100%"),
        "a module's row runs right to left too, whatever words it holds: {first:?}"
    );
    let keys = rows.last().expect("the key line");
    assert!(
        keys.trim_end()
            .ends_with(&format!("{} s", shown("احفظ في ملف"))),
        "{keys:?}"
    );
}

#[test]
fn too_small_says_so_in_arabic() {
    let rows = rows(draw(&app(), 60, 20).backend().buffer());
    assert!(
        rows[0].trim_end().ends_with(&shown("يحتاج")),
        "{:?}",
        rows[0]
    );
    assert!(rows.join("").contains("80x24"));
}

#[test]
fn with_bidi_terminal_lines_stay_in_reading_order_at_the_left() {
    let mut app = with_robin().with_display(Display {
        bidi: Bidi::Terminal,
        shape: false,
    });
    let rows = rows_of(&app);
    let hint = row_with(&rows, "احكم على كل رسالة");
    assert!(hint.trim_start().starts_with("احكم"), "{hint:?}");
    let keys = rows.last().expect("the key line");
    assert!(keys.starts_with("↑↓ تنقّل · Enter اختر"), "{keys:?}");
    app.screen = Screen::Path { selected: 0 };
    let rows = rows_of(&app);
    assert!(rows[0].starts_with("┌ مسار التدريب"), "{:?}", rows[0]);
}

#[test]
fn without_a_terminal_the_game_says_so_in_arabic() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = common::run(data.path(), &["--lang", "ar", "play"], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("تحتاج اللعبة إلى طرفية") && err.contains("redflag play --plain"),
        "{err}"
    );
    assert!(!out.status.success());
}

/// Every text value of the Arabic pack's manifest: its world's names, domains and handles are
/// data, shown as written.
fn manifest_words() -> Vec<String> {
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.extend(
                s.split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            ),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let pack = redflag::builtin::pack_in(arabic()).expect("built-in pack");
    let mut out = Vec::new();
    strings(
        &serde_json::to_value(&pack.manifest).expect("a manifest as JSON"),
        &mut out,
    );
    out
}

#[test]
fn no_english_word_is_left_on_any_screen_around_the_round() {
    let data = manifest_words();
    let mut allowed: Vec<&str> = KEYS.to_vec();
    allowed.push("Robin");
    allowed.extend(data.iter().map(String::as_str));
    let mut app = with_robin();
    for screen in [
        Screen::Menu { selected: 0 },
        Screen::Path { selected: 0 },
        Screen::Stats { scroll: 0 },
        Screen::Briefing {
            scroll: 0,
            back: Box::new(Screen::Menu { selected: 0 }),
        },
        Screen::Certificate { scroll: 0 },
        Screen::Name {
            input: String::new(),
            error: None,
        },
    ] {
        let name = format!("{screen:?}");
        app.screen = screen;
        let rows = rows_of(&app);
        let all = rows.join("\n");
        assert_eq!(
            english(&all, &allowed),
            Vec::<&str>::new(),
            "{name}:\n{all}"
        );
    }
}
