//! A terminal that hangs up under the game (its window closed, its SSH connection dropped)
//! ends the game, with every answer given kept; it does not leave a process reading end of file
//! for ever. The pseudo-terminal is made here so that the test can close its master side while
//! the game runs, as a terminal emulator does when its window closes.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

fn saved_answers(data: &Path, who: &str) -> usize {
    let text = std::fs::read_to_string(data.join("profiles").join(who).join("profile.json"))
        .expect("profile.json");
    let profile: serde_json::Value = serde_json::from_str(&text).expect("json");
    profile["current"]["answers"].as_array().map_or(0, Vec::len)
}

#[test]
fn a_terminal_that_hangs_up_ends_the_game_and_keeps_the_answers() {
    let data = tempfile::tempdir().expect("tempdir");
    let master =
        openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).expect("a pty");
    grantpt(&master).expect("grantpt");
    unlockpt(&master).expect("unlockpt");
    let name = ptsname(&master, Vec::new()).expect("ptsname");
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().expect("a path"))
        .expect("the pty's slave side");
    tcsetwinsize(
        &slave,
        Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .expect("80x24");
    let mut game = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["--profile", "sam", "--seed", "7", "--count", "4"])
        .env("REDFLAG_DATA_DIR", data.path())
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone().expect("slave")))
        .stdout(Stdio::from(slave.try_clone().expect("slave")))
        .stderr(Stdio::from(slave))
        .spawn()
        .expect("the game");

    // Everything the game draws, read as it comes (a full pty would stop the game), without a
    // thread: the master side must be closed entirely when the window "closes".
    rustix::io::ioctl_fionbio(&master, true).expect("non-blocking");
    let mut terminal = std::fs::File::from(master);
    let size = |n| std::num::NonZeroU16::new(n).expect("size");
    let mut screen = vt100::Parser::new(size(24), size(80), 0);
    let mut shown = |terminal: &mut std::fs::File, text: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut buf = [0u8; 8192];
        while Instant::now() < deadline {
            while let Ok(n) = terminal.read(&mut buf) {
                if n == 0 {
                    break;
                }
                screen.process(&buf[..n]);
            }
            if screen.screen().contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("no {text:?} drawn:\n{}", screen.screen().contents());
    };
    let press = |terminal: &mut std::fs::File, key: &str| {
        terminal.write_all(key.as_bytes()).expect("a key");
        terminal.flush().expect("flush");
    };
    shown(&mut terminal, "Play a round");
    press(&mut terminal, "p");
    shown(&mut terminal, "item 1 of 4");
    press(&mut terminal, "d");
    shown(&mut terminal, "Lesson:");

    // The window closes: the master side goes.
    drop(terminal);
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = game.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = game.kill();
            panic!("the game still runs 5 s after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(129), "ended as by SIGHUP: {status:?}");
    assert_eq!(
        saved_answers(data.path(), "sam"),
        1,
        "the answer given is kept"
    );
}
