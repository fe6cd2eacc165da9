//! The real binary in a pseudo-terminal, the screen decoded by vt100: a seeded round from the
//! first key to the summary, and back out with the terminal restored.

#![cfg(unix)]

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero size")
}

/// A running redflag and the screen it has drawn so far.
pub struct Tty {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
    _data: Option<tempfile::TempDir>,
}

impl Tty {
    /// Starts redflag with a fresh data folder and a profile, so no first-run question.
    pub fn spawn(args: &[&str], envs: &[(&str, &str)], cols: u16, rows: u16) -> Tty {
        let data = tempfile::tempdir().expect("tempdir");
        let dir = data.path().to_str().expect("utf-8").to_string();
        let mut all: Vec<&str> = vec!["--data-dir", &dir, "--profile", "tester"];
        all.extend_from_slice(args);
        let mut tty = Tty::spawn_raw(&all, envs, cols, rows);
        tty._data = Some(data);
        tty
    }

    pub fn spawn_raw(args: &[&str], envs: &[(&str, &str)], cols: u16, rows: u16) -> Tty {
        let mut command = Command::new(env!("CARGO_BIN_EXE_redflag"));
        command.args(args).env("TERM", "xterm-256color");
        for (k, v) in envs {
            command.env(k, v);
        }
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("window size");
        Tty {
            session,
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            _data: None,
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
        }
    }

    pub fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// Waits until the decoded screen shows `text`.
    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            // A frame can arrive in several reads: only a screen that has stopped changing counts,
            // or a stale line from the last frame could match before the new one is drawn.
            if screen.contains(text) {
                std::thread::sleep(Duration::from_millis(40));
                let settled = self.screen();
                if settled == screen {
                    return screen;
                }
                continue;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        use std::io::Write;
        self.session.write_all(keys.as_bytes()).expect("send keys");
        self.session.flush().expect("flush");
    }

    pub fn alternate_screen(&mut self) -> bool {
        self.pump();
        self.parser.screen().alternate_screen()
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            self.pump();
            match self.session.get_process().status() {
                Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => return Some(code),
                Ok(expectrl::process::unix::WaitStatus::StillAlive) | Err(_) => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                Ok(_) => return None,
            }
        }
        None
    }
}

#[test]
fn a_seeded_round_from_menu_to_summary() {
    let mut tty = Tty::spawn(&["--seed", "7", "--count", "3"], &[], 80, 24);
    let menu = tty.wait_for("Play a round");
    assert!(menu.contains("Briefing") && menu.contains("Quit"));
    assert!(
        tty.alternate_screen(),
        "the game draws on the alternate screen"
    );
    tty.send("p");
    tty.wait_for("item 1 of 3");
    tty.send("i");
    tty.wait_for("inspected ✓");
    for item in 1..=3 {
        if item == 2 {
            // Nothing is chosen on a new question: Enter waits, → chooses DANGEROUS, Enter confirms.
            tty.send("\r");
            std::thread::sleep(Duration::from_millis(200));
            let waiting = tty.wait_for("press s or d");
            assert!(waiting.contains("item 2 of 3"), "{waiting}");
            tty.send("\x1b[C");
            tty.wait_for("Enter to confirm");
            tty.send("\r");
        } else {
            tty.send("d");
        }
        let feedback = tty.wait_for("Lesson:");
        assert!(
            feedback.contains("Right") || feedback.contains("Wrong"),
            "{feedback}"
        );
        assert!(
            feedback.contains("Red flags") || feedback.contains("Why it is safe"),
            "the explanations show at 80x24 without a key: {feedback}"
        );
        tty.send("\r");
        if item < 3 {
            tty.wait_for(&format!("item {} of 3", item + 1));
        }
    }
    let summary = tty.wait_for("Round complete");
    assert!(
        summary.contains("Score:") && summary.contains("Caught "),
        "{summary}"
    );
    assert!(summary.contains("Achievement: First round"), "{summary}");
    tty.send("\x1b[6~");
    tty.wait_for("--seed 7");
    tty.send("\r");
    tty.wait_for("Play a round");
    tty.send("q");
    assert_eq!(tty.exit_code(), Some(0));
    assert!(!tty.alternate_screen(), "the terminal is restored on quit");
}

#[test]
fn the_same_seed_shows_the_same_first_item() {
    let first = |seed: &str| {
        let mut tty = Tty::spawn(&["--seed", seed, "--count", "5"], &[], 80, 24);
        tty.wait_for("Play a round");
        tty.send("p");
        let screen = tty.wait_for("item 1 of 5");
        tty.send("q");
        tty.wait_for("Leave this round?");
        tty.send("y");
        tty.wait_for("Play a round");
        tty.send("q");
        assert_eq!(tty.exit_code(), Some(0));
        screen
    };
    assert_eq!(first("11"), first("11"));
}

