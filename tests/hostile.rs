//! Hostile packs: each is rejected by `redflag check` (and by `play --content`) with an error
//! naming the file, quickly, without a crash; and where such text could be loaded anyway (a
//! scenario built in memory, bypassing the checks), both front ends show it inert.
//!
//! Covered here: escape and control characters (raw and as TOML escapes) and bidi or invisible
//! characters in a URL and in an attachment name, a 10 MB field, 10,000 tiny files (and one file
//! over the limit on the number of files), deep nesting, symlinks out of the pack, files that are
//! not UTF-8, named pipes and sockets in a pack or given as one. tests/check_cli.rs has the
//! simpler cases of some of these.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use redflag::content::load::{MAX_FILES, load_dir};
use redflag::content::{Scenario, Verdict};
use redflag::progress::{Mode, Notice, Profile, Recovery, Session};
use redflag::quiz::Round;
use redflag::scoring::OutcomeKind;
use redflag::settings::PlaySettings;
use redflag::tui::App;
use redflag::tui::app::{Done, Overlay, Play, Screen};

// ---------------------------------------------------------------- helpers

fn redflag(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(args)
        .env(
            "REDFLAG_DATA_DIR",
            std::env::temp_dir().join("redflag-hostile-unused"),
        )
        .output()
        .expect("runs")
}

fn text(out: &Output) -> String {
    common::text(out)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A copy of the minimal valid pack, ready to be made hostile.
fn pack() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("pack");
    copy_dir(Path::new("tests/packs/minimal"), &root);
    (dir, root)
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = fs::read_to_string(path).expect("read");
    assert!(old.contains(from), "fixture has {from:?}");
    fs::write(path, old.replacen(from, to, 1)).expect("write");
}

/// `check` on the pack fails (exit 1, no crash), in time, naming the file and saying each needle;
/// and `play --content` refuses the pack before playing, naming the file too.
fn rejected(root: &Path, file: &str, needles: &[&str], within: Duration) -> String {
    let dir = root.to_str().expect("utf-8 path");
    let started = Instant::now();
    let out = redflag(&["check", dir]);
    let took = started.elapsed();
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "exit 1 expected:\n{all}");
    assert!(!all.contains("panicked"), "no panic:\n{all}");
    assert!(all.contains(file), "names {file}:\n{}", head(&all));
    for needle in needles {
        assert!(all.contains(needle), "says {needle:?}:\n{}", head(&all));
    }
    assert!(took < within, "check took {took:?}, over {within:?}");

    let play = redflag(&[
        "play",
        "--plain",
        "--no-save",
        "--no-builtin",
        "--content",
        dir,
    ]);
    let said = text(&play);
    assert_eq!(
        play.status.code(),
        Some(1),
        "play refuses:\n{}",
        head(&said)
    );
    assert!(
        said.contains("problem(s)") && said.contains(file),
        "{}",
        head(&said)
    );
    assert!(!said.contains("score:"), "no round is played");
    all
}

fn head(s: &str) -> String {
    s.chars().take(2000).collect()
}

// ---------------------------------------------------------------- what "inert" means

