//! The trainer's view at 80x24 on a prepared data folder: the table's figures, a person's
//! answers (and a new one after a save), the export, the keys, and Arabic from the right.

use chrono::Utc;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::*;
use crate::cohort::online::{OnlineSession, SignInKind};
use crate::cohort::tests::{Folder, answer, at};
use crate::content::Verdict;
use crate::i18n::Lang;
use crate::progress::record_answer;
use crate::progress::recover::read_folder;
use crate::report::team_json::TeamSummary;
use crate::scoring::DEFAULT_PASS_MARK;
use crate::settings::Bidi;

fn alice_online(_: DateTime<Utc>) -> Online {
    Online::Live(vec![OnlineSession {
        profile: Some("Alice".into()),
        since: at(0),
        sign_in: SignInKind::TeamCode,
    }])
}

fn look(lang: Lang, bidi: Bidi) -> Look {
    Look {
        t: Catalog::get(lang),
        display: Display { bidi, shape: false },
        color: true,
    }
}

fn dashboard(folder: &Folder, exports: &std::path::Path, look: Look) -> Dashboard {
    let source = Source {
        data: folder.data(),
        manifests: folder.manifests.clone(),
        modules: folder.modules.clone(),
        pass_mark: DEFAULT_PASS_MARK,
        online: Box::new(alice_online),
        exports: exports.to_path_buf(),
    };
    Dashboard::new(source, look, at(59))
}

