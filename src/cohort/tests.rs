//! A prepared data folder read as a cohort: each figure checked, read-only against damaged and
//! planted files; and the online file written, aged, and refused when hostile.

use chrono::{DateTime, TimeZone, Utc};

use super::online::{self, Online, OnlineFile, OnlineProblem, OnlineSession, SignInKind};
use super::*;
use crate::content::{Scenario, Verdict};
use crate::progress::{Profile, finish_round, record_answer, start_round};
use crate::quiz::Answer;
use crate::scoring::{DEFAULT_PASS_MARK, OutcomeKind};
use crate::training::path;

pub(crate) fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 10, minute, 0)
        .single()
        .expect("time")
}

pub(crate) fn answer(scenario: &Scenario, given: Verdict) -> Answer {
    let kind = OutcomeKind::of(scenario.verdict, given);
    Answer {
        scenario: scenario.id.clone(),
        given,
        kind,
        inspected: false,
        seconds: 3.0,
        points: if kind.is_correct() { 100 } else { 0 },
        spot: None,
    }
}

pub(crate) struct Folder {
    pub dir: tempfile::TempDir,
    pub pool: Vec<Scenario>,
    pub manifests: Vec<crate::content::Manifest>,
    pub modules: Vec<Module>,
}

impl Folder {
    pub fn new() -> Folder {
        let pack = crate::builtin::pack().expect("built-in pack");
        Folder {
            dir: tempfile::tempdir().expect("tempdir"),
            modules: path(&pack.scenarios),
            pool: pack.scenarios,
            manifests: vec![pack.manifest],
        }
    }

    pub fn data(&self) -> DataDir {
        DataDir::new(self.dir.path().to_path_buf())
    }

    pub fn measure(&self) -> Measure<'_> {
        Measure {
            manifests: &self.manifests,
            modules: &self.modules,
            pass_mark: DEFAULT_PASS_MARK,
        }
    }

    pub fn scenario(&self, verdict: Verdict, skip: usize) -> &Scenario {
        self.pool
            .iter()
            .filter(|s| s.verdict == verdict)
            .nth(skip)
            .expect("scenario")
    }

    /// Plays a round of `(scenario, given)` into the profile; finished when `finish`.
    pub fn round(
        &self,
        profile: &mut Profile,
        mode: Mode,
        answers: &[(&Scenario, Verdict)],
        items: usize,
        minute: u32,
        finish: bool,
    ) -> Option<HistoryRound> {
        let ids = answers.iter().map(|(s, _)| s.id.clone());
        let ids: Vec<String> = ids
            .chain((answers.len()..items).map(|_| "x".into()))
            .collect();
        start_round(profile, mode, 1, ids, at(minute));
        for (k, (scenario, given)) in answers.iter().enumerate() {
            let minute = minute + u32::try_from(k).expect("small");
            record_answer(profile, scenario, &answer(scenario, *given), at(minute));
        }
        finish
            .then(|| finish_round(profile, at(minute + 9), DEFAULT_PASS_MARK))
            .flatten()
            .map(|f| f.history)
    }

    /// Alice: a module passed, a practice round with a missed scam, a round in progress with a
    /// false alarm. Bo: a profile with no answer yet.
    pub fn prepare(&self) -> usize {
        let data = self.data();
        let store = data.open("Alice").expect("open");
        let mut alice = Profile::new("Alice", at(0));
        let module = &self.modules[0];
        let items: Vec<(&Scenario, Verdict)> = module
            .items
            .iter()
            .map(|id| {
                let s = self.pool.iter().find(|s| &s.id == id).expect("item");
                (s, s.verdict)
            })
            .collect();
        let n = items.len();
        let first = self.round(
            &mut alice,
            Mode::Module(module.id.clone()),
            &items,
            n,
            1,
            true,
        );
        store.append_history(&first.expect("finished")).expect("h1");
        let scam = self.scenario(Verdict::Dangerous, 0);
        let safe = self.scenario(Verdict::Safe, 0);
        let second = self.round(
            &mut alice,
            Mode::Practice,
            &[(scam, Verdict::Safe), (safe, Verdict::Safe)],
            2,
            20,
            true,
        );
        store
            .append_history(&second.expect("finished"))
            .expect("h2");
        let other_safe = self.scenario(Verdict::Safe, 1);
        self.round(
            &mut alice,
            Mode::Practice,
            &[(other_safe, Verdict::Dangerous)],
            3,
            40,
            false,
        );
        store.save(&alice).expect("save alice");
        drop(store);
        let bo = data.open("Bo").expect("open bo");
        bo.save(&Profile::new("Bo", at(5))).expect("save bo");
        n
    }
}

