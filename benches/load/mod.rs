//! The SSH server under load, shared by the bench (`benches/serve_load.rs`, 200 sessions) and
//! its small variant in the tests (`tests/serve_load.rs`): the real server binary, N scripted
//! learners at once on russh's client, every key timed to its frame, the server's memory with no
//! session, with N idle at the menu and during play, and every answer looked for on disk.

#![allow(dead_code)]

pub mod player;
pub mod server;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use player::{KeyKind, Outcome, Script, Stage};
use redflag::content::Verdict;
use redflag::progress::DataDir;
use server::ServerProcess;

/// What to run.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub binary: PathBuf,
    pub sessions: usize,
    pub seed: u64,
    /// Items in each round.
    pub count: usize,
    /// The pause before each key, in milliseconds (uniform between the two).
    pub think_ms: (u64, u64),
}

/// What was measured.
#[derive(Debug)]
pub struct LoadReport {
    pub options: LoadOptions,
    pub load_before: String,
    pub load_after: String,
    /// Every key's latency, by what it did.
    pub latencies: Vec<(KeyKind, Duration)>,
    pub rss_empty_kib: u64,
    pub rss_idle_kib: u64,
    pub rss_peak_kib: u64,
    pub threads_idle: u64,
    pub server_cpu: Duration,
    /// The clients' own CPU time (this process): they share the machine's two cores.
    pub client_cpu: Duration,
    pub play_time: Duration,
    /// Sessions that did not play their round to the end, and why.
    pub failures: Vec<String>,
    pub answers_given: usize,
    pub answers_on_disk: usize,
    /// Every difference between what a session answered and what its profile holds.
    pub lost: Vec<String>,
    pub server_exit: Option<i32>,
}

impl LoadReport {
    /// The `p`th percentile (0–100) of every key's latency, by the nearest rank.
    pub fn percentile(&self, p: f64) -> Duration {
        percentile(self.latencies.iter().map(|(_, d)| *d).collect(), p)
    }

    pub fn idle_per_session_kib(&self) -> f64 {
        self.rss_idle_kib.saturating_sub(self.rss_empty_kib) as f64
            / self.options.sessions.max(1) as f64
    }

