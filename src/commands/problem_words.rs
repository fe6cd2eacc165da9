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
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::content::Channel;
    use crate::content::anchor::Anchor;
    use crate::content::problem::{EvidenceAt, EvidenceList};
    use crate::i18n::Lang;

    /// One problem of every kind, with every kind of place, breach and file.
    fn every_kind() -> Vec<ProblemKind> {
        use ProblemKind as P;
        let evidence = EvidenceAt {
            list: EvidenceList::Flag,
            number: 2,
        };
        let at = Anchor::Unknown("from".into());
        let breaches = [
            Breach::Character {
                code: 0x202E,
                before: "file\"".into(),
            },
            Breach::Ip("192.168.1.1".parse().expect("ip")),
            Breach::Ip("fe80::1".parse().expect("ip")),
            Breach::NonAsciiDomain {
                host: "pаypal.example".into(),
                punycode: "xn--pypal-4ve.example".into(),
            },
            Breach::UnreservedDomain("paypal.com".into()),
            Breach::Phone("+44 20 7946 0000".into()),
        ];
        let places = [
            Place::World,
            Place::Title,
            Place::Lesson,
            Place::Situation,
            Place::Explanation,
            Place::Key("world.sender".into()),
        ];
        let mut kinds = vec![
            P::NotAFolder,
            P::NoManifest,
            P::Unreadable("Permission denied (os error 13)".into()),
            P::SymlinkLeavesPack,
            P::TooManyFiles { limit: 5000 },
            P::NoScenarios,
            P::TooBig {
                size: 300_000,
                limit: 262_144,
            },
            P::NotUtf8 { offset: 17 },
            P::ManifestId("Bad Id".into()),
            P::Language("english".into()),
            P::NoVersion,
            P::PassMark,
            P::AllowedDomain("https://acme.example".into()),
            P::DuplicatePackId {
                id: "acme".into(),
                first: PathBuf::from("packs/one"),
            },
            P::ScenarioId("Bad Id".into()),
            P::DuplicateId {
                id: "x".into(),
                first: PathBuf::from("email/x.toml"),
            },
            P::Empty("title"),
            P::Premise {
                element: "cues",
                value: 3,
            },
            P::NoDifficulty(Verdict::Safe),
            P::NoDifficulty(Verdict::Dangerous),
            P::NoChannelTable(Channel::Email),
            P::OtherTable {
                table: Channel::Sms,
                channel: Channel::Email,
            },
            P::DangerousWithoutFlags,
            P::DangerousWithSigns,
            P::SafeWithoutSigns,
            P::SafeWithFlags,
            P::AtNamesNoField {
                evidence,
                at: at.clone(),
                channel: Channel::Email,
                fields: vec![
                    "from".parse().expect("field"),
                    "subject".parse().expect("field"),
                ],
            },
            P::EmptyText {
                evidence,
                at: at.clone(),
            },
            P::TextNotInField {
                evidence,
                text: "urgent".into(),
                at,
            },
            P::NoWhy(EvidenceAt {
                list: EvidenceList::Sign,
                number: 1,
            }),
        ];
        kinds.extend(
            [
                FileKind::Folder,
                FileKind::NamedPipe,
                FileKind::Socket,
                FileKind::Device,
                FileKind::Other,
            ]
            .map(P::NotAFile),
        );
        kinds.extend(
            [
                Incomplete::MessageLines,
                Incomplete::ConsentButton,
                Incomplete::AppAuthorisation,
                Incomplete::PermissionButton,
                Incomplete::CallLines,
                Incomplete::CallIdentity,
                Incomplete::NotificationContent,
            ]
            .map(P::Incomplete),
        );
        for toml in [
            TomlProblem::UnknownName {
                is_field: true,
                unknown: "form".into(),
                nearest: "from".into(),
                allowed: vec!["from".into(), "to".into()],
            },
            TomlProblem::UnknownName {
                is_field: false,
                unknown: "dangerus".into(),
                nearest: "dangerous".into(),
                allowed: vec!["dangerous".into(), "safe".into()],
            },
            TomlProblem::TooDeep,
            TomlProblem::MissingField("`subject`".into()),
            TomlProblem::Other("invalid type: integer `3`, expected a string".into()),
        ] {
            kinds.push(P::Toml(Box::new(toml)));
        }
        for breach in &breaches {
            kinds.push(P::Unsafe {
                place: None,
                breach: breach.clone(),
            });
            for place in &places {
                kinds.push(P::Unsafe {
                    place: Some(place.clone()),
                    breach: breach.clone(),
                });
            }
        }
        kinds.push(P::Unsafe {
            place: Some(Place::Field(
                Channel::Email,
                "subject".parse().expect("field"),
            )),
            breach: breaches[0].clone(),
        });
        kinds
    }

    #[test]
    fn the_catalog_s_english_is_the_build_s_english_word_for_word() {
        let english = Catalog::english();
        for kind in every_kind() {
            assert_eq!(super::kind(english, &kind), kind.to_string());
            let placed = Problem::new(Path::new("email/x.toml"), Some(3), kind.clone());
            assert_eq!(problem(english, &placed), placed.to_string());
        }
    }

    #[test]
    fn every_problem_is_said_in_arabic() {
        let arabic = Catalog::get(Lang::parse("ar").expect("Arabic"));
        for kind in every_kind() {
            let said = super::kind(arabic, &kind);
            if matches!(&kind, ProblemKind::Toml(toml) if matches!(**toml, TomlProblem::Other(_))) {
                continue;
            }
            assert!(
                said.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{kind:?}: {said}"
            );
            assert_ne!(said, kind.to_string());
        }
        let kind = ProblemKind::DuplicateId {
            id: "x".into(),
            first: PathBuf::from("email/x.toml"),
        };
        assert_eq!(
            super::kind(arabic, &kind),
            "المعرّف «x» مكرر، ويستخدمه أيضًا email/x.toml: اجعل لكل سيناريو معرّفه الخاص"
        );
    }
}
