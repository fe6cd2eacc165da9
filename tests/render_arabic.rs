//! The round in Arabic at 80x24, read cell by cell in visual order (left to right, as the
//! terminal shows it): every channel as a question and as feedback, and the summary. The
//! interface's words are Arabic and its layout mirrored: labels at the right end of their lines,
//! the key line starting from the right, their chat bubbles on the right and yours on the left,
//! addresses and links still reading left to right, the evidence highlighted on its own words.
//! With `--bidi terminal` the same lines go out in reading order for the terminal to order.

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use redflag::bidi::{Direction, reorder};
use redflag::content::Verdict;
use redflag::i18n::Lang;
use redflag::progress::Mode;
use redflag::quiz::Round;
use redflag::settings::{Bidi, Display, PlaySettings};
use redflag::tui::App;
use redflag::tui::app::{Done, Msg, Overlay, Play, Screen};

mod common;

use common::screen::{draw, showing, text};

const EMAIL: &str = "ar-fajr-iban-confirmed";
const SMS: &str = "ar-naqdi-suhoor-split";
const POST: &str = "ar-zad-creator-paid-partnership";
const MESSAGE: &str = "ar-phone-list-seller";
const CONSENT: &str = "ar-sura-cookie-continue";
const PERMISSION: &str = "ar-fines-app-sms-accessibility";
const WEB: &str = "ar-forum-agenda-captcha";
const CALL: &str = "ar-abdullah-deepfake-guest-gift-cards";
const NOTIFICATION: &str = "ar-waha-id-update-app";

/// The last column of a line inside the message box (its border and padding are to the right).
const BOX_RIGHT: u16 = 77;
/// The last column of the screen.
const RIGHT: u16 = 79;

fn arabic_app(bidi: Bidi) -> App {
    let lang = Lang::parse("ar").expect("Arabic");
    let pack = redflag::builtin::pack_in(lang).expect("the Arabic pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 10,
            seed: 1,
            color: true,
            lang,
        },
    )
    .with_display(Display { bidi, shape: false })
}

/// A right-to-left paragraph as it shows on screen, left to right.
fn shown(logical: &str) -> String {
    reorder(vec![(logical.to_string(), ())], Direction::RightToLeft)
        .into_iter()
        .map(|(text, ())| text)
        .collect()
}

/// The screen a row at a time, each cell's symbol in turn.
fn rows(buffer: &Buffer) -> Vec<String> {
    text(buffer).lines().map(str::to_string).collect()
}

