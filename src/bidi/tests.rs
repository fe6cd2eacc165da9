use super::*;

const RTL: Direction = Direction::RightToLeft;
const LTR: Direction = Direction::LeftToRight;

/// A word as a terminal shows it once reordered: its letters right to left.
fn rev(word: &str) -> String {
    word.chars().rev().collect()
}

fn plain(text: &str, direction: Direction) -> String {
    reorder(vec![(text.to_string(), ())], direction)
        .into_iter()
        .map(|(t, ())| t)
        .collect()
}

#[test]
fn english_lines_come_back_as_they_were() {
    let pieces = vec![
        ("From: ".to_string(), 1u8),
        ("AdHarbor Billing".to_string(), 2),
        (" (billing@adharbor.example) [2]".to_string(), 1),
    ];
    assert_eq!(reorder(pieces.clone(), LTR), pieces);
    assert!(!has_rtl("Zoë’s café — “quoted” 24h"));
    assert!(has_rtl("Bank الواحة"));
    assert!(has_rtl("שלום"));
}

#[test]
fn arabic_words_read_right_to_left() {
    assert_eq!(
        plain("مرحبا بك في نشير", RTL),
        format!(
            "{} {} {} {}",
            rev("نشير"),
            rev("في"),
            rev("بك"),
            rev("مرحبا")
        )
    );
}

#[test]
fn an_email_address_stays_whole_and_the_full_stop_ends_the_sentence() {
    assert_eq!(
        plain("راسلنا على help@nashir.example.", RTL),
        format!(".help@nashir.example {} {}", rev("على"), rev("راسلنا"))
    );
}

#[test]
fn a_link_stays_whole_with_its_slashes_digits_and_query() {
    let url = "https://zadrestaurants.example/iftar?day=12&x=3";
    assert_eq!(
        plain(&format!("افتح {url} الآن"), RTL),
        format!("{} {url} {}", rev("الآن"), rev("افتح"))
    );
}

#[test]
fn numbers_keep_their_digits_and_a_phone_number_its_groups_in_order() {
    assert_eq!(
        plain("خلال 24 ساعة", RTL),
        format!("{} 24 {}", rev("ساعة"), rev("خلال"))
    );
    assert_eq!(
        plain("اتصل على 800 555 0110 الآن", RTL),
        format!("{} 800 555 0110 {} {}", rev("الآن"), rev("على"), rev("اتصل"))
    );
    assert_eq!(
        plain("اتصل على +44 7700 900245", RTL),
        format!("+44 7700 900245 {} {}", rev("على"), rev("اتصل"))
    );
    // Arabic-Indic digits too are read left to right, group after group.
    assert_eq!(
        plain("اتصل على ٠٥٥ ٥٥٥ ٠١٦٣", RTL),
        format!("٠٥٥ ٥٥٥ ٠١٦٣ {} {}", rev("على"), rev("اتصل"))
    );
}

#[test]
fn a_handle_keeps_its_at_sign_in_front() {
    assert_eq!(
        plain("تابعونا على @layanperfumes اليوم", RTL),
        format!(
            "{} @layanperfumes {} {}",
            rev("اليوم"),
            rev("على"),
            rev("تابعونا")
        )
    );
}

#[test]
fn brackets_around_an_address_are_mirrored_and_face_it() {
    assert_eq!(
        plain("من بنك الواحة (alerts@waha.example) اليوم", RTL),
        format!(
            "{} (alerts@waha.example) {} {} {}",
            rev("اليوم"),
            rev("الواحة"),
            rev("بنك"),
            rev("من")
        )
    );
    // Brackets in Arabic text are mirrored, so that each still opens and closes its aside.
    assert_eq!(
        plain("نص (ملاحظة) هنا", RTL),
        format!("{} ({}) {}", rev("هنا"), rev("ملاحظة"), rev("نص"))
    );
}

