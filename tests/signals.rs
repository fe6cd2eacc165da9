//! TERM, HUP, INT and QUIT in the middle of a round end redflag the way `q` does: in the game
//! the terminal is back in cooked mode with echo, on the main screen, the cursor shown; in plain
//! mode the round ends with its summary; and in both every answer given is on disk.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use expectrl::Session;

const SIGNALS: [(&str, i32); 4] = [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)];

fn send_signal(pid: u32, name: &str) {
    let sent = Command::new("kill")
        .args(["-s", name, &pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success(), "kill -s {name}");
}

/// The answers of the unfinished round, as saved.
fn saved_answers(data: &Path, who: &str) -> usize {
    let text = std::fs::read_to_string(data.join("profiles").join(who).join("profile.json"))
        .expect("profile.json");
    let profile: serde_json::Value = serde_json::from_str(&text).expect("json");
    profile["current"]["answers"].as_array().map_or(0, Vec::len)
}

/// The game in a pseudo-terminal, its screen decoded.
struct Game {
    session: expectrl::session::OsSession,
    screen: vt100::Parser,
}

impl Game {
    /// Starts the game on a terminal with echo on, as a shell leaves it (the pty comes with echo
    /// off); `exec` keeps the process id.
    fn start(data: &Path) -> Game {
        let mut command = Command::new("sh");
        command
            .args(["-c", "stty echo && exec \"$0\" \"$@\""])
            .arg(env!("CARGO_BIN_EXE_redflag"))
            .args(["--profile", "sam", "--seed", "7", "--count", "4"])
            .env("REDFLAG_DATA_DIR", data)
            .env("TERM", "xterm-256color");
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(80, 24)
            .expect("window size");
        let size = |n| std::num::NonZeroU16::new(n).expect("size");
        Game {
            session,
            screen: vt100::Parser::new(size(24), size(80), 0),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.screen.process(&buf[..n]);
        }
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump();
            let shown = self.screen.screen().contents();
            // A frame can arrive in several reads: only a screen that has stopped changing counts,
            // or a line left from the last frame could match before the new one is drawn.
            if shown.contains(text) {
                std::thread::sleep(Duration::from_millis(40));
                self.pump();
                if self.screen.screen().contents() == shown {
                    return;
                }
                continue;
            }
            assert!(Instant::now() < deadline, "no {text:?} on\n{shown}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).expect("keys");
        self.session.flush().expect("flush");
    }

    fn pid(&self) -> u32 {
        self.session
            .get_process()
            .pid()
            .to_string()
            .parse()
            .expect("pid")
    }

    /// The terminal's local modes as `stty` reports them, read through the pty's master side.
    fn modes(&self) -> String {
        let master = self.session.get_process().get_raw_handle().expect("master");
        let out = Command::new("stty")
            .arg("-a")
            .stdin(master)
            .output()
            .expect("stty");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn exit_code(&mut self) -> Option<i32> {
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

/// Whether `stty -a` shows the mode switched on (`echo`, not `-echo`).
fn on(modes: &str, mode: &str) -> bool {
    modes.split_whitespace().any(|m| m == mode)
}

#[test]
fn a_signal_during_the_game_restores_the_terminal_and_keeps_the_answers() {
    for (name, number) in SIGNALS {
        let data = tempfile::tempdir().expect("tempdir");
        let mut game = Game::start(data.path());
        game.wait_for("Play a round");
        game.send("p");
        game.wait_for("item 1 of 4");
        game.send("d");
        game.wait_for("Lesson:");
        game.send("\r");
        game.wait_for("item 2 of 4");
        game.send("s");
        game.wait_for("Lesson:");
        let playing = game.modes();
        assert!(
            !on(&playing, "icanon") && !on(&playing, "echo"),
            "raw while playing: {playing}"
        );
        assert!(game.screen.screen().alternate_screen());
        send_signal(game.pid(), name);
        assert_eq!(game.exit_code(), Some(128 + number), "SIG{name}");
        let after = game.modes();
        assert!(
            on(&after, "icanon") && on(&after, "echo") && on(&after, "isig"),
            "SIG{name} left the terminal raw: {after}"
        );
        let screen = game.screen.screen();
        assert!(
            !screen.alternate_screen(),
            "SIG{name}: back on the main screen"
        );
        assert!(!screen.hide_cursor(), "SIG{name}: the cursor is shown");
        assert_eq!(saved_answers(data.path(), "sam"), 2, "SIG{name}");
    }
}

#[test]
fn a_signal_during_a_plain_round_ends_it_with_its_summary_and_the_answers_saved() {
    for (name, number) in SIGNALS {
        let data = tempfile::tempdir().expect("tempdir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
            .args([
                "play",
                "--plain",
                "--profile",
                "pat",
                "--seed",
                "3",
                "--count",
                "5",
            ])
            .env("REDFLAG_DATA_DIR", data.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let printed = Arc::new(Mutex::new(String::new()));
        let mut stdout = child.stdout.take().expect("stdout");
        let into = Arc::clone(&printed);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                into.lock().expect("lock").push_str(&text);
            }
        });
        let answered = |n: usize| {
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                let text = printed.lock().expect("lock").clone();
                if text.matches("RIGHT: ").count() + text.matches("WRONG: ").count() >= n
                    && text.ends_with("? ")
                {
                    return;
                }
                assert!(Instant::now() < deadline, "{n} answers: {text}");
                std::thread::sleep(Duration::from_millis(10));
            }
        };
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(b"d\n").expect("answer");
        answered(1);
        input.write_all(b"s\n").expect("answer");
        answered(2);
        send_signal(child.id(), name);
        let status = child.wait().expect("wait");
        reader.join().expect("reader");
        let text = printed.lock().expect("lock").clone();
        assert_eq!(status.code(), Some(128 + number), "SIG{name}: {text}");
        assert!(
            text.contains("== Round over ==")
                && text.contains("Your answers are saved; this round resumes next time."),
            "SIG{name}: {text}"
        );
        assert_eq!(saved_answers(data.path(), "pat"), 2, "SIG{name}");
        drop(input);
    }
}