#[test]
fn every_figure_of_the_cohort_comes_from_the_profiles_and_their_history() {
    let folder = Folder::new();
    let module_items = folder.prepare();
    let data = folder.data();
    let measure = folder.measure();
    let cohort = Cohort::read(&data, &measure, at(59));
    assert!(cohort.unreadable.is_empty(), "{:?}", cohort.unreadable);
    let names: Vec<&str> = cohort.people.iter().map(Person::name).collect();
    assert_eq!(names, ["Alice", "Bo"]);
    let alice = &cohort.people[0];
    let total = u32::try_from(module_items + 3).expect("small");
    assert_eq!(alice.report.answered, total);
    assert_eq!(alice.report.correct, total - 2);
    assert_eq!((alice.report.misses, alice.report.false_alarms), (1, 1));
    assert_eq!(alice.rounds, 2);
    assert_eq!(alice.modules_passed(), (1, folder.modules.len()));
    assert!(!alice.finished());
    assert_eq!(alice.last_activity, at(40), "her last answer");
    let live = alice.in_progress.as_ref().expect("a round in progress");
    assert_eq!((live.items, live.answers.len()), (3, 1));
    assert_eq!(live.answers[0].outcome, OutcomeKind::FalseAlarm);
    assert_eq!(live.mode, Mode::Practice);
    assert_eq!(alice.recent.len(), 2);
    assert_eq!(alice.recent[1].summary.misses, 1, "oldest first");

    let bo = &cohort.people[1];
    assert_eq!((bo.report.answered, bo.rounds), (0, 0));
    assert_eq!(bo.last_activity, at(5), "made, never played");
    assert!(bo.in_progress.is_none());
    let unfinished: Vec<&str> = cohort.not_finished().map(Person::name).collect();
    assert_eq!(unfinished, ["Alice", "Bo"]);

    let team = cohort.team(&data, &measure);
    assert_eq!(team.reports.len(), 2);
    let scam = folder.scenario(Verdict::Dangerous, 0);
    let weakest = weakest_of(&team.by_theme, 10);
    let worst = &weakest[0];
    assert!(
        worst.1.accuracy() < Some(1.0),
        "the weakest theme has an error: {weakest:?}"
    );
    let themes_with_errors: Vec<&str> = weakest
        .iter()
        .filter(|(_, c)| c.right < c.total)
        .map(|(n, _)| n.as_str())
        .collect();
    assert!(
        themes_with_errors.contains(&scam.theme.name()),
        "{weakest:?}"
    );
    let sums: u32 = team.by_theme.values().map(|c| c.total).sum();
    assert_eq!(sums, total, "every answer counted once by theme");
}