#[test]
fn a_small_terminal_is_told_what_it_needs_and_resizing_redraws() {
    let mut tty = Tty::spawn(&[], &[], 60, 20);
    tty.wait_for("at least 80x24");
    tty.session
        .get_process_mut()
        .set_window_size(100, 30)
        .expect("resize");
    tty.parser.screen_mut().set_size(nz(30), nz(100));
    tty.wait_for("Play a round");
    tty.send("q");
    assert_eq!(tty.exit_code(), Some(0));
}

#[test]
fn no_terminal_points_to_plain_mode() {
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("runs");
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--plain"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn no_color_draws_without_colours_but_keeps_the_symbols() {
    let coloured_cells = |tty: &mut Tty| {
        tty.pump();
        let screen = tty.parser.screen();
        let (rows, cols) = screen.size();
        let mut n = 0;
        for r in 0..rows.get() {
            for c in 0..cols.get() {
                if let Some(cell) = screen.cell(r, c)
                    && (cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default)
                {
                    n += 1;
                }
            }
        }
        n
    };
    let mut plain = Tty::spawn(&["--seed", "1"], &[("NO_COLOR", "1")], 80, 24);
    plain.wait_for("Play a round");
    plain.send("p");
    plain.wait_for("item 1 of");
    assert_eq!(coloured_cells(&mut plain), 0, "NO_COLOR: no colour at all");
    plain.send("d");
    let screen = plain.wait_for("Lesson:");
    assert!(
        screen.contains("✓ Right") || screen.contains("✗ Wrong"),
        "meaning in symbols and words"
    );
    assert_eq!(coloured_cells(&mut plain), 0);

    let mut flag = Tty::spawn(&["--seed", "1", "--no-color"], &[], 80, 24);
    flag.wait_for("Play a round");
    assert_eq!(coloured_cells(&mut flag), 0, "--no-color too");

    let mut colour = Tty::spawn(&["--seed", "1"], &[], 80, 24);
    colour.wait_for("Play a round");
    assert!(coloured_cells(&mut colour) > 0, "colour by default");
}

#[test]
fn quit_mid_round_restart_resume_and_finish() {
    let data = tempfile::tempdir().expect("tempdir");
    let dir = data.path().to_str().expect("utf-8");
    let args = ["--data-dir", dir, "--seed", "5", "--count", "4"];

    // First run: asked for a name, two answers, then quit the round and the game.
    let mut tty = Tty::spawn_raw(&args, &[], 80, 24);
    tty.wait_for("What is your name?");
    tty.send("Robin\r");
    tty.wait_for("Playing as Robin");
    tty.send("p");
    tty.wait_for("item 1 of 4");
    for item in 1..=2 {
        tty.send("s");
        tty.wait_for("Lesson:");
        tty.send("\r");
        tty.wait_for(&format!("item {} of 4", item + 1));
    }
    tty.send("q");
    tty.wait_for("Leave this round?");
    tty.send("y");
    tty.wait_for("Resume your round (2 of 4 answered)");
    tty.send("q");
    assert_eq!(tty.exit_code(), Some(0));

    // Second run: the profile is remembered and the round resumes where it stopped.
    let mut tty = Tty::spawn_raw(&args, &[], 80, 24);
    let menu = tty.wait_for("Resume your round (2 of 4 answered)");
    assert!(menu.contains("Playing as Robin"), "{menu}");
    tty.send("\r");
    tty.wait_for("item 3 of 4");
    for item in 3..=4 {
        tty.send("d");
        tty.wait_for("Lesson:");
        tty.send("\r");
        if item < 4 {
            tty.wait_for("item 4 of 4");
        }
    }
    tty.wait_for("Round complete");
    tty.send("\r");
    let menu = tty.wait_for("Play a round");
    assert!(!menu.contains("Resume your round"), "{menu}");
    tty.send("q");
    assert_eq!(tty.exit_code(), Some(0));

    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["stats", "--format", "json", "--data-dir", dir])
        .output()
        .expect("stats");
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(stats["profile"], "Robin");
    assert_eq!(stats["rounds"], 1);
    assert_eq!(stats["answered"], 4, "every answer kept across the restart");
    assert_eq!(stats["unfinished_round"], false);
}

#[test]
fn a_data_folder_that_cannot_be_written_plays_on_without_saving_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let not_a_folder = dir.path().join("not-a-folder");
    std::fs::write(&not_a_folder, "x").expect("write");
    let path = not_a_folder.to_str().expect("utf-8");
    let mut tty = Tty::spawn_raw(&["--data-dir", path, "--profile", "new"], &[], 100, 30);
    // The menu comes first; the new profile's first save, just after it, fails and is told.
    let screen = tty.wait_for("Playing without saving");
    assert!(
        screen.contains("Progress cannot be saved") && screen.contains("not-a-folder"),
        "{screen}"
    );
    assert!(screen.contains("· not saving"), "{screen}");
    tty.send("p");
    tty.wait_for("1 of ");
    tty.send("s");
    tty.wait_for("Enter next");
    assert!(
        !tty.screen().contains("Could not save"),
        "no error on every answer once not saving:\n{}",
        tty.screen()
    );
    assert_eq!(std::fs::read_to_string(&not_a_folder).expect("read"), "x");
}
