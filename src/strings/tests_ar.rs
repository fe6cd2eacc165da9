//! The same words in Arabic: each read as a Saudi marketer would, with no English left but the
//! data placed in them (paths, the parser's reasons, options typed as they are).

use std::path::PathBuf;

use super::*;
use crate::content::{Channel, Cue, FieldKind, FieldPath, Part, Sign, Theme};
use crate::i18n::Lang;
use crate::progress::Mode;
use crate::progress::achievements::{Achievement, Rank};
use crate::scoring::Tally;

pub(super) fn ar() -> &'static Catalog {
    Catalog::get(Lang::parse("ar").expect("an Arabic catalog"))
}

fn arabic_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count()
}

/// Latin words of three letters or more in `text` once `data` is taken out of it.
fn english_words(text: &str, data: &[&str]) -> Vec<String> {
    let mut rest = text.to_string();
    for d in data {
        rest = rest.replace(d, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
        .collect()
}

/// Arabic through and through, but for `data`.
pub(super) fn assert_arabic(text: &str, data: &[&str]) {
    assert!(arabic_letters(text) > 0, "{text}");
    let left = english_words(text, data);
    assert!(left.is_empty(), "English left {left:?} in: {text}");
}

#[test]
fn notices_and_recoveries_are_arabic_sentences_naming_their_files() {
    let kept = PathBuf::from("/data/profiles/sam/profile.damaged-20261103T120000.json");
    let from = PathBuf::from("/data/profiles/sam/profile.json.tmp");
    let (kept_s, from_s) = (kept.display().to_string(), from.display().to_string());
    let reason = "expected value at line 1 column 1";
    let notices = [
        Notice::Unsaved,
        Notice::Recovered(Recovery::Interrupted { from: from.clone() }),
        Notice::Recovered(Recovery::Damaged {
            reason: reason.into(),
            kept: kept.clone(),
        }),
        Notice::SettingsKeptAside {
            reason: reason.into(),
            kept: kept.clone(),
        },
        Notice::SettingsNotAFile {
            path: from.clone(),
            kind: FileKind::Fifo,
        },
    ];
    for notice in &notices {
        let said = super::notice(ar(), notice);
        assert_arabic(&said, &[&kept_s, &from_s, reason, "FIFO"]);
        assert!(said.ends_with('.'), "{said}");
    }
    assert_eq!(
        super::notice(ar(), &Notice::Unsaved),
        "تلعب دون حفظ: لن يُحتفظ بشيء من هذه الجلسة."
    );
    let damaged = super::notice(ar(), &notices[2]);
    assert!(
        damaged.contains(&format!("({reason})")) && damaged.contains(&kept_s),
        "{damaged}"
    );
    let rebuilt = |rounds: usize, kept: Vec<PathBuf>| {
        recovery(
            ar(),
            &Recovery::Rebuilt {
                reason: None,
                kept,
                rounds,
            },
        )
    };
    assert!(rebuilt(1, vec![]).contains("من الجولة المنتهية الوحيدة في سجلّك"));
    assert!(rebuilt(2, vec![]).contains("من الجولتين المنتهيتين"));
    assert!(rebuilt(3, vec![]).contains("من 3 جولات منتهية"));
    assert!(rebuilt(11, vec![]).contains("من 11 جولة منتهية"));
    let two = rebuilt(5, vec![kept.clone(), from.clone()]);
    assert!(
        two.contains(&format!("{kept_s} و{from_s}")),
        "two files: {two}"
    );
    assert_arabic(&two, &[&kept_s, &from_s]);
    let fallback = super::fallback(
        ar(),
        &Fallback::Rebuilt {
            reason: Some(reason.into()),
            rounds: 2,
        },
    );
    assert!(
        fallback.contains("من الجولتين المنتهيتين في السجلّ"),
        "{fallback}"
    );
    assert_arabic(&fallback, &[reason]);
}

#[test]
fn save_errors_are_worded_in_arabic_and_keep_what_is_typed() {
    use NameProblem::*;
    let path = PathBuf::from("/data/profiles/sam/profile.json");
    let path_s = path.display().to_string();
    let errors = [
        StoreError::BadName(Empty),
        StoreError::BadName(TooLong),
        StoreError::BadName(PathLike),
        StoreError::Locked("Sam".into()),
        StoreError::Newer {
            path: path.clone(),
            found: 9,
            supported: 3,
        },
        StoreError::Damaged {
            path: path.clone(),
            reason: "EOF".into(),
        },
        StoreError::NotAFile {
            path: path.clone(),
            kind: FileKind::Directory,
        },
        StoreError::SettingsDamaged {
            path: path.clone(),
            reason: "EOF".into(),
        },
        StoreError::NameTaken {
            asked: "Sam R".into(),
            owner: "sam-r".into(),
        },
    ];
    for error in &errors {
        let said = store_error(ar(), error);
        // The brand and an option as typed stay Latin.
        assert_arabic(
            &said,
            &[
                &path_s,
                "redflag",
                "--profile NAME",
                "EOF",
                "Sam R",
                "sam-r",
                "Sam",
            ],
        );
    }
    assert_eq!(
        store_error(ar(), &StoreError::BadName(Empty)),
        "اسم الملف الشخصي فارغ: اكتب اسمًا"
    );
    assert!(name_problem(ar(), TooLong).contains(&MAX_NAME.to_string()));
    assert_eq!(
        StoreError::BadName(Empty).to_string(),
        "profile name is empty: type a name",
        "errors that travel before a language is known stay English"
    );
    let failed = failed_save(ar(), &errors[5]);
    assert!(failed.starts_with("تعذّر الحفظ (") && failed.contains("حفظك السابق سليم"));
}

#[test]
fn achievements_and_ranks_have_their_own_arabic_names() {
    let mut names: Vec<String> = Achievement::ALL
        .iter()
        .map(|a| achievement(ar(), *a))
        .collect();
    for (a, name) in Achievement::ALL.iter().zip(&names) {
        assert_arabic(name, &[]);
        assert_arabic(&achievement_how(ar(), *a), &[]);
        assert_ne!(name, &achievement(Catalog::english(), *a));
    }
    names.sort();
    names.dedup();
    assert_eq!(names.len(), Achievement::ALL.len(), "no two share a name");
    assert_eq!(achievement(ar(), Achievement::FirstRound), "الجولة الأولى");
    assert_eq!(
        achievement_how(ar(), Achievement::Mastered(Theme::Myths)),
        "20 إجابة أو أكثر عن الخرافات الشائعة، 85% منها صحيحة"
    );
    let ranks = [
        Rank::Trainee,
        Rank::Spotter,
        Rank::Checker,
        Rank::Analyst,
        Rank::Guardian,
    ];
    let mut words: Vec<String> = ranks.iter().map(|r| rank(ar(), *r)).collect();
    words.iter().for_each(|w| assert_arabic(w, &[]));
    words.sort();
    words.dedup();
    assert_eq!(words.len(), ranks.len());
    assert_eq!(
        next_rank(ar(), Rank::Spotter),
        "راصد عند 300 نقطة، مع تمييز الاحتيال من الرسائل الآمنة (حساسية d′ 0.5 أو أكثر) في آخر 50 إجابة"
    );
}

pub(super) fn tally(hits: u32, misses: u32, false_alarms: u32, correct_rejections: u32) -> Tally {
    Tally {
        hits,
        misses,
        false_alarms,
        correct_rejections,
    }
}

#[test]
fn round_figures_take_the_arabic_plural_forms() {
    let counts = |n: u64| items(ar(), n);
    assert_eq!(
        [
            counts(0),
            counts(1),
            counts(2),
            counts(3),
            counts(11),
            counts(100)
        ],
        [
            "لا عناصر",
            "عنصر واحد",
            "عنصران",
            "3 عناصر",
            "11 عنصرًا",
            "100 عنصر"
        ]
    );
    assert_eq!(points(ar(), 2u32), "نقطتان");
    assert_eq!(attempts(ar(), 4u32), "4 محاولات");
    assert_eq!(reviews(ar(), 1u32), "مراجعة واحدة");
    assert_eq!(seconds(ar(), 12u32), "12 ثانية");
    assert_eq!(
        caught(ar(), &tally(4, 1, 1, 4)).as_deref(),
        Some("كشفتَ 4 من 5 عمليات احتيال · فاتتك عملية احتيال واحدة (حكمتَ بأنها آمنة)")
    );
    assert_eq!(
        caught(ar(), &tally(1, 0, 0, 1)).as_deref(),
        Some("كشفتَ 1 من عملية احتيال واحدة")
    );
    assert_eq!(
        false_alarms(ar(), &tally(0, 0, 1, 1)).as_deref(),
        Some("إنذارات كاذبة (عنصر آمن حكمتَ بأنه خطِر): 1 من عنصرين آمنين")
    );
    let d = sensitivity(ar(), &tally(10, 2, 2, 10)).expect("24 answers, both kinds");
    assert!(
        d.starts_with("الحساسية d′ ") && d.contains("0 تخمين"),
        "{d}"
    );
    assert_eq!(
        certificate_pending(ar(), 2),
        "تأتي الشهادة بعد النجاح في كل الوحدات: بقيت وحدتان."
    );
}

#[test]
fn modes_modules_and_replays_are_named_in_arabic() {
    assert_eq!(mode(ar(), &Mode::Practice), "تدريب");
    assert_eq!(mode(ar(), &Mode::Spot), "التقط العلامات");
    assert_eq!(mode(ar(), &Mode::Daily("2026-11-12".into())), "تحدي اليوم");
    assert_eq!(
        mode(ar(), &Mode::Module("module-myths".into())),
        "وحدة: خرافات شائعة"
    );
    assert_eq!(module_name(ar(), "final-exam"), "الاختبار النهائي");
    assert_eq!(
        module_name(ar(), "module-nope"),
        "module-nope",
        "as written"
    );
    let replay = replay(ar(), &Mode::Practice, 18446744073709551615, 3).expect("drawn");
    assert!(
        replay.contains("--seed 18446744073709551615 --count 3"),
        "every digit of the seed: {replay}"
    );
    assert_arabic(&replay, &["--seed", "--count"]);
    for theme in Theme::ALL {
        assert_arabic(&theme_label(ar(), *theme), &[]);
    }
    for channel in Channel::ALL {
        assert_arabic(&channel_label(ar(), *channel), &[]);
    }
    assert_eq!(channel_label(ar(), Channel::Sms), "رسالة نصية");
    assert_eq!(skill(ar(), "safe:myths"), "رسائل آمنة: خرافات شائعة");
}

#[test]
fn evidence_and_field_labels_are_arabic_and_distinct() {
    let mut labels: Vec<String> = Cue::ALL.iter().map(|c| cue_label(ar(), *c)).collect();
    labels.extend(Sign::ALL.iter().map(|s| sign_label(ar(), *s)));
    for label in &labels {
        assert_arabic(label, &[]);
    }
    for meaning in Cue::ALL
        .iter()
        .map(|c| cue_meaning(ar(), *c))
        .chain(Sign::ALL.iter().map(|s| sign_meaning(ar(), *s)))
    {
        assert_arabic(&meaning, &["QR"]);
        assert!(meaning.ends_with('.'), "{meaning}");
    }
    let count = labels.len();
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), count, "no two share a label");
    assert_eq!(
        evidence_label(ar(), "credential-request"),
        "يطلب كلمة مرور أو رمزًا"
    );
    assert_eq!(evidence_label(ar(), "equal-choice"), "الرفض سهل كالقبول");
    assert_eq!(evidence_label(ar(), "gone\u{1b}"), "gone^[");
    let link = FieldPath::nth(FieldKind::Link, 1);
    assert_eq!(field_label(ar(), link), "وجهة الرابط 2");
    assert_eq!(field_label(ar(), link.with(Part::Text)), "الرابط 2");
    assert_eq!(
        field_label(ar(), FieldPath::nth(FieldKind::Reply, 0).with(Part::Author)),
        "الرد 1: الكاتب"
    );
    for path in ["from_name", "reply_to", "repeats", "details", "scope"] {
        let path: FieldPath = path.parse().expect("a field");
        assert_arabic(&field_label(ar(), path), &[]);
        assert_ne!(
            field_label(ar(), path),
            field_label(Catalog::english(), path)
        );
    }
}
