//! Property: whatever the files redflag reads hold (pack text, profile.json, history files,
//! settings.toml, team reports), nothing it writes is a control sequence. Arbitrary strings of
//! every C0 and C1 control, escape sequences, and every format, separator and default-ignorable
//! character are written into every one of those files; then every command runs (the real
//! binary), plain mode plays, and the game runs through its generic loop on a test backend.
//! Text output must hold no byte below 0x20 but the newline, no DEL, no C1 control and none of
//! those characters unescaped; JSON the same (its escapes are ASCII); the game's cells none.
//!
//! 20 cases by default; REDFLAG_LONG_TESTS=1 runs 200.

#![cfg(unix)]

use std::collections::VecDeque;
use std::fs;
use std::io;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::layout::{Position, Size};
use redflag::content::Scenario;
use redflag::progress::StoreError;
use redflag::progress::opening::{open, unsaved};
use redflag::progress::{DataDir, Mode};
use redflag::quiz::Round;
use redflag::settings::PlaySettings;
use redflag::tui::app::{MenuItem, Play, Screen};
use redflag::tui::{App, EventSource, run_on};

mod common;

fn config() -> ProptestConfig {
    let cases = if std::env::var_os("REDFLAG_LONG_TESTS").is_some() {
        200
    } else {
        20
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- what may not come out

/// General_Category Cf, Zl, Zp and Default_Ignorable_Code_Point (Unicode 16), as listed by
/// Unicode: the characters that act unseen.
const FORMAT_AND_IGNORABLE: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

fn forbidden(c: char) -> bool {
    let n = c as u32;
    (c.is_control() && c != '\n')
        || FORMAT_AND_IGNORABLE
            .iter()
            .any(|&(low, high)| (low..=high).contains(&n))
}

/// Fails naming the command and the first character that should not have come out.
fn assert_clean(what: &str, bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        panic!(
            "{what}: output is not UTF-8: {}",
            String::from_utf8_lossy(bytes)
        );
    };
    if let Some(c) = text.chars().find(|&c| forbidden(c)) {
        panic!(
            "{what}: U+{:04X} came out raw in\n{}",
            c as u32,
            text.escape_debug()
        );
    }
}

// ---------------------------------------------------------------- what goes in

/// Escape sequences that clear, colour, link, write the clipboard, query the terminal, set the
/// title; in 7-bit and 8-bit (C1) forms.
const SEQUENCES: &[&str] = &[
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}[31m",
    "\u{1b}]8;;https://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\",
    "\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}",
    "\u{1b}]0;title\u{7}",
    "\u{1b}P+q544e\u{1b}\\",
    "\u{1b}[6n",
    "\u{9b}2J",
    "\u{9d}52;c;eA==\u{9c}",
    "\u{1b}c",
];

fn hostile_char() -> impl Strategy<Value = char> {
    let code = |range: std::ops::Range<u32>| range.prop_filter_map("a char", char::from_u32);
    prop_oneof![
        code(0..0x20),
        Just('\u{7f}'),
        code(0x80..0xa0),
        proptest::sample::select(FORMAT_AND_IGNORABLE.to_vec())
            .prop_flat_map(|(low, high)| (low..=high).prop_filter_map("a char", char::from_u32)),
        proptest::sample::select(vec!['a', 'Z', '0', ' ', '=', '"', '\\', '|', 'é', '·']),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => hostile_char().prop_map(String::from),
            1 => proptest::sample::select(SEQUENCES).prop_map(String::from),
        ],
        1..10,
    )
    .prop_map(|pieces| pieces.concat())
}

/// The hostile strings of one case, one for each place they go.
#[derive(Debug, Clone)]
struct Poison {
    name: String,
    module: String,
    scenario: String,
    theme: String,
    version: String,
    title: String,
    body: String,
    damaged: bool,
}

