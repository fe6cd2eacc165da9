//! Plain mode through standard input, as a screen reader user or a script would drive it.

mod common;

use std::process::Output;

fn plain(args: &[&str], input: &str) -> Output {
    let data = tempfile::tempdir().expect("tempdir");
    plain_in(data.path(), args, input)
}

/// Plays with progress saved in `data`.
fn plain_in(data: &std::path::Path, args: &[&str], input: &str) -> Output {
    common::plain(data, args, input)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Output without the line that depends on the clock.
fn timeless(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("time:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_piped_round_plays_to_its_summary() {
    let out = plain(&["--seed", "1", "--count", "5"], "d\ns\ni\nd\ns\ns\n");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(text.contains("== Item 5 of 5"), "{text}");
    let summary = text.split("== Round over ==").nth(1).expect("summary");
    let first = summary.lines().find(|l| !l.is_empty()).expect("a line");
    assert!(first.starts_with("score: "), "{first}");
    assert!(
        summary.contains("\nCaught ") && summary.contains("\nFalse alarms: "),
        "{summary}"
    );
    assert!(
        !summary.contains("catch rate") && !summary.contains("sensitivity"),
        "no jargon in a 5-item round: {summary}"
    );
    assert_eq!(
        text.matches("Lesson: ").count(),
        5,
        "feedback after every answer"
    );
    let ids = redflag::content::Cue::ALL
        .iter()
        .map(|c| c.name())
        .chain(redflag::content::Sign::ALL.iter().map(|s| s.name()));
    for id in ids {
        assert!(!text.contains(&format!("] {id}")), "{id} is worded: {text}");
    }
    assert!(
        text.contains(
            "In this game you are Sam Rivera, marketing coordinator at Brightside Marketing"
        ),
        "the role is introduced as a role: {text}"
    );
}

#[test]
fn the_same_seed_gives_the_same_round_twice() {
    let input = "d\nd\nd\nd\nd\n";
    let a = stdout(&plain(&["--seed", "42", "--count", "5"], input));
    let b = stdout(&plain(&["--seed", "42", "--count", "5"], input));
    let c = stdout(&plain(&["--seed", "43", "--count", "5"], input));
    assert_eq!(timeless(&a), timeless(&b));
    assert_ne!(timeless(&a), timeless(&c));
}

#[test]
fn inspect_reveals_hidden_details_then_answers() {
    // Find a seed whose first item is an email, so there is an address to reveal.
    let seed = (0..200)
        .map(|s| s.to_string())
        .find(|s| {
            stdout(&plain(&["--seed", s, "--count", "1"], "")).contains("== Item 1 of 1: Email ==")
        })
        .expect("some seed starts with an email");
    let before = stdout(&plain(&["--seed", &seed, "--count", "1"], ""));
    assert!(
        before.contains("From address: (hidden; type i to inspect)"),
        "{before}"
    );
    let after = stdout(&plain(&["--seed", &seed, "--count", "1"], "i\nd\n"));
    let revealed = after.split("Your verdict").nth(1).expect("prompt");
    assert!(
        revealed.contains("From address: ") && revealed.contains('@'),
        "{after}"
    );
    assert!(
        after.contains("inspected before answering: 1 of 1"),
        "{after}"
    );
}

#[test]
fn end_of_input_ends_the_round_cleanly() {
    let out = plain(&["--seed", "3", "--count", "5"], "d\ns\n");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("score: ") && text.contains("/2 right"),
        "{text}"
    );
    assert!(text.contains("answered 2 of 5 items"), "{text}");
}

#[test]
fn anything_else_gets_help_and_q_quits() {
    let text = stdout(&plain(&["--seed", "3", "--count", "3"], "maybe\nq\n"));
    assert!(
        text.contains("Type s (safe), d (dangerous), i (inspect"),
        "{text}"
    );
    assert!(text.contains("score: 0/0 right"), "{text}");
}

#[test]
fn a_broken_content_pack_is_refused_with_its_problems() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pack.toml"), "id = \"x\"\n").expect("write");
    let out = plain(&["--content", dir.path().to_str().expect("path")], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("pack.toml") && err.contains("redflag check"),
        "{err}"
    );
}

