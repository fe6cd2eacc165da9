//! A pack's problems in the player's language, for `check`, `preview` and `play --content`.
//!
//! `problem_text` says the same in English through `Display`, without the catalogs: `build.rs`
//! compiles it to report a broken built-in pack, and JSON keeps its messages in English for
//! scripts. A test holds the two to the same English words.

use std::net::IpAddr;

use crate::content::problem::{
    Breach, FileKind, Incomplete, Place, Problem, ProblemKind, TomlProblem,
};
use crate::content::taxonomy::Verdict;
use crate::i18n::Catalog;
use crate::t;

/// The problem after its file and line: `email/x.toml:3: ...`.
pub fn problem(t: &Catalog, problem: &Problem) -> String {
    let file = problem.file.display();
    match problem.line {
        Some(line) => format!("{file}:{line}: {}", kind(t, &problem.kind)),
        None => format!("{file}: {}", kind(t, &problem.kind)),
    }
}

/// What is wrong, and what to change.
pub fn kind(t: &Catalog, kind: &ProblemKind) -> String {
    use ProblemKind as P;
    match kind {
        P::NotAFolder => t!(t, "check-problem-not-a-folder"),
        P::NoManifest => t!(t, "check-problem-no-manifest"),
        P::Unreadable(error) => t!(t, "check-problem-unreadable", error = error.as_str()),
        P::SymlinkLeavesPack => t!(t, "check-problem-symlink"),
        P::NotAFile(file) => {
            let what = match file {
                FileKind::Folder => t!(t, "check-file-folder"),
                FileKind::NamedPipe => t!(t, "check-file-pipe"),
                FileKind::Socket => t!(t, "check-file-socket"),
                FileKind::Device => t!(t, "check-file-device"),
                FileKind::Other => t!(t, "check-file-other"),
            };
            t!(t, "check-problem-not-a-file", what = what)
        }
        P::TooManyFiles { limit } => {
            t!(t, "check-problem-too-many-files", limit = limit.to_string())
        }
        P::NoScenarios => t!(t, "check-problem-no-scenarios"),
        P::TooBig { size, limit } => t!(
            t,
            "check-problem-too-big",
            size = size.to_string(),
            limit = limit.to_string(),
            kib = (limit / 1024).to_string()
        ),
        P::NotUtf8 { offset } => t!(t, "check-problem-not-utf8", offset = offset.to_string()),
        P::Toml(problem) => toml(t, problem),
        P::ManifestId(id) => t!(t, "check-problem-manifest-id", id = id.as_str()),
        P::Language(tag) => t!(t, "check-problem-language", tag = tag.as_str()),
        P::NoVersion => t!(t, "check-problem-no-version"),
        P::PassMark => t!(t, "check-problem-pass-mark"),
        P::AllowedDomain(domain) => {
            t!(t, "check-problem-allowed-domain", domain = domain.as_str())
        }
        P::DuplicatePackId { id, first } => t!(
            t,
            "check-problem-duplicate-pack",
            id = id.as_str(),
            first = first.display().to_string()
        ),
        P::ScenarioId(id) => t!(t, "check-problem-scenario-id", id = id.as_str()),
        P::DuplicateId { id, first } => t!(
            t,
            "check-problem-duplicate-id",
            id = id.as_str(),
            first = first.display().to_string()
        ),
        P::Empty(key) => t!(t, "check-problem-empty", key = *key),
        P::Premise { element, value } => t!(
            t,
            "check-problem-premise",
            element = *element,
            value = value.to_string()
        ),
        P::NoDifficulty(Verdict::Safe) => t!(t, "check-problem-no-difficulty-safe"),
        P::NoDifficulty(Verdict::Dangerous) => t!(t, "check-problem-no-difficulty-dangerous"),
        P::NoChannelTable(channel) => {
            t!(
                t,
                "check-problem-no-channel-table",
                channel = channel.name()
            )
        }
        P::OtherTable { table, channel } => t!(
            t,
            "check-problem-other-table",
            table = table.name(),
            channel = channel.name()
        ),
        P::Incomplete(what) => {
            let what = match what {
                Incomplete::MessageLines => t!(t, "check-incomplete-message-lines"),
                Incomplete::ConsentButton => t!(t, "check-incomplete-consent-button"),
                Incomplete::AppAuthorisation => t!(t, "check-incomplete-app-authorisation"),
                Incomplete::PermissionButton => t!(t, "check-incomplete-permission-button"),
                Incomplete::CallLines => t!(t, "check-incomplete-call-lines"),
                Incomplete::CallIdentity => t!(t, "check-incomplete-call-identity"),
                Incomplete::NotificationContent => t!(t, "check-incomplete-notification"),
            };
            t!(t, "check-problem-incomplete", what = what)
        }
        P::DangerousWithoutFlags => t!(t, "check-problem-dangerous-without-flags"),
        P::DangerousWithSigns => t!(t, "check-problem-dangerous-with-signs"),
        P::SafeWithoutSigns => t!(t, "check-problem-safe-without-signs"),
        P::SafeWithFlags => t!(t, "check-problem-safe-with-flags"),
        P::AtNamesNoField {
            evidence,
            at,
            channel,
            fields,
        } => {
            let names: Vec<String> = fields.iter().map(ToString::to_string).collect();
            t!(
                t,
                "check-problem-at-names-no-field",
                evidence = evidence.to_string(),
                at = at.to_string(),
                channel = channel.name(),
                fields = names.join(&t!(t, "cmd-list-separator"))
            )
        }
        P::EmptyText { evidence, at } => t!(
            t,
            "check-problem-empty-text",
            evidence = evidence.to_string(),
            at = at.to_string()
        ),
        P::TextNotInField { evidence, text, at } => t!(
            t,
            "check-problem-text-not-in-field",
            evidence = evidence.to_string(),
            text = text.as_str(),
            at = at.to_string()
        ),
        P::NoWhy(evidence) => t!(t, "check-problem-no-why", evidence = evidence.to_string()),
        P::Unsafe {
            place: Some(where_),
            breach: what,
        } => format!("{} {}", place(t, where_), breach(t, what)),
        P::Unsafe {
            place: None,
            breach: what,
        } => breach(t, what),
    }
}

