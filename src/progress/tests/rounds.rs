//! What rounds leave in a profile: totals, review, module attempts, a bounded size, time stamps.

use std::fs;
use std::time::Duration;

use chrono::TimeZone;

use super::{at, one_round, play, pool};
use crate::content::Cue;
use crate::progress::format::{PROFILE_FILE, profile_text};
use crate::progress::*;
use crate::quiz::Round;

#[test]
fn a_profile_round_trips_with_its_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("missing/data"));
    let store = data.open("Sam Rivera").expect("open creates the folder");
    assert!(
        store.load(at(1, 9)).expect("load").profile.is_none(),
        "new profile"
    );
    let mut profile = Profile::new("Sam Rivera", at(1, 9));
    play(
        &mut profile,
        &store,
        &[Verdict::Dangerous, Verdict::Dangerous, Verdict::Safe],
        at(1, 9),
    );
    let Finished {
        history,
        earned,
        module,
    } = finish_round(&mut profile, at(1, 10), 80).expect("a round was open");
    assert_eq!(module, None, "a practice round is no module");
    assert!(earned.contains(&achievements::Achievement::FirstRound));
    assert!(profile.has_achievement("first-round"), "saved by its id");
    store.append_history(&history).expect("history");
    store.save(&profile).expect("save");
    drop(store);

    let store = data.open("Sam Rivera").expect("reopen");
    let loaded = store.load(at(2, 9)).expect("load");
    assert!(loaded.recovery.is_none());
    let back = loaded.profile.expect("profile");
    assert_eq!(back, profile);
    assert_eq!(back.totals.tally.total(), 3);
    assert_eq!(back.totals.tally.false_alarms, 1);
    assert_eq!(back.rounds[0].answered, 3);
    assert_eq!(back.totals.by_cue[&Cue::Urgency].total, 2);
    let (rounds, skipped) = store.history(None);
    assert!(skipped.is_empty());
    assert_eq!(rounds[0].answers.len(), 3);
    assert_eq!(data.profiles(), vec!["sam-rivera".to_string()]);
    let text = fs::read_to_string(store.dir.join(PROFILE_FILE)).expect("readable");
    assert!(
        text.starts_with("{\n  \"schema\": 1,\n  \"name\": \"Sam Rivera\""),
        "readable JSON, one field a line, with a schema version first:\n{text}"
    );
}

#[test]
fn the_misses_go_to_review_the_next_day() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = DataDir::new(dir.path().to_path_buf())
        .open("a")
        .expect("open");
    let mut profile = Profile::new("a", at(1, 9));
    play(
        &mut profile,
        &store,
        &[Verdict::Safe, Verdict::Dangerous],
        at(1, 9),
    );
    assert!(profile.review.due(at(1, 9).date_naive()).is_empty());
    assert_eq!(
        profile.review.due(at(2, 9).date_naive()),
        vec!["cue:urgency", "safe:myths"]
    );
}

#[test]
fn a_module_round_records_its_attempt_at_the_pass_mark() {
    let pool = pool();
    let mut profile = Profile::new("m", at(1, 9));
    for (givens, expect_pass) in [
        (vec![Verdict::Safe, Verdict::Safe], false),
        (vec![Verdict::Dangerous, Verdict::Safe], true),
    ] {
        start_round(
            &mut profile,
            Mode::Module("module-x".into()),
            0,
            pool.iter().map(|s| s.id.clone()).collect(),
            at(1, 9),
        );
        let mut round = Round::new(vec![0, 1]);
        for (k, given) in givens.iter().enumerate() {
            round.answer(&pool, *given, false, Duration::from_secs(1));
            record_answer(&mut profile, &pool[k], &round.answers[k], at(1, 9));
        }
        let done = finish_round(&mut profile, at(1, 10), 80).expect("open");
        let module = done.module.expect("a module round");
        assert_eq!(module.passed, expect_pass);
        assert_eq!(module.percent, if expect_pass { 100 } else { 50 });
    }
    assert_eq!(profile.modules["module-x"].attempts, 2);
    assert!(profile.modules["module-x"].passed);
    assert_eq!(profile.rounds[1].mode, Mode::Module("module-x".into()));
}

