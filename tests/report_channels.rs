//! Reports name every channel the player answered in, the call and the notification included:
//! Markdown, CSV, JSON and xAPI, and the profile's totals they come from.

use chrono::Utc;
use redflag::content::{Channel, Scenario, Verdict};
use redflag::progress::{Mode, Profile, record_answer, start_round};
use redflag::quiz::Round;
use redflag::report::Report;

/// A profile that answered one scenario of each channel, in a round not finished yet.
fn profile_with_every_channel(pool: &[Scenario]) -> (Profile, Vec<usize>) {
    let now = Utc::now();
    let items: Vec<usize> = Channel::ALL
        .iter()
        .map(|c| {
            pool.iter()
                .position(|s| s.channel == *c)
                .unwrap_or_else(|| panic!("a {c} scenario"))
        })
        .collect();
    let mut profile = Profile::new("Robin", now);
    let ids = items.iter().map(|&i| pool[i].id.clone()).collect();
    start_round(&mut profile, Mode::Practice, 1, ids, now);
    let mut round = Round::new(items.clone());
    for (n, &i) in items.iter().enumerate() {
        round
            .answer(
                pool,
                Verdict::Dangerous,
                false,
                std::time::Duration::from_secs(4),
            )
            .expect("an answer");
        record_answer(&mut profile, &pool[i], &round.answers[n], now);
    }
    (profile, items)
}

#[test]
fn every_report_format_names_the_call_and_notification_channels() {
    let pool = redflag::builtin::pack().expect("built-in").scenarios;
    let (profile, items) = profile_with_every_channel(&pool);
    assert_eq!(
        profile.totals.by_channel.len(),
        Channel::ALL.len(),
        "the totals count each channel"
    );
    let report = Report::new(&profile, Vec::new(), &[], &[], 80, Utc::now());
    assert_eq!(report.by_channel.len(), Channel::ALL.len());

    let json = serde_json::to_value(&report).expect("json");
    for channel in ["call", "notification"] {
        assert_eq!(
            json["by_channel"][channel]["total"].as_u64(),
            Some(1),
            "{channel}: {}",
            json["by_channel"]
        );
    }

    let csv = redflag::report::csv_export::to_csv(&report).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let channels: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[5].to_string())
        .collect();
    let expected: Vec<String> = items
        .iter()
        .map(|&i| pool[i].channel.name().to_string())
        .collect();
    assert_eq!(channels, expected, "one row per answer, in order");
    assert!(channels.contains(&"call".into()) && channels.contains(&"notification".into()));

    let md = redflag::report::markdown::to_markdown(redflag::i18n::Catalog::english(), &report);
    for row in ["| Call | ", "| Notification | "] {
        assert!(md.contains(row), "{row}:\n{md}");
    }

    let statements = redflag::report::xapi::statements(&report);
    let described: Vec<&str> = statements
        .iter()
        .filter_map(|s| s["object"]["definition"]["description"]["en-US"].as_str())
        .collect();
    for channel in ["call", "notification"] {
        assert!(
            described
                .iter()
                .any(|d| d.contains(&format!(" {channel} ("))),
            "{channel}: {described:?}"
        );
    }
}