fn toml(t: &Catalog, problem: &TomlProblem) -> String {
    match problem {
        TomlProblem::UnknownName {
            is_field,
            unknown,
            nearest,
            allowed,
        } => {
            let allowed = allowed.join(&t!(t, "cmd-list-separator"));
            let (unknown, nearest) = (unknown.as_str(), nearest.as_str());
            if *is_field {
                t!(
                    t,
                    "check-toml-unknown-field",
                    unknown = unknown,
                    nearest = nearest,
                    allowed = allowed
                )
            } else {
                t!(
                    t,
                    "check-toml-unknown-value",
                    unknown = unknown,
                    nearest = nearest,
                    allowed = allowed
                )
            }
        }
        TomlProblem::TooDeep => t!(t, "check-toml-too-deep"),
        TomlProblem::MissingField(field) => {
            t!(t, "check-toml-missing-field", field = field.as_str())
        }
        // The TOML parser's own words, as the system's are kept.
        TomlProblem::Other(message) => message.clone(),
    }
}

fn place(t: &Catalog, place: &Place) -> String {
    match place {
        Place::World => t!(t, "check-place-world"),
        Place::Title => t!(t, "check-place-title"),
        Place::Lesson => t!(t, "check-place-lesson"),
        Place::Situation => t!(t, "check-place-situation"),
        Place::Explanation => t!(t, "check-place-explanation"),
        Place::Field(channel, path) => format!("{channel} {path}"),
        Place::Key(path) => path.to_string(),
    }
}

fn breach(t: &Catalog, breach: &Breach) -> String {
    match breach {
        Breach::Character { code, before } => t!(
            t,
            "check-breach-character",
            code = format!("{code:04X}"),
            before = before.escape_debug().to_string()
        ),
        Breach::Ip(IpAddr::V4(ip)) => t!(t, "check-breach-ipv4", ip = ip.to_string()),
        Breach::Ip(IpAddr::V6(ip)) => t!(t, "check-breach-ipv6", ip = ip.to_string()),
        Breach::NonAsciiDomain { host, punycode } => t!(
            t,
            "check-breach-non-ascii-domain",
            host = &**host,
            punycode = &**punycode
        ),
        Breach::UnreservedDomain(host) => {
            t!(t, "check-breach-unreserved-domain", host = host.as_str())
        }
        Breach::Phone(number) => t!(t, "check-breach-phone", number = number.as_str()),
    }
}

#[cfg(test)]
mod tests;