    /// The whole report as text, one figure a line.
    pub fn text(&self) -> String {
        let o = &self.options;
        let mib = |kib: u64| kib as f64 / 1024.0;
        let mut lines = vec![
            format!(
                "serve load: {} sessions, rounds of {} from seed {}, {}–{} ms before each key",
                o.sessions, o.count, o.seed, o.think_ms.0, o.think_ms.1
            ),
            format!(
                "load average before {}, after {}",
                self.load_before, self.load_after
            ),
            format!(
                "keys: {} in {:.1} s of play; latency p50 {}, p95 {}, p99 {}, max {}",
                self.latencies.len(),
                self.play_time.as_secs_f64(),
                ms(self.percentile(50.0)),
                ms(self.percentile(95.0)),
                ms(self.percentile(99.0)),
                ms(self.percentile(100.0)),
            ),
        ];
        let mut by_kind: BTreeMap<KeyKind, Vec<Duration>> = BTreeMap::new();
        for (kind, d) in &self.latencies {
            by_kind.entry(*kind).or_default().push(*d);
        }
        for (kind, ds) in by_kind {
            let n = ds.len();
            lines.push(format!(
                "  {:<26} {:>6} keys  p50 {:>8}  p99 {:>8}  max {:>8}",
                kind.label(),
                n,
                ms(percentile(ds.clone(), 50.0)),
                ms(percentile(ds.clone(), 99.0)),
                ms(percentile(ds, 100.0)),
            ));
        }
        lines.extend([
            format!(
                "server RSS: {:.1} MiB with no session, {:.1} MiB with {} idle at the menu \
                 ({:.2} MiB each, {} threads), {:.1} MiB at most during play",
                mib(self.rss_empty_kib),
                mib(self.rss_idle_kib),
                o.sessions,
                self.idle_per_session_kib() / 1024.0,
                self.threads_idle,
                mib(self.rss_peak_kib),
            ),
            format!(
                "CPU time during play: server {:.2} s ({:.2} ms a key), clients {:.2} s",
                self.server_cpu.as_secs_f64(),
                self.server_cpu.as_secs_f64() * 1000.0 / self.latencies.len().max(1) as f64,
                self.client_cpu.as_secs_f64(),
            ),
            format!(
                "answers: {} given, {} on disk, {} lost or wrong; {} session(s) failed; server exit {:?}",
                self.answers_given,
                self.answers_on_disk,
                self.lost.len(),
                self.failures.len(),
                self.server_exit
            ),
        ]);
        for why in self.failures.iter().chain(&self.lost).take(10) {
            lines.push(format!("  {why}"));
        }
        lines.join("\n")
    }
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn percentile(mut values: Vec<Duration>, p: f64) -> Duration {
    if values.is_empty() {
        return Duration::ZERO;
    }
    values.sort_unstable();
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

/// Runs the whole measurement: start the server, bring every session to the menu, measure,
/// play, stop the server, check the disk.
pub fn run(options: LoadOptions) -> LoadReport {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let load_before = server::load_average();
    let process = ServerProcess::spawn(
        &options.binary,
        dir.path(),
        options.sessions,
        options.count,
        options.seed,
    );
    let pid = process.pid();
    let rss_empty_kib = server::settled_rss_kib(pid, Duration::from_millis(500));
    let scripts: Vec<Script> = (0..options.sessions)
        .map(|i| Script::new(i, options.count, options.seed, options.think_ms))
        .collect();

    // The clients share the machine with the server, as a classroom's laptops would not: two
    // worker threads, as many as there are cores here.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (go, going) = tokio::sync::watch::channel(false);
    let stage = Arc::new(Stage {
        at_menu: Default::default(),
        go: going,
    });
    let address = process.address;
    let tasks: Vec<_> = scripts
        .iter()
        .cloned()
        .map(|script| runtime.spawn(player::play(address, script, stage.clone())))
        .collect();

    // Everyone at the menu (or failed on the way): the idle figure.
    let deadline = Instant::now() + Duration::from_secs(300);
    while stage.at_menu.load(Ordering::Acquire) < options.sessions && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let rss_idle_kib = server::settled_rss_kib(pid, Duration::from_secs(1));
    let threads_idle = server::threads(pid).unwrap_or(0);

    // Play, with the memory sampled all along.
    let sampling = Arc::new(AtomicBool::new(true));
    let peak = Arc::new(AtomicU64::new(rss_idle_kib));
    let sampler = {
        let (sampling, peak) = (sampling.clone(), peak.clone());
        std::thread::spawn(move || {
            while sampling.load(Ordering::Acquire) {
                if let Some(rss) = server::rss_kib(pid) {
                    peak.fetch_max(rss, Ordering::AcqRel);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let cpu_before = server::cpu_time(pid).unwrap_or_default();
    let own_cpu = || server::cpu_time(std::process::id()).unwrap_or_default();
    let client_cpu_before = own_cpu();
    let started = Instant::now();
    let _ = go.send(true);
    let outcomes: Vec<Outcome> = runtime.block_on(async {
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap_or_else(|e| Outcome {
                failure: Some(format!("a session panicked: {e}")),
                ..Outcome::default()
            }));
        }
        outcomes
    });
    let play_time = started.elapsed();
    let server_cpu = server::cpu_time(pid)
        .unwrap_or_default()
        .saturating_sub(cpu_before);
    let client_cpu = own_cpu().saturating_sub(client_cpu_before);
    sampling.store(false, Ordering::Release);
    let _ = sampler.join();
    let load_after = server::load_average();
    runtime.shutdown_timeout(Duration::from_secs(5));

    let data = process.data.clone();
    let (server_exit, _) = process.stop();
    let mut failures = Vec::new();
    let mut latencies = Vec::new();
    for outcome in outcomes {
        failures.extend(outcome.failure);
        latencies.extend(outcome.latencies);
    }
    let (answers_on_disk, lost) = check_disk(&DataDir::new(data), &scripts, &options);
    LoadReport {
        answers_given: options.sessions * options.count,
        options,
        load_before,
        load_after,
        latencies,
        rss_empty_kib,
        rss_idle_kib,
        rss_peak_kib: peak.load(Ordering::Acquire),
        threads_idle,
        server_cpu,
        client_cpu,
        play_time,
        failures,
        answers_on_disk,
        lost,
        server_exit,
    }
}

/// Every session's profile and history as saved: one finished round, nothing in progress, and
/// exactly the answers the session gave (the seeded round's scenarios in order, each with the
/// verdict given and whether it was inspected). Returns the answers found right and what is not.
fn check_disk(data: &DataDir, scripts: &[Script], options: &LoadOptions) -> (usize, Vec<String>) {
    let expected = seeded_round(options.count, options.seed);
    let mut right = 0;
    let mut lost = Vec::new();
    for script in scripts {
        let name = &script.name;
        let reading = match data.read_profile(name) {
            Ok(Some(reading)) => reading,
            Ok(None) => {
                lost.push(format!("{name}: no profile saved"));
                continue;
            }
            Err(e) => {
                lost.push(format!("{name}: {e}"));
                continue;
            }
        };
        if reading.fallback.is_some() {
            lost.push(format!("{name}: read from a fallback copy"));
        }
        let profile = reading.profile;
        if profile.rounds_played() != 1 || profile.current.is_some() {
            lost.push(format!(
                "{name}: {} round(s) played, one in progress: {}",
                profile.rounds_played(),
                profile.current.is_some()
            ));
        }
        let (history, unreadable) = redflag::progress::history::read_history(&reading.dir, None);
        if !unreadable.is_empty() || history.len() != 1 {
            lost.push(format!(
                "{name}: {} history file(s), {} unreadable",
                history.len(),
                unreadable.len()
            ));
        }
        let answers = history.first().map(|r| r.answers.as_slice()).unwrap_or(&[]);
        if answers.len() != options.count {
            lost.push(format!(
                "{name}: {} answers on disk, {} given",
                answers.len(),
                options.count
            ));
        }
        for (k, answer) in answers.iter().enumerate().take(options.count) {
            let given = if script.dangerous[k] {
                Verdict::Dangerous
            } else {
                Verdict::Safe
            };
            let wanted = (expected[k].as_str(), given, script.inspect[k]);
            let found = (answer.scenario.as_str(), answer.given, answer.inspected);
            if wanted == found {
                right += 1;
            } else {
                lost.push(format!(
                    "{name}: item {}: gave {wanted:?}, saved {found:?}",
                    k + 1
                ));
            }
        }
    }
    (right, lost)
}

/// The ids of the round the server draws for everyone from its seed.
fn seeded_round(count: usize, seed: u64) -> Vec<String> {
    use redflag::plan::{Ground, Plan};
    let pack = redflag::builtin::pack().expect("the built-in pack");
    let modules = redflag::training::path(&pack.scenarios);
    let ground = Ground {
        pool: &pack.scenarios,
        manifests: &[],
        modules: &modules,
        session: None,
    };
    let chosen = Plan::Practice { count, seed }
        .choose(&ground)
        .expect("a round");
    chosen
        .round
        .items
        .iter()
        .map(|&i| pack.scenarios[i].id.clone())
        .collect()
}
