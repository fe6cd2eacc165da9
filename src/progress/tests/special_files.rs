//! A FIFO, a socket or a device where the data folder holds a file is refused, naming it, and
//! never waited on: each case runs against a clock, so a hang fails the test instead of stalling it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use super::{at, saved_profile};
use crate::progress::error::FileKind;
use crate::progress::format::PROFILE_FILE;
use crate::progress::*;
use crate::test_files::mkfifo;

/// Runs `f` on its own thread and fails the test if it has not returned within ten seconds.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .unwrap_or_else(|_| panic!("{what}: still waiting after 10 s"))
}

/// Puts a FIFO, a socket, or a link to a device at `path`; returns the kind to expect.
fn plant(path: &Path, kind: FileKind) -> Option<std::os::unix::net::UnixListener> {
    let _ = fs::remove_file(path);
    match kind {
        FileKind::Fifo => {
            mkfifo(path);
            None
        }
        FileKind::Socket => Some(std::os::unix::net::UnixListener::bind(path).expect("bind")),
        FileKind::CharDevice => {
            std::os::unix::fs::symlink("/dev/zero", path).expect("link");
            None
        }
        other => panic!("{other:?}"),
    }
}

fn refused(err: &StoreError, path: &Path, kind: FileKind) -> bool {
    matches!(err, StoreError::NotAFile { path: p, kind: k } if p == path && *k == kind)
}

const KINDS: [FileKind; 3] = [FileKind::Fifo, FileKind::Socket, FileKind::CharDevice];

#[test]
fn the_profile_file_or_its_copies_as_special_files_are_refused() {
    // (file planted, what else is done first so that the file is read)
    type Setup = fn(&Path);
    let cases: [(&str, Setup); 3] = [
        (PROFILE_FILE, |_| {}),
        ("profile.json.bak", |dir| {
            fs::write(dir.join(PROFILE_FILE), "damaged [").expect("damage")
        }),
        ("profile.json.tmp", |dir| {
            fs::remove_file(dir.join(PROFILE_FILE)).expect("interrupted")
        }),
    ];
    for kind in KINDS {
        for (file, setup) in cases {
            let (_dir, data, _) = saved_profile();
            let folder = data.profile_dir("sam").expect("dir");
            setup(&folder);
            let planted: PathBuf = folder.join(file);
            let _socket = plant(&planted, kind);
            let reader = data.clone();
            let read = within(file, move || reader.read_profile("sam").map(|_| ()));
            let err = read.expect_err("refused for statistics");
            assert!(refused(&err, &planted, kind), "{file} {kind:?}: {err:?}");
            let said = err.to_string();
            assert!(
                said.contains(&planted.display().to_string())
                    && said.contains("not a regular file"),
                "{said}"
            );
            let store = data.open("sam").expect("open");
            let loaded = within(file, move || store.load(at(3, 12)).map(|_| ()));
            let err = loaded.expect_err("refused for play");
            assert!(refused(&err, &planted, kind), "{file} {kind:?}: {err:?}");
        }
    }
}

#[test]
fn a_special_file_in_place_of_the_lock_is_refused() {
    for kind in KINDS {
        let (_dir, data, _) = saved_profile();
        let lock = data.profile_dir("sam").expect("dir").join("lock");
        let _socket = plant(&lock, kind);
        let opener = data.clone();
        let err = within("lock", move || opener.open("sam").map(|_| ())).expect_err("refused");
        let expected = if kind == FileKind::CharDevice {
            FileKind::Link
        } else {
            kind
        };
        assert!(refused(&err, &lock, expected), "{kind:?}: {err:?}");
    }
}

#[test]
fn a_special_file_among_the_history_is_skipped_and_named() {
    for kind in KINDS {
        let (_dir, data, _) = saved_profile();
        let store = data.open("sam").expect("open");
        let history = store.dir.join("history");
        fs::create_dir_all(&history).expect("mkdir");
        let planted = history.join("20260101T000000.000-1.toml");
        let _socket = plant(&planted, kind);
        let (rounds, skipped) = within("history", move || store.history(None));
        assert!(rounds.is_empty());
        assert_eq!(
            skipped,
            [history::Skipped {
                path: planted,
                kind: Some(kind)
            }]
        );
    }
}

#[test]
fn a_special_file_in_place_of_the_settings_is_refused() {
    for kind in KINDS {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let settings = dir.path().join("settings.toml");
        let _socket = plant(&settings, kind);
        let reader = data.clone();
        let err = within("settings", move || reader.settings()).expect_err("refused");
        assert!(refused(&err, &settings, kind), "{kind:?}: {err:?}");
        // A game with a name given plays on, says so, and leaves the file alone.
        let opener = data.clone();
        let session =
            within("settle", move || opening::open(&opener, "sam", at(1, 9))).expect("plays");
        assert_eq!(
            session.notices,
            [Notice::SettingsNotAFile {
                path: settings.clone(),
                kind
            }]
        );
        assert!(!fs::symlink_metadata(&settings).expect("kept").is_file());
    }
}