#[test]
fn the_profile_stays_the_same_size_however_long_the_history() {
    let mut profile = Profile::new("Sam", at(1, 9));
    let mut sizes = Vec::new();
    for r in 0..(model::KEPT_ROUNDS * 3) {
        one_round(&mut profile, 1 + (r % 28) as u32);
        sizes.push(profile_text(&profile).expect("serialises").len());
    }
    assert_eq!(
        profile.rounds.len(),
        model::KEPT_ROUNDS,
        "only the last rows"
    );
    assert_eq!(profile.rounds_played(), (model::KEPT_ROUNDS * 3) as u64);
    assert_eq!(
        stats::stats(&profile, at(28, 9).date_naive()).rounds,
        model::KEPT_ROUNDS * 3
    );
    assert!(profile.totals.days.len() <= model::KEPT_DAYS);
    // Once the rows are full, a round more does not make the file larger.
    let full = sizes[model::KEPT_ROUNDS + 30];
    let last = sizes[sizes.len() - 1];
    assert!(
        last <= full + full / 20,
        "{full} bytes after {} rounds, {last} after {}",
        model::KEPT_ROUNDS + 31,
        sizes.len()
    );
}

#[test]
fn a_profile_written_before_the_round_total_counts_its_rows() {
    let mut profile = Profile::new("Sam", at(1, 9));
    for day in 1..=3 {
        one_round(&mut profile, day);
    }
    // What an older redflag wrote: every row, and no total.
    profile.totals.rounds = 0;
    let text = profile_text(&profile).expect("serialises");
    let mut old: Profile = serde_json::from_str(&text).expect("reads");
    assert_eq!(old.rounds_played(), 3);
    one_round(&mut old, 4);
    assert_eq!((old.rounds_played(), old.totals.rounds), (4, 4));
}

#[test]
fn a_week_in_a_row_is_still_seen_with_the_days_capped() {
    let mut profile = Profile::new("Sam", at(1, 9));
    for day in 1..=7 {
        one_round(&mut profile, day);
    }
    assert!(profile.has_achievement("week-of-practice"));
    for day in 8..=28 {
        one_round(&mut profile, day);
    }
    assert!(profile.totals.days.len() <= model::KEPT_DAYS);
    assert_eq!(
        profile.totals.days.last().map(String::as_str),
        Some("2026-11-28")
    );
}

#[test]
fn time_stamps_read_back_exactly_and_other_forms_still_parse() {
    use super::ModuleRecord;
    let exact = Utc.with_ymd_and_hms(2026, 11, 3, 12, 0, 0).unwrap()
        + chrono::TimeDelta::nanoseconds(637_852_626);
    let mut profile = Profile::new("Sam", exact);
    profile.achievements.push(model::Earned {
        id: "first-round".into(),
        at: at(3, 12),
    });
    profile.modules.insert(
        "module-a".into(),
        ModuleRecord {
            passed_at: Some(exact),
            ..ModuleRecord::default()
        },
    );
    profile
        .modules
        .insert("module-b".into(), ModuleRecord::default());
    let json: Profile =
        serde_json::from_str(&profile_text(&profile).expect("json")).expect("reads");
    assert_eq!(json, profile);
    let toml: Profile = toml::from_str(&toml::to_string(&profile).expect("toml")).expect("reads");
    assert_eq!(toml, profile);

    for other in [
        "2026-11-03 12:00:00Z",
        "2026-11-03T13:00:00+01:00",
        "2026-11-03t12:00:00.000z",
    ] {
        assert_eq!(
            super::format::stamp::parse(other).expect(other),
            at(3, 12),
            "{other}"
        );
    }
    let bad = serde_json::to_string(&profile)
        .expect("json")
        .replace("2026-11-03T12:00:00Z", "yesterday");
    let err = serde_json::from_str::<Profile>(&bad).expect_err("not a time");
    assert!(err.to_string().contains("line"), "{err}");
}

