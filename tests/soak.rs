//! A soak on one profile: many plain-mode rounds through the real binary, answers piped in, and
//! every so often the figures that must stay flat: the profile's size, the time to save it, the
//! time a whole round takes, and the peak memory of a round's process.
//!
//! 50 rounds by default; REDFLAG_LONG_TESTS=1 plays 1,000 and prints a line every 100 rounds
//! (`cargo test --release --test soak -- --nocapture` to see them).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use redflag::progress::DataDir;

fn rounds() -> (usize, usize) {
    if std::env::var_os("REDFLAG_LONG_TESTS").is_some() {
        (1000, 100)
    } else {
        (50, 10)
    }
}

/// Plays one round of three; returns its wall time and the process's peak RSS in KiB (when
/// /usr/bin/time is there to tell it).
fn play_round(data: &Path, seed: usize, rss_file: &Path) -> (Duration, Option<u64>) {
    let exe = env!("CARGO_BIN_EXE_redflag");
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f").arg("%M").arg("-o").arg(rss_file).arg(exe);
        c
    } else {
        Command::new(exe)
    };
    command
        .args([
            "play",
            "--plain",
            "--profile",
            "soak",
            "--count",
            "3",
            "--seed",
        ])
        .arg(seed.to_string())
        .env("REDFLAG_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn().expect("spawn");
    let answers = if seed.is_multiple_of(2) {
        "d\ns\nd\n"
    } else {
        "i\ns\nd\ns\n"
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(answers.as_bytes())
        .expect("answers");
    let out = child.wait_with_output().expect("wait");
    let took = started.elapsed();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && printed.contains("score: "),
        "round {seed}: {printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rss = std::fs::read_to_string(rss_file)
        .ok()
        .and_then(|t| t.trim().lines().last()?.trim().parse().ok());
    (took, rss)
}

/// The median of `n` saves of the profile as it now stands, in its own folder.
fn save_time(data: &Path, n: usize) -> Duration {
    let store = DataDir::new(data.to_path_buf()).open("soak").expect("open");
    let profile = store
        .load(chrono::Utc::now())
        .expect("load")
        .profile
        .expect("a profile");
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            store.save(&profile).expect("save");
            t.elapsed()
        })
        .collect();
    times.sort();
    times[n / 2]
}

struct Checkpoint {
    rounds: usize,
    size: u64,
    save: Duration,
    round: Duration,
    rss: Option<u64>,
}

#[test]
fn a_long_history_keeps_saves_memory_and_the_file_flat() {
    let (total, every) = rounds();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let rss_file = dir.path().join("rss");
    let profile = data.join("profiles/soak/profile.json");
    let mut checkpoints: Vec<Checkpoint> = Vec::new();
    let mut window: Vec<(Duration, Option<u64>)> = Vec::new();
    println!("rounds  profile.json  save (median)  round process (median)  peak RSS (max)");
    for r in 1..=total {
        window.push(play_round(&data, r, &rss_file));
        if r % every == 0 {
            let mut times: Vec<Duration> = window.iter().map(|w| w.0).collect();
            times.sort();
            let rss = window.iter().filter_map(|w| w.1).max();
            let c = Checkpoint {
                rounds: r,
                size: std::fs::metadata(&profile).map(|m| m.len()).unwrap_or(0),
                save: save_time(&data, 9),
                round: times[times.len() / 2],
                rss,
            };
            println!(
                "{:>6}  {:>9.1} KiB  {:>10.2} ms  {:>19.2} ms  {:>10}",
                c.rounds,
                c.size as f64 / 1024.0,
                c.save.as_secs_f64() * 1e3,
                c.round.as_secs_f64() * 1e3,
                c.rss.map_or("n/a".to_string(), |k| format!(
                    "{:.1} MiB",
                    k as f64 / 1024.0
                )),
            );
            checkpoints.push(c);
            window.clear();
        }
    }
    let stats = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(["stats", "--profile", "soak", "--format", "json"])
        .env("REDFLAG_DATA_DIR", &data)
        .output()
        .expect("stats");
    let json: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("json");
    assert_eq!(
        json["rounds"].as_u64(),
        Some(total as u64),
        "every round counts"
    );
    assert_eq!(json["answered"].as_u64(), Some(3 * total as u64));

    // Flat: once the profile holds its last rounds' rows, it grows no more.
    let full: Vec<&Checkpoint> = checkpoints
        .iter()
        .filter(|c| c.rounds >= redflag::progress::model::KEPT_ROUNDS)
        .collect();
    let first = full.first().expect("a checkpoint past the kept rows");
    let last = checkpoints.last().expect("checkpoints");
    assert!(
        last.size <= first.size + first.size / 10,
        "profile.json grew from {} to {} bytes",
        first.size,
        last.size
    );
    assert!(last.size < 32 * 1024, "profile.json is {} bytes", last.size);
    // Saves and rounds stay within a small factor of the first checkpoint. The floor allows for
    // fsync on a shared machine, which now and then takes several milliseconds; growth with
    // history is caught above, by the size.
    let base = checkpoints[0].save.max(Duration::from_millis(10));
    assert!(
        last.save <= base * 4,
        "a save took {:?} at first and {:?} after {} rounds",
        checkpoints[0].save,
        last.save,
        last.rounds
    );
    let base = checkpoints[0].round.max(Duration::from_millis(50));
    assert!(last.round <= base * 4, "{:?} then {:?}", base, last.round);
    if let (Some(a), Some(b)) = (checkpoints[0].rss, last.rss) {
        assert!(b <= a + a / 4 + 1024, "peak RSS went from {a} to {b} KiB");
    }
}
