//! `redflag check`: every rule a pack must pass, all problems reported in one run.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Serialize;

use super::load::{LoadedPack, Source};
use super::model::{Body, Manifest, Scenario};
use super::problem::{Key, Problem, line_of_text, locate};
use super::safety;
use super::taxonomy::Verdict;

/// The outcome of checking one or more packs.
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
    for pack in packs {
        report.errors.extend(pack.problems.iter().cloned());
        let allowed: &[String] = pack
            .manifest
            .as_ref()
            .map_or(&[], |(_, m)| m.allowed_domains.as_slice());
        if let Some((source, manifest)) = &pack.manifest {
            report.errors.extend(check_manifest(source, manifest));
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
                    format!(
                        "duplicate id \"{}\", also used by {}: give each scenario its own id",
                        scenario.id,
                        first.display()
                    ),
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
    fn at(&mut self, path: &[Key<'_>], message: impl Into<String>) {
        let line = locate(&self.source.text, path);
        self.problems
            .push(Problem::new(&self.source.path, line, message));
    }

    fn near(&mut self, snippet: &str, message: impl Into<String>) {
        let line = line_of_text(&self.source.text, snippet);
        self.problems
            .push(Problem::new(&self.source.path, line, message));
    }

    fn scan(&mut self, what: &str, text: &str, allowed: &[String]) {
        for finding in safety::scan(text, allowed) {
            self.near(&finding.snippet, format!("{what} {}", finding.message));
        }
    }
}

pub fn check_manifest(source: &Source, manifest: &Manifest) -> Vec<Problem> {
    let mut f = Findings {
        source,
        problems: Vec::new(),
    };
    if !is_kebab(&manifest.id) {
        f.at(
            &[Key::Name("id")],
            format!(
                "id \"{}\" must be kebab-case: lowercase letters, digits and single hyphens",
                manifest.id
            ),
        );
    }
    let language_ok = !manifest.language.is_empty()
        && manifest
            .language
            .split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !language_ok {
        f.at(
            &[Key::Name("language")],
            format!(
                "language \"{}\" is not a BCP 47 tag such as \"en\" or \"en-GB\"",
                manifest.language
            ),
        );
    }
    if manifest.version.trim().is_empty() {
        f.at(
            &[Key::Name("version")],
            "version is empty: give the pack a version such as \"1.0.0\"",
        );
    }
    if manifest.pass_mark.is_some_and(|m| m > 100) {
        f.at(
            &[Key::Name("pass_mark")],
            "pass_mark is a percentage: give a number from 0 to 100",
        );
    }
    for domain in &manifest.allowed_domains {
        if domain.contains(['/', '@', ' ']) || !domain.contains('.') {
            f.at(&[Key::Name("allowed_domains")], format!("allowed_domains entry \"{domain}\" must be a bare domain such as \"acme-corp.com\""));
        }
    }
    let allowed = &manifest.allowed_domains;
    let world = &manifest.world;
    let mut texts: Vec<&str> = vec![
        &manifest.name,
        &manifest.description,
        &world.company.name,
        &world.company.domain,
        &world.company.you,
        &world.company.about,
    ];
    texts.extend(world.rules.iter().map(String::as_str));
    for c in &world.colleague {
        texts.extend([c.name.as_str(), &c.role, &c.email, &c.phone]);
        texts.extend(c.habits.iter().map(String::as_str));
    }
    for c in &world.contact {
        texts.extend([c.name.as_str(), &c.kind, &c.phone]);
        texts.extend(
            c.domains
                .iter()
                .chain(&c.handles)
                .chain(&c.habits)
                .map(String::as_str),
        );
    }
    for text in texts {
        f.scan("the world briefing", text, allowed);
    }
    f.problems
}

/// Every rule for one scenario, except id uniqueness (which needs all packs).
pub fn check_scenario(source: &Source, scenario: &Scenario, allowed: &[String]) -> Vec<Problem> {
    let mut f = Findings {
        source,
        problems: Vec::new(),
    };
    if !is_kebab(&scenario.id) {
        f.at(&[Key::Name("id")], format!("id \"{}\" must be kebab-case: lowercase letters, digits and single hyphens, at most 80", scenario.id));
    }
    for (key, value) in [("title", &scenario.title), ("lesson", &scenario.lesson)] {
        if value.trim().is_empty() {
            f.at(&[Key::Name(key)], format!("{key} is empty: write one"));
        }
    }
    check_tables(&mut f, scenario);
    check_verdict_evidence(&mut f, scenario);
    if let Some(premise) = &scenario.premise {
        for (name, value) in premise.invalid_elements() {
            f.at(
                &[Key::Name("premise"), Key::Name(name)],
                format!("premise {name} = {value}: each element is 0, 2, 4, 6 or 8"),
            );
        }
    }
    if scenario.difficulty().is_none() {
        let hint = if scenario.verdict == Verdict::Safe {
            "a safe scenario needs difficulty = \"easy\", \"medium\" or \"hard\""
        } else {
            "add premise = { ... } (the Phish Scale works out the difficulty) or difficulty = \"easy\", \"medium\" or \"hard\""
        };
        f.at(&[Key::Name("verdict")], format!("no difficulty: {hint}"));
    }
    if let Some(body) = scenario.body() {
        check_evidence_anchors(&mut f, scenario, body);
        for field in body.fields() {
            f.scan(
                &format!("{} {}", scenario.channel, field.path),
                field.text,
                allowed,
            );
        }
    }
    f.scan("title", &scenario.title, allowed);
    f.scan("lesson", &scenario.lesson, allowed);
    f.scan("situation", &scenario.situation, allowed);
    for e in scenario.evidence() {
        f.scan("an explanation", e.why, allowed);
    }
    f.problems
}

fn check_tables(f: &mut Findings<'_>, scenario: &Scenario) {
    let present = scenario.tables_present();
    let channel = scenario.channel;
    if !present.contains(&channel) {
        f.at(&[Key::Name("channel")], format!("channel is \"{channel}\" but there is no [{channel}] table: add it with the {channel} fields (see content/README.md)"));
    }
    for other in present.iter().filter(|c| **c != channel) {
        f.at(&[Key::Name(other.name())], format!("[{other}] table in a scenario whose channel is \"{channel}\": one scenario has one channel; remove it or change channel"));
    }
    let Some(body) = scenario.body() else { return };
    let missing = |what: &str| format!("{what}: add it");
    match body {
        Body::Message(m) if m.lines.is_empty() => f.at(
            &[Key::Name("message")],
            missing("a message needs at least one entry in lines"),
        ),
        Body::Consent(c) => {
            if c.buttons.is_empty() {
                f.at(
                    &[Key::Name("consent")],
                    missing("a consent screen needs at least one button"),
                );
            }
            if c.kind == super::channel::ConsentKind::AppAuthorisation
                && (c.app.is_empty() || c.publisher.is_empty() || c.scopes.is_empty())
            {
                f.at(
                    &[Key::Name("consent")],
                    missing("an app-authorisation needs app, publisher and at least one scope"),
                );
            }
        }
        Body::Permission(p) if p.buttons.is_empty() => f.at(
            &[Key::Name("permission")],
            missing("a permission prompt needs at least one button"),
        ),
        _ => {}
    }
}

fn check_verdict_evidence(f: &mut Findings<'_>, scenario: &Scenario) {
    match scenario.verdict {
        Verdict::Dangerous => {
            if scenario.flag.is_empty() {
                f.at(&[Key::Name("verdict")], "a dangerous scenario needs at least one [[flag]]: the evidence a careful player can find");
            }
            if !scenario.sign.is_empty() {
                f.at(&[Key::Name("sign")], "a dangerous scenario has flags, not signs: turn each [[sign]] into a [[flag]] or remove it");
            }
        }
        Verdict::Safe => {
            if scenario.sign.is_empty() {
                f.at(&[Key::Name("verdict")], "a safe scenario needs at least one [[sign]]: the reason a careful player can trust it");
            }
            if !scenario.flag.is_empty() {
                f.at(&[Key::Name("flag")], "a safe scenario has signs, not flags: remove each [[flag]] or change verdict to \"dangerous\"");
            }
        }
    }
}

fn check_evidence_anchors(f: &mut Findings<'_>, scenario: &Scenario, body: Body<'_>) {
    let fields = body.fields();
    let lists = [("flag", scenario.flag.len()), ("sign", scenario.sign.len())];
    let evidence = scenario.evidence();
    let mut offset = 0;
    for (list, len) in lists {
        for i in 0..len {
            let e = evidence[offset + i];
            let at_key = [Key::Name(list), Key::Index(i), Key::Name("at")];
            match fields.iter().find(|field| Some(field.path) == e.at.field()) {
                None => {
                    let names: Vec<String> = fields.iter().map(|x| x.path.to_string()).collect();
                    f.at(&at_key, format!("[[{list}]] {} has at = \"{}\", which names no field of this {}: use one of {}", i + 1, e.at, scenario.channel, names.join(", ")));
                }
                Some(_) if e.text.trim().is_empty() => {
                    let text_key = [Key::Name(list), Key::Index(i), Key::Name("text")];
                    f.at(
                        &text_key,
                        format!(
                            "[[{list}]] {} has an empty text: quote the words in {} it points at",
                            i + 1,
                            e.at
                        ),
                    );
                }
                Some(field) if !field.text.contains(e.text) => {
                    let text_key = [Key::Name(list), Key::Index(i), Key::Name("text")];
                    f.at(&text_key, format!("[[{list}]] {}: text \"{}\" does not occur in {}: copy the exact words from that field (case and spacing matter)", i + 1, e.text, e.at));
                }
                Some(_) => {}
            }
            if e.why.trim().is_empty() {
                f.at(
                    &[Key::Name(list), Key::Index(i)],
                    format!(
                        "[[{list}]] {} has no why: explain the evidence in one sentence",
                        i + 1
                    ),
                );
            }
        }
        offset += len;
    }
}