#[test]
fn the_profile_is_laid_out_a_field_a_line_and_a_round_a_line() {
    let mut profile = Profile::new("Sam", at(1, 9));
    for day in 1..=2 {
        one_round(&mut profile, day);
    }
    let text = profile_text(&profile).expect("serialises");
    let lines: Vec<&str> = text.lines().collect();
    // Top-level fields and the totals' fields each begin a line of their own, indented by level.
    for field in [
        "\"schema\": 1,",
        "\"name\": \"Sam\",",
        "\"totals\": {",
        "\"rounds\": [",
    ] {
        assert!(
            lines.contains(&format!("  {field}").as_str()),
            "{field}:\n{text}"
        );
    }
    assert!(lines.contains(&"    \"points\": 50,"), "{text}");
    // A round's summary is one line, compact, in the rounds' list.
    let rounds = lines
        .iter()
        .filter(|l| l.starts_with("    {\"started\":"))
        .count();
    assert_eq!(rounds, 2, "{text}");
    assert!(
        lines.iter().any(|l| l.starts_with("    \"by_theme\": {\"")),
        "{text}"
    );
    assert_eq!(lines.first(), Some(&"{"));
    assert_eq!(lines.last(), Some(&"}"));
    // Empty lists and maps stay on their line.
    assert!(lines.contains(&"  \"modules\": {},"), "{text}");
    // The same profile reads back, and so does the same profile pretty-printed, as earlier
    // redflags wrote it.
    let back: Profile = serde_json::from_str(&text).expect("reads");
    assert_eq!(back, profile);
    let pretty = serde_json::to_string_pretty(&profile).expect("pretty");
    let old: Profile = serde_json::from_str(&pretty).expect("reads");
    assert_eq!(old, profile);
    assert!(
        text.len() * 4 < pretty.len() * 3,
        "{} vs {}",
        text.len(),
        pretty.len()
    );
}

#[test]
fn time_stamps_in_the_written_form_read_as_chrono_reads_them() {
    use crate::progress::format::stamp::written;
    use chrono::{DateTime, SecondsFormat};
    // Every form chrono writes a stamp in, across years, days of the month and fractions.
    let mut seen = 0;
    for i in 0u64..20_000 {
        let mixed = i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let seconds = i64::try_from(mixed % 8_000_000_000).expect("fits") - 100_000_000;
        let nanos = u32::try_from((mixed >> 33) % 1_000_000_000).expect("fits");
        let nanos = match i % 4 {
            0 => 0,
            1 => nanos / 1_000_000 * 1_000_000,
            2 => nanos / 1000 * 1000,
            _ => nanos,
        };
        let t = DateTime::from_timestamp(seconds, nanos).expect("in range");
        for text in [
            t.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            serde_json::to_string(&t)
                .expect("json")
                .trim_matches('"')
                .to_string(),
        ] {
            assert_eq!(written(&text), Some(t), "{text}");
            seen += 1;
        }
    }
    assert_eq!(seen, 40_000);
    // Anything else is left to chrono, which reads it or refuses it.
    for other in [
        "2026-11-03T12:00:00+00:00",
        "2026-11-03 12:00:00Z",
        "2026-11-03t12:00:00Z",
        "2026-11-03T12:00:60Z",
        "2026-11-03T12:00:00.Z",
        "2026-11-03T12:00:00.1234567890Z",
        "2026-02-30T12:00:00Z",
        "2026-11-03T24:00:00Z",
        "2026-13-03T12:00:00Z",
        "+2026-11-03T12:00:00Z",
        "2026-11-3T12:00:00Z",
        "2026-11-03T12:0a:00Z",
        "2026-11-03T12:00:00,5Z",
        "yesterday",
        "",
    ] {
        assert_eq!(written(other), None, "{other}");
    }
    assert_eq!(
        super::format::stamp::parse("2026-11-03T12:00:60Z").map(|t| t.timestamp()),
        DateTime::parse_from_rfc3339("2026-11-03T12:00:60Z").map(|t| t.timestamp())
    );
}

#[test]
fn days_read_as_chrono_reads_them() {
    use crate::progress::format::stamp::parse_day;
    use chrono::{Datelike, NaiveDate};
    let mut day = NaiveDate::from_ymd_opt(1, 1, 1).expect("day");
    while day.year() < 10_000 {
        let text = day.to_string();
        assert_eq!(parse_day(&text).ok(), Some(day), "{text}");
        day = day + chrono::Days::new(97);
    }
    for other in [
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "2026-1-10",
        "2026/01/10",
        "+2026-01-10",
        "2026-01-1a",
        "20260-1-10",
        " 2026-01-10",
        "",
    ] {
        assert_eq!(
            parse_day(other).ok(),
            other.parse::<NaiveDate>().ok(),
            "{other}"
        );
    }
    let review: crate::progress::review::Review =
        serde_json::from_str(r#"{"skills":{"cue:lure":{"box":2,"due":"2026-12-03"}}}"#)
            .expect("reads");
    assert_eq!(
        review.skills["cue:lure"].due,
        NaiveDate::from_ymd_opt(2026, 12, 3).expect("day")
    );
    let bad = serde_json::from_str::<crate::progress::review::Review>(
        r#"{"skills":{"cue:lure":{"box":2,"due":"soon"}}}"#,
    );
    assert!(bad.is_err());
}
