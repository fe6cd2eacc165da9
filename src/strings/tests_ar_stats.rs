//! The statistics and the role in Arabic.

use super::tests_ar::{ar, assert_arabic, tally};
use super::*;
use crate::content::{Channel, Cue, Theme};
use crate::i18n::Lang;
use crate::progress::achievements::{Achievement, Rank};
use crate::progress::stats::{AchievementLine, Line, Stats};

#[test]
fn the_statistics_read_in_arabic() {
    let achievements = vec![
        AchievementLine {
            achievement: Achievement::FirstRound,
            earned: chrono::NaiveDate::from_ymd_opt(2026, 11, 12),
        },
        AchievementLine {
            achievement: Achievement::Reviewer,
            earned: None,
        },
    ];
    let line = |right, total| (right, total, Some(f64::from(right) / f64::from(total)));
    let (right, total, accuracy) = line(3, 4);
    let stats = Stats {
        profile: "Robin".into(),
        rounds: 2,
        answered: 4,
        points: 120,
        accuracy,
        catch_rate: None,
        false_alarm_rate: None,
        d_prime: None,
        tally: tally(2, 1, 0, 1),
        misses: 1,
        false_alarms: 0,
        best_streak: 3,
        seconds_per_answer: None,
        inspected_share: Some(0.5),
        rank: Rank::Trainee,
        next_rank: Some(Rank::Spotter),
        trend: vec![0.5, 1.0],
        by_theme: vec![Line {
            of: Theme::Myths,
            right,
            total,
            accuracy,
        }],
        by_channel: vec![Line {
            of: Channel::Email,
            right,
            total,
            accuracy,
        }],
        by_cue: vec![Line {
            of: Cue::Urgency,
            right,
            total,
            accuracy,
        }],
        achievements,
        reviews_due: vec!["cue:urgency".into()],
        unfinished_round: false,
    };
    let lines = stats_lines(ar(), &stats);
    let text = lines.join("\n");
    assert_eq!(lines[0], "الملف الشخصي: Robin  ·  الرتبة: متدرّب");
    for words in [
        "حسب المحور:",
        "  خرافات شائعة ",
        "حسب القناة:",
        "  بريد إلكتروني ",
        "حسب علامة التحذير:",
        "  ضغط للتصرف فورًا ",
        "المراجعات المستحقة اليوم: ضغط للتصرف فورًا",
        "  ★ الجولة الأولى (2026-11-12): أنهِ جولة",
        "  · المراجِع: أنهِ جولة مراجعة",
        "الرتبة التالية: راصد",
        "أفضل سلسلة 3",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    assert_arabic(&text, &["Robin"]);
    assert_eq!(reviews_due(ar(), &[]), "لا شيء");
    assert_eq!(
        name_width(ar(), &stats.by_theme),
        "خرافات شائعة".chars().count()
    );
}

#[test]
fn the_role_is_introduced_in_arabic_with_the_pack_s_own_words() {
    let pack = crate::builtin::pack_in(Lang::parse("ar").expect("Arabic")).expect("pack");
    let world = &pack.manifest.world;
    let role = role(ar(), world, false);
    assert!(role.starts_with("في هذه اللعبة أنت فيصل الدوسري"), "{role}");
    assert_arabic(&role, &[]);
    assert!(role_brief(ar(), world).starts_with("دورك: "));
    assert_arabic(&role_note(ar()), &[]);
    assert_eq!(
        refusal(ar(), &Refusal::NothingDue),
        "لا شيء للمراجعة اليوم: المهارات التي تخطئ فيها تعود بعد يوم."
    );
    let unknown = unknown_module(ar(), "module-x", &["module-myths".into()]);
    assert_arabic(&unknown, &["module-x", "module-myths"]);
}
