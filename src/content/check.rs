//! `redflag check`: every rule a pack must pass, all problems reported in one run.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Serialize;

use super::FieldKind;
use super::load::{LoadedPack, Source};
use super::model::{Body, Scenario};
use super::problem::{
    EvidenceAt, EvidenceList, Incomplete, Key, Place, Problem, ProblemKind, line_of_snippet, locate,
};
use super::safety::{self, Located, Reading, Step, hidden_characters, may_hold_escapes, path_name};

mod manifest;

use super::taxonomy::Verdict;
pub use manifest::check_manifest;

/// The outcome of checking one or more packs. In JSON each problem carries its words
/// (`commands::problem_text`).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CheckReport {
    pub scenarios: usize,
    pub by_channel: BTreeMap<String, usize>,
    pub by_verdict: BTreeMap<String, usize>,
    pub by_theme: BTreeMap<String, usize>,
    pub by_difficulty: BTreeMap<String, usize>,
    pub errors: Vec<Problem>,
}

impl CheckReport {
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    fn count(&mut self, scenario: &Scenario) {
        self.scenarios += 1;
        *self
            .by_channel
            .entry(scenario.channel.name().into())
            .or_default() += 1;
        *self
            .by_verdict
            .entry(scenario.verdict.name().into())
            .or_default() += 1;
        *self
            .by_theme
            .entry(scenario.theme.name().into())
            .or_default() += 1;
        let difficulty = scenario.difficulty().map_or("unknown", |d| d.name());
        *self.by_difficulty.entry(difficulty.into()).or_default() += 1;
    }
}

/// Checks packs read from disk, together (ids must be unique across all of them).
pub fn check_loaded(packs: &[LoadedPack]) -> CheckReport {
    let mut report = CheckReport::default();
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    let mut pack_ids: HashMap<&str, &Path> = HashMap::new();
    for pack in packs {
        report.errors.extend(pack.problems.iter().cloned());
        let allowed: &[String] = pack
            .manifest
            .as_ref()
            .map_or(&[], |(_, m)| m.allowed_domains.as_slice());
        if let Some((source, manifest)) = &pack.manifest {
            report.errors.extend(check_manifest(source, manifest));
            if let Some(first) = pack_ids.insert(&manifest.id, &pack.root) {
                let kind = ProblemKind::DuplicatePackId {
                    id: manifest.id.clone(),
                    first: first.to_path_buf(),
                };
                let line = locate(&source.text, &[Key::Name("id")]);
                report.errors.push(Problem::new(&source.path, line, kind));
            }
        }
        for (source, scenario) in &pack.scenarios {
            report.count(scenario);
            report
                .errors
                .extend(check_scenario(source, scenario, allowed));
            if let Some(first) = seen.insert(&scenario.id, &source.path) {
                report.errors.push(Problem::new(
                    &source.path,
                    locate(&source.text, &[Key::Name("id")]),
                    ProblemKind::DuplicateId {
                        id: scenario.id.clone(),
                        first: first.to_path_buf(),
                    },
                ));
            }
        }
    }
    report
}

/// Checks a pack that is already in memory (the built-in one), naming scenarios by id.
pub fn check_pack(pack: &super::model::Pack, origin: &Path) -> CheckReport {
    let manifest_source = Source {
        path: origin.join("pack.toml"),
        text: String::new(),
    };
    let mut loaded = LoadedPack {
        root: origin.to_path_buf(),
        manifest: Some((manifest_source, pack.manifest.clone())),
        ..LoadedPack::default()
    };
    for scenario in &pack.scenarios {
        let path = origin
            .join(scenario.channel.name())
            .join(format!("{}.toml", scenario.id));
        let source = Source {
            path,
            text: String::new(),
        };
        loaded.scenarios.push((source, scenario.clone()));
    }
    check_loaded(std::slice::from_ref(&loaded))
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Collects problems for one file, finding lines by key path or by the offending text.
struct Findings<'a> {
    source: &'a Source,
    problems: Vec<Problem>,
}

