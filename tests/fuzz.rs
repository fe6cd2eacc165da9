//! Property tests over everything that reads files: the content parser and checker, and the save
//! loader; fed arbitrary bytes and structured mutations of real files (cut, insert, replace,
//! duplicate or swap lines, truncate, hostile characters). Never a panic; always an error that
//! names the file (or, for a save, a repair that names the copy kept aside).
//!
//! 256 cases per property by default; REDFLAG_LONG_TESTS=1 runs 4,096.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;
use redflag::content::check::check_loaded;
use redflag::content::load::{self, Source, load_dir};
use redflag::content::{Scenario, Verdict};
use redflag::progress::{DataDir, Mode, Profile, StoreError};
use redflag::progress::{finish_round, record_answer, start_round};
use redflag::quiz::Round;

fn config() -> ProptestConfig {
    let cases = if std::env::var_os("REDFLAG_LONG_TESTS").is_some() {
        4096
    } else {
        256
    };
    ProptestConfig {
        cases,
        // Failures are shrunk and printed; no regression files are written into the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- inputs

/// The real files of the built-in pack: pack.toml first, then every scenario.
fn real_files() -> &'static Vec<(PathBuf, Vec<u8>)> {
    static FILES: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut files = vec![(
            PathBuf::from("pack.toml"),
            fs::read(root.join("pack.toml")).expect("pack.toml"),
        )];
        let mut channels: Vec<PathBuf> = fs::read_dir(&root)
            .expect("content")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        channels.sort();
        for channel in channels {
            let mut paths: Vec<PathBuf> = fs::read_dir(&channel)
                .expect("channel")
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            paths.sort();
            for path in paths {
                let rel = path.strip_prefix(&root).expect("inside").to_path_buf();
                files.push((rel, fs::read(&path).expect("scenario")));
            }
        }
        files
    })
}

