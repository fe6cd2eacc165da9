//! The rules for a pack's manifest, `pack.toml`.

use super::{Findings, is_kebab};
use crate::content::load::Source;
use crate::content::model::Manifest;
use crate::content::problem::{Key, Place, Problem, ProblemKind};

pub fn check_manifest(source: &Source, manifest: &Manifest) -> Vec<Problem> {
    let mut f = Findings {
        source,
        problems: Vec::new(),
    };
    if !is_kebab(&manifest.id) {
        f.at(
            &[Key::Name("id")],
            ProblemKind::ManifestId(manifest.id.clone()),
        );
    }
    let language_ok = !manifest.language.is_empty()
        && manifest
            .language
            .split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !language_ok {
        let tag = manifest.language.clone();
        f.at(&[Key::Name("language")], ProblemKind::Language(tag));
    }
    if manifest.version.trim().is_empty() {
        f.at(&[Key::Name("version")], ProblemKind::NoVersion);
    }
    if manifest.pass_mark.is_some_and(|m| m > 100) {
        f.at(&[Key::Name("pass_mark")], ProblemKind::PassMark);
    }
    for domain in &manifest.allowed_domains {
        if domain.contains(['/', '@', ' ']) || !domain.contains('.') {
            let kind = ProblemKind::AllowedDomain(domain.clone());
            f.at(&[Key::Name("allowed_domains")], kind);
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
        f.scan(Place::World, text, allowed);
    }
    f.every_string(manifest);
    f.problems
}