fn poison() -> impl Strategy<Value = Poison> {
    (
        (
            hostile_text(),
            hostile_text(),
            hostile_text(),
            hostile_text(),
        ),
        (
            hostile_text(),
            hostile_text(),
            hostile_text(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |((name, module, scenario, theme), (version, title, body, damaged))| Poison {
                name,
                module,
                scenario,
                theme,
                version,
                title,
                body,
                damaged,
            },
        )
}

// ---------------------------------------------------------------- the files

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A data folder where robin played a round, robin's JSON report, and the minimal test pack;
/// made once, copied for each case.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<tempfile::TempDir> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let data = dir.path().join("data");
            let out = common::plain(
                &data,
                &["--profile", "robin", "--seed", "4", "--count", "4"],
                "i\nd\ns\nd\ns\n",
            );
            assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
            let report = dir.path().join("robin.json");
            let out = common::run(
                &data,
                &[
                    "report",
                    "--profile",
                    "robin",
                    "--format",
                    "json",
                    "--output",
                    report.to_str().expect("utf-8"),
                ],
                "",
            );
            assert_eq!(out.status.code(), Some(0), "{}", common::text(&out));
            let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/minimal");
            copy_dir(&minimal, &dir.path().join("pack"));
            dir
        })
        .path()
}

fn edit_json(file: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let mut value: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(file).expect("read")).expect("json");
    change(&mut value);
    fs::write(file, serde_json::to_string_pretty(&value).expect("json")).expect("write");
}

fn edit_toml(file: &Path, change: impl FnOnce(&mut toml::Table)) {
    let mut value: toml::Table = fs::read_to_string(file)
        .expect("read")
        .parse()
        .expect("toml");
    change(&mut value);
    fs::write(file, toml::to_string(&value).expect("toml")).expect("write");
}

/// A copy of the template with the poison in every file redflag reads.
fn poisoned(p: &Poison) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(template(), dir.path());
    let root = dir.path();
    let profile = root.join("data/profiles/robin");
    edit_json(&profile.join("profile.json"), |v| {
        v["name"] = serde_json::json!(p.name);
        v["rounds"][0]["mode"] = if p.damaged {
            serde_json::json!(p.module)
        } else {
            serde_json::json!({ "module": p.module })
        };
        v["modules"][&p.module] = serde_json::json!({ "best": 50, "attempts": 1, "passed": false });
        v["achievements"][0]["id"] = serde_json::json!(p.title);
    });
    let history = fs::read_dir(profile.join("history"))
        .expect("history")
        .next()
        .expect("a round")
        .expect("entry")
        .path();
    edit_toml(&history, |t| {
        t.insert("profile".into(), p.name.clone().into());
        let mut module = toml::Table::new();
        module.insert("module".into(), p.module.clone().into());
        t.insert("mode".into(), module.into());
        if let Some(toml::Value::Array(answers)) = t.get_mut("answers")
            && let Some(toml::Value::Table(first)) = answers.first_mut()
        {
            first.insert("scenario".into(), p.scenario.clone().into());
        }
    });
    edit_toml(&root.join("data/settings.toml"), |t| {
        t.insert("last_profile".into(), p.name.clone().into());
    });
    for (file, who) in [("team-1.json", p.name.as_str()), ("team-2.json", "other")] {
        let path = root.join(file);
        fs::copy(root.join("robin.json"), &path).expect("copy");
        edit_json(&path, |v| {
            v["profile"] = serde_json::json!(who);
            v["by_theme"][&p.theme] = serde_json::json!({ "right": 0, "total": 5 });
            v["by_cue"][&p.title] = serde_json::json!({ "right": 1, "total": 5 });
            v["packs"][0]["version"] = serde_json::json!(p.version);
            v["modules"][0]["title"] = serde_json::json!(p.title);
        });
    }
    edit_toml(&root.join("pack/email/good-phish.toml"), |t| {
        t.insert("title".into(), p.title.clone().into());
        t.insert("lesson".into(), p.body.clone().into());
        if let Some(toml::Value::Table(email)) = t.get_mut("email") {
            email.insert("subject".into(), p.name.clone().into());
            email.insert("body".into(), format!("Hello {}", p.body).into());
            email.insert("from_name".into(), p.scenario.clone().into());
        }
    });
    edit_toml(&root.join("pack/pack.toml"), |t| {
        t.insert("name".into(), p.title.clone().into());
        t.insert("version".into(), p.version.clone().into());
    });
    dir
}

