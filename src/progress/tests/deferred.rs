//! The summary rows of the last rounds, read after the game's first frame: the same profile in
//! the end, every save with its rows, and rows found damaged then repaired as at the start.

use chrono::Utc;

use super::{at, one_round};
use crate::progress::format::{Format, Parsed, cut_rows, parse_profile, profile_text};
use crate::progress::notice::Recovery;
use crate::progress::opening::{open, open_unsettled};
use crate::progress::*;

/// A saved profile of `rounds` finished rounds (on days 1, 2...), saved twice so that its
/// backup is the same profile; its folder, data folder and the profile.
fn saved(rounds: u32) -> (tempfile::TempDir, DataDir, Profile) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let store = data.open("Sam").expect("open");
    let mut profile = Profile::new("Sam", at(1, 8));
    for day in 1..=rounds {
        one_round(&mut profile, day);
    }
    store.save(&profile).expect("save");
    store.save(&profile).expect("save again");
    (dir, data, profile)
}

fn profile_file(data: &DataDir) -> std::path::PathBuf {
    data.profile_dir("Sam").expect("dir").join("profile.json")
}

#[test]
fn a_profile_cut_before_its_rows_reads_as_the_whole() {
    let mut profile = Profile::new("Sam", at(1, 8));
    for day in 1..=3 {
        one_round(&mut profile, day);
    }
    // A module called "rounds" and a round of it: the cut is still at the profile's own rows.
    profile
        .modules
        .insert("rounds".into(), ModuleRecord::default());
    profile.rounds[1].mode = Mode::Module("rounds".into());
    for text in [
        profile_text(&profile).expect("text"),
        serde_json::to_string_pretty(&profile).expect("pretty"),
    ] {
        let (rest, rows) = cut_rows(&text).expect("cut");
        let Parsed::Good(head) = parse_profile(Format::Json, &rest) else {
            panic!("the rest reads: {rest}")
        };
        let rows: Vec<RoundSummary> = serde_json::from_str(rows).expect("rows read");
        assert!(head.rounds.is_empty());
        assert_eq!(
            Profile {
                rounds: rows,
                ..*head
            },
            profile
        );
    }
    let text = profile_text(&profile).expect("text");
    // Cut short, the rows not last, or no rows: not cut.
    assert!(cut_rows(&text[..text.len() - 20]).is_none());
    let moved = text
        .replacen("\"schema\": 1,", "", 1)
        .replacen("\n}", ",\n  \"schema\": 1\n}", 1);
    assert!(serde_json::from_str::<Profile>(&moved).is_ok(), "{moved}");
    assert!(cut_rows(&moved).is_none());
    assert!(
        cut_rows("{\"rounds\": []}").is_none(),
        "nothing before the rows"
    );
    assert!(cut_rows("not a profile").is_none());
}

#[test]
fn a_game_reads_the_rows_after_its_first_frame_and_ends_with_the_same_profile() {
    let (_dir, data, profile) = saved(3);
    let mut opening = open_unsettled(&data, "Sam", at(20, 9)).expect("open");
    assert!(
        opening.session.profile.rounds.is_empty(),
        "the rows wait for the first frame"
    );
    assert_eq!(opening.session.profile.totals, profile.totals);
    opening
        .pending
        .settle(&data, &mut opening.session)
        .expect("settles");
    assert_eq!(opening.session.profile, profile);
    assert!(opening.session.notices.is_empty());
    drop(opening);
    // A command opens and settles at once.
    assert_eq!(
        open(&data, "Sam", at(20, 9)).expect("open").profile,
        profile
    );
}

#[test]
fn rows_naming_today_s_daily_challenge_are_read_before_the_first_frame() {
    let (_dir, data, mut profile) = saved(2);
    profile.rounds[1].mode = Mode::Daily(at(20, 9).date_naive().to_string());
    data.open("Sam")
        .expect("open")
        .save(&profile)
        .expect("save");
    let opening = open_unsettled(&data, "Sam", at(20, 9)).expect("open");
    assert_eq!(opening.session.profile, profile);
    drop(opening);
    // Yesterday's: left for later.
    let opening = open_unsettled(&data, "Sam", at(22, 9)).expect("open");
    assert!(opening.session.profile.rounds.is_empty());
}

#[test]
fn a_save_before_the_rows_are_read_reads_them_first() {
    let (_dir, data, profile) = saved(3);
    let mut opening = open_unsettled(&data, "Sam", at(20, 9)).expect("open");
    assert!(opening.session.profile.rounds.is_empty());
    opening.session.save_now().expect("saves");
    assert_eq!(opening.session.profile, profile);
    drop(opening);
    let store = data.open("Sam").expect("open");
    let loaded = store
        .load(Utc::now())
        .expect("load")
        .profile
        .expect("profile");
    assert_eq!(loaded, profile, "no row lost");
}

#[test]
fn rows_found_damaged_after_the_first_frame_are_repaired_as_at_the_start() {
    let (dir, data, profile) = saved(3);
    let path = profile_file(&data);
    let text = std::fs::read_to_string(&path).expect("read");
    // Well-formed JSON, but a row that is no round's summary.
    let damaged = text.replacen("\"seed\":1", "\"seed\":\"one\"", 1);
    assert_ne!(damaged, text);
    std::fs::write(&path, &damaged).expect("damage");
    let mut opening = open_unsettled(&data, "Sam", at(20, 9)).expect("open");
    assert!(opening.session.profile.rounds.is_empty(), "the rest reads");
    opening
        .pending
        .settle(&data, &mut opening.session)
        .expect("settles");
    assert_eq!(opening.session.profile, profile, "the backup, whole");
    let [Notice::Recovered(Recovery::Damaged { kept, .. })] = opening.session.notices.as_slice()
    else {
        panic!("{:?}", opening.session.notices)
    };
    assert_eq!(std::fs::read_to_string(kept).expect("kept"), damaged);
    assert_eq!(std::fs::read_to_string(&path).expect("main"), text);
    drop(dir);
}
