//! The words for what is wrong with a pack: each problem the checks find, said as the file, the
//! line and what to change. The checks return typed problems; this is where they become text,
//! for `check` (human and JSON), for `play --content`, and for `build.rs`, which compiles this
//! file beside `content` to report a broken built-in pack.

use std::fmt;
use std::net::IpAddr;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::content::problem::{
    Breach, EvidenceAt, FileKind, Incomplete, Place, Problem, ProblemKind, TomlProblem,
};
use crate::content::taxonomy::Verdict;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.kind),
            None => write!(f, "{}: {}", self.file.display(), self.kind),
        }
    }
}

/// In JSON a problem is its file, its line and its message in words.
impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Problem", 3)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("message", &self.kind.to_string())?;
        s.end()
    }
}

impl fmt::Display for EvidenceAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[[{}]] {}", self.list.name(), self.number)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind as P;
        match self {
            P::NotAFolder => write!(f, "is not a folder: give the folder that holds pack.toml"),
            P::NoManifest => write!(
                f,
                "missing: every pack needs a pack.toml with id, name, language, version and [world] (see content/README.md)"
            ),
            P::Unreadable(error) => write!(f, "cannot be read: {error}"),
            P::SymlinkLeavesPack => write!(
                f,
                "is a symlink that leaves the pack folder: copy the file into the pack instead"
            ),
            P::NotAFile(kind) => {
                let what = match kind {
                    FileKind::Folder => "a folder",
                    FileKind::NamedPipe => "a named pipe (FIFO)",
                    FileKind::Socket => "a socket",
                    FileKind::Device => "a device",
                    FileKind::Other => "not a regular file",
                };
                write!(
                    f,
                    "is {what}, not a file: a pack holds only folders and .toml files, so remove it (it was not opened)"
                )
            }
            P::TooManyFiles { limit } => write!(
                f,
                "holds more than {limit} scenario files: split it into several packs"
            ),
            P::NoScenarios => write!(
                f,
                "holds no scenarios: add one .toml file per scenario (see content/README.md)"
            ),
            P::TooBig { size, limit } => write!(
                f,
                "is {size} bytes, over the limit of {limit} bytes ({} KiB) for one file: shorten it or split it",
                limit / 1024
            ),
            P::NotUtf8 { offset } => write!(
                f,
                "is not UTF-8 text (bad byte at offset {offset}): save the file as UTF-8"
            ),
            P::Toml(toml) => toml.fmt(f),
            P::ManifestId(id) => write!(
                f,
                "id \"{id}\" must be kebab-case: lowercase letters, digits and single hyphens"
            ),
            P::Language(tag) => write!(
                f,
                "language \"{tag}\" is not a BCP 47 tag such as \"en\" or \"en-GB\""
            ),
            P::NoVersion => write!(
                f,
                "version is empty: give the pack a version such as \"1.0.0\""
            ),
            P::PassMark => write!(f, "pass_mark is a percentage: give a number from 0 to 100"),
            P::AllowedDomain(domain) => write!(
                f,
                "allowed_domains entry \"{domain}\" must be a bare domain such as \"acme-corp.com\""
            ),
            P::DuplicatePackId { id, first } => write!(
                f,
                "pack id \"{id}\" is also the id of the pack in {}: give each pack its own id",
                first.display()
            ),
            P::ScenarioId(id) => write!(
                f,
                "id \"{id}\" must be kebab-case: lowercase letters, digits and single hyphens, at most 80"
            ),
            P::DuplicateId { id, first } => write!(
                f,
                "duplicate id \"{id}\", also used by {}: give each scenario its own id",
                first.display()
            ),
            P::Empty(key) => write!(f, "{key} is empty: write one"),
            P::Premise { element, value } => write!(
                f,
                "premise {element} = {value}: each element is 0, 2, 4, 6 or 8"
            ),
            P::NoDifficulty(Verdict::Safe) => write!(
                f,
                "no difficulty: a safe scenario needs difficulty = \"easy\", \"medium\" or \"hard\""
            ),
            P::NoDifficulty(Verdict::Dangerous) => write!(
                f,
                "no difficulty: add premise = {{ ... }} (the Phish Scale works out the difficulty) or difficulty = \"easy\", \"medium\" or \"hard\""
            ),
            P::NoChannelTable(channel) => write!(
                f,
                "channel is \"{channel}\" but there is no [{channel}] table: add it with the {channel} fields (see content/README.md)"
            ),
            P::OtherTable { table, channel } => write!(
                f,
                "[{table}] table in a scenario whose channel is \"{channel}\": one scenario has one channel; remove it or change channel"
            ),
            P::Incomplete(what) => {
                let what = match what {
                    Incomplete::MessageLines => "a message needs at least one entry in lines",
                    Incomplete::ConsentButton => "a consent screen needs at least one button",
                    Incomplete::AppAuthorisation => {
                        "an app-authorisation needs app, publisher and at least one scope"
                    }
                    Incomplete::PermissionButton => "a permission prompt needs at least one button",
                    Incomplete::CallLines => "a call needs at least one entry in lines",
                    Incomplete::CallIdentity => {
                        "a call needs a caller and the number or account behind it"
                    }
                    Incomplete::NotificationContent => "a notification needs app, title and text",
                };
                write!(f, "{what}: add it")
            }
            P::DangerousWithoutFlags => write!(
                f,
                "a dangerous scenario needs at least one [[flag]]: the evidence a careful player can find"
            ),
            P::DangerousWithSigns => write!(
                f,
                "a dangerous scenario has flags, not signs: turn each [[sign]] into a [[flag]] or remove it"
            ),
            P::SafeWithoutSigns => write!(
                f,
                "a safe scenario needs at least one [[sign]]: the reason a careful player can trust it"
            ),
            P::SafeWithFlags => write!(
                f,
                "a safe scenario has signs, not flags: remove each [[flag]] or change verdict to \"dangerous\""
            ),
            P::AtNamesNoField {
                evidence,
                at,
                channel,
                fields,
            } => {
                let names: Vec<String> = fields.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "{evidence} has at = \"{at}\", which names no field of this {channel}: use one of {}",
                    names.join(", ")
                )
            }
            P::EmptyText { evidence, at } => write!(
                f,
                "{evidence} has an empty text: quote the words in {at} it points at"
            ),
            P::TextNotInField { evidence, text, at } => write!(
                f,
                "{evidence}: text \"{text}\" does not occur in {at}: copy the exact words from that field (case and spacing matter)"
            ),
            P::NoWhy(evidence) => write!(
                f,
                "{evidence} has no why: explain the evidence in one sentence"
            ),
            P::Unsafe {
                place: Some(place),
                breach,
            } => write!(f, "{place} {breach}"),
            P::Unsafe {
                place: None,
                breach,
            } => breach.fmt(f),
        }
    }
}