#[test]
fn an_evidence_mark_stays_beside_the_word_it_marks_in_the_marks_style() {
    // As field_lines gives them: the marked word, its number right after it, then the rest.
    let pieces = vec![
        ("ادفع ".to_string(), "base"),
        ("الرسوم".to_string(), "flag"),
        ("[2]".to_string(), "flag"),
        (" اليوم".to_string(), "base"),
    ];
    let visual = reorder(pieces, RTL);
    assert_eq!(
        visual,
        vec![
            (format!("{} ", rev("اليوم")), "base"),
            (format!("[2]{}", rev("الرسوم")), "flag"),
            (format!(" {}", rev("ادفع")), "base"),
        ],
        "reading right to left: the word, then [2], in the flag's style"
    );
}

#[test]
fn a_mark_after_an_address_stays_on_its_right() {
    let pieces = vec![
        ("من ".to_string(), "base"),
        ("alerts@waha.example".to_string(), "flag"),
        ("[1]".to_string(), "flag"),
    ];
    let visual = reorder(pieces, RTL);
    assert_eq!(
        visual,
        vec![
            ("alerts@waha.example[1]".to_string(), "flag"),
            (format!(" {}", rev("من")), "base"),
        ]
    );
}

#[test]
fn arabic_inside_an_english_line_is_an_island_read_right_to_left() {
    let pieces = vec![
        ("From:    ".to_string(), "label"),
        ("بنك الواحة".to_string(), "text"),
        (" ✓verified".to_string(), "ok"),
    ];
    assert_eq!(
        reorder(pieces, LTR),
        vec![
            ("From:    ".to_string(), "label"),
            (format!("{} {}", rev("الواحة"), rev("بنك")), "text"),
            (" ✓verified".to_string(), "ok"),
        ]
    );
}

#[test]
fn combining_marks_stay_on_their_letters() {
    // Meem with a fatha, then reh: reversed, the fatha still follows the meem.
    assert_eq!(plain("مَر", RTL), "رمَ");
}

#[test]
fn a_paragraph_takes_the_direction_of_its_first_letter() {
    assert_eq!(direction("ادفع الآن", LTR), RTL);
    assert_eq!(direction("Pay الآن", RTL), LTR);
    assert_eq!(
        direction("«24» — 12:30", RTL),
        RTL,
        "no letter: the fallback"
    );
    assert_eq!(direction("«24» — 12:30", LTR), LTR);
}

#[test]
fn inert_direction_marks_are_plain_text_here() {
    // `inert` has turned a right-to-left override into visible text before it comes here.
    let text = format!("ملف {}fdp.exe", crate::inert::inert("\u{202E}"));
    assert_eq!(plain(&text, RTL), format!("<U+202E>fdp.exe {}", rev("ملف")));
}

#[test]
fn shaping_then_reordering_keeps_styles_and_joins() {
    let pieces = shape(vec![("بسم".to_string(), 0u8), ("[1]".to_string(), 1)]);
    let visual = reorder(pieces, RTL);
    assert_eq!(
        visual,
        vec![
            ("[1]".to_string(), 1),
            ("\u{FEE2}\u{FEB4}\u{FE91}".to_string(), 0)
        ]
    );
}

#[test]
fn a_wholly_right_to_left_line_is_ordered_as_the_algorithm_orders_it() {
    let lines: Vec<Vec<(String, u8)>> = vec![
        vec![("مرحبا بك في نشير".into(), 1)],
        vec![
            ("▶ ".into(), 1),
            ("العب جولة".into(), 2),
            (" (تدريب) «سريع» — ".into(), 1),
            ("الآن؟".into(), 3),
        ],
        vec![("كَلِمَةٌ مُشَكَّلَة، ".into(), 1), ("ثم نص".into(), 1)],
        vec![("  ".into(), 1), ("سطر بمسافات في آخره   ".into(), 2)],
    ];
    for pieces in lines {
        assert!(pieces.iter().all(|(t, _)| one_rtl_run(t)), "{pieces:?}");
        assert_eq!(
            reorder(pieces.clone(), RTL),
            by_algorithm(pieces.clone(), RTL),
            "{pieces:?}"
        );
    }
    // Any left-to-right letter, digit of either kind, mark or separator needs the algorithm.
    for text in ["نص a", "الرقم 5", "الرقم ٥", "نص\u{200E}", "نص\tنص", "٣"] {
        assert!(!one_rtl_run(text), "{text:?}");
    }
}

