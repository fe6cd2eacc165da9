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
