//! Plain mode in Arabic: every word of the interface from the Arabic catalog, in logical order
//! (a screen reader orders the text itself), with only the pack's own Latin words left: its
//! addresses, handles and brand names.

mod common;

use std::collections::BTreeSet;

use redflag::i18n::Lang;

/// Words of three Latin letters or more: what an English sentence left behind would show.
fn latin_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
        .collect()
}

/// Fields whose values are machine names (`safe`, `email`, `line.2`), never shown as written.
const MACHINE: [&str; 12] = [
    "at",
    "channel",
    "cue",
    "device",
    "difficulty",
    "id",
    "kind",
    "language",
    "sign",
    "theme",
    "verdict",
    "weight",
];

/// The text a pack's player can read: every string value but the machine names.
fn strings_of(value: &serde_json::Value, key: &str, out: &mut String) {
    match value {
        serde_json::Value::String(_) if MACHINE.contains(&key) => {}
        // A transcript line's speaker: `them` or `you`.
        serde_json::Value::String(s) if key == "from" && !s.contains('@') => {}
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_of(v, key, out)),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| strings_of(v, k, out)),
        _ => {}
    }
}

/// The Latin words the Arabic pack itself writes (addresses, handles, app names), which plain
/// mode shows as written; and the few the interface keeps: the brand, the player's name and
/// the Enter key.
fn allowed() -> BTreeSet<String> {
    let pack = redflag::builtin::pack_in(Lang::parse("ar").expect("Arabic")).expect("pack");
    let mut text = String::new();
    strings_of(
        &serde_json::to_value(&pack.scenarios).expect("json"),
        "",
        &mut text,
    );
    strings_of(
        &serde_json::to_value(&pack.manifest).expect("json"),
        "",
        &mut text,
    );
    let mut allowed = latin_words(&text);
    for word in [
        "safe",
        "dangerous",
        "email",
        "inspect",
        "quit",
        "Item",
        "Round",
    ] {
        assert!(
            !allowed.contains(word),
            "the pack writes {word:?}: a weaker check"
        );
    }
    allowed.extend(["redflag", "Robin", "Enter"].map(String::from));
    allowed
}

fn arabic_round(extra: &[&str], input: &str) -> String {
    let data = tempfile::tempdir().expect("tempdir");
    let mut args = vec!["--lang", "ar", "--profile", "Robin", "--seed", "7"];
    args.extend_from_slice(extra);
    let out = common::plain(data.path(), &args, input);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn assert_no_english(text: &str) {
    let left: Vec<String> = latin_words(text).difference(&allowed()).cloned().collect();
    assert!(left.is_empty(), "English left: {left:?}\n{text}");
}

#[test]
fn an_arabic_plain_round_is_worded_in_arabic_from_first_line_to_last() {
    // Inspect, answers right and wrong, then a missed item opened again, and one that is not there.
    let text = arabic_round(&["--count", "5"], "i\nd\ns\nd\ns\nd\n1\n9\n\n");
    for words in [
        "redflag: تدريب، 5 عناصر، البذرة 7، تلعب باسم Robin.",
        "اكتب s (آمنة)، d (خطِرة)، i (افحص التفاصيل)، q (اخرج من الجولة).",
        "في هذه اللعبة أنت ",
        "== العنصر 1 من 5: ",
        "== العنصر 5 من 5: ",
        "ما حكمك (s/d/i/q)؟ ",
        "الدرس: ",
        "\n== انتهت الجولة ==\nالنتيجة: ",
        "أفضل سلسلة ",
        "== المراجعة 1: ",
        "لا توجد مراجعة برقم 9.",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    assert!(
        text.contains("صحيح: كانت ") || text.contains("خطأ: كانت هذه "),
        "{text}"
    );
    assert!(
        text.contains("علامات التحذير: ") || text.contains("لماذا هي آمنة: "),
        "{text}"
    );
    assert_no_english(&text);
}

#[test]
fn an_arabic_spot_round_marks_and_scores_in_arabic() {
    let text = arabic_round(&["--spot", "--count", "2"], "m 1 2\nm 2\nm 99\nd\nm 1\ns\n");
    for words in [
        "redflag: التقط العلامات، عنصران، البذرة 7",
        "علّم الحقول (m 1 3)، أو اكتب حكمك (s/d/i/q)؟ ",
        "علّمت: ",
        "لا يوجد حقل برقم 99: الحقول مرقّمة من 1 إلى ",
        "علاماتك (+",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    assert_no_english(&text);
}

#[test]
fn an_unfinished_arabic_round_says_it_resumes_and_then_resumes() {
    let data = tempfile::tempdir().expect("tempdir");
    let args = [
        "--lang",
        "ar",
        "--profile",
        "Robin",
        "--seed",
        "7",
        "--count",
        "3",
    ];
    let first = common::plain(data.path(), &args, "d\n");
    let first = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(
        first.contains("أجبت عن 1 من 3 عناصر")
            && first.contains("إجاباتك محفوظة؛ وستُستأنف هذه الجولة في المرة القادمة."),
        "{first}"
    );
    let again = common::plain(data.path(), &args[..4], "d\nd\n");
    let again = String::from_utf8_lossy(&again.stdout).into_owned();
    assert!(
        again.contains("نستأنف جولتك غير المكتملة من ") && again.contains(": أجبت عن 1 من 3."),
        "{again}"
    );
    // The resuming line keeps its option as typed.
    let mut allowed_here = latin_words(&again);
    allowed_here.retain(|w| !["new", "round"].contains(&w.as_str()));
    let left: Vec<String> = allowed_here.difference(&allowed()).cloned().collect();
    assert!(left.is_empty(), "English left: {left:?}\n{again}");
    assert_no_english(&first);
}

#[test]
fn arabic_words_answer_as_the_keys_do_and_the_help_names_them() {
    let by_keys = arabic_round(&["--count", "3"], "i\nd\ns\nq\n");
    let by_words = arabic_round(&["--count", "3"], "افحص\nخطِر\nآمن\nخروج\n");
    assert_eq!(by_words, by_keys);
    assert!(by_words.contains("== العنصر 3 من 3: "), "{by_words}");
    assert!(
        by_words.contains("ويمكنك أيضًا كتابة الكلمة نفسها: آمن أو خطِر أو افحص أو خروج."),
        "{by_words}"
    );
    // A word that is no answer gets the help after the prompt, words included.
    let text = arabic_round(&["--count", "1"], "ربما\nخطر\n");
    assert!(
        text.lines()
            .any(|line| line.starts_with("ما حكمك (s/d/i/q)؟ اكتب s (آمنة)")
                && line.contains("خروج")),
        "{text}"
    );
    assert!(text.contains("الدرس: "), "{text}");
    assert_no_english(&text);
}
