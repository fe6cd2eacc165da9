//! The in-process budgets, measured with criterion, then printed as one table with each figure:
//!
//! - start-up work before the first frame (decode the built-in pack, open a profile, draw the menu);
//! - the bidi pass over a page of English text (a scan, nothing more) and of Arabic text;
//! - `redflag check` on generated packs of 1,000, 5,000 and 10,000 scenarios, in-process and as a
//!   whole process, and the cost per scenario at each size (linear means flat);
//! - drawing every screen at 120x40, and the slowest of every scenario as question and feedback;
//! - saving and loading a profile with 2,000 rounds of history, and saving after 10 rounds, so
//!   the two can be compared (history must not make every save slower).
//!
//! Run with `cargo bench --bench budgets`; a name after `--` filters the benchmarks as usual.
//! The whole-process start-up in a pseudo-terminal is measured by `scripts/startup.py`.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use chrono::Utc;
use criterion::{BatchSize, Criterion};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use redflag::content::check::check_loaded;
use redflag::content::load::load_dir;
use redflag::content::{Scenario, Verdict};
use redflag::progress::{DataDir, Mode, Profile, Session};
use redflag::quiz::Round;
use redflag::settings::PlaySettings;
use redflag::tui::App;
use redflag::tui::app::{Done, Overlay, Play, Screen};

const SIZES: [usize; 3] = [1_000, 5_000, 10_000];
const HISTORY_ROUNDS: usize = 2_000;

fn main() {
    let home = criterion_home();
    let started = SystemTime::now();
    let mut c = Criterion::default()
        .output_directory(&home)
        .configure_from_args();
    let scratch = tempfile::tempdir().expect("scratch folder");
    startup(&mut c, scratch.path());
    bidi(&mut c);
    check(&mut c, scratch.path());
    frames(&mut c);
    saves(&mut c, scratch.path());
    c.final_summary();
    report(&home, started);
}

/// Where criterion keeps its figures: as criterion itself decides, made explicit so the report
/// below reads the same files.
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

fn builtin() -> (Vec<Scenario>, redflag::content::Manifest) {
    let pack = redflag::builtin::pack().expect("built-in pack");
    (pack.scenarios, pack.manifest)
}

fn app(profile: Option<Profile>) -> App {
    let (pool, manifest) = builtin();
    let settings = PlaySettings {
        count: 10,
        seed: 1,
        color: true,
        lang: Default::default(),
    };
    let app = App::new(pool, vec![manifest], settings);
    match profile {
        Some(p) => app.with_session(Session::new(None, p, None)),
        None => app,
    }
}

// ---------------------------------------------------------------- start-up

