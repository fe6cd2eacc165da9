//! Kills redflag at random moments while it saves, many times over, and proves each time that the
//! profile loads and holds every answer but the one in flight. Long variant: REDFLAG_LONG_TESTS=1.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use redflag::progress::DataDir;

/// A tiny deterministic generator, so a failing run can be repeated from its iteration number.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

/// A plain-mode round on profile "p" in `data`, answers to come on its standard input.
fn plain_round(
    data: &std::path::Path,
    seed: &str,
    count: u32,
    stdout: Stdio,
) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args([
            "play",
            "--plain",
            "--profile",
            "p",
            "--seed",
            seed,
            "--count",
            &count.to_string(),
        ])
        .env("REDFLAG_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(stdout)
        .spawn()
        .expect("spawn")
}

fn runs() -> u64 {
    if std::env::var_os("REDFLAG_LONG_TESTS").is_some() {
        300
    } else {
        60
    }
}

#[test]
fn killed_while_saving_the_profile_still_loads_with_every_answer_but_one() {
    let mut mid_round = 0;
    for run in 0..runs() {
        let mut rng = Lcg(run + 1);
        let data = tempfile::tempdir().expect("tempdir");
        // Some runs start from a profile with history, so saves rotate a backup too.
        let warm = run % 3 == 0;
        if warm {
            let mut child = plain_round(data.path(), "1", 4, Stdio::null());
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(b"d\ns\nd\ns\n")
                .expect("write");
            assert!(child.wait().expect("wait").success());
        }
        let mut child = plain_round(data.path(), &run.to_string(), 40, Stdio::piped());
        let answers: String = (0..40)
            .map(|i| if (i + run) % 3 == 0 { "s\n" } else { "d\n" })
            .collect();
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(answers.as_bytes())
            .expect("write");
        std::thread::sleep(Duration::from_micros(rng.next(40_000)));
        child.kill().expect("kill");
        child.wait().expect("reap");
        let mut printed = String::new();
        child
            .stdout
            .take()
            .expect("stdout")
            .read_to_string(&mut printed)
            .expect("read");
        // Feedback is printed only after its answer is saved.
        let confirmed = printed.matches("RIGHT: ").count() + printed.matches("WRONG: ").count();

        let store = DataDir::new(data.path().to_path_buf())
            .open("p")
            .expect("open after the crash");
        let loaded = store
            .load(chrono::Utc::now())
            .unwrap_or_else(|e| panic!("run {run}: {e}"));
        let Some(profile) = loaded.profile else {
            // Killed before the new profile was first written: there was nothing to keep.
            assert!(
                !warm && confirmed == 0,
                "run {run}: no profile after {confirmed} answers"
            );
            continue;
        };
        let before = if warm { 4 } else { 0 };
        let saved = profile.totals.tally.total() as usize - before;
        // The answers sit in the unfinished round, or in the last finished one if the kill came late.
        let finished_before = usize::from(warm);
        let in_round = match &profile.current {
            Some(current) => current.answers.len(),
            None if profile.rounds.len() > finished_before => {
                profile.rounds.last().map_or(0, |r| r.answered as usize)
            }
            None => 0,
        };
        assert!(
            saved == confirmed || saved == confirmed + 1,
            "run {run}: {saved} answers saved, {confirmed} confirmed on screen"
        );
        assert_eq!(in_round, saved, "run {run}: the round holds its answers");
        mid_round += usize::from(saved > 0 && profile.current.is_some());
    }
    // The kills must land during play, not all before or after it, or the test proves nothing.
    assert!(
        mid_round as u64 >= runs() / 4,
        "only {mid_round} of {} runs were killed mid-round",
        runs()
    );
}