/// Control, direction and invisible characters: none may reach the terminal.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{061C}' | '\u{FEFF}')
        // Soft hyphen, Mongolian vowel separator, Hangul filler, variation selectors, tags.
        || matches!(c, '\u{00AD}' | '\u{180E}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Every C0 control but the newline, DEL, every C1 control, escape sequences that clear the
/// screen, set a hyperlink, write the clipboard or talk to the terminal, every direction and
/// invisible mark, and default-ignorable characters (variation selectors, tags, fillers).
fn hostile() -> String {
    let mut s = String::from("H");
    s.extend(('\u{0}'..='\u{1f}').filter(|c| *c != '\n'));
    s.push('\u{7f}');
    s.extend('\u{80}'..='\u{9f}');
    s.push_str(
        "\u{1b}[2J\u{1b}[31mred\u{1b}]8;;https://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\",
    );
    s.push_str("\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}P+q544e\u{1b}\\\u{9b}6n");
    s.extend([
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{FEFF}',
    ]);
    s.extend('\u{202A}'..='\u{202E}');
    s.extend('\u{2060}'..='\u{206F}');
    s.extend([
        '\u{00AD}',
        '\u{180E}',
        '\u{3164}',
        '\u{FE0F}',
        '\u{E0001}',
        '\u{E0041}',
        '\u{E007F}',
    ]);
    s.push_str("fdp.exe");
    s
}

const ONE_PER_CHANNEL: [&str; 9] = [
    "ads-billing-lookalike",
    "support-reply-impostor",
    "page-support-chat",
    "ads-locked-shortlink",
    "cookie-no-reject",
    "micshield-launch",
    "sponsored-ads-login",
    "mia-meet-member-counts",
    "adharbor-mfa-fatigue-meeting",
];

/// Appends `bad` to every string of the scenario that can take it and still load: titles,
/// lessons, every field of every channel, link targets, attachment names, explanations.
fn poison(scenario: &Scenario, bad: &str) -> Scenario {
    let mut value = toml::Value::try_from(scenario).expect("to a value");
    let mut paths = Vec::new();
    collect_strings(&value, &mut Vec::new(), &mut paths);
    let mut poisoned = 0;
    for path in paths {
        let mut trial = value.clone();
        if let Some(toml::Value::String(s)) = at_path(&mut trial, &path) {
            s.push_str(bad);
        }
        if trial.clone().try_into::<Scenario>().is_ok() {
            value = trial;
            poisoned += 1;
        }
    }
    assert!(
        poisoned > 5,
        "{}: only {poisoned} strings poisoned",
        scenario.id
    );
    value.try_into().expect("still a scenario")
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn collect_strings(value: &toml::Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        toml::Value::String(_) => out.push(here.clone()),
        toml::Value::Table(t) => {
            for (k, v) in t {
                here.push(Step::Key(k.clone()));
                collect_strings(v, here, out);
                here.pop();
            }
        }
        toml::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                here.push(Step::Index(i));
                collect_strings(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'a>(value: &'a mut toml::Value, path: &[Step]) -> Option<&'a mut toml::Value> {
    let mut v = value;
    for step in path {
        v = match step {
            Step::Key(k) => v.as_table_mut()?.get_mut(k)?,
            Step::Index(i) => v.as_array_mut()?.get_mut(*i)?,
        };
    }
    Some(v)
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn assert_inert(what: &str, shown: &str) {
    for line in shown.lines() {
        if let Some(c) = line.chars().find(|c| unsafe_char(*c)) {
            panic!(
                "{}: U+{:04X} reached the screen on the line\n{}",
                what.escape_debug(),
                c as u32,
                line.escape_debug()
            );
        }
    }
}

fn play(items: Vec<usize>, inspected: bool) -> Play {
    Play {
        inspected,
        ..Play::new(Round::new(items), Mode::Practice, 1)
    }
}

/// The built-in pack with hostile text in every string of one scenario per channel, and in the
/// manifest's name and world: loaded "anyway", as if check had been skipped.
fn hostile_app() -> (App, Vec<usize>) {
    let mut pack = redflag::builtin::pack().expect("built-in pack");
    let bad = hostile();
    let mut poisoned = Vec::new();
    for id in ONE_PER_CHANNEL {
        let i = pack
            .scenarios
            .iter()
            .position(|s| s.id == id)
            .unwrap_or_else(|| panic!("scenario {id}"));
        pack.scenarios[i] = poison(&pack.scenarios[i], &bad);
        poisoned.push(i);
    }
    pack.manifest.name.push_str(&bad);
    pack.manifest.version.push_str(&bad);
    pack.manifest.world.company.about.push_str(&bad);
    pack.manifest.world.rules.push(bad.clone());
    if let Some(c) = pack.manifest.world.colleague.first_mut() {
        c.name.push_str(&bad);
        c.email.push_str(&bad);
    }
    let mut profile = Profile::new(&format!("Robin{bad}"), chrono::Utc::now());
    profile.name = format!("Robin{bad}");
    let app = App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 7,
            seed: 1,
            color: true,
            lang: Default::default(),
        },
    )
    .with_session(Session::new(
        None,
        profile,
        // A repair names a file and the parser's reason: both could carry anything.
        Some(Notice::Recovered(Recovery::Damaged {
            reason: format!("notice{bad}"),
            kept: format!("kept{bad}").into(),
        })),
    ));
    (app, poisoned)
}

// ---------------------------------------------------------------- inert if loaded anyway

#[test]
fn hostile_text_in_every_field_reaches_no_screen_raw() {
    let (mut app, poisoned) = hostile_app();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut draw = |app: &App, what: &str| {
        terminal.clear().expect("clear");
        terminal
            .draw(|f| f.render_widget(app, f.area()))
            .expect("draw");
        let shown = screen_text(&terminal);
        assert_inert(what, &shown);
        shown
    };
    let menu = draw(&app, "menu");
    assert!(menu.contains("^["), "the escape is shown as text:\n{menu}");
    app.screen = Screen::Briefing {
        scroll: 0,
        back: Box::new(Screen::Menu { selected: 0 }),
    };
    let briefing = draw(&app, "briefing");
    assert!(briefing.contains("<U+202E>"), "{briefing}");
    app.screen = Screen::Stats { scroll: 0 };
    draw(&app, "stats");
    for &i in &poisoned {
        let id = app.pool[i].id.clone();
        for inspected in [false, true] {
            app.screen = Screen::Question(play(vec![i], inspected));
            let shown = draw(&app, &format!("question {id} inspected={inspected}"));
            assert!(shown.contains('H'), "{id}: {shown}");
        }
        for given in [Verdict::Safe, Verdict::Dangerous] {
            let mut p = play(vec![i], true);
            let outcome = p
                .round
                .answer(&app.pool, given, true, Duration::from_secs(3))
                .expect("outcome");
            app.screen = Screen::Feedback { play: p, outcome };
            draw(&app, &format!("feedback {id} {given:?}"));
        }
    }
    let mut p = play(poisoned.clone(), true);
    for _ in &poisoned {
        p.round
            .answer(&app.pool, Verdict::Safe, true, Duration::from_secs(2));
    }
    let summary = p.round.summary(&app.pool);
    app.screen = Screen::Summary {
        done: Box::new(Done {
            play: p,
            summary,
            earned: vec![],
            module: None,
        }),
        scroll: 0,
        selected: None,
    };
    draw(&app, "summary");
    app.overlay = Some(Overlay::Help);
    draw(&app, "help");
}

#[test]
fn hostile_text_in_every_field_is_inert_in_plain_mode() {
    let (app, poisoned) = hostile_app();
    for &i in &poisoned {
        let s = &app.pool[i];
        let mut lines = redflag::plain::describe(redflag::i18n::Catalog::english(), s, false);
        lines.extend(redflag::plain::describe(
            redflag::i18n::Catalog::english(),
            s,
            true,
        ));
        lines.extend(redflag::plain::revealed(
            redflag::i18n::Catalog::english(),
            s,
        ));
        for kind in [
            OutcomeKind::Hit,
            OutcomeKind::MissedScam,
            OutcomeKind::FalseAlarm,
        ] {
            lines.extend(redflag::plain::feedback(
                redflag::i18n::Catalog::english(),
                s,
                kind,
                10,
            ));
        }
        let all = lines.join("\n");
        assert_inert(&format!("plain {}", s.id), &all);
        assert!(all.contains("^[") && all.contains("<U+202E>"), "{}", s.id);
    }
    let mut round = Round::new(poisoned.clone());
    for _ in &poisoned {
        round.answer(&app.pool, Verdict::Safe, false, Duration::from_secs(1));
    }
    let summary = round.summary(&app.pool);
    let lines = redflag::plain::summary(
        redflag::i18n::Catalog::english(),
        &app.pool,
        &round,
        &summary,
    )
    .join("\n");
    assert_inert("plain summary", &lines);
}

#[test]
fn the_largest_field_the_loader_accepts_renders_inert() {
    let (mut app, poisoned) = hostile_app();
    let i = poisoned[0];
    let mut big = String::with_capacity(250 * 1024);
    while big.len() < 250 * 1024 {
        big.push_str("word \u{1b}[2J\u{202E}txt.exe ");
    }
    if let Some(email) = std::sync::Arc::make_mut(&mut app.pool)[i].email.as_mut() {
        email.body = big;
    }
    app.screen = Screen::Question(play(vec![i], true));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(&app, f.area()))
        .expect("draw");
    assert_inert("a 250 KiB body", &screen_text(&terminal));
    let plain =
        redflag::plain::describe(redflag::i18n::Catalog::english(), &app.pool[i], true).join("\n");
    assert_inert("a 250 KiB body in plain mode", &plain);
}