/// Characters that hostile or careless files hold.
const NASTY: &[char] = &[
    '\0', '\u{1}', '\u{7}', '\u{8}', '\t', '\r', '\u{b}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}',
    '\u{200B}', '\u{200E}', '\u{202E}', '\u{2066}', '\u{FEFF}', '"', '\'', '\\', '[', ']', '{',
    '}', '=', '.', '#', '\n', 'é', '€', '𝄞',
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    InsertChar { at: usize, c: char },
    Replace { at: usize, byte: u8 },
    DuplicateLine { line: usize },
    SwapLines { a: usize, b: usize },
    DropLine { line: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), proptest::sample::select(NASTY))
            .prop_map(|(at, c)| Mutation::InsertChar { at, c }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace { at, byte }),
        any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        any::<usize>().prop_map(|line| Mutation::DropLine { line }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len();
    let pos = |at: usize| if n == 0 { 0 } else { at % (n + 1) };
    match m {
        Mutation::Delete { at, len } => {
            let start = pos(*at).min(n);
            let end = (start + len).min(n);
            bytes.drain(start..end);
        }
        Mutation::Insert { at, bytes: new } => {
            let at = pos(*at);
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::InsertChar { at, c } => {
            let at = pos(*at);
            let mut buf = [0u8; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes().to_vec();
            bytes.splice(at..at, encoded);
        }
        Mutation::Replace { at, byte } => {
            if n > 0 {
                bytes[at % n] = *byte;
            }
        }
        Mutation::DuplicateLine { line } | Mutation::DropLine { line } => {
            let mut ls = lines(bytes);
            if !ls.is_empty() {
                let i = line % ls.len();
                if matches!(m, Mutation::DuplicateLine { .. }) {
                    let copy = ls[i].clone();
                    ls.insert(i, copy);
                } else {
                    ls.remove(i);
                }
                *bytes = ls.concat();
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut ls = lines(bytes);
            if !ls.is_empty() {
                let len = ls.len();
                ls.swap(a % len, b % len);
                *bytes = ls.concat();
            }
        }
        Mutation::Truncate { at } => {
            let at = pos(*at).min(n);
            bytes.truncate(at);
        }
    }
}

// ---------------------------------------------------------------- content

/// A pack of the real manifest and one file, written as given.
fn pack_with(rel: &Path, bytes: &[u8]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("pack");
    fs::create_dir_all(&root).expect("mkdir");
    let manifest = &real_files()[0].1;
    if rel != Path::new("pack.toml") {
        fs::write(root.join("pack.toml"), manifest).expect("manifest");
    }
    let file = root.join(rel);
    fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    fs::write(&file, bytes).expect("write");
    if rel == Path::new("pack.toml") {
        // A manifest alone is an empty pack; give it one real scenario.
        let (srel, sbytes) = &real_files()[1];
        let s = root.join(srel);
        fs::create_dir_all(s.parent().expect("parent")).expect("mkdir");
        fs::write(s, sbytes).expect("scenario");
    }
    (dir, root, file)
}

/// Loads and checks the pack: never a panic, every problem inside the pack, and the file named
/// whenever it could not be read as what it should be.
fn load_and_check(root: &Path, file: &Path) -> Result<(), TestCaseError> {
    let loaded = load_dir(root);
    let is_manifest = file.ends_with("pack.toml");
    let parsed = if is_manifest {
        loaded.manifest.is_some()
    } else {
        loaded.scenarios.iter().any(|(s, _)| s.path == file)
    };
    let report = check_loaded(std::slice::from_ref(&loaded));
    for p in &report.errors {
        prop_assert!(
            p.file.starts_with(root),
            "a problem outside the pack: {}",
            p
        );
        prop_assert!(
            !p.kind.to_string().trim().is_empty(),
            "an empty message for {}",
            p.file.display()
        );
        let shown = p.to_string();
        prop_assert!(shown.contains(&p.file.display().to_string()));
    }
    if !parsed {
        prop_assert!(
            report.errors.iter().any(|p| p.file == file),
            "{} did not load and no error names it: {:?}",
            file.display(),
            report.errors
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_as_a_scenario_file(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let (_dir, root, file) = pack_with(Path::new("email/fuzz.toml"), &bytes);
        load_and_check(&root, &file)?;
    }

    #[test]
    fn arbitrary_text_as_a_scenario_file(chars in proptest::collection::vec(
        prop_oneof![any::<char>(), proptest::sample::select(NASTY)], 0..512)
    ) {
        let text: String = chars.into_iter().collect();
        let (_dir, root, file) = pack_with(Path::new("sms/fuzz.toml"), text.as_bytes());
        load_and_check(&root, &file)?;
        // The parser alone, on the same text.
        let source = Source { path: file.clone(), text };
        match load::parse::<Scenario>(&source) {
            Ok(_) => {}
            Err(p) => prop_assert_eq!(p.file, file),
        }
    }

    #[test]
    fn mutated_real_files(
        which in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let files = real_files();
        let (rel, original) = &files[which.index(files.len())];
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let (_dir, root, file) = pack_with(rel, &bytes);
        load_and_check(&root, &file)?;
    }
}

// ---------------------------------------------------------------- saves

fn time(day: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_780_000_000, 0).expect("a time") + TimeDelta::days(day)
}

/// A profile of three rounds played and finished through the public API, and the last round's
/// history.
fn three_rounds() -> (Profile, redflag::progress::HistoryRound) {
    let pool = redflag::builtin::pack().expect("pack").scenarios;
    let mut profile = Profile::new("Fuzz", time(0));
    let mut history = None;
    for r in 0..3 {
        let items: Vec<usize> = (r * 4..r * 4 + 4).collect();
        let ids = items.iter().map(|&i| pool[i].id.clone()).collect();
        start_round(&mut profile, Mode::Practice, r as u64, ids, time(r as i64));
        let mut round = Round::new(items.clone());
        for &i in &items {
            round.answer(&pool, Verdict::Dangerous, true, Duration::from_secs(5));
            let answer = round.answers.last().expect("answer");
            record_answer(&mut profile, &pool[i], answer, time(r as i64));
        }
        history = finish_round(&mut profile, time(r as i64), 80).map(|f| f.history);
    }
    (profile, history.expect("a round"))
}

/// A real profile.json and history file, from a few rounds played through the public API.
fn real_save() -> &'static (Vec<u8>, Vec<u8>) {
    static SAVE: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    SAVE.get_or_init(|| {
        let pool = redflag::builtin::pack().expect("pack").scenarios;
        let (mut profile, history) = three_rounds();
        // And a round left unfinished, as a save during play holds.
        start_round(
            &mut profile,
            Mode::Review,
            9,
            vec![pool[0].id.clone()],
            time(4),
        );
        let profile = redflag::progress::format::profile_text(&profile).expect("profile");
        let history = toml::to_string(&history).expect("history");
        (profile.into_bytes(), history.into_bytes())
    })
}

/// A real profile.json of three finished rounds and no round in progress: a game reads its
/// round rows only after its first frame.
fn finished_save() -> &'static [u8] {
    static SAVE: OnceLock<Vec<u8>> = OnceLock::new();
    SAVE.get_or_init(|| {
        redflag::progress::format::profile_text(&three_rounds().0)
            .expect("profile")
            .into_bytes()
    })
}

/// `bytes` as the profile (with the last good copy beside it when `backup`), opened as the game
/// opens it (the round rows read after the first frame) and as everything was read at the start:
/// the same profile, the same repair, or the same refusal.
fn read_after_the_first_frame_as_at_the_start(
    bytes: &[u8],
    backup: bool,
) -> Result<(), TestCaseError> {
    use redflag::progress::{Notice, Session, opening::open_unsettled};
    let folder = |data: &DataDir| {
        let dir = data.profile_dir("Fuzz").expect("dir");
        fs::create_dir_all(&dir).expect("mkdir");
        if backup {
            fs::write(dir.join("profile.json.bak"), finished_save()).expect("backup");
        }
        fs::write(dir.join("profile.json"), bytes).expect("write");
    };
    let (start_dir, game_dir) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let (start, game) = (
        DataDir::new(start_dir.path().to_path_buf()),
        DataDir::new(game_dir.path().to_path_buf()),
    );
    folder(&start);
    folder(&game);
    let at_start = start.open("Fuzz").and_then(|store| store.load(time(10)));
    let in_game = open_unsettled(&game, "Fuzz", time(10)).and_then(|mut opening| {
        opening.pending.settle(&game, &mut opening.session)?;
        Ok(opening.session)
    });
    let repairs = |notices: &[Notice]| -> Vec<String> {
        notices
            .iter()
            .filter_map(|n| match n {
                Notice::Recovered(r) => Some(format!("{:?}", std::mem::discriminant(r))),
                _ => None,
            })
            .collect()
    };
    match (at_start, in_game) {
        (Ok(loaded), Ok(session)) => {
            let expected = Session::new(
                None,
                loaded
                    .profile
                    .unwrap_or_else(|| Profile::new("Fuzz", time(10))),
                loaded.recovery.map(Notice::Recovered),
            );
            prop_assert_eq!(&session.profile, &expected.profile);
            prop_assert_eq!(repairs(&session.notices), repairs(&expected.notices));
        }
        (Err(a), Err(b)) => {
            prop_assert_eq!(
                std::mem::discriminant(&a),
                std::mem::discriminant(&b),
                "{:?} / {:?}",
                a,
                b
            )
        }
        (a, b) => prop_assert!(
            false,
            "at the start {:?}, in the game {:?}",
            a.map(|_| ()),
            b.map(|_| ())
        ),
    }
    Ok(())
}

/// Writes `bytes` as the profile (with the last good copy beside it when `backup`) and loads.
fn load_save(bytes: &[u8], backup: bool) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let store = data.open("Fuzz").expect("open");
    let main = store.dir.join("profile.json");
    if backup {
        fs::write(store.dir.join("profile.json.bak"), &real_save().0).expect("backup");
    }
    fs::write(&main, bytes).expect("write");
    // Bytes that are not UTF-8 are read as replacement characters, as the loader does: a stray
    // byte inside a name costs that character, not the save.
    let good = serde_json::from_str::<Profile>(&String::from_utf8_lossy(bytes)).ok();
    let main_shown = main.display().to_string();

    // A good save of another name is another player's, refused under this one, both named.
    let renamed = good.as_ref().is_some_and(|p| p.name.trim() != "Fuzz");
    if renamed {
        for err in [
            data.read_profile("Fuzz").map(|_| ()).expect_err("refused"),
            store.load(time(10)).map(|_| ()).expect_err("refused"),
        ] {
            prop_assert!(matches!(err, StoreError::NameTaken { .. }), "{:?}", err);
        }
        return Ok(());
    }
    // Statistics read without repairing: good, or an error naming the file.
    match data.read_profile("Fuzz") {
        Ok(p) => prop_assert!(p.is_some()),
        Err(e) => prop_assert!(e.to_string().contains(&main_shown), "{}", e),
    }
    match store.load(time(10)) {
        Ok(loaded) => {
            prop_assert!(loaded.profile.is_some());
            match &good {
                Some(p) if p.schema <= redflag::progress::model::SCHEMA => {
                    prop_assert!(loaded.recovery.is_none())
                }
                _ => {
                    let note = loaded
                        .recovery
                        .as_ref()
                        .map(|r| redflag::strings::recovery(redflag::i18n::Catalog::english(), r))
                        .unwrap_or_default();
                    prop_assert!(
                        backup && note.contains("damaged") && note.contains("profile.damaged-"),
                        "a repair names the copy kept aside: {}",
                        note
                    );
                }
            }
        }
        Err(e) => {
            let shown = e.to_string();
            prop_assert!(
                shown.contains(&main_shown),
                "the error names the file: {}",
                shown
            );
            prop_assert!(
                matches!(
                    e,
                    StoreError::Newer { .. } | StoreError::Unrecoverable { .. }
                ),
                "{:?}",
                e
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_as_a_save(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        backup in any::<bool>(),
    ) {
        load_save(&bytes, backup)?;
    }

    #[test]
    fn mutated_real_saves(
        mutations in proptest::collection::vec(mutation(), 1..6),
        backup in any::<bool>(),
    ) {
        let mut bytes = real_save().0.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        load_save(&bytes, backup)?;
    }

    #[test]
    fn mutated_saves_read_after_the_first_frame_as_at_the_start(
        mutations in proptest::collection::vec(mutation(), 1..6),
        backup in any::<bool>(),
    ) {
        let mut bytes = finished_save().to_vec();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        read_after_the_first_frame_as_at_the_start(&bytes, backup)?;
    }

    #[test]
    fn mutated_history_files_are_skipped_and_named(
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = real_save().1.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let store = data.open("Fuzz").expect("open");
        let history = store.dir.join("history");
        fs::create_dir_all(&history).expect("mkdir");
        let file = history.join("20260101T000000.000-1.toml");
        fs::write(&file, &bytes).expect("write");
        let (rounds, skipped) = store.history(None);
        prop_assert_eq!(rounds.len() + skipped.len(), 1);
        if rounds.is_empty() {
            prop_assert_eq!(&skipped[0].path, &file);
        }
        // Arbitrary settings are read or reported as damaged, naming the file, never a panic.
        fs::write(dir.path().join("settings.toml"), &bytes).expect("settings");
        if let Err(e) = data.settings() {
            prop_assert!(e.to_string().contains("settings.toml"), "{}", e);
        }
    }
}