#[test]
fn spot_mode_numbers_the_fields_and_scores_the_marks() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = plain_in(
        data.path(),
        &["--spot", "--seed", "2", "--count", "1"],
        "m 1\nm 99\ni\nd\n",
    );
    let text = stdout(&out);
    assert!(
        text.contains("[1] ") && text.contains("Mark fields (m 1 3)"),
        "{text}"
    );
    assert!(text.contains("Marked: "), "{text}");
    assert!(text.contains("There is no field 99"), "{text}");
    assert!(
        text.contains("Your marks (+") && text.contains("found ") && text.contains("wrong marks "),
        "{text}"
    );
}

/// The numbered fields of spot mode, as (number, label) pairs.
fn numbered(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix('[')?;
            let (n, rest) = rest.split_once("] ")?;
            let (label, _) = rest.split_once(':')?;
            n.parse::<u32>().ok()?;
            Some((n.to_string(), label.to_string()))
        })
        .collect()
}

#[test]
fn spot_mode_numbers_stay_put_when_inspecting_and_hidden_fields_wait_for_it() {
    const PROMPT: &str = "Mark fields (m 1 3), or your verdict (s/d/i/q)? ";
    let (seed, hidden) = (0..100)
        .find_map(|seed| {
            let seed = seed.to_string();
            let text = stdout(&plain(&["--spot", "--seed", &seed, "--count", "1"], ""));
            let first = text.split(PROMPT).next()?.to_string();
            let hidden = first
                .lines()
                .find(|l| l.contains("(hidden; type i to inspect)") && !l.contains(" · "))?;
            let n = hidden.strip_prefix('[')?.split_once(']')?.0.to_string();
            Some((seed, n))
        })
        .expect("some seed starts with a field hidden until inspected");
    let input = format!("m {hidden}\ni\nm {hidden}\nd\n");
    let text = stdout(&plain(&["--spot", "--seed", &seed, "--count", "1"], &input));
    let pieces: Vec<&str> = text.split(PROMPT).collect();
    let (before, after) = (numbered(pieces[0]), numbered(pieces[2]));
    assert!(!before.is_empty(), "{text}");
    assert_eq!(
        before, after,
        "the same numbers name the same fields: {text}"
    );
    assert!(
        pieces[1].starts_with(&format!(
            "Field {hidden} is hidden: type i to inspect first"
        )),
        "{text}"
    );
    assert!(pieces[3].starts_with("Marked: "), "{text}");
}

#[test]
fn a_missed_item_is_shown_again_by_its_review_number() {
    // Judging everything safe misses the round's scams.
    let text = stdout(&plain(
        &["--seed", "1", "--count", "3"],
        "s\ns\ns\n9\n1\n\n",
    ));
    let after = text.split("== Round over ==").nth(1).expect("summary");
    let review = after
        .lines()
        .find_map(|l| l.strip_prefix("review 1: "))
        .expect("a missed item");
    let title = review.split(" (").next().expect("its title");
    assert!(after.contains("There is no review 9."), "{after}");
    let again = after.split("== Review 1: ").nth(1).expect("shown again");
    assert!(
        again.contains("WRONG: this was dangerous")
            && again.contains(&format!("Red flags: {title}")),
        "{again}"
    );
    assert!(again.contains("Lesson: "), "{again}");
}

#[test]
fn the_game_without_a_terminal_says_so_in_one_clean_line() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = common::run(data.path(), &["play"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "redflag: the game needs a terminal to play; for scripts and screen readers use `redflag play --plain`\n"
    );
}

#[test]
fn plain_mode_counts_agree_with_their_noun() {
    let text = stdout(&plain(&["--seed", "3", "--count", "1"], "s\n"));
    assert!(text.contains(", 1 item, seed 3,"), "{text}");
    assert!(
        !text.contains("1 items") && !text.contains("1 seconds"),
        "{text}"
    );
}