// ---------------------------------------------------------------- rejected by check

/// Hostile text put into the URL of a link and the name of an attachment, raw and as TOML
/// escapes: each is refused, naming the file and the character.
#[test]
fn bidi_and_control_characters_in_a_url_or_file_name_are_refused() {
    let cases: [(&str, &str, &str); 6] = [
        ("\u{202E}", "\\u202E", "U+202E"),
        ("\u{2066}", "\\u2066", "U+2066"),
        ("\u{200B}", "\\u200B", "U+200B"),
        ("\u{1b}[2J", "\\u001B[2J", "U+001B"),
        ("\u{7}", "\\u0007", "U+0007"),
        ("\u{9b}", "\\u009B", "U+009B"),
    ];
    for (raw, escaped, code) in cases {
        for written in [raw, escaped] {
            let (_dir, root) = pack();
            let phish = root.join("email/good-phish.toml");
            edit(
                &phish,
                "https://testco-support.example/keep",
                &format!("https://testco-support.example/ke{written}ep"),
            );
            edit(
                &phish,
                "links = [",
                &format!("attachments = [{{ name = \"invoice{written}fdp.exe\" }}]\nlinks = ["),
            );
            let all = rejected(&root, "good-phish.toml", &[code], Duration::from_secs(10));
            assert!(
                all.matches(code).count() >= 2 || written == raw,
                "both the URL and the file name are named ({code}):\n{all}"
            );
        }
    }
}

