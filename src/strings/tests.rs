use std::path::{Path, PathBuf};

use super::*;

#[test]
fn every_notice_is_a_sentence_naming_its_file() {
    let kept = PathBuf::from("/data/profiles/sam/profile.damaged-20261103T120000.json");
    let from = PathBuf::from("/data/profiles/sam/profile.json.tmp");
    let named = [
        (
            Notice::Recovered(Recovery::Damaged {
                reason: "expected value at line 1 column 1".into(),
                kept: kept.clone(),
            }),
            Some(&kept),
        ),
        (
            Notice::Recovered(Recovery::Interrupted { from: from.clone() }),
            Some(&from),
        ),
        (Notice::Unsaved, None),
        (
            Notice::Recovered(Recovery::Rebuilt {
                reason: Some("EOF while parsing".into()),
                kept: vec![kept.clone()],
                rounds: 3,
            }),
            Some(&kept),
        ),
        (
            Notice::SettingsKeptAside {
                reason: "expected `=`".into(),
                kept: kept.clone(),
            },
            Some(&kept),
        ),
        (
            Notice::SettingsNotAFile {
                path: from.clone(),
                kind: FileKind::Fifo,
            },
            Some(&from),
        ),
    ];
    for (notice, file) in named {
        let said = super::notice(Catalog::english(), &notice);
        assert!(
            said.starts_with(char::is_uppercase) && said.ends_with('.'),
            "{notice:?}: {said}"
        );
        if let Some(file) = file {
            assert!(
                said.contains(&file.display().to_string()),
                "{notice:?} names {}: {said}",
                file.display()
            );
        }
    }
    let damaged = super::notice(
        Catalog::english(),
        &Notice::Recovered(Recovery::Damaged {
            reason: "expected value".into(),
            kept,
        }),
    );
    assert!(
        damaged.contains("(expected value)"),
        "and says why: {damaged}"
    );
}

#[test]
fn what_statistics_read_instead_is_said_with_its_file_and_who_repairs_it() {
    let from = PathBuf::from("/data/profiles/sam/profile.json.bak");
    for fallback in [
        Fallback::Interrupted { from: from.clone() },
        Fallback::Damaged {
            path: PathBuf::from("/data/profiles/sam/profile.json"),
            reason: "expected value".into(),
            from: from.clone(),
        },
    ] {
        let said = super::fallback(Catalog::english(), &fallback);
        assert!(
            said.contains(&from.display().to_string()) && said.contains("next game"),
            "{said}"
        );
    }
    let rebuilt = super::fallback(
        Catalog::english(),
        &Fallback::Rebuilt {
            reason: None,
            rounds: 1,
        },
    );
    assert!(
        rebuilt.contains("missing") && rebuilt.contains("the 1 finished round in"),
        "{rebuilt}"
    );
}

#[test]
fn the_role_is_introduced_as_a_role() {
    let pack = crate::builtin::pack().expect("built-in pack");
    assert_eq!(
        role(Catalog::english(), &pack.manifest.world, false),
        "In this game you are Sam Rivera, marketing coordinator at Brightside Marketing."
    );
    assert_eq!(
        role(Catalog::english(), &pack.manifest.world, true),
        "In this game you are Sam Rivera, marketing coordinator at Brightside Marketing (sam@brightside.example)."
    );
    assert_eq!(
        role_brief(Catalog::english(), &pack.manifest.world),
        "Your role: Sam Rivera, marketing coordinator at Brightside Marketing"
    );
    let mut world = pack.manifest.world;
    world.company.you = "Ana, Acme's web editor".into();
    world.company.name = "Acme".into();
    assert_eq!(
        role(Catalog::english(), &world, true),
        "In this game you are Ana, Acme's web editor."
    );
}

#[test]
fn a_failed_save_names_the_file_and_says_the_game_goes_on() {
    let error = StoreError::io(
        Path::new("/data/profiles/sam/profile.json.tmp"),
        std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    );
    let said = failed_save(Catalog::english(), &error);
    assert!(
        said.contains("/data/profiles/sam/profile.json.tmp")
            && said.contains("permission denied")
            && said.contains("previous save is intact"),
        "{said}"
    );
}

#[test]
fn every_name_problem_says_what_to_do() {
    use NameProblem::*;
    for problem in [Empty, TooLong, ControlCharacters, PathLike, OtherCharacters] {
        let said = StoreError::BadName(problem).to_string();
        assert!(said.starts_with("profile name "), "{said}");
        assert!(
            said.contains(" use ") || said.contains("type a name"),
            "{problem:?} says what to do: {said}"
        );
    }
    assert!(name_problem(Catalog::english(), TooLong).contains(&format!("at most {MAX_NAME}")));
}

/// Every message id this module and plain mode ask for is in the catalogs (a missing one would
/// show as its id).
#[test]
fn every_message_asked_for_is_in_the_catalogs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("strings.rs")];
    for folder in ["strings", "plain"] {
        for entry in std::fs::read_dir(root.join(folder)).expect("a folder") {
            let path = entry.expect("an entry").path();
            if !path.to_string_lossy().contains("tests") {
                files.push(path);
            }
        }
    }
    let mut asked = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file");
        for (at, _) in source.match_indices("crate::t!(") {
            let rest = &source[at..];
            let Some(open) = rest.find('"') else { continue };
            let id: String = rest[open + 1..].chars().take_while(|c| *c != '"').collect();
            if !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
            {
                continue;
            }
            for lang in crate::i18n::Lang::all() {
                let said = Catalog::get(lang).t(&id, &[]);
                assert_ne!(
                    said,
                    id,
                    "{}: {id} is not in {}.ftl",
                    file.display(),
                    lang.tag()
                );
            }
            asked += 1;
        }
    }
    assert!(asked > 200, "only {asked} messages found");
}