fn startup(c: &mut Criterion, scratch: &Path) {
    let mut g = c.benchmark_group("startup");
    // Before the first frame: the pack's preview; after it, the whole pack.
    g.bench_function("decode-builtin-preview", |b| {
        b.iter(|| redflag::builtin::preview().expect("decodes"))
    });
    g.bench_function("decode-builtin-pack", |b| {
        b.iter(|| redflag::builtin::pack().expect("decodes"))
    });
    // A returning player with a full profile (more rounds than the profile keeps rows for).
    let (pool, _) = builtin();
    let dir = DataDir::new(scratch.join("startup-data"));
    let store = dir.open("Bench").expect("open");
    store
        .save(&support::profile_with_rounds(&pool, 60))
        .expect("save");
    drop(store);
    g.bench_function("open-returning-profile", |b| {
        b.iter(|| {
            redflag::progress::opening::open_unsettled(&dir, "Bench", chrono::Utc::now())
                .expect("open")
        })
    });
    g.bench_function("first-menu-frame-80x24", |b| {
        let preview = redflag::builtin::preview().expect("preview");
        let profile = support::profile_with_rounds(&pool, 60);
        b.iter_batched(
            || {
                let app = App::new(
                    Vec::new(),
                    Vec::new(),
                    PlaySettings {
                        count: 10,
                        seed: 1,
                        color: true,
                        lang: Default::default(),
                    },
                )
                .with_builtin_later(preview.clone());
                (
                    app.with_session(Session::new(None, profile.clone(), None)),
                    Terminal::new(TestBackend::new(80, 24)).expect("terminal"),
                )
            },
            |(app, mut terminal)| {
                terminal
                    .draw(|f| f.render_widget(&app, f.area()))
                    .expect("draw");
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

// ---------------------------------------------------------------- bidi

/// A page of scenario text, a line per paragraph, as a screen hands it to the bidi pass.
fn page(lang: redflag::i18n::Lang) -> Vec<ratatui::text::Line<'static>> {
    let pack = redflag::builtin::pack_in(lang).expect("pack");
    pack.scenarios
        .iter()
        .take(4)
        .flat_map(|s| redflag::plain::describe(redflag::i18n::Catalog::english(), s, true))
        .map(ratatui::text::Line::raw)
        .collect()
}

fn bidi(c: &mut Criterion) {
    use redflag::settings::Display;
    use redflag::tui::rtl::visual_lines;
    let mut g = c.benchmark_group("bidi");
    // English screens pass through a scan for right-to-left letters only.
    let english = page(redflag::i18n::Lang::ENGLISH);
    g.bench_function("english-page", |b| {
        b.iter_batched(
            || english.clone(),
            |lines| visual_lines(lines, 118, Display::default()),
            BatchSize::SmallInput,
        )
    });
    let arabic = page(redflag::i18n::Lang::parse("ar").expect("Arabic"));
    g.bench_function("arabic-page", |b| {
        b.iter_batched(
            || arabic.clone(),
            |lines| visual_lines(lines, 118, Display::default()),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

// ---------------------------------------------------------------- check

fn check(c: &mut Criterion, scratch: &Path) {
    let packs: Vec<(usize, PathBuf)> = SIZES
        .iter()
        .map(|&n| (n, support::generated_pack(scratch, n)))
        .collect();
    // The generated packs must be clean, or the figures would time the error path.
    for (n, dir) in &packs {
        let report = check_loaded(&[load_dir(dir)]);
        assert!(
            report.is_clean(),
            "pack of {n}: {:?}",
            report.errors.first()
        );
        assert_eq!(report.scenarios, *n);
    }
    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    for (n, dir) in &packs {
        g.bench_function(format!("in-process-{n}"), |b| {
            b.iter(|| check_loaded(&[load_dir(dir)]))
        });
    }
    let exe = env!("CARGO_BIN_EXE_redflag");
    for (n, dir) in &packs {
        g.bench_function(format!("process-{n}"), |b| {
            b.iter(|| {
                let out = Command::new(exe)
                    .arg("check")
                    .arg(dir)
                    .output()
                    .expect("redflag check");
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stdout)
                );
            })
        });
    }
    g.finish();
}

// ---------------------------------------------------------------- frames

fn play(items: Vec<usize>) -> Play {
    Play {
        inspected: true,
        ..Play::new(Round::new(items), Mode::Practice, 1)
    }
}

fn question(i: usize) -> Screen {
    Screen::Question(play(vec![i]))
}

fn feedback(app: &App, i: usize) -> Screen {
    let mut p = play(vec![i]);
    let given = app.pool[i].verdict.other();
    let outcome = p
        .round
        .answer(&app.pool, given, true, Duration::from_secs(4))
        .expect("an outcome");
    Screen::Feedback { play: p, outcome }
}

fn summary(app: &App) -> Screen {
    let items: Vec<usize> = (0..10.min(app.pool.len())).collect();
    let mut p = play(items.clone());
    for (k, &i) in items.iter().enumerate() {
        let truth = app.pool[i].verdict;
        let given = if k % 3 == 0 { truth.other() } else { truth };
        p.round
            .answer(&app.pool, given, true, Duration::from_secs(9));
    }
    let summary = p.round.summary(&app.pool);
    Screen::Summary {
        done: Box::new(Done {
            play: p,
            summary,
            earned: vec![
                redflag::progress::achievements::Achievement::FirstRound,
                redflag::progress::achievements::Achievement::Inspector,
            ],
            module: None,
        }),
        scroll: 0,
        selected: None,
    }
}

/// One full frame: the previous frame is forgotten first, so every cell is drawn and diffed.
fn frame(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal.clear().expect("clear");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
}

const ONE_PER_CHANNEL: [&str; 9] = [
    "ads-billing-lookalike",
    "support-reply-impostor",
    "page-support-chat",
    "ads-locked-shortlink",
    "cookie-no-reject",
    "micshield-launch",
    "sponsored-ads-login",
    "tom-voice-clone-gift-cards",
    "adharbor-mfa-fatigue-meeting",
];

fn frames(c: &mut Criterion) {
    let (pool, _) = builtin();
    let history = support::profile_with_rounds(&pool, 200);
    let mut app = app(Some(history));
    let index = |app: &App, id: &str| {
        app.pool
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("scenario {id}"))
    };
    let mut screens: Vec<(String, Screen, Option<Overlay>)> = vec![
        ("menu".into(), Screen::Menu { selected: 0 }, None),
        (
            "name".into(),
            Screen::Name {
                input: "Robin".into(),
                error: None,
            },
            None,
        ),
        (
            "briefing".into(),
            Screen::Briefing {
                scroll: 0,
                back: Box::new(Screen::Menu { selected: 0 }),
            },
            None,
        ),
        ("stats".into(), Screen::Stats { scroll: 0 }, None),
        ("summary".into(), summary(&app), None),
        (
            "help".into(),
            Screen::Menu { selected: 0 },
            Some(Overlay::Help),
        ),
    ];
    for id in ONE_PER_CHANNEL {
        let i = index(&app, id);
        let channel = app.pool[i].channel.name();
        screens.push((format!("question-{channel}"), question(i), None));
        screens.push((format!("feedback-{channel}"), feedback(&app, i), None));
    }
    let confirm = question(index(&app, ONE_PER_CHANNEL[0]));
    screens.push(("confirm-quit".into(), confirm, Some(Overlay::ConfirmQuit)));

    let mut g = c.benchmark_group("frame-120x40");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    for (name, screen, overlay) in screens {
        app.screen = screen;
        app.overlay = overlay;
        g.bench_function(&name, |b| b.iter(|| frame(&mut terminal, &app)));
    }
    g.finish();
    app.overlay = None;
    let mut g = c.benchmark_group("frame-120x40-sweep");
    g.sample_size(10);
    // Every scenario of the pack, as its question (inspected) and its feedback: one sample each
    // frame, the slowest kept, so that no single long scenario escapes the budget.
    g.bench_function("every-scenario-question-and-feedback", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                for i in 0..app.pool.len() {
                    for screen in [question(i), feedback(&app, i)] {
                        app.screen = screen;
                        let t = Instant::now();
                        frame(&mut terminal, &app);
                        total += t.elapsed();
                    }
                }
            }
            total
        })
    });
    g.finish();
    SLOWEST_SCENARIO.with(|s| *s.borrow_mut() = slowest_scenario(&mut app, &mut terminal));
}

thread_local! {
    static SLOWEST_SCENARIO: std::cell::RefCell<Option<(String, Duration)>> =
        const { std::cell::RefCell::new(None) };
}

/// The slowest single screen over every scenario: the median of 31 full frames each.
fn slowest_scenario(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
) -> Option<(String, Duration)> {
    let mut worst: Option<(String, Duration)> = None;
    for i in 0..app.pool.len() {
        for (kind, screen) in [("question", question(i)), ("feedback", feedback(app, i))] {
            app.screen = screen;
            let mut times: Vec<Duration> = (0..31)
                .map(|_| {
                    let t = Instant::now();
                    frame(terminal, app);
                    t.elapsed()
                })
                .collect();
            times.sort();
            let median = times[times.len() / 2];
            if worst.as_ref().is_none_or(|(_, w)| median > *w) {
                worst = Some((format!("{kind} {}", app.pool[i].id), median));
            }
        }
    }
    worst
}

// ---------------------------------------------------------------- saves

fn saves(c: &mut Criterion, scratch: &Path) {
    let (pool, _) = builtin();
    let mut g = c.benchmark_group("profile");
    for rounds in [10, HISTORY_ROUNDS] {
        let profile = support::profile_with_rounds(&pool, rounds);
        let data = DataDir::new(scratch.join(format!("save-{rounds}")));
        let store = data.open("Bench").expect("open");
        store.save(&profile).expect("first save");
        let size = std::fs::metadata(store.dir.join("profile.json"))
            .map(|m| m.len())
            .unwrap_or(0);
        SIZES_SAVED.with(|s| s.borrow_mut().insert(rounds, size));
        g.bench_function(format!("save-after-{rounds}-rounds"), |b| {
            b.iter(|| store.save(&profile).expect("save"))
        });
        g.bench_function(format!("load-after-{rounds}-rounds"), |b| {
            b.iter(|| store.load(Utc::now()).expect("load"))
        });
        // What every answer costs: record it and save, as the game does.
        let mut session = Session::new(Some(data.open("Answer").expect("open")), profile, None);
        let ids: Vec<String> = pool.iter().take(10).map(|s| s.id.clone()).collect();
        session.start(Mode::Practice, 1, ids, Utc::now());
        let mut round = Round::new((0..10).collect());
        round.answer(&pool, Verdict::Dangerous, true, Duration::from_secs(3));
        let answer = round.answers[0].clone();
        g.bench_function(format!("answer-and-save-after-{rounds}-rounds"), |b| {
            b.iter(|| {
                session.answer(&pool[0], &answer, Utc::now());
                if let Some(current) = session.profile.current.as_mut() {
                    current.answers.clear();
                }
            })
        });
        assert!(session.save_error.is_none(), "{:?}", session.save_error);
    }
    g.finish();
}

thread_local! {
    static SIZES_SAVED: std::cell::RefCell<BTreeMap<usize, u64>> =
        const { std::cell::RefCell::new(BTreeMap::new()) };
}

// ---------------------------------------------------------------- the report

/// Criterion's median for one benchmark of this run, in seconds.
fn median(home: &Path, started: SystemTime, group: &str, name: &str) -> Option<f64> {
    let file = home.join(group).join(name).join("new/estimates.json");
    let fresh = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= started);
    if !fresh {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["median"]["point_estimate"].as_f64().map(|ns| ns / 1e9)
}

fn ms(seconds: f64) -> String {
    if seconds < 0.001 {
        format!("{:.1} µs", seconds * 1e6)
    } else {
        format!("{:.2} ms", seconds * 1e3)
    }
}

struct Line {
    budget: String,
    figure: String,
    met: Option<bool>,
}

fn report(home: &Path, started: SystemTime) {
    let m = |group: &str, name: &str| median(home, started, group, name);
    let mut lines: Vec<Line> = Vec::new();
    let mut line = |budget: String, figure: String, met: Option<bool>| {
        lines.push(Line {
            budget,
            figure,
            met,
        })
    };

    // Start-up, in-process parts (the whole process is timed by scripts/startup.py).
    let preview = m("startup", "decode-builtin-preview");
    let open = m("startup", "open-returning-profile");
    let menu = m("startup", "first-menu-frame-80x24");
    if let (Some(d), Some(o), Some(f)) = (preview, open, menu) {
        line(
            "start-up work before the first frame, returning player (in-process part of ≤ 5 ms)"
                .into(),
            format!(
                "{} (pack preview {}, open and load the profile {}, draw the menu {})",
                ms(d + o + f),
                ms(d),
                ms(o),
                ms(f)
            ),
            Some(d + o + f <= 0.005),
        );
    }
    if let Some(t) = m("startup", "decode-builtin-pack") {
        line(
            "decoding the whole built-in pack, just after the first frame".into(),
            ms(t),
            None,
        );
    }

    // The bidi pass: free for English, a fraction of a frame for Arabic.
    if let Some(t) = m("bidi", "english-page") {
        line(
            "bidi pass on an English page of scenario text (scan only) ≤ 20 µs".into(),
            ms(t),
            Some(t <= 20e-6),
        );
    }
    if let Some(t) = m("bidi", "arabic-page") {
        line(
            "bidi pass on an Arabic page (wrap, reorder) ≤ 0.5 ms of a frame's 2 ms".into(),
            ms(t),
            Some(t <= 0.5e-3),
        );
    }

    // check: < 1 s for 10k, linear.
    let per = |kind: &str| -> Vec<(usize, f64)> {
        SIZES
            .iter()
            .filter_map(|&n| m("check", &format!("{kind}-{n}")).map(|t| (n, t)))
            .collect()
    };
    for kind in ["in-process", "process"] {
        let figures = per(kind);
        if let Some(&(_, t10k)) = figures.iter().find(|(n, _)| *n == 10_000) {
            let what = if kind == "process" {
                "`redflag check DIR` (whole process)"
            } else {
                "check_loaded(load_dir) in-process"
            };
            line(
                format!("{what}, 10,000 scenarios < 1 s"),
                ms(t10k),
                Some(t10k < 1.0),
            );
        }
        if figures.len() == SIZES.len() {
            let costs: Vec<f64> = figures.iter().map(|(n, t)| t / *n as f64).collect();
            let (lo, hi) = costs
                .iter()
                .fold((f64::MAX, 0.0f64), |(lo, hi), c| (lo.min(*c), hi.max(*c)));
            let shown: Vec<String> = figures
                .iter()
                .zip(&costs)
                .map(|((n, t), c)| format!("{}k: {} ({:.1} µs each)", n / 1000, ms(*t), c * 1e6))
                .collect();
            line(
                format!("{kind} check cost linear in pack size (per-scenario cost within 1.5x)"),
                format!("{}; spread {:.2}x", shown.join(", "), hi / lo),
                Some(hi / lo <= 1.5),
            );
        }
    }

    // Frames: < 2 ms each at 120x40.
    let mut worst: Option<(String, f64)> = None;
    let mut count = 0;
    if let Ok(entries) = std::fs::read_dir(home.join("frame-120x40")) {
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == "report" {
                continue;
            }
            if let Some(t) = m("frame-120x40", &name) {
                count += 1;
                if worst.as_ref().is_none_or(|(_, w)| t > *w) {
                    worst = Some((name, t));
                }
            }
        }
    }
    if let Some((name, t)) = worst {
        line(
            format!("slowest of {count} screens at 120x40 < 2 ms per frame"),
            format!("{} ({name})", ms(t)),
            Some(t < 0.002),
        );
    }
    let frames_each =
        (0..1).filter_map(|_| m("frame-120x40-sweep", "every-scenario-question-and-feedback"));
    for total in frames_each {
        let (pool, _) = builtin();
        let each = total / (2 * pool.len()) as f64;
        line(
            format!(
                "every scenario ({}) as question and feedback at 120x40: mean frame < 2 ms",
                pool.len()
            ),
            ms(each),
            Some(each < 0.002),
        );
    }
    if let Some((name, t)) = SLOWEST_SCENARIO.with(|s| s.borrow().clone()) {
        line(
            "slowest single scenario screen at 120x40 < 2 ms (median of 31)".into(),
            format!("{} ({name})", ms(t.as_secs_f64())),
            Some(t.as_secs_f64() < 0.002),
        );
    }

    // Saves and loads.
    for op in ["save", "load"] {
        if let Some(t) = m("profile", &format!("{op}-after-{HISTORY_ROUNDS}-rounds")) {
            line(
                format!("{op} a profile with {HISTORY_ROUNDS} rounds of history < 20 ms"),
                ms(t),
                Some(t < 0.020),
            );
        }
    }
    let short = m("profile", "answer-and-save-after-10-rounds");
    let long = m(
        "profile",
        &format!("answer-and-save-after-{HISTORY_ROUNDS}-rounds"),
    );
    if let (Some(s), Some(l)) = (short, long) {
        let sizes = SIZES_SAVED.with(|s| s.borrow().clone());
        let size = |r: usize| {
            sizes
                .get(&r)
                .map_or("?".into(), |b| format!("{:.1} KiB", *b as f64 / 1024.0))
        };
        line(
            format!(
                "an answer's save does not grow with history ({HISTORY_ROUNDS} rounds within 1.5x of 10)"
            ),
            format!(
                "after 10 rounds {} (profile.json {}), after {HISTORY_ROUNDS} {} ({}); ratio {:.2}",
                ms(s),
                size(10),
                ms(l),
                size(HISTORY_ROUNDS),
                l / s
            ),
            Some(l / s <= 1.5),
        );
    }

    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!();
    println!("== redflag budgets ({cores} cores, {cpu}; criterion medians) ==");
    if lines.is_empty() {
        println!("no budget measured in this run (filtered out?)");
    }
    let mut all = true;
    for l in &lines {
        let verdict = match l.met {
            Some(true) => "met",
            Some(false) => {
                all = false;
                "NOT MET"
            }
            None => "-",
        };
        println!("[{verdict:>7}] {}: {}", l.budget, l.figure);
    }
    println!(
        "{}",
        if all {
            "every budget measured here is met"
        } else {
            "SOME BUDGETS ARE NOT MET"
        }
    );
}