#[test]
fn a_10_mb_field_is_refused_at_once_without_being_read() {
    let (_dir, root) = pack();
    let mut big = String::from("id = \"big\"\nchannel = \"email\"\nlesson = \"");
    big.push_str(&"a".repeat(10 * 1024 * 1024));
    big.push_str("\"\n");
    fs::write(root.join("email/big.toml"), big).expect("write");
    rejected(&root, "big.toml", &["256 KiB"], Duration::from_secs(5));
}

#[test]
fn ten_thousand_tiny_files_are_each_named_quickly() {
    let (_dir, root) = pack();
    let folder = root.join("email/tiny");
    fs::create_dir_all(&folder).expect("mkdir");
    for i in 0..10_000 {
        fs::write(folder.join(format!("t{i:05}.toml")), "x = 1\n").expect("write");
    }
    let started = Instant::now();
    let out = redflag(&["check", root.to_str().expect("path"), "--format", "json"]);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let errors = json["errors"].as_array().expect("errors");
    assert!(
        errors.len() >= 10_000,
        "one error per file: {}",
        errors.len()
    );
    assert!(
        errors
            .iter()
            .all(|e| e["file"].as_str().is_some_and(|f| f.ends_with(".toml"))),
        "every error names its file"
    );
    assert!(took < Duration::from_secs(30), "took {took:?}");
    rejected(
        &root,
        "t00000.toml",
        &["unknown field `x`"],
        Duration::from_secs(30),
    );
}