fn screen(d: &Dashboard, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    d.render(area, &mut buf);
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn press(d: &mut Dashboard, code: KeyCode) {
    d.handle_key(code.into());
}

fn english() -> Look {
    look(Lang::ENGLISH, Bidi::App)
}

#[test]
fn the_table_shows_each_person_s_figures_the_team_s_weak_points_and_who_is_online() {
    let folder = Folder::new();
    let module_items = folder.prepare();
    let exports = tempfile::tempdir().expect("tempdir");
    let d = dashboard(&folder, exports.path(), english());
    let text = screen(&d, 80, 24);
    assert!(
        text.contains("redflag team · 2 people · 1 online"),
        "{text}"
    );
    for heading in [
        "Person",
        "Last seen",
        "Modules",
        "Accuracy",
        "Missed scams",
        "False alarms",
    ] {
        assert!(text.contains(heading), "{heading}: {text}");
    }
    let modules = folder.modules.len();
    let answers = module_items + 3;
    let accuracy = format!("{:.0}%", (answers - 2) as f64 * 100.0 / answers as f64);
    let alice = text
        .lines()
        .find(|l| l.contains("Alice"))
        .expect("Alice's row");
    let alice: Vec<&str> = alice.split_whitespace().collect();
    assert_eq!(
        alice[1..],
        [
            "▸",
            "Alice",
            "●",
            "online",
            &format!("1/{modules}"),
            &answers.to_string(),
            &accuracy,
            "1",
            "1",
            "│"
        ],
        "{text}"
    );
    let bo = text.lines().find(|l| l.contains("Bo ")).expect("Bo's row");
    let bo: Vec<&str> = bo.split_whitespace().collect();
    assert_eq!(
        bo[1..],
        [
            "Bo",
            "54",
            "min",
            "ago",
            &format!("0/{modules}"),
            "0",
            "–",
            "0",
            "0",
            "│"
        ],
        "{text}"
    );
    assert!(text.contains("Weakest themes: "), "{text}");
    assert!(text.contains("Weakest red flags: "), "{text}");
    assert!(
        text.contains("Not finished the training path: Alice, Bo"),
        "{text}"
    );
    assert!(text.contains("↑↓ choose · Enter answers · e export md, csv, json · q quit"));
}

#[test]
fn a_person_s_answers_show_round_by_round_and_a_new_answer_appears_once_saved() {
    let folder = Folder::new();
    folder.prepare();
    let exports = tempfile::tempdir().expect("tempdir");
    let mut d = dashboard(&folder, exports.path(), english());
    press(&mut d, KeyCode::Enter);
    let text = screen(&d, 80, 24);
    assert!(text.contains("Alice · online now"), "{text}");
    assert!(
        text.contains("Round in progress (practice): 1 of 3 answered"),
        "{text}"
    );
    let false_alarm = folder.scenario(Verdict::Safe, 1);
    let first = text
        .lines()
        .find(|l| l.contains(" 1. "))
        .expect("the answer's row");
    assert!(
        first.contains(&false_alarm.id)
            && first.contains("safe      dangerous")
            && first.contains("✗ false alarm"),
        "{text}"
    );

    // Alice answers the next item: saved by her game, seen at the next look.
    let dir = folder.data().profile_dir("Alice").expect("folder");
    let store = folder.data().open("Alice").expect("open");
    let mut profile = read_folder(&dir).expect("read").expect("there").profile;
    let scam = folder.scenario(Verdict::Dangerous, 1);
    record_answer(
        &mut profile,
        scam,
        &answer(scam, Verdict::Dangerous),
        Utc::now(),
    );
    store.save(&profile).expect("saved");
    assert!(d.refresh(Utc::now()), "the save is noticed");
    let text = screen(&d, 80, 24);
    assert!(
        text.contains("Round in progress (practice): 2 of 3 answered"),
        "{text}"
    );
    let second = text
        .lines()
        .find(|l| l.contains(" 2. "))
        .expect("the new answer's row");
    assert!(
        second.contains(&super::table::cut(&scam.id, 36)) && second.contains("✓ right"),
        "{text}"
    );
    assert!(!d.refresh(Utc::now()), "nothing new");

    press(&mut d, KeyCode::Esc);
    assert_eq!(d.view, View::People);
    press(&mut d, KeyCode::Down);
    assert_eq!(d.selected_person().map(Person::name), Some("Bo"));
    press(&mut d, KeyCode::Down);
    assert_eq!(d.selected, 1, "stops at the last person");
    press(&mut d, KeyCode::Char('q'));
    assert!(d.quit);
}

#[test]
fn e_writes_the_team_report_as_markdown_csv_and_json_and_names_the_files() {
    let folder = Folder::new();
    folder.prepare();
    let exports = tempfile::tempdir().expect("tempdir");
    let mut d = dashboard(&folder, exports.path(), english());
    press(&mut d, KeyCode::Char('e'));
    let Some(Notice::Exported(files)) = d.notice.clone() else {
        panic!("{:?}", d.notice)
    };
    assert_eq!(files.len(), 3);
    let md = std::fs::read_to_string(&files[0]).expect("md");
    assert_eq!(
        md,
        d.team.to_markdown(crate::i18n::Catalog::english()),
        "the same as redflag report --team"
    );
    let csv = std::fs::read_to_string(&files[1]).expect("csv");
    assert_eq!(
        csv,
        d.team.to_csv(crate::i18n::Catalog::english()).expect("csv")
    );
    let json: TeamSummary =
        serde_json::from_str(&std::fs::read_to_string(&files[2]).expect("json")).expect("parses");
    assert_eq!(json.people.len(), 2);
    assert_eq!(json.not_finished, ["Alice", "Bo"]);
    assert_eq!(
        (json.people[0].missed_scams, json.people[0].false_alarms),
        (1, 1)
    );
    let text = screen(&d, 80, 24);
    assert!(text.contains("Team report written:"), "{text}");
    press(&mut d, KeyCode::Enter);
    let person = screen(&d, 80, 24);
    assert!(
        person.contains("Team report written:"),
        "told on a person's page too: {person}"
    );
    press(&mut d, KeyCode::Esc);
    press(&mut d, KeyCode::Char('e'));
    let Some(Notice::Exported(again)) = &d.notice else {
        panic!("{:?}", d.notice)
    };
    assert_ne!(again[0], files[0], "never over an earlier export");
}

#[test]
fn a_terminal_too_small_is_told_so() {
    let folder = Folder::new();
    let exports = tempfile::tempdir().expect("tempdir");
    let d = dashboard(&folder, exports.path(), english());
    let text = screen(&d, 79, 24);
    assert!(text.contains("at least 80x24; this one is 79x24"), "{text}");
}

#[test]
fn in_arabic_every_word_is_arabic_and_the_table_runs_from_the_right() {
    let folder = Folder::new();
    folder.prepare();
    let exports = tempfile::tempdir().expect("tempdir");
    let arabic = Lang::parse("ar").expect("Arabic");
    // In reading order (the terminal orders), to read the words.
    let mut d = dashboard(&folder, exports.path(), look(arabic, Bidi::Terminal));
    let mut text = screen(&d, 80, 24);
    for word in [
        "فريق",
        "المتدرّب",
        "الدقة",
        "احتيال فائت",
        "إنذار كاذب",
        "متصل",
    ] {
        assert!(text.contains(word), "{word}: {text}");
    }
    press(&mut d, KeyCode::Enter);
    let person = screen(&d, 80, 24);
    for word in ["جولة جارية", "تدريب", "إنذار كاذب", "آمن", "خطِر"] {
        assert!(person.contains(word), "{word}: {person}");
    }
    text.push_str(&person);
    // Data and the brand stay as they are; every other word is Arabic.
    let mut allowed: Vec<String> = [
        "redflag", "Alice", "UTC", "md", "csv", "json", "Enter", "Esc",
    ]
    .map(String::from)
    .to_vec();
    allowed.extend(folder.pool.iter().map(|s| s.id.clone()));
    allowed.extend(folder.modules.iter().map(|m| m.id.clone()));
    let english: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3)
        .filter(|w| {
            !allowed
                .iter()
                .any(|a| a.split(' ').any(|p| p == *w) || a == w)
        })
        .collect();
    assert!(english.is_empty(), "{english:?}\n{text}");

    // Drawn by redflag: the name column is the rightmost, the numbers to its left.
    let d = dashboard(&folder, exports.path(), look(arabic, Bidi::App));
    let text = screen(&d, 80, 24);
    let row = text.lines().find(|l| l.contains("Alice")).expect("row");
    let name_at = row.find("Alice").expect("name");
    let modules_at = row
        .find(&format!("1/{}", folder.modules.len()))
        .expect("modules");
    assert!(modules_at < name_at, "{text}");
    assert!(row.contains("▸"), "the chosen mark is on the right: {row}");
    assert!(row.find("▸") > Some(name_at), "{row}");
}

#[test]
fn a_profile_not_read_is_said_with_its_reason_in_the_view_s_language() {
    let folder = Folder::new();
    folder.prepare();
    let newer = folder.dir.path().join("profiles").join("robin");
    std::fs::create_dir_all(&newer).expect("folder");
    std::fs::write(newer.join("profile.json"), "{\"schema\": 999}").expect("write");
    let exports = tempfile::tempdir().expect("tempdir");
    let arabic = Lang::parse("ar").expect("Arabic");
    let d = dashboard(&folder, exports.path(), look(arabic, Bidi::Terminal));
    let text = screen(&d, 200, 24);
    assert!(text.contains("كتبته نسخة أحدث من redflag"), "{text}");
    assert!(!text.contains("newer redflag"), "{text}");
    let d = dashboard(&folder, exports.path(), english());
    let text = screen(&d, 200, 24);
    assert!(text.contains("was written by a newer redflag"), "{text}");
}