// ---------------------------------------------------------------- every command

fn every_command(root: &Path) {
    let data = root.join("data");
    let path = |name: &str| root.join(name).display().to_string();
    let (pack, phish) = (path("pack"), path("pack/email/good-phish.toml"));
    let (team_1, team_2) = (path("team-1.json"), path("team-2.json"));
    let robin = ["--profile", "robin"];
    let runs: Vec<(Vec<&str>, &str)> = vec![
        ([&["stats"][..], &robin].concat(), ""),
        ([&["stats", "--format", "json"][..], &robin].concat(), ""),
        (vec!["stats"], ""),
        ([&["report"][..], &robin].concat(), ""),
        ([&["report", "--format", "csv"][..], &robin].concat(), ""),
        ([&["report", "--format", "json"][..], &robin].concat(), ""),
        ([&["report", "--format", "xapi"][..], &robin].concat(), ""),
        ([&["certificate"][..], &robin].concat(), ""),
        (vec!["report", "--team", &team_1, &team_2], ""),
        (
            vec!["report", "--format", "csv", "--team", &team_1, &team_2],
            "",
        ),
        (vec!["check", &pack], ""),
        (vec!["check", "--format", "json", &pack], ""),
        (vec!["preview", &phish], ""),
        (
            [
                &["play", "--plain", "--seed", "2", "--count", "3"][..],
                &robin,
            ]
            .concat(),
            "i\nd\nx\ni\ns\nd\n",
        ),
        (
            vec![
                "play",
                "--plain",
                "--no-builtin",
                "--content",
                &pack,
                "--no-save",
            ],
            "d\n",
        ),
    ];
    for (args, input) in runs {
        let out = common::run(&data, &args, input);
        let what = args.join(" ");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{what}: {}",
            common::text(&out)
        );
        assert_clean(&format!("{what} (stdout)"), &out.stdout);
        assert_clean(&format!("{what} (stderr)"), &out.stderr);
    }
}

// ---------------------------------------------------------------- the game

/// A test backend that checks every cell the loop sends to the terminal.
struct Checked(TestBackend);

impl Backend for Checked {
    type Error = <TestBackend as Backend>::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        for (x, y, cell) in &cells {
            if let Some(c) = cell.symbol().chars().find(|&c| forbidden(c)) {
                panic!("U+{:04X} sent to the terminal at {x},{y}", c as u32);
            }
        }
        self.0.draw(cells.into_iter())
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

/// Keys played from a list; when it is over, reading fails, which ends the loop.
struct Keys(VecDeque<KeyCode>);

impl EventSource for Keys {
    fn poll(&mut self, _timeout: Duration) -> io::Result<bool> {
        Ok(true)
    }
    fn read(&mut self) -> io::Result<Event> {
        let code = self
            .0
            .pop_front()
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "no more keys"))?;
        Ok(Event::Key(KeyEvent::from(code)))
    }
}

fn keys(text: &str) -> Vec<KeyCode> {
    text.chars()
        .map(|c| match c {
            '\n' => KeyCode::Enter,
            'v' => KeyCode::Down,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        })
        .collect()
}

/// Every string of the scenario that still loads with `bad` appended.
fn poison_scenario(scenario: &Scenario, bad: &str) -> Scenario {
    let mut value = toml::Value::try_from(scenario).expect("to a value");
    let mut paths = Vec::new();
    collect(&value, &mut Vec::new(), &mut paths);
    for path in paths {
        let mut trial = value.clone();
        if let Some(toml::Value::String(s)) = at(&mut trial, &path) {
            s.push_str(bad);
        }
        if trial.clone().try_into::<Scenario>().is_ok() {
            value = trial;
        }
    }
    value.try_into().expect("still a scenario")
}