/// The cells of row `y` from column `x`, as one string.
fn from(buffer: &Buffer, x: u16, y: u16) -> String {
    (x..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

/// Where `needle` starts on screen (column and row, in cells), the first time it shows.
fn at(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    (0..buffer.area.height).find_map(|y| {
        (0..buffer.area.width)
            .find(|&x| from(buffer, x, y).starts_with(needle))
            .map(|x| (x, y))
    })
}

fn must(buffer: &Buffer, needle: &str) -> (u16, u16) {
    at(buffer, needle).unwrap_or_else(|| panic!("{needle:?} on screen:\n{}", text(buffer)))
}

/// The column of the last cell of row `y` that is not blank, inside columns `..=limit`.
fn last_drawn(buffer: &Buffer, y: u16, limit: u16) -> u16 {
    (0..=limit)
        .rev()
        .find(|&x| buffer[(x, y)].symbol() != " ")
        .unwrap_or(0)
}

/// `needle` ends row `y` at column `right`: the line is on the right, this at its end.
fn ends_row_at(buffer: &Buffer, needle: &str, right: u16) -> u16 {
    (0..buffer.area.height)
        .find(|&y| {
            let row: String = (0..=right).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().ends_with(needle) && last_drawn(buffer, y, right) == right
        })
        .unwrap_or_else(|| {
            panic!(
                "a row ending with {needle:?} at column {right}:\n{}",
                text(buffer)
            )
        })
}

/// The scenario's own words (its pack file): the only Latin words a question may show, with
/// the brand and the names of keys.
fn pack_words(id: &str) -> String {
    let stem = id.trim_start_matches("ar-");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content-ar");
    for channel in std::fs::read_dir(&root).expect("content-ar") {
        let file = channel.expect("entry").path().join(format!("{stem}.toml"));
        if let Ok(text) = std::fs::read_to_string(file) {
            return text;
        }
    }
    panic!("no pack file for {id}")
}

fn no_english_words(buffer: &Buffer, id: &str) {
    let allowed = format!("redflag Enter Tab Shift Esc PgUp PgDn {}", pack_words(id));
    let screen = text(buffer);
    for word in screen
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
    {
        assert!(
            allowed.contains(word),
            "{word:?} left in English:\n{screen}"
        );
    }
}

/// What every question shows in Arabic: the header from the right, the channel's name as the
/// box's title on the right, the verdict bar and the key line read from the right.
fn question_frame(buffer: &Buffer, channel: &str) {
    let top = rows(buffer);
    assert_eq!(
        buffer[(RIGHT, 0)].symbol(),
        "⚑",
        "the header starts at the right:\n{}",
        top[0]
    );
    assert!(top[0].contains(&shown("العنصر 1 من 1")), "{}", top[0]);
    assert!(
        top[1].ends_with(&format!(" {} ┐", shown(channel))),
        "the box's title on the right: {}",
        top[1]
    );
    let bar = ends_row_at(buffer, &shown("حكمك:"), RIGHT);
    let (safe, y) = must(buffer, &shown("[s] آمن"));
    let (dangerous, _) = must(buffer, &shown("[d] خطِر"));
    assert!(y == bar && safe > dangerous, "SAFE first from the right");
    let keys = shown("s آمن · d خطِر · i افحص · ↑↓ تمرير · b الإحاطة · ? مساعدة · q خروج");
    assert_eq!(top[23].trim_start(), keys, "the key line from the right");
    assert_eq!(last_drawn(buffer, 23, RIGHT), RIGHT);
}

fn question(app: &mut App, id: &str, inspected: bool) -> Buffer {
    showing(app, id, inspected, None);
    draw(app, 80, 24).backend().buffer().clone()
}

fn feedback(app: &mut App, id: &str, answer: Verdict) -> Buffer {
    showing(app, id, false, Some(answer));
    draw(app, 80, 24).backend().buffer().clone()
}

/// What every feedback shows in Arabic: the verdict from the right, the evidence numbered in
/// the message, the explanations' heading, the lesson and the key line from the right.
fn feedback_frame(buffer: &Buffer, safe: bool) {
    let top = rows(buffer);
    assert!(
        top[1].trim_end().ends_with(&shown("✓ صحيح: الإجابة")),
        "{}",
        top[1]
    );
    assert_eq!(last_drawn(buffer, 1, RIGHT), RIGHT);
    let box_bottom = top
        .iter()
        .position(|r| r.starts_with('└'))
        .expect("the box");
    assert!(
        top[2..box_bottom]
            .iter()
            .any(|r| (1..=9).any(|n| r.contains(&format!("[{n}]")))),
        "evidence numbered in the message:\n{}",
        text(buffer)
    );
    let heading = if safe {
        "لماذا هي آمنة"
    } else {
        "علامات التحذير"
    };
    ends_row_at(buffer, &shown(&format!("{heading} ·")), RIGHT - 1);
    ends_row_at(buffer, &shown("الدرس:"), RIGHT - 1);
    let keys = shown("Enter النتائج · ↑↓ تمرير الرسالة · b الإحاطة · ? مساعدة · q خروج");
    assert_eq!(top[23].trim_start(), keys, "the key line from the right");
}

#[test]
fn an_email_puts_its_labels_at_the_right_and_its_addresses_read_left_to_right() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, EMAIL, false);
    question_frame(&screen, "بريد إلكتروني");
    no_english_words(&screen, EMAIL);
    ends_row_at(&screen, &shown("من:"), BOX_RIGHT);
    let to = ends_row_at(&screen, &shown("إلى:"), BOX_RIGHT);
    let (address, row) = must(&screen, "faisal@ofuq.example");
    assert_eq!(row, to, "the address on the label's line, to its left");
    assert!(address < BOX_RIGHT - 4);
    ends_row_at(&screen, &shown("الموضوع:"), BOX_RIGHT);
    must(&screen, &shown("‹العنوان: اضغط i للفحص›"));

    let screen = feedback(&mut app, EMAIL, Verdict::Safe);
    feedback_frame(&screen, true);
    // The sender's address is a sign: highlighted whole, left to right, its number after it.
    let (x, y) = must(&screen, "<accounts@fajrpress.example[2]>");
    for dx in 1..=29 {
        let cell = &screen[(x + dx, y)];
        assert_eq!(cell.fg, Color::Green, "{dx}: {:?}", cell.symbol());
        assert!(cell.modifier.contains(Modifier::REVERSED));
    }
}

