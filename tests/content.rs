//! The built-in pack as a whole: every rule of `redflag check`, the bank's distributions, the
//! tell check (safe and dangerous items must not differ in ways a player could learn instead),
//! and the fairness gate (players who judge nothing must not pass).

use std::path::Path;

use redflag::content::check::{check_loaded, check_pack};
use redflag::content::fairness::{BUDGET, Breach, Fairness, Player, measure_pack};
use redflag::content::load::load_dir;
use redflag::content::tells::measure;
use redflag::content::{Channel, Difficulty, Theme, Verdict};

#[test]
fn the_content_folder_passes_every_check_from_disk() {
    let report = check_loaded(&[load_dir(Path::new("content"))]);
    let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn the_embedded_pack_matches_the_folder_and_passes() {
    let pack = redflag::builtin::pack().expect("decodes");
    assert!(check_pack(&pack, Path::new("built-in")).is_clean());
    let loaded = load_dir(Path::new("content"));
    assert_eq!(
        pack.scenarios.len(),
        loaded.scenarios.len(),
        "embedded pack is current"
    );
}

#[test]
fn safe_and_dangerous_do_not_differ_systematically() {
    let pack = redflag::builtin::pack().expect("decodes");
    let tells = measure(&pack.scenarios);
    for line in tells.lines() {
        println!("{line}");
    }
    let problems = tells.problems();
    assert!(problems.is_empty(), "tells found:\n{}", problems.join("\n"));
}

#[test]
fn the_tell_check_can_fail() {
    let mut pack = redflag::builtin::pack().expect("decodes");
    // Pad every dangerous email: now length gives the answer away.
    for s in pack
        .scenarios
        .iter_mut()
        .filter(|s| s.verdict == Verdict::Dangerous)
    {
        if let Some(e) = s.email.as_mut() {
            e.body.push_str(&"padding ".repeat(400));
        }
        s.channel = Channel::Email;
    }
    assert!(!measure(&pack.scenarios).problems().is_empty());
}

#[test]
fn the_bank_is_balanced_across_verdicts_channels_themes_and_difficulty() {
    let pack = redflag::builtin::pack().expect("decodes");
    let all = &pack.scenarios;
    let safe = all.iter().filter(|s| s.verdict == Verdict::Safe).count() as f64 / all.len() as f64;
    assert!((0.45..=0.55).contains(&safe), "safe share {safe:.2}");
    assert!(all.len() >= 260, "{} scenarios", all.len());
    for channel in Channel::ALL {
        let n = all.iter().filter(|s| s.channel == *channel).count();
        println!("{channel}: {n}");
        assert!(n >= 15, "{channel}: {n}");
    }
    for theme in Theme::ALL {
        let n = all.iter().filter(|s| s.theme == *theme).count();
        println!("{theme}: {n}");
        assert!(n >= 20, "{theme}: {n}");
    }
    for s in all {
        let n = if s.verdict == Verdict::Dangerous {
            s.flag.len()
        } else {
            s.sign.len()
        };
        let most = if s.verdict == Verdict::Dangerous {
            6
        } else {
            4
        };
        assert!((1..=most).contains(&n), "{}: {n} pieces of evidence", s.id);
    }
    for level in Difficulty::ALL {
        let n = all
            .iter()
            .filter(|s| s.difficulty() == Some(*level))
            .count();
        println!("{level}: {n}");
        assert!(
            n as f64 >= all.len() as f64 * 0.2,
            "{level} is under a fifth of the bank"
        );
    }
}

fn print_figures(fairness: &Fairness) {
    for b in &fairness.baselines {
        let channels: Vec<String> = b
            .by_channel
            .iter()
            .map(|(c, s)| format!("{c} {}/{}", s.correct, s.total))
            .collect();
        println!(
            "{:?}: {:.1}% ({}/{}); {}",
            b.player,
            b.overall.accuracy() * 100.0,
            b.overall.correct,
            b.overall.total,
            channels.join(", ")
        );
    }
    println!("leans dangerous: {:?}", fairness.words.leans_dangerous);
    println!("leans safe: {:?}", fairness.words.leans_safe);
    for tell in fairness.tells() {
        println!("tell: {tell:?}");
    }
}

/// The budget of issue 13: each player without judgement at most 65% overall and 75% in every
/// channel of 15+ items, each verdict 40–60% of every channel and theme. The figures are printed
/// (`cargo test --test content -- --nocapture`) to show how close the bank is to each limit.
#[test]
fn the_built_in_pack_is_not_passed_by_players_without_judgement() {
    let pack = redflag::builtin::pack().expect("decodes");
    let fairness = measure_pack(&pack);
    print_figures(&fairness);
    for player in [Player::BriefingLookup, Player::SurfaceWords] {
        let b = fairness.baseline(player).expect("measured");
        assert_eq!(
            b.overall.total,
            pack.scenarios.len(),
            "{player:?} guessed every item"
        );
    }
    let breaches = fairness.breaches(&BUDGET);
    for breach in &breaches {
        println!("over budget: {breach:?}");
    }
    assert!(
        breaches.is_empty(),
        "{} figures over budget: {breaches:?}",
        breaches.len()
    );
}

#[test]
fn the_fairness_gate_can_fail() {
    let mut pack = redflag::builtin::pack().expect("decodes");
    // Every dangerous email now comes from an unbriefed domain and says one word no safe
    // email says; every safe one comes from the company's own domain.
    for s in &mut pack.scenarios {
        let dangerous = s.verdict == Verdict::Dangerous;
        if let Some(e) = s.email.as_mut() {
            e.reply_to.clear();
            e.links.clear();
            e.from = if dangerous {
                "desk@unbriefed-sender.example".into()
            } else {
                "desk@brightside.example".into()
            };
            e.body = e.body.replace("http", "").replace(".example", "");
            if dangerous {
                e.body.push_str(" Zanzibarly.");
            }
        }
    }
    let fairness = measure_pack(&pack);
    let breaches = fairness.breaches(&BUDGET);
    for player in [Player::BriefingLookup, Player::SurfaceWords] {
        assert!(
            breaches.iter().any(|b| matches!(
                b,
                Breach::Baseline { player: p, channel: Some(Channel::Email), .. } if *p == player
            )),
            "{player:?} passes the rigged email channel: {:?}",
            fairness.baseline(player)
        );
    }
    let top: Vec<&str> = fairness
        .words
        .leans_dangerous
        .iter()
        .map(|(w, _)| w.as_str())
        .collect();
    assert!(top.contains(&"zanzibarly"), "{top:?}");
}

/// Legal references are for trainers (comments in the pack's files), not for players: a case
/// name or an opinion number teaches nothing in the middle of feedback.
#[test]
fn players_read_no_legal_references() {
    const REFERENCES: [&str; 6] = [
        "Planet49",
        "EDPB",
        "Opinion 08/2024",
        "C-673",
        "CJEU",
        "GDPR Art",
    ];
    let pack = redflag::builtin::pack().expect("decodes");
    let mut read: Vec<String> = Vec::new();
    for s in &pack.scenarios {
        read.extend([s.title.clone(), s.lesson.clone(), s.situation.clone()]);
        read.extend(s.flag.iter().map(|f| f.why.clone()));
        read.extend(s.sign.iter().map(|f| f.why.clone()));
    }
    let world = &pack.manifest.world;
    read.extend(world.rules.iter().cloned());
    for c in &world.contact {
        read.push(c.kind.clone());
        read.extend(c.habits.iter().cloned());
    }
    for text in &read {
        for reference in REFERENCES {
            assert!(!text.contains(reference), "{reference} in: {text}");
        }
    }
}
