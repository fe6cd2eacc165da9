//! `redflag serve` under a classroom and more: 200 learners at once (by default) on the release
//! server binary, each signing in with the team code, giving a name and playing a seeded round
//! with pauses a person would make. Prints every figure, then PASS or FAIL for each budget, and
//! exits with 1 when one is missed.
//!
//! ```text
//! cargo bench --bench serve_load                       # 200 sessions, seed 7
//! cargo bench --bench serve_load -- --sessions 50 --seed 3 --count 10 --think-ms 500-1500
//! REDFLAG_LOAD_SESSIONS=50 cargo bench --bench serve_load
//! ```

mod load;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use load::{LoadOptions, ms};

/// Keystroke to frame, 99th percentile, with the default 200 sessions.
const P99_BUDGET: Duration = Duration::from_millis(50);
/// Resident memory per session idle at the menu.
const IDLE_SESSION_BUDGET_KIB: f64 = 2.0 * 1024.0;

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(e) => {
            eprintln!("serve_load: {e}");
            return ExitCode::from(2);
        }
    };
    let report = load::run(options);
    println!("{}", report.text());
    let p99 = report.percentile(99.0);
    let per_session = report.idle_per_session_kib();
    let whole = report.failures.is_empty()
        && report.lost.is_empty()
        && report.answers_on_disk == report.answers_given
        && report.server_exit == Some(0);
    let verdicts = [
        (
            p99 < P99_BUDGET,
            format!("keystroke to frame p99 {} < {}", ms(p99), ms(P99_BUDGET)),
        ),
        (
            per_session < IDLE_SESSION_BUDGET_KIB,
            format!(
                "RSS per idle session {:.2} MiB < {:.0} MiB",
                per_session / 1024.0,
                IDLE_SESSION_BUDGET_KIB / 1024.0
            ),
        ),
        (
            whole,
            format!(
                "no lost answer: {} of {} on disk, every session to its end, the server stopped cleanly",
                report.answers_on_disk, report.answers_given
            ),
        ),
    ];
    for (passed, what) in &verdicts {
        println!("{} {what}", if *passed { "PASS" } else { "FAIL" });
    }
    if verdicts.iter().all(|(passed, _)| *passed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The options from the command line (after `--`), else the environment, else the defaults.
fn options() -> Result<LoadOptions, String> {
    let env = |name: &str| std::env::var(name).ok();
    let mut sessions = env("REDFLAG_LOAD_SESSIONS").unwrap_or_else(|| "200".into());
    let mut seed = env("REDFLAG_LOAD_SEED").unwrap_or_else(|| "7".into());
    let mut count = env("REDFLAG_LOAD_COUNT").unwrap_or_else(|| "10".into());
    let mut think = env("REDFLAG_LOAD_THINK_MS").unwrap_or_else(|| "500-1500".into());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let target = match arg.as_str() {
            "--sessions" => &mut sessions,
            "--seed" => &mut seed,
            "--count" => &mut count,
            "--think-ms" => &mut think,
            // `cargo bench` adds `--bench`; a filter or other harness flags mean nothing here.
            _ => continue,
        };
        *target = args.next().ok_or(format!("{arg} needs a value"))?;
    }
    let number = |what: &str, text: &str| {
        text.trim()
            .parse::<u64>()
            .map_err(|_| format!("{what}: not a number: {text:?}"))
    };
    let think_ms = match think.split_once('-') {
        Some((low, high)) => (number("think-ms", low)?, number("think-ms", high)?),
        None => {
            let fixed = number("think-ms", &think)?;
            (fixed, fixed)
        }
    };
    let sessions = usize::try_from(number("sessions", &sessions)?).map_err(|e| e.to_string())?;
    let count = usize::try_from(number("count", &count)?).map_err(|e| e.to_string())?;
    if sessions == 0 || !(1..=50).contains(&count) || think_ms.0 > think_ms.1 {
        return Err("sessions above 0, count 1 to 50, think-ms LOW-HIGH with LOW <= HIGH".into());
    }
    Ok(LoadOptions {
        binary: PathBuf::from(env!("CARGO_BIN_EXE_redflag-serve")),
        sessions,
        seed: number("seed", &seed)?,
        count,
        think_ms,
    })
}