#[test]
fn a_text_message_is_a_bubble_on_the_right_with_its_signs_on_their_words() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, SMS, false);
    question_frame(&screen, "رسالة نصية");
    no_english_words(&screen, SMS);
    let header = ends_row_at(&screen, &shown("رسالة نصية من"), BOX_RIGHT);
    assert!(rows(&screen)[usize::from(header)].contains("Naqdi"));
    let bubble: Vec<u16> = (0..24)
        .filter(|&y| screen[(BOX_RIGHT, y)].symbol() == "│")
        .collect();
    assert!(bubble.len() >= 3, "the bubble's bar on the right");
    assert!((0..24).all(|y| screen[(2, y)].symbol() != "│"));

    let screen = feedback(&mut app, SMS, Verdict::Safe);
    feedback_frame(&screen, true);
    // A sign in Arabic: every cell of its words in the sign's style, its number at its end
    // (the left, in visual order), the space before it (on its right) plain.
    let words = shown("للموافقة أو الرفض افتح تطبيق نقدي");
    let (x, y) = must(&screen, &format!("[2]{words}"));
    let width = u16::try_from(words.chars().count()).expect("narrow") + 3;
    for dx in 0..width {
        let cell = &screen[(x + dx, y)];
        assert_eq!(cell.fg, Color::Green, "{dx}: {:?}", cell.symbol());
        assert!(cell.modifier.contains(Modifier::REVERSED), "{dx}");
    }
    assert!(!screen[(x + width, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn a_chat_shows_their_bubbles_on_the_right_and_yours_on_the_left() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, MESSAGE, false);
    question_frame(&screen, "رسالة مباشرة");
    no_english_words(&screen, MESSAGE);
    let theirs = ends_row_at(
        &screen,
        &format!(
            "{} │",
            shown("مساء الخير، نخدم وكالات التسويق في الرياض منذ 2019.")
        ),
        BOX_RIGHT,
    );
    let (x, yours) = must(&screen, &format!("│ {}", shown("ومن أين جاءت الموافقات؟")));
    assert_eq!(x, 2, "your bubble starts at the left:\n{}", text(&screen));
    assert!(yours > theirs);
    assert_eq!(
        screen[(2, yours)].fg,
        Color::Cyan,
        "your bar in your colour"
    );
    assert_eq!(screen[(BOX_RIGHT, theirs)].fg, Color::DarkGray);

    let screen = feedback(&mut app, MESSAGE, Verdict::Dangerous);
    feedback_frame(&screen, false);
    // The flag's words, number included, in the flag's style; the number stays at their end
    // (the left) and the figure inside them reads left to right.
    let flag = format!("[1]{}", shown("قاعدة 50,000 رقم جوال"));
    assert!(flag.contains(" 50,000 "));
    let (x, y) = must(&screen, &flag);
    for dx in 0..u16::try_from(flag.chars().count()).expect("narrow") {
        let cell = &screen[(x + dx, y)];
        assert_eq!(cell.fg, Color::Red, "{dx}: {:?}", cell.symbol());
        assert!(cell.modifier.contains(Modifier::REVERSED), "{dx}");
    }
    assert_ne!(screen[(x - 1, y)].fg, Color::Red);
    // The handle, revealed in feedback, is a phone number: its groups in order.
    must(&screen, "050 555 0189");
}

#[test]
fn a_post_reads_from_the_right_with_its_link_pointing_left() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, POST, false);
    question_frame(&screen, "منشور");
    no_english_words(&screen, POST);
    must(&screen, &shown("لمحة · مُموَّل"));
    let link = ends_row_at(&screen, &shown("الرابط 1:"), BOX_RIGHT);
    assert!(rows(&screen)[usize::from(link)].contains(" ← "));
    must(&screen, &shown("[صورة]"));
    ends_row_at(&screen, &shown("الردود"), BOX_RIGHT);
    feedback_frame(&feedback(&mut app, POST, Verdict::Safe), true);
}

