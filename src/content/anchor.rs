//! Where a flag or sign stands: `at` as its author wrote it.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::field_path::{FieldPath, NotAFieldPath, TextVisitor};

/// Where a flag or sign stands, as its author wrote `at`: a field path, or words that name no
/// field, kept so that `check` can quote them and list the fields there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    Field(FieldPath),
    Unknown(String),
}

impl Anchor {
    /// The field it names, if it names one.
    pub fn field(&self) -> Option<FieldPath> {
        match self {
            Anchor::Field(path) => Some(*path),
            Anchor::Unknown(_) => None,
        }
    }
}

impl From<&str> for Anchor {
    fn from(text: &str) -> Self {
        match text.parse() {
            Ok(path) => Anchor::Field(path),
            Err(NotAFieldPath(text)) => Anchor::Unknown(text),
        }
    }
}

impl From<FieldPath> for Anchor {
    fn from(path: FieldPath) -> Self {
        Anchor::Field(path)
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anchor::Field(path) => path.fmt(f),
            Anchor::Unknown(text) => f.write_str(text),
        }
    }
}

impl Serialize for Anchor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor(|text: &str| {
            Ok::<_, NotAFieldPath>(Anchor::from(text))
        }))
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::content::check::check_scenario;
    use crate::content::load::{Source, parse};
    use crate::content::model::Scenario;

    #[test]
    fn words_that_name_no_field_are_kept_as_written() {
        for bad in ["lnik.1", "link.01", "Body", ""] {
            assert_eq!(Anchor::from(bad), Anchor::Unknown(bad.to_string()));
            assert_eq!(Anchor::from(bad).to_string(), bad);
            assert_eq!(Anchor::from(bad).field(), None);
        }
        let json = "\"lnik.1\"";
        let unknown: Anchor = serde_json::from_str(json).expect("kept");
        assert_eq!(serde_json::to_string(&unknown).expect("json"), json);
        let link: Anchor = serde_json::from_str("\"link.1\"").expect("read");
        assert_eq!(link.field().map(|p| p.to_string()), Some("link.1".into()));
    }

    const SMS: &str = r#"id = "x"
channel = "sms"
verdict = "dangerous"
theme = "email-threats"
title = "t"
lesson = "l"
difficulty = "easy"

[sms]
sender = "Bank"
text = "Pay now"

[[flag]]
cue = "urgency"
at = "AT"
text = "Pay"
why = "w"
"#;

    fn problems(at: &str) -> Vec<String> {
        let source = Source {
            path: PathBuf::from("x.toml"),
            text: SMS.replace("\"AT\"", at),
        };
        match parse::<Scenario>(&source) {
            Ok(scenario) => check_scenario(&source, &scenario, &[])
                .into_iter()
                .map(|p| p.to_string())
                .collect(),
            Err(problem) => vec![problem.to_string()],
        }
    }

    #[test]
    fn an_at_that_names_no_field_gets_the_check_error() {
        assert_eq!(problems("\"text\""), Vec::<String>::new());
        for at in ["lnik.1", "link.01", "from", "text.1"] {
            assert_eq!(
                problems(&format!("\"{at}\"")),
                [format!(
                    "x.toml:15: [[flag]] 1 has at = \"{at}\", which names no field of this sms: use one of sender, text"
                )]
            );
        }
        assert_eq!(
            problems("3"),
            ["x.toml:15: invalid type: integer `3`, expected a string"]
        );
    }
}