impl Findings<'_> {
    fn at(&mut self, path: &[Key<'_>], kind: ProblemKind) {
        let line = locate(&self.source.text, path);
        self.problems
            .push(Problem::new(&self.source.path, line, kind));
    }

    fn scan(&mut self, place: Place, text: &str, allowed: &[String]) {
        self.scan_as(place, text, allowed, Reading::Prose);
    }

    fn scan_as(&mut self, place: Place, text: &str, allowed: &[String], reading: Reading) {
        for finding in safety::scan(text, allowed, reading) {
            let line = line_of_snippet(&self.source.text, text, &finding.snippet);
            let kind = ProblemKind::Unsafe {
                place: Some(place.clone()),
                breach: finding.breach,
            };
            self.problems
                .push(Problem::new(&self.source.path, line, kind));
        }
    }

    /// The character rule over every string of `value`, where the rules above have not
    /// already named the same character in the same words.
    fn every_string(&mut self, value: &impl Serialize) {
        // The raw file was checked before parsing, so only an escape can have made such a
        // character since; a pack built in memory has no file text and is always walked.
        if !self.source.text.is_empty() && !may_hold_escapes(&self.source.text) {
            return;
        }
        for Located { path, finding } in hidden_characters(value) {
            let named = |p: &Problem| matches!(&p.kind, ProblemKind::Unsafe { breach, .. } if *breach == finding.breach);
            if self.problems.iter().any(named) {
                continue;
            }
            let keys: Vec<Key<'_>> = path
                .iter()
                .map(|step| match step {
                    Step::Name(name) => Key::Name(name),
                    Step::Index(i) => Key::Index(*i),
                })
                .collect();
            let place = Some(Place::Key(path_name(&path)));
            let kind = ProblemKind::Unsafe {
                place,
                breach: finding.breach,
            };
            let line = locate(&self.source.text, &keys);
            self.problems
                .push(Problem::new(&self.source.path, line, kind));
        }
    }
}

/// Every rule for one scenario, except id uniqueness (which needs all packs).
pub fn check_scenario(source: &Source, scenario: &Scenario, allowed: &[String]) -> Vec<Problem> {
    let mut f = Findings {
        source,
        problems: Vec::new(),
    };
    if !is_kebab(&scenario.id) {
        f.at(
            &[Key::Name("id")],
            ProblemKind::ScenarioId(scenario.id.clone()),
        );
    }
    for (key, value) in [("title", &scenario.title), ("lesson", &scenario.lesson)] {
        if value.trim().is_empty() {
            f.at(&[Key::Name(key)], ProblemKind::Empty(key));
        }
    }
    check_tables(&mut f, scenario);
    check_verdict_evidence(&mut f, scenario);
    if let Some(premise) = &scenario.premise {
        for (name, value) in premise.invalid_elements() {
            f.at(
                &[Key::Name("premise"), Key::Name(name)],
                ProblemKind::Premise {
                    element: name,
                    value,
                },
            );
        }
    }
    if scenario.difficulty().is_none() {
        let kind = ProblemKind::NoDifficulty(scenario.verdict);
        f.at(&[Key::Name("verdict")], kind);
    }
    if let Some(body) = scenario.body() {
        check_evidence_anchors(&mut f, scenario, body);
        for field in body.fields() {
            let place = Place::Field(scenario.channel, field.path);
            let reading = if field.path.kind == FieldKind::Attachment {
                Reading::FileName
            } else {
                Reading::Prose
            };
            f.scan_as(place, field.text, allowed, reading);
        }
    }
    f.scan(Place::Title, &scenario.title, allowed);
    f.scan(Place::Lesson, &scenario.lesson, allowed);
    f.scan(Place::Situation, &scenario.situation, allowed);
    for e in scenario.evidence() {
        f.scan(Place::Explanation, e.why, allowed);
    }
    f.every_string(scenario);
    f.problems
}