#[test]
fn a_consent_screen_keeps_the_site_left_to_right_and_its_filled_button_whole() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, CONSENT, false);
    question_frame(&screen, "شاشة موافقة");
    no_english_words(&screen, CONSENT);
    let top = ends_row_at(&screen, &shown("لافتة ملفات تعريف الارتباط في"), BOX_RIGHT);
    assert!(rows(&screen)[usize::from(top)].contains("shop.suraroasters.example "));
    must(&screen, &format!("▐ {} ▌", shown("قبول الكل")));
    feedback_frame(&feedback(&mut app, CONSENT, Verdict::Dangerous), false);
}

#[test]
fn a_permission_prompt_labels_the_app_and_the_request_on_the_right() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, PERMISSION, false);
    question_frame(&screen, "طلب إذن");
    no_english_words(&screen, PERMISSION);
    ends_row_at(&screen, &shown("ما كنت تفعله:"), BOX_RIGHT);
    ends_row_at(&screen, &shown("التطبيق:"), BOX_RIGHT);
    ends_row_at(&screen, &shown("يطلب:"), BOX_RIGHT);
    feedback_frame(&feedback(&mut app, PERMISSION, Verdict::Dangerous), false);
}

#[test]
fn a_web_page_shows_its_address_left_to_right_after_an_arabic_label() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, WEB, false);
    question_frame(&screen, "صفحة ويب");
    no_english_words(&screen, WEB);
    let bar = ends_row_at(&screen, &shown("العنوان:"), BOX_RIGHT);
    let (x, y) = must(&screen, "https://mdforum.example/my-agenda :");
    assert_eq!(y, bar);
    assert!(x > 2, "the line is right-aligned");
    feedback_frame(&feedback(&mut app, WEB, Verdict::Safe), true);
}

#[test]
fn a_call_centres_its_caller_in_visual_order_and_speakers_stand_at_the_right() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, CALL, false);
    question_frame(&screen, "مكالمة");
    no_english_words(&screen, CALL);
    must(&screen, &shown("اجتماع مرئي · مجلس"));
    must(&screen, &shown("عبدالله الحربي"));
    ends_row_at(&screen, &shown("يقول:"), BOX_RIGHT);
    ends_row_at(&screen, &shown("المتصل │"), BOX_RIGHT);
    ends_row_at(&screen, &shown("أنت    │"), BOX_RIGHT);
    feedback_frame(&feedback(&mut app, CALL, Verdict::Dangerous), false);
}

#[test]
fn a_notification_card_has_its_edge_on_the_right() {
    let mut app = arabic_app(Bidi::App);
    let screen = question(&mut app, NOTIFICATION, false);
    question_frame(&screen, "إشعار");
    no_english_words(&screen, NOTIFICATION);
    ends_row_at(&screen, &shown("على هاتفك"), BOX_RIGHT);
    let corner = must(&screen, "╮");
    assert_eq!(corner.0, BOX_RIGHT, "{}", text(&screen));
    must(&screen, "╯");
    assert!(at(&screen, "╭").is_none());
    ends_row_at(&screen, &shown("التفاصيل:"), BOX_RIGHT);
    feedback_frame(&feedback(&mut app, NOTIFICATION, Verdict::Safe), true);
}

