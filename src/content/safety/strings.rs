//! Every string of a scenario or a manifest, found by walking its serialised form, so that a
//! string no other rule reads (an attachment's size, a pack's version, a flag's quoted text)
//! still cannot carry a control or invisible character written as a TOML escape. The raw file
//! is checked before parsing; escapes only exist once it is parsed.

use serde::Serialize;

use super::{Finding, control_characters};

/// One step of a key path: a table's key, or an array's item counted from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Name(String),
    Index(usize),
}

/// A character rule broken somewhere in a value, and the key path of the string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub path: Vec<Step>,
    pub finding: Finding,
}

/// The character rule over every string in `value`.
pub fn hidden_characters(value: &impl Serialize) -> Vec<Located> {
    let mut out = Vec::new();
    // A value this crate defines always serialises; were one not to, the field rules still run.
    if let Ok(value) = toml::Value::try_from(value) {
        walk(&value, &mut Vec::new(), &mut out);
    }
    out
}

fn walk(value: &toml::Value, here: &mut Vec<Step>, out: &mut Vec<Located>) {
    match value {
        toml::Value::String(text) => {
            for finding in control_characters(text) {
                out.push(Located {
                    path: here.clone(),
                    finding,
                });
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                here.push(Step::Name(key.clone()));
                walk(item, here, out);
                here.pop();
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                here.push(Step::Index(i));
                walk(item, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

/// Whether a TOML file has an escape that can stand for a character the rule refuses: `\b`,
/// `\f`, `\r`, `\e`, `\x..`, `\u....` or `\U........` (`\t`, `\n`, `\"` and `\\` cannot).
/// An escaped backslash before one of those letters answers yes too, which only costs a walk.
pub fn may_hold_escapes(toml_text: &str) -> bool {
    toml_text
        .match_indices('\\')
        .any(|(i, _)| toml_text[i + 1..].starts_with(['b', 'f', 'r', 'e', 'x', 'u', 'U']))
}

/// A key path as authors read it, items counted from 1: `email.attachments.1.size`.
pub fn path_name(path: &[Step]) -> String {
    let steps: Vec<String> = path
        .iter()
        .map(|step| match step {
            Step::Name(name) => name.clone(),
            Step::Index(i) => (i + 1).to_string(),
        })
        .collect();
    steps.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::problem::Breach;

    #[derive(Serialize)]
    struct Attachment {
        name: String,
        size: String,
    }

    #[derive(Serialize)]
    struct Email {
        subject: String,
        attachments: Vec<Attachment>,
    }

    #[test]
    fn only_escapes_that_can_hide_a_character_call_for_a_walk() {
        for yes in [
            "a = \"\\u001b\"",
            "a = \"\\U0000E0041\"",
            "a = \"x\\by\"",
            "a = '\\e'",
        ] {
            assert!(may_hold_escapes(yes), "{yes}");
        }
        for no in ["a = \"plain\"", "a = \"say \\\"hi\\\"\\n\\tthen\"", ""] {
            assert!(!may_hold_escapes(no), "{no}");
        }
    }

    #[test]
    fn a_character_in_any_string_is_found_with_its_path() {
        let email = Email {
            subject: "fine".into(),
            attachments: vec![
                Attachment {
                    name: "a.pdf".into(),
                    size: "1 MB".into(),
                },
                Attachment {
                    name: "b.pdf".into(),
                    size: "2\u{1b}]52;c;eA==\u{7} MB\u{2060}".into(),
                },
            ],
        };
        let found = hidden_characters(&email);
        let codes: Vec<u32> = found
            .iter()
            .map(|l| match &l.finding.breach {
                Breach::Character { code, .. } => *code,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(codes, [0x1b, 0x7, 0x2060]);
        assert_eq!(path_name(&found[0].path), "attachments.2.size");
        assert_eq!(
            found[0].path,
            [
                Step::Name("attachments".into()),
                Step::Index(1),
                Step::Name("size".into())
            ]
        );
    }
}
