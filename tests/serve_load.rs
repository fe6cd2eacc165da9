//! The server under load, small: the bench's scripted learners (`benches/serve_load.rs`) against
//! the server binary of this build, all playing a seeded round at once; no answer may be lost
//! and every key must reach its frame in a sane time. 3 sessions by default, so that the bench's
//! driver keeps working; REDFLAG_LONG_TESTS=1 runs 20.

#![cfg(target_os = "linux")]

#[path = "../benches/load/mod.rs"]
mod load;

use std::path::PathBuf;
use std::time::Duration;

#[test]
fn learners_at_once_lose_no_answer_and_each_key_reaches_its_frame() {
    let sessions = if std::env::var_os("REDFLAG_LONG_TESTS").is_some() {
        20
    } else {
        3
    };
    let report = load::run(load::LoadOptions {
        binary: PathBuf::from(env!("CARGO_BIN_EXE_redflag-serve")),
        sessions,
        seed: 11,
        count: 4,
        think_ms: (20, 200),
    });
    println!("{}", report.text());
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert!(report.lost.is_empty(), "{:?}", report.lost);
    assert_eq!(report.answers_given, sessions * 4);
    assert_eq!(report.answers_on_disk, report.answers_given);
    assert_eq!(report.server_exit, Some(0), "the server stops cleanly");
    // Name letters, Enter, p, one verdict and one Enter per item, Enter back to the menu; the
    // inspections come on top.
    let keys_at_least = sessions * ("Learner 000".len() + 1 + 1 + 2 * 4 + 1);
    assert!(
        report.latencies.len() >= keys_at_least,
        "every key timed: {} of at least {keys_at_least}",
        report.latencies.len()
    );
    // An unoptimised build on a machine shared with other builds: far from the bench's budget,
    // but a key waiting on something else (another game, a timer) would take longer.
    let p99 = report.percentile(99.0);
    assert!(p99 < Duration::from_millis(1500), "p99 {}", load::ms(p99));
    assert!(
        report.rss_idle_kib > report.rss_empty_kib,
        "memory was read"
    );
}