#[test]
fn with_terminal_ordering_lines_go_out_in_reading_order_but_the_layout_is_still_mirrored() {
    let mut app = arabic_app(Bidi::Terminal);
    let screen = question(&mut app, EMAIL, false);
    let top = rows(&screen);
    // Never reversed by redflag: the label is sent first, the key line as it is read.
    assert!(
        top.iter()
            .any(|r| r.starts_with(&format!("│ {:<9} مطبعة الفجر", "من:"))),
        "{}",
        text(&screen)
    );
    assert!(top[23].contains("s آمن · d خطِر · i افحص"), "{}", top[23]);
    // The key line goes out from the first column: a terminal that orders lines itself also
    // places a right-to-left paragraph on the right (padding it here would push it left there).
    assert!(top[23].starts_with('s'), "{}", top[23]);

    let screen = question(&mut app, MESSAGE, false);
    let theirs = ends_row_at(
        &screen,
        "مساء الخير، نخدم وكالات التسويق في الرياض منذ 2019. │",
        BOX_RIGHT,
    );
    let (x, yours) = must(&screen, "│ ومن أين جاءت الموافقات؟");
    assert_eq!(x, 2);
    assert!(yours > theirs);
}

#[test]
fn the_arrows_choose_the_button_on_their_side() {
    let mut app = arabic_app(Bidi::App);
    showing(&mut app, EMAIL, false, None);
    app.update(Msg::Left);
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    // DANGEROUS is the left button in Arabic: ← chooses it.
    must(&screen, &shown("▶ [d] خطِر"));
}

#[test]
fn the_summary_reads_from_the_right() {
    let mut app = arabic_app(Bidi::App);
    let items: Vec<usize> = [EMAIL, MESSAGE, SMS]
        .iter()
        .map(|id| app.pool.iter().position(|s| s.id == *id).expect("id"))
        .collect();
    let mut p = Play::new(Round::new(items), Mode::Practice, 1);
    for given in [Verdict::Dangerous, Verdict::Dangerous, Verdict::Safe] {
        p.round
            .answer(&app.pool, given, true, std::time::Duration::from_secs(20));
    }
    let summary = p.round.summary(&app.pool);
    app.screen = Screen::Summary {
        done: Box::new(Done {
            play: p,
            summary,
            earned: vec![],
            module: None,
        }),
        scroll: 0,
        selected: Some(0),
    };
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    let top = rows(&screen);
    assert!(top[0].ends_with('┐') && top[0].contains(&shown("انتهت الجولة ·")));
    ends_row_at(&screen, &shown("النتيجة: 2/3 صحيحة"), BOX_RIGHT);
    ends_row_at(
        &screen,
        &shown("الوقت: 1 د 00 ث  ·  فحصت قبل الإجابة: 3 من 3"),
        BOX_RIGHT,
    );
    let themes = ends_row_at(&screen, &shown("حسب المحور"), BOX_RIGHT);
    ends_row_at(&screen, &shown("الموافقة والخصوصية"), BOX_RIGHT - 2);
    // The counts stand in one column, however long the theme's name.
    let counts: Vec<Option<u16>> = (themes + 1..themes + 4)
        .map(|y| {
            assert!(top[usize::from(y)].contains(&shown("صحيحة")));
            // The row's first drawn cell: where the count's words end, read from the right.
            (0..RIGHT).find(|&x| screen[(x, y)].symbol() != " " && x > 0)
        })
        .collect();
    assert!(
        counts.len() == 3 && counts.iter().all(|&x| x == counts[0]),
        "{counts:?}"
    );
    must(&screen, &shown("1 من 1 صحيحة"));
    ends_row_at(&screen, &shown("للمراجعة"), BOX_RIGHT);
    let chosen = ends_row_at(
        &screen,
        &shown("▶ المطبعة تؤكد الآيبان الجديد بعد اتصال هند (بريد إلكتروني، آمنة)"),
        BOX_RIGHT,
    );
    assert_eq!(screen[(BOX_RIGHT, chosen)].symbol(), "▶");
    let keys = shown("↑↓ اختر · Enter اعرضه مجددًا · Esc رجوع · p العب جولة · ? مساعدة");
    assert_eq!(top[23].trim_start(), keys);
}