#[test]
fn more_files_than_the_limit_stops_reading_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("pack");
    fs::create_dir_all(&root).expect("mkdir");
    fs::copy("tests/packs/minimal/pack.toml", root.join("pack.toml")).expect("manifest");
    // Empty files: cheap to make, and the limit is counted before any is read.
    for i in 0..=MAX_FILES {
        fs::File::create(root.join(format!("e{i:05}.toml"))).expect("create");
    }
    let started = Instant::now();
    let loaded = load_dir(&root);
    assert!(started.elapsed() < Duration::from_secs(30));
    let last = loaded.problems.last().expect("a problem").to_string();
    assert!(
        last.contains(&format!("more than {MAX_FILES} scenario files")) && last.contains("pack"),
        "{last}"
    );
}

#[test]
fn deep_nesting_is_refused_with_a_clear_message_and_no_crash() {
    let deep = 100_000;
    let shallow_enough = 50_000; // stays under the 256 KiB limit for inline tables
    let cases = [
        (
            "arrays",
            format!("lesson = {}{}\n", "[".repeat(deep), "]".repeat(deep)),
        ),
        (
            "inline-tables",
            format!(
                "lesson = {}1{}\n",
                "{a=".repeat(shallow_enough),
                "}".repeat(shallow_enough)
            ),
        ),
        (
            "dotted-keys",
            format!("{} = 1\n", vec!["a"; 20_000].join(".")),
        ),
        (
            "table-header",
            format!("[{}]\n", vec!["a"; 20_000].join(".")),
        ),
        (
            "array-of-tables",
            format!("[[{}]]\n", vec!["a"; 20_000].join(".")),
        ),
    ];
    for (name, body) in &cases {
        let (_dir, root) = pack();
        let file = format!("{name}.toml");
        fs::write(
            root.join("email").join(&file),
            format!("id = \"deep\"\n{body}"),
        )
        .expect("write");
        rejected(&root, &file, &["too deeply"], Duration::from_secs(10));
        // In-process too, on a test thread's small stack.
        let loaded = load_dir(&root);
        assert!(
            loaded.problems.iter().any(|p| p.file.ends_with(&file)),
            "{name}: {:?}",
            loaded.problems
        );
    }
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_pack_are_refused_file_or_folder() {
    let (dir, root) = pack();
    let outside = dir.path().join("outside");
    fs::create_dir_all(&outside).expect("mkdir");
    fs::write(outside.join("secret.toml"), "id = \"x\"\n").expect("write");
    std::os::unix::fs::symlink(outside.join("secret.toml"), root.join("email/link.toml"))
        .expect("file link");
    std::os::unix::fs::symlink(&outside, root.join("linked-folder")).expect("folder link");
    let all = rejected(
        &root,
        "link.toml",
        &["leaves the pack folder"],
        Duration::from_secs(10),
    );
    assert!(all.contains("linked-folder"), "{all}");
    assert!(
        !all.contains("secret.toml"),
        "nothing behind a link is read:\n{all}"
    );
}

#[test]
fn files_that_are_not_utf8_are_refused() {
    let (_dir, root) = pack();
    // Latin-1, UTF-16 with its byte-order mark, and a stray byte inside a URL.
    fs::write(root.join("email/latin1.toml"), b"id = \"caf\xe9\"\n").expect("write");
    fs::write(root.join("email/utf16.toml"), b"\xff\xfei\0d\0 \0=\0").expect("write");
    let phish = fs::read(root.join("email/good-phish.toml")).expect("read");
    let text = String::from_utf8(phish).expect("utf-8 fixture");
    let mut bytes = text.replacen("/keep", "/ke\u{1}ep", 1).into_bytes();
    if let Some(at) = bytes.iter().position(|b| *b == 1) {
        bytes[at] = 0xc3; // the start of a two-byte sequence, cut short
    }
    fs::write(root.join("email/good-phish.toml"), bytes).expect("write");
    let all = rejected(
        &root,
        "latin1.toml",
        &["not UTF-8"],
        Duration::from_secs(10),
    );
    assert!(
        all.contains("utf16.toml") && all.contains("good-phish.toml:15"),
        "{all}"
    );
}

// ---------------------------------------------------------------- special files

/// Runs redflag, killing it if it has not finished within `limit`: a command that waits on a
/// named pipe fails the test instead of hanging it.
#[cfg(unix)]
fn redflag_within(args: &[&str], limit: Duration) -> Output {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_redflag"))
        .args(args)
        .env(
            "REDFLAG_DATA_DIR",
            std::env::temp_dir().join("redflag-hostile-unused"),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            child.kill().expect("kill");
            child.wait().expect("reap");
            panic!("redflag {args:?} still running after {limit:?}: it waits on a special file");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// `check` and `play --content` on the pack refuse it in time, naming `file` and saying `needle`.
#[cfg(unix)]
fn refused_in_time(pack: &Path, file: &str, needle: &str) {
    let dir = pack.to_str().expect("utf-8 path");
    let limit = Duration::from_secs(10);
    let check = redflag_within(&["check", dir], limit);
    let said = text(&check);
    assert_eq!(check.status.code(), Some(1), "{said}");
    assert!(
        said.contains(file) && said.contains(needle),
        "{file}, {needle}:\n{said}"
    );
    let play = redflag_within(
        &[
            "play",
            "--plain",
            "--no-save",
            "--no-builtin",
            "--content",
            dir,
        ],
        limit,
    );
    let said = text(&play);
    assert_eq!(play.status.code(), Some(1), "{said}");
    assert!(said.contains(file) && !said.contains("score:"), "{said}");
}

#[cfg(unix)]
#[test]
fn named_pipes_and_sockets_in_a_pack_are_refused_without_being_opened() {
    let (_dir, root) = pack();
    mkfifo(&root.join("email/evil.toml"));
    refused_in_time(&root, "evil.toml", "named pipe (FIFO)");

    // A pipe with any name, a socket, and a pipe in place of pack.toml.
    let (_dir, root) = pack();
    mkfifo(&root.join("email/notes.txt"));
    let _socket =
        std::os::unix::net::UnixListener::bind(root.join("email/sock.toml")).expect("a socket");
    fs::remove_file(root.join("pack.toml")).expect("rm");
    mkfifo(&root.join("pack.toml"));
    refused_in_time(&root, "notes.txt", "named pipe (FIFO)");
    refused_in_time(&root, "sock.toml", "is a socket");
    refused_in_time(&root, "pack.toml", "named pipe (FIFO)");
    let check = redflag_within(
        &["check", root.to_str().expect("path")],
        Duration::from_secs(10),
    );
    let said = text(&check);
    assert_eq!(said.matches("pack.toml").count(), 1, "said once:\n{said}");

    // A link inside the pack to a pipe inside it.
    let (_dir, root) = pack();
    mkfifo(&root.join("email/pipe"));
    std::os::unix::fs::symlink(root.join("email/pipe"), root.join("email/linked.toml"))
        .expect("link");
    refused_in_time(&root, "linked.toml", "named pipe (FIFO)");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_a_pack_or_a_scenario_is_refused_in_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("pack");
    mkfifo(&pipe);
    refused_in_time(&pipe, "pack", "not a folder");
    let preview = redflag_within(
        &["preview", pipe.to_str().expect("path")],
        Duration::from_secs(10),
    );
    let said = text(&preview);
    assert_ne!(preview.status.code(), Some(0), "{said}");
    assert!(said.contains("named pipe (FIFO)"), "{said}");
}