impl fmt::Display for TomlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TomlProblem::UnknownName {
                is_field,
                unknown,
                nearest,
                allowed,
            } => write!(
                f,
                "unknown {} `{unknown}`: did you mean `{nearest}`? (allowed: {})",
                if *is_field { "field" } else { "value" },
                allowed.join(", ")
            ),
            TomlProblem::TooDeep => write!(
                f,
                "nests tables, arrays or dotted keys too deeply: a scenario needs only a few levels, so flatten it"
            ),
            TomlProblem::MissingField(field) => {
                write!(f, "missing field {field}: add it (it is required here)")
            }
            TomlProblem::Other(message) => f.write_str(message),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::World => f.write_str("the world briefing"),
            Place::Title => f.write_str("title"),
            Place::Lesson => f.write_str("lesson"),
            Place::Situation => f.write_str("situation"),
            Place::Explanation => f.write_str("an explanation"),
            Place::Field(channel, path) => write!(f, "{channel} {path}"),
            Place::Key(path) => f.write_str(path),
        }
    }
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Breach::Character { code, before } => write!(
                f,
                "contains the invisible or control character U+{code:04X} after \"{}\": remove it (escape sequences and direction marks are never allowed)",
                before.escape_debug()
            ),
            Breach::Ip(IpAddr::V4(ip)) => write!(
                f,
                "uses the IP address {ip}: use one from the documentation ranges 192.0.2.x, 198.51.100.x or 203.0.113.x"
            ),
            Breach::Ip(IpAddr::V6(ip)) => write!(
                f,
                "uses the IPv6 address {ip}: use one from the documentation range 2001:db8::/32, such as 2001:db8::1"
            ),
            Breach::NonAsciiDomain { host, punycode } => write!(
                f,
                "uses the domain \"{host}\", written in letters that are not ASCII: write look-alike and non-Latin domains in their punycode form, as a browser's address bar shows them (here \"{punycode}\"), under a reserved suffix such as .example"
            ),
            Breach::UnreservedDomain(host) => write!(
                f,
                "uses the domain \"{host}\", which is not reserved: use a name under .example, .test or .invalid (or example.com/.net/.org); a pack may allow its own real domains in allowed_domains in pack.toml"
            ),
            Breach::Phone(number) => write!(
                f,
                "has \"{number}\", which looks like a real phone number: use a fiction number (555-0100 to 555-0199, or UK 07700 900000 to 07700 900999), or write a reference number without separators"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::load::explain;

    #[test]
    fn a_problem_names_its_file_and_line() {
        let p = Problem::new(Path::new("a/b.toml"), Some(3), ProblemKind::PassMark);
        assert_eq!(
            p.to_string(),
            "a/b.toml:3: pass_mark is a percentage: give a number from 0 to 100"
        );
        let p = Problem::new(Path::new("a/b.toml"), None, ProblemKind::NoScenarios);
        assert!(p.to_string().starts_with("a/b.toml: holds no scenarios"));
        let json = serde_json::to_value(&p).expect("json");
        assert_eq!(json["file"], "a/b.toml");
        assert!(json["line"].is_null());
        assert_eq!(json["message"], ProblemKind::NoScenarios.to_string());
    }

    #[test]
    fn the_parser_s_words_are_explained() {
        let said = |m: &str| explain(m).to_string();
        let unknown = said("unknown field `form`, expected one of `from_name`, `from`, `to`");
        assert_eq!(
            unknown,
            "unknown field `form`: did you mean `from`? (allowed: from_name, from, to)"
        );
        assert!(
            said("unknown variant `dangerus`, expected `dangerous` or `safe`")
                .starts_with("unknown value `dangerus`: did you mean `dangerous`?")
        );
        assert_eq!(
            said("missing field `subject`"),
            "missing field `subject`: add it (it is required here)"
        );
        assert!(
            said("recursion limit").contains("too deeply")
                && said("recurse").contains("flatten it")
        );
        let other = "invalid type: integer `3`, expected a string";
        assert_eq!(said(other), other);
    }

    #[test]
    fn a_broken_rule_says_where() {
        let breach = Breach::Character {
            code: 0x202E,
            before: "file\"".into(),
        };
        let kind = ProblemKind::Unsafe {
            place: Some(Place::Lesson),
            breach: breach.clone(),
        };
        assert_eq!(
            kind.to_string(),
            "lesson contains the invisible or control character U+202E after \"file\\\"\": remove it (escape sequences and direction marks are never allowed)"
        );
        let unplaced = ProblemKind::Unsafe {
            place: None,
            breach,
        };
        assert!(unplaced.to_string().starts_with("contains the invisible"));
    }
}
