//! Kills redflag at random moments while it saves, many times over, and proves each time that the
//! profile loads and holds every answer but the one in flight, and that `stats` and `report`,
//! run before any game repairs what the kill left, show the same answers as the game then does.
//! Long variant: REDFLAG_LONG_TESTS=1.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use redflag::progress::{DataDir, Profile, Session};

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

/// `redflag ARGS --profile p --format json` on `data`: its JSON, or None when it found no profile
/// (or, for a report, no answer yet).
fn command_json(data: &Path, args: &[&str]) -> Option<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(args)
        .args(["--profile", "p", "--format", "json"])
        .env("REDFLAG_DATA_DIR", data)
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        assert!(
            said.contains("no profile") || said.contains("has no history yet"),
            "{args:?}: {said}"
        );
        return None;
    }
    Some(serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}")))
}

/// Checks that `stats` and `report` (run before the game reopened the profile) show what the game
/// shows once it has: the same answers, rounds and unfinished round.
fn agree(run: u64, stats: &serde_json::Value, report: &serde_json::Value, profile: &Profile) {
    let answered = u64::from(profile.totals.tally.total());
    let rounds = profile.rounds_played();
    let unfinished = profile.current.as_ref().map_or(0, |c| c.answers.len());
    assert_eq!(
        (
            stats["answered"].as_u64(),
            stats["rounds"].as_u64(),
            stats["unfinished_round"].as_bool()
        ),
        (
            Some(answered),
            Some(rounds),
            Some(profile.current.is_some())
        ),
        "run {run}: stats"
    );
    assert_eq!(
        report["answered"].as_u64(),
        Some(answered),
        "run {run}: report"
    );
    let listed = |key: &str| report[key].as_array().map_or(0, Vec::len);
    let in_rounds: usize = report["rounds"].as_array().map_or(0, |r| {
        r.iter()
            .map(|r| r["answers"].as_array().map_or(0, Vec::len))
            .sum()
    });
    assert_eq!(
        (
            listed("rounds") as u64,
            listed("unfinished"),
            (in_rounds + listed("unfinished")) as u64
        ),
        (rounds, unfinished, answered),
        "run {run}: the report lists every answer once"
    );
}

/// Reads the child's output as it comes, saying on `first` when the first answer is confirmed.
fn watch(
    mut stdout: impl Read + Send + 'static,
    first: mpsc::Sender<()>,
) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut printed = Vec::new();
        let mut chunk = [0u8; 4096];
        let mut told = false;
        while let Ok(n) = stdout.read(&mut chunk) {
            if n == 0 {
                break;
            }
            printed.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&printed);
            if !told && (text.contains("RIGHT: ") || text.contains("WRONG: ")) {
                told = true;
                let _ = first.send(());
            }
        }
        String::from_utf8_lossy(&printed).into_owned()
    })
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
        let (first, confirmed_once) = mpsc::channel();
        let output = watch(child.stdout.take().expect("stdout"), first);
        let answers: String = (0..40)
            .map(|i| if (i + run) % 3 == 0 { "s\n" } else { "d\n" })
            .collect();
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(answers.as_bytes())
            .expect("write");
        // Most kills come once the first answer is on disk, so that they land during the round
        // however busy the machine; every fifth comes at any early moment, even before the
        // new profile's first save.
        if run % 5 == 4 {
            std::thread::sleep(Duration::from_micros(rng.next(40_000)));
        } else {
            confirmed_once
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("run {run}: no answer confirmed within a minute"));
            std::thread::sleep(Duration::from_micros(rng.next(20_000)));
        }
        child.kill().expect("kill");
        child.wait().expect("reap");
        let printed = output.join().expect("output");
        // Feedback is printed only after its answer is saved.
        let confirmed = printed.matches("RIGHT: ").count() + printed.matches("WRONG: ").count();

        // What the commands that only read show, before a game repairs anything.
        let stats = command_json(data.path(), &["stats"]);
        let report = command_json(data.path(), &["report"]);
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
            assert!(stats.is_none() && report.is_none(), "run {run}: {stats:?}");
            continue;
        };
        // The game closes a round whose every item was answered, as the commands did.
        let profile = Session::new(Some(store), profile, None).profile;
        match (&stats, &report) {
            (Some(stats), Some(report)) => agree(run, stats, report, &profile),
            // A report needs an answer; statistics need only the profile.
            (Some(stats), None) => {
                assert_eq!(profile.totals.tally.total(), 0, "run {run}");
                assert_eq!(stats["answered"].as_u64(), Some(0), "run {run}");
            }
            _ => panic!("run {run}: the game found a profile, the commands did not"),
        }
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
