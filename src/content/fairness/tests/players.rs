//! The players without judgement: each beats the pack built for it, and neither beats twins.

use super::*;

#[test]
fn a_pack_the_lookup_can_pass_measures_one_hundred_percent() {
    let f = run(&lookup_pack());
    let lookup = f.baseline(Player::BriefingLookup).expect("lookup");
    assert_eq!(lookup.overall.correct, lookup.overall.total, "{lookup:?}");
    assert_eq!(lookup.overall.total, 60);
    for channel in [Channel::Email, Channel::Sms, Channel::Consent] {
        assert!(lookup.by_channel[&channel].accuracy() > 0.999, "{channel}");
    }
    assert!(f.breaches(&BUDGET).iter().any(|b| matches!(
        b,
        Breach::Baseline {
            player: Player::BriefingLookup,
            channel: None,
            ..
        }
    )));
}

#[test]
fn without_the_briefing_the_lookup_calls_everything_dangerous() {
    let scenarios = lookup_pack();
    let items: Vec<Item<'_>> = scenarios
        .iter()
        .filter(|s| s.channel == Channel::Email)
        .map(|scenario| Item {
            scenario,
            manifest: None,
        })
        .collect();
    let f = measure(&items);
    assert!((accuracy(&f, Player::BriefingLookup) - 0.5).abs() < 1e-9);
}

#[test]
fn a_verdict_given_away_by_one_word_is_learnt_by_the_word_model() {
    let mut words = Words(7);
    let mut scenarios = Vec::new();
    for i in 0..30 {
        let (verdict, word) = if i % 2 == 0 {
            (Verdict::Dangerous, "immediately")
        } else {
            (Verdict::Safe, "")
        };
        let body = format!("{} {word} {}", words.text(12), words.text(12));
        // One sender for all: the lookup has nothing to go on.
        scenarios.push(email(
            &format!("w-{i}"),
            verdict,
            "kim.park@testco.example",
            &body,
        ));
    }
    let f = run(&scenarios);
    assert!(
        accuracy(&f, Player::SurfaceWords) >= 0.9,
        "{:?}",
        f.baseline(Player::SurfaceWords)
    );
    assert!((accuracy(&f, Player::BriefingLookup) - 0.5).abs() < 1e-9);
    let top: Vec<&str> = f
        .words
        .leans_dangerous
        .iter()
        .take(3)
        .map(|(w, _)| w.as_str())
        .collect();
    assert!(top.contains(&"immediately"), "{top:?}");
}

#[test]
fn a_balanced_twin_pack_scores_near_half_for_both_players() {
    let mut words = Words(11);
    let mut scenarios = Vec::new();
    for i in 0..20 {
        let shared = words.text(25);
        // Each pair differs in a detail of its own, so no word goes with one verdict.
        let (a, b) = (words.next(), words.next());
        let from = if i % 2 == 0 {
            "kim.park@testco.example"
        } else {
            "billing@mail.adharbor.example"
        };
        scenarios.push(email(
            &format!("twin-{i}-a"),
            Verdict::Dangerous,
            from,
            &format!("{shared} {a}"),
        ));
        scenarios.push(email(
            &format!("twin-{i}-b"),
            Verdict::Safe,
            from,
            &format!("{shared} {b}"),
        ));
    }
    let f = run(&scenarios);
    for player in [
        Player::BriefingLookup,
        Player::SurfaceWords,
        Player::Majority,
    ] {
        let a = accuracy(&f, player);
        assert!((0.4..=0.6).contains(&a), "{player:?}: {a}");
    }
    assert!(f.breaches(&BUDGET).is_empty(), "{:?}", f.breaches(&BUDGET));
}

#[test]
fn twins_are_held_out_together_in_small_groups() {
    let pairs = vec![vec![1, 2, 3, 4, 5], vec![1, 2, 3, 4, 6], vec![7, 8, 9]];
    // Over many fold counts, the twins always land together; the third item does not always.
    let apart = (2..40)
        .map(|k| regression::assign_folds(&pairs, &["b-twin", "a-twin", "other"], k))
        .inspect(|fold| assert_eq!(fold[0], fold[1]))
        .filter(|fold| fold[2] != fold[0])
        .count();
    assert!(apart > 0);
    // Twenty copies of one item are not one block.
    let same = vec![vec![1, 2, 3]; 20];
    let ids: Vec<String> = (0..20).map(|i| format!("copy-{i}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let folds = regression::assign_folds(&same, &ids, 10);
    let distinct: std::collections::BTreeSet<usize> = folds.iter().copied().collect();
    assert!(distinct.len() >= 2, "{folds:?}");
}