#[test]
fn the_quick_answers_agree_with_the_tables() {
    for c in ('\u{20}'..'\u{7F}').chain('\u{620}'..'\u{660}') {
        assert_eq!(is_mark(c), c.width() == Some(0), "{c:?}");
        if !c.is_ascii() {
            assert!(
                matches!(bidi_class(c), BidiClass::AL | BidiClass::NSM),
                "{c:?}"
            );
        }
    }
    assert!(is_mark('\u{64E}') && is_mark('\u{301}') && !is_mark('ب'));
    assert_eq!(reversed("مَرحبا (x)"), "(x) ابحرمَ");
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(class(c), bidi_class(c), "{c:?}");
    }
}

/// Lines of Arabic words, islands (addresses, versions, handles, numbers, English words), marks
/// and punctuation, made from a fixed sequence of draws.
fn generated_lines(count: usize) -> Vec<String> {
    const WORDS: &[&str] = &[
        "مرحبا",
        "بك",
        "في",
        "نشير",
        "الحزمة",
        "سيناريو",
        "خطِر",
        "آمن",
        "جولة",
        "كَلِمَةٌ",
        "لا",
        "ـ",
        "Sam",
        "Rivera",
        "help@nashir.example",
        "v1.0.0",
        "@waha_bank",
        "288",
        "٣٠",
        "10%",
        "$5",
        "https://x.example/a?b=1",
        "a.b",
        "e\u{301}t\u{e9}",
        "·",
        "—",
        "…",
        ":",
        "،",
        "؟",
        "!",
        ".",
        "▶",
        "↑↓",
        "→",
        "+",
        "-",
        "/",
        "#2",
        "x-y",
        "نص:",
        "٣",
        "كلمة٣",
        "abc١",
        "«قول»",
        "(تدريب)",
        "(x)",
        "[1]",
        "نص,",
        "\u{64E}بدء",
        "'",
        "\"",
        "¡",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "(abc",
        "def)",
        "(نص",
        "كلمة)",
        "[x]y",
        "a(b",
        "(\u{64E}",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % n as u64).unwrap_or(0)
    };
    (0..count)
        .map(|_| {
            let words = 1 + next(9);
            let mut line = String::new();
            for i in 0..words {
                if i > 0 {
                    line.push_str(if next(5) == 0 { "  " } else { " " });
                }
                line.push_str(WORDS[next(WORDS.len())]);
            }
            if next(4) == 0 {
                line.push(' ');
            }
            line
        })
        .collect()
}

#[test]
fn the_quick_runs_are_the_algorithm_s_runs() {
    // Brackets outside islands, with each of rule N0's outcomes.
    for line in [
        "Sam (abc def) نص",
        "نص (abc def) نص",
        "نص (abc نص) Sam",
        "Sam [نص] abc",
        "a b (c) — d (e",
        "(نص) (abc def) [x y] {",
    ] {
        let shadow = islands::shadow(line);
        let quick = runs::simple_rtl_runs(&shadow).expect(line);
        assert_eq!(quick, algorithm_runs(&shadow, RTL), "{line:?}");
    }
    let mut quick = 0;
    for line in generated_lines(5_000) {
        let shadow = islands::shadow(&line);
        if let Some(runs) = runs::simple_rtl_runs(&shadow) {
            quick += 1;
            assert_eq!(runs, algorithm_runs(&shadow, RTL), "{line:?}");
        }
    }
    // Enough lines take the quick way for the comparison to mean something, and not all do.
    assert!((1_000..4_500).contains(&quick), "{quick} of 5000");
}