fn check_tables(f: &mut Findings<'_>, scenario: &Scenario) {
    let present = scenario.tables_present();
    let channel = scenario.channel;
    if !present.contains(&channel) {
        f.at(
            &[Key::Name("channel")],
            ProblemKind::NoChannelTable(channel),
        );
    }
    for other in present.iter().filter(|c| **c != channel) {
        let kind = ProblemKind::OtherTable {
            table: *other,
            channel,
        };
        f.at(&[Key::Name(other.name())], kind);
    }
    let Some(body) = scenario.body() else { return };
    let missing = ProblemKind::Incomplete;
    match body {
        Body::Message(m) if m.lines.is_empty() => {
            f.at(&[Key::Name("message")], missing(Incomplete::MessageLines))
        }
        Body::Consent(c) => {
            if c.buttons.is_empty() {
                f.at(&[Key::Name("consent")], missing(Incomplete::ConsentButton));
            }
            if c.kind == super::channel::ConsentKind::AppAuthorisation
                && (c.app.is_empty() || c.publisher.is_empty() || c.scopes.is_empty())
            {
                f.at(
                    &[Key::Name("consent")],
                    missing(Incomplete::AppAuthorisation),
                );
            }
        }
        Body::Permission(p) if p.buttons.is_empty() => f.at(
            &[Key::Name("permission")],
            missing(Incomplete::PermissionButton),
        ),
        Body::Call(c) => {
            if c.caller.trim().is_empty() || c.number.trim().is_empty() {
                f.at(&[Key::Name("call")], missing(Incomplete::CallIdentity));
            }
            if c.lines.is_empty() {
                f.at(&[Key::Name("call")], missing(Incomplete::CallLines));
            }
        }
        Body::Notification(n)
            if [&n.app, &n.title, &n.text]
                .iter()
                .any(|t| t.trim().is_empty()) =>
        {
            f.at(
                &[Key::Name("notification")],
                missing(Incomplete::NotificationContent),
            )
        }
        _ => {}
    }
}

fn check_verdict_evidence(f: &mut Findings<'_>, scenario: &Scenario) {
    match scenario.verdict {
        Verdict::Dangerous => {
            if scenario.flag.is_empty() {
                f.at(&[Key::Name("verdict")], ProblemKind::DangerousWithoutFlags);
            }
            if !scenario.sign.is_empty() {
                f.at(&[Key::Name("sign")], ProblemKind::DangerousWithSigns);
            }
        }
        Verdict::Safe => {
            if scenario.sign.is_empty() {
                f.at(&[Key::Name("verdict")], ProblemKind::SafeWithoutSigns);
            }
            if !scenario.flag.is_empty() {
                f.at(&[Key::Name("flag")], ProblemKind::SafeWithFlags);
            }
        }
    }
}

fn check_evidence_anchors(f: &mut Findings<'_>, scenario: &Scenario, body: Body<'_>) {
    let fields = body.fields();
    let lists = [
        (EvidenceList::Flag, scenario.flag.len()),
        (EvidenceList::Sign, scenario.sign.len()),
    ];
    let evidence = scenario.evidence();
    let mut offset = 0;
    for (list, len) in lists {
        for i in 0..len {
            let e = evidence[offset + i];
            let which = EvidenceAt {
                list,
                number: i + 1,
            };
            let table = Key::Name(list.name());
            let at_key = [table, Key::Index(i), Key::Name("at")];
            let text_key = [table, Key::Index(i), Key::Name("text")];
            match fields.iter().find(|field| Some(field.path) == e.at.field()) {
                None => {
                    let kind = ProblemKind::AtNamesNoField {
                        evidence: which,
                        at: e.at.clone(),
                        channel: scenario.channel,
                        fields: fields.iter().map(|x| x.path).collect(),
                    };
                    f.at(&at_key, kind);
                }
                Some(_) if e.text.trim().is_empty() => {
                    let at = e.at.clone();
                    f.at(
                        &text_key,
                        ProblemKind::EmptyText {
                            evidence: which,
                            at,
                        },
                    );
                }
                Some(field) if !field.text.contains(e.text) => {
                    let kind = ProblemKind::TextNotInField {
                        evidence: which,
                        text: e.text.to_string(),
                        at: e.at.clone(),
                    };
                    f.at(&text_key, kind);
                }
                Some(_) => {}
            }
            if e.why.trim().is_empty() {
                f.at(&[table, Key::Index(i)], ProblemKind::NoWhy(which));
            }
        }
        offset += len;
    }
}