#[test]
fn the_help_and_the_quit_question_read_from_the_right() {
    let mut app = arabic_app(Bidi::App);
    showing(&mut app, EMAIL, false, None);
    app.overlay = Some(Overlay::Help);
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    let (x, title) = must(&screen, &format!("{} ┐", shown("مساعدة: طريقة اللعب")));
    assert!(x > 40, "the help's title on the right");
    ends_row_at(&screen, &shown("احكم على كل عنصر:"), RIGHT - 4);
    // Two keys to a row, the first at the right, each before its words.
    let row = ends_row_at(&screen, "s d", RIGHT - 4);
    let (words, y) = must(&screen, &shown("آمن، خطِر"));
    let (second, _) = must(&screen, "Enter → ←");
    assert!(y == row && second < words, "{}", text(&screen));
    for (key, what) in [
        ("q Esc", "رجوع؛ الجولة تسألك"),
        ("Tab m", "التقاط: تنقّل، علّم"),
    ] {
        let (k, y) = must(&screen, key);
        let (w, same) = must(&screen, &shown(what));
        assert!(y == same && w < k, "{key} then its words, on one row");
    }
    assert!(title < row);

    app.overlay = Some(Overlay::ConfirmQuit);
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    must(&screen, &format!("{} ┐", shown("مغادرة الجولة؟")));
    must(
        &screen,
        &shown("أتغادر هذه الجولة؟ لا يمكن استئنافها دون ملف شخصي."),
    );
    let (yes, y) = must(&screen, &shown("[y] نعم، إلى القائمة"));
    let (no, _) = must(&screen, &shown("[n] لا، أكمل اللعب"));
    assert_eq!(yes + 20, no + 18, "both right-aligned in the box, row {y}");
}

#[test]
fn spot_mode_explains_itself_and_scores_the_marks_in_arabic() {
    let mut app = arabic_app(Bidi::App);
    let index = app.pool.iter().position(|s| s.id == SMS).expect("id");
    app.screen = Screen::Question(Play::new(Round::new(vec![index]), Mode::Spot, 1));
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    must(
        &screen,
        &format!("{} ┐", shown("التقط العلامات: طريقة اللعب")),
    );
    ends_row_at(
        &screen,
        &shown("Tab Shift-Tab  التنقل بين أجزاء الرسالة"),
        BOX_RIGHT - 2,
    );
    ends_row_at(
        &screen,
        &shown("تُضاف نقاط علاماتك إلى نقاط الحكم:"),
        BOX_RIGHT,
    );
    assert_eq!(
        rows(&screen)[23].trim_start(),
        shown("Enter ابدأ · ? مساعدة · q خروج")
    );

    app.update(Msg::Enter);
    app.update(Msg::NextField);
    app.update(Msg::Mark);
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    no_english_words(&screen, SMS);
    must(&screen, "⚑?");
    app.update(Msg::Safe);
    let screen = draw(&app, 80, 24).backend().buffer().clone();
    ends_row_at(
        &screen,
        &shown("علاماتك: +0 نقطة · ✓ أصبت: لا شيء"),
        RIGHT - 1,
    );
    must(&screen, &shown("! علامات خاطئة: النص"));
}

#[test]
fn no_english_word_is_left_on_any_channel_s_question_or_feedback() {
    let mut app = arabic_app(Bidi::App);
    for id in [
        EMAIL,
        SMS,
        POST,
        MESSAGE,
        CONSENT,
        PERMISSION,
        WEB,
        CALL,
        NOTIFICATION,
    ] {
        no_english_words(&question(&mut app, id, true), id);
        for answer in [Verdict::Safe, Verdict::Dangerous] {
            no_english_words(&feedback(&mut app, id, answer), id);
        }
    }
}