fn collect(value: &toml::Value, here: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        toml::Value::String(_) => out.push(here.clone()),
        toml::Value::Table(t) => {
            for (k, v) in t {
                here.push(k.clone());
                collect(v, here, out);
                here.pop();
            }
        }
        toml::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                here.push(i.to_string());
                collect(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(value: &'a mut toml::Value, path: &[String]) -> Option<&'a mut toml::Value> {
    let mut v = value;
    for step in path {
        v = match v {
            toml::Value::Table(t) => t.get_mut(step)?,
            toml::Value::Array(a) => a.get_mut(step.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(v)
}

/// The built-in pack with one scenario of each channel poisoned, its manifest too.
fn poisoned_pack(p: &Poison) -> (Vec<Scenario>, Vec<redflag::content::Manifest>, Vec<usize>) {
    let mut pack = redflag::builtin::pack().expect("built-in pack");
    let mut seen = Vec::new();
    let mut poisoned = Vec::new();
    for i in 0..pack.scenarios.len() {
        let channel = pack.scenarios[i].channel;
        if !seen.contains(&channel) {
            seen.push(channel);
            pack.scenarios[i] = poison_scenario(&pack.scenarios[i], &p.body);
            poisoned.push(i);
        }
    }
    pack.manifest.name.push_str(&p.title);
    pack.manifest.world.rules.push(p.body.clone());
    (pack.scenarios, vec![pack.manifest], poisoned)
}

fn the_game(root: &Path, p: &Poison) {
    let (pool, manifests, poisoned) = poisoned_pack(p);
    let data = DataDir::new(root.join("data"));
    // A poisoned name in the saved profile is not the folder's name, so opening it is refused
    // (it would share the folder): the game then plays unsaved under that name, which still
    // puts the poisoned name on every screen that shows it.
    let now = chrono::Utc::now();
    let session = match open(&data, "robin", now) {
        Ok(session) => session,
        Err(StoreError::NameTaken { owner, .. }) => unsaved(&owner, now),
        Err(e) => panic!("the profile opens: {e:?}"),
    };
    let settings = PlaySettings {
        count: 4,
        seed: 9,
        color: true,
        lang: Default::default(),
    };
    let mut app = App::new(pool, manifests, settings).with_session(session);
    let mut terminal = Terminal::new(Checked(TestBackend::new(100, 30))).expect("terminal");
    let mut play = |app: &mut App, script: &str| {
        let _ = run_on(&mut terminal, &mut Keys(keys(script).into()), app);
    };
    let stats = app
        .menu_items()
        .iter()
        .position(|item| *item == MenuItem::Stats)
        .expect("a profile has stats");
    play(&mut app, "?xbjkq");
    play(&mut app, &format!("{}\nvvq", "v".repeat(stats)));
    for &i in &poisoned {
        app.screen = Screen::Question(Play::new(Round::new(vec![i]), Mode::Practice, 1));
        play(&mut app, "id\n\n");
        app.screen = Screen::Question(Play::new(Round::new(vec![i]), Mode::Spot, 1));
        play(&mut app, "\tm\tmis\nq");
    }
    app.screen = Screen::Menu { selected: 0 };
    play(&mut app, "pidvvs\nid\nd\ns\n\n");
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn nothing_from_a_file_reaches_any_output_raw(p in poison()) {
        let root = poisoned(&p);
        every_command(root.path());
        the_game(root.path(), &p);
    }
}

#[test]
fn the_oracle_knows_the_characters_it_guards_against() {
    for c in [
        '\u{1b}',
        '\u{7}',
        '\u{7f}',
        '\u{9b}',
        '\u{202E}',
        '\u{2060}',
        '\u{E0041}',
        '\u{FE0F}',
    ] {
        assert!(forbidden(c), "U+{:04X}", c as u32);
    }
    for c in ['\n', 'a', 'é', '·', '█', '\u{FFFD}'] {
        assert!(!forbidden(c), "U+{:04X}", c as u32);
    }
}