#[cfg(unix)]
#[test]
fn links_damaged_files_and_stray_files_are_named_or_passed_over_and_never_changed() {
    let folder = Folder::new();
    folder.prepare();
    let root = folder.dir.path().join("profiles");
    let outside = tempfile::tempdir().expect("outside");
    std::os::unix::fs::symlink(outside.path(), root.join("planted")).expect("link");
    std::fs::create_dir(root.join("broken")).expect("dir");
    let damaged = b"{ not a profile".to_vec();
    std::fs::write(root.join("broken/profile.json"), &damaged).expect("write");
    std::fs::write(root.join("notes.txt"), "hello").expect("stray");
    let before: Vec<_> = std::fs::read_dir(root.join("broken"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();

    let cohort = Cohort::read(&folder.data(), &folder.measure(), at(59));
    assert_eq!(cohort.people.len(), 2);
    let problems: Vec<(&str, String)> = cohort
        .unreadable
        .iter()
        .map(|u| (u.folder.as_str(), format!("{:?}", u.problem)))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, "broken");
    assert!(problems[0].1.contains("Damaged"), "{problems:?}");
    assert_eq!(problems[1], ("planted", "NotAFolder(Link)".to_string()));
    assert_eq!(
        std::fs::read(root.join("broken/profile.json")).expect("still there"),
        damaged,
        "read only: never repaired"
    );
    let after: Vec<_> = std::fs::read_dir(root.join("broken"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(before, after, "nothing kept aside or written");
}

#[test]
fn a_refresh_reads_again_only_when_a_profile_was_saved() {
    let folder = Folder::new();
    folder.prepare();
    let (data, measure) = (folder.data(), folder.measure());
    let mut cohort = Cohort::read(&data, &measure, at(59));
    assert!(!cohort.refresh(&data, &measure, at(59)), "nothing changed");
    // Alice answers the next item of her round.
    let store = data.open("Alice").expect("open");
    let mut alice = cohort.people[0].clone();
    let mut profile = crate::progress::recover::read_folder(&store.dir)
        .expect("read")
        .expect("there")
        .profile;
    let scam = folder.scenario(Verdict::Dangerous, 1);
    record_answer(
        &mut profile,
        scam,
        &answer(scam, Verdict::Dangerous),
        at(45),
    );
    store.save(&profile).expect("save");
    assert!(cohort.refresh(&data, &measure, at(59)));
    let live = cohort.people[0].in_progress.as_ref().expect("in progress");
    assert_eq!(live.answers.len(), 2, "the new answer is seen");
    assert_eq!(live.answers[1].scenario, scam.id);
    assert_eq!(cohort.people[0].last_activity, at(45));
    alice.report.answered += 1;
    assert_eq!(cohort.people[0].report.answered, alice.report.answered);
}

fn session(profile: &str, sign_in: SignInKind) -> OnlineSession {
    OnlineSession {
        profile: Some(profile.to_string()),
        since: at(1),
        sign_in,
    }
}

#[test]
fn the_online_file_is_live_while_its_heartbeat_is_fresh_and_its_server_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let alive = |_| Some(true);
    assert_eq!(online::read(root, at(2), alive), Online::NoServer);
    let file = OnlineFile::new(
        42,
        at(2),
        vec![
            session("Robin Hill", SignInKind::TeamCode),
            session("Trainer", SignInKind::Trainer),
        ],
    );
    online::write(root, &file).expect("written");
    let live = online::read(root, at(2), alive);
    assert_eq!(live, Online::Live(file.sessions.clone()));
    assert!(
        live.session_of("robin hill").is_some(),
        "case and spaces aside"
    );
    assert!(
        live.session_of("Trainer").is_none(),
        "a trainer plays nobody"
    );
    assert_eq!(live.playing().count(), 1);

    let late = at(2) + chrono::Duration::seconds(online::STALE_AFTER_SECS + 1);
    assert_eq!(online::read(root, late, alive), Online::Stale(at(2)));
    assert_eq!(
        online::read(root, at(2), |pid| Some(pid != 42)),
        Online::Stale(at(2)),
        "its process is gone"
    );
    assert!(
        matches!(online::read(root, at(2), |_| None), Online::Live(_)),
        "a process that cannot be looked at is judged by the heartbeat"
    );
    assert_eq!(online::process_alive(std::process::id()), Some(true));
    online::remove(root);
    assert_eq!(online::read(root, at(2), alive), Online::NoServer);
}

#[test]
fn a_hostile_online_file_counts_nobody_and_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let path = root.join(online::ONLINE_FILE);
    let read = || online::read(root, at(2), |_| Some(true));
    let problem = |online: Online| match online {
        Online::Unreadable(problem) => problem,
        other => panic!("taken: {other:?}"),
    };
    std::fs::write(&path, "not json").expect("w");
    assert!(matches!(problem(read()), OnlineProblem::NotOnlineFile(_)));
    std::fs::write(&path, r#"{"kind":"something-else","sessions":[]}"#).expect("w");
    assert!(matches!(problem(read()), OnlineProblem::NotOnlineFile(_)));
    std::fs::write(&path, r#"{"kind":"redflag-online","schema":9}"#).expect("w");
    assert_eq!(problem(read()), OnlineProblem::Newer(9));
    let huge = vec![b' '; usize::try_from(online::MAX_ONLINE_BYTES).expect("fits") + 10];
    std::fs::write(&path, huge).expect("w");
    assert_eq!(
        problem(read()),
        OnlineProblem::TooLarge(online::MAX_ONLINE_BYTES + 1)
    );
    #[cfg(unix)]
    {
        std::fs::remove_file(&path).expect("rm");
        crate::test_files::mkfifo(&path);
        assert_eq!(
            problem(read()),
            OnlineProblem::NotAFile(FileKind::Fifo),
            "a FIFO is never opened (the read would wait for ever)"
        );
    }
}
