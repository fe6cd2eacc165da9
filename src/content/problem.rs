//! What is wrong with a pack, and where: file, line, and what is wrong as a typed value with the
//! data needed to say it. The words (what to change) are the front end's: `commands::problem_text`.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use super::anchor::Anchor;
use super::field_path::FieldPath;
use super::taxonomy::{Channel, Verdict};

/// One error found in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based line, where one can be named.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(file: &Path, line: Option<usize>, kind: ProblemKind) -> Self {
        Problem {
            file: file.to_path_buf(),
            line,
            kind,
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    // Reading the folder and its files.
    NotAFolder,
    NoManifest,
    /// The system's own account of why.
    Unreadable(String),
    SymlinkLeavesPack,
    /// Something that is neither a regular file nor a folder, refused before it is opened:
    /// opening a named pipe waits for a writer for ever.
    NotAFile(FileKind),
    TooManyFiles {
        limit: usize,
    },
    NoScenarios,
    TooBig {
        size: u64,
        limit: u64,
    },
    NotUtf8 {
        offset: usize,
    },
    /// Boxed, as the rarest and largest kind.
    Toml(Box<TomlProblem>),
    // The manifest.
    ManifestId(String),
    Language(String),
    NoVersion,
    PassMark,
    AllowedDomain(String),
    /// A second pack with the id of one already given; `first` is that pack's folder.
    DuplicatePackId {
        id: String,
        first: PathBuf,
    },
    // A scenario.
    ScenarioId(String),
    DuplicateId {
        id: String,
        first: PathBuf,
    },
    /// `title` or `lesson`.
    Empty(&'static str),
    Premise {
        element: &'static str,
        value: u8,
    },
    NoDifficulty(Verdict),
    NoChannelTable(Channel),
    OtherTable {
        table: Channel,
        channel: Channel,
    },
    Incomplete(Incomplete),
    DangerousWithoutFlags,
    DangerousWithSigns,
    SafeWithoutSigns,
    SafeWithFlags,
    // A flag or sign, numbered from 1 within its list.
    AtNamesNoField {
        evidence: EvidenceAt,
        at: Anchor,
        channel: Channel,
        fields: Vec<FieldPath>,
    },
    EmptyText {
        evidence: EvidenceAt,
        at: Anchor,
    },
    TextNotInField {
        evidence: EvidenceAt,
        text: String,
        at: Anchor,
    },
    NoWhy(EvidenceAt),
    /// Text that breaks a safe-fake-content rule; `place` is `None` in a file that is not read yet.
    Unsafe {
        place: Option<Place>,
        breach: Breach,
    },
}

/// What a path is, when it is not a regular file where one is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    NamedPipe,
    Socket,
    Device,
    /// Anything else the system has that is not a file.
    Other,
}

/// What the TOML parser refused, in its own words or as the name it did not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TomlProblem {
    /// An unknown field or value, with the allowed name nearest to it.
    UnknownName {
        is_field: bool,
        unknown: String,
        nearest: String,
        allowed: Vec<String>,
    },
    /// The parser stops at a fixed depth rather than overflow its stack.
    TooDeep,
    /// The parser's name for the field, quoted as it quotes it.
    MissingField(String),
    Other(String),
}

/// A part a channel's content cannot do without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incomplete {
    MessageLines,
    ConsentButton,
    AppAuthorisation,
    PermissionButton,
    CallLines,
    /// A call's caller or the number behind it is blank.
    CallIdentity,
    /// A notification's app, title or text is blank.
    NotificationContent,
}

/// A flag or sign by its list and number (from 1), as `[[flag]] 2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceAt {
    pub list: EvidenceList,
    pub number: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceList {
    Flag,
    Sign,
}

impl EvidenceList {
    /// The table's name in a scenario file.
    pub fn name(self) -> &'static str {
        match self {
            EvidenceList::Flag => "flag",
            EvidenceList::Sign => "sign",
        }
    }
}

/// Where authored text stands, for a rule it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    World,
    Title,
    Lesson,
    Situation,
    Explanation,
    Field(Channel, FieldPath),
    /// Any other string, by its key path with items numbered from 1 (`email.attachments.1.size`).
    Key(String),
}

/// A safe-fake-content rule broken by a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breach {
    /// A control, invisible or direction character, and the text just before it.
    Character {
        code: u32,
        before: String,
    },
    Ip(IpAddr),
    /// A host written in letters that are not ASCII, and its punycode form to write instead.
    /// Boxed strings keep every problem small.
    NonAsciiDomain {
        host: Box<str>,
        punycode: Box<str>,
    },
    UnreservedDomain(String),
    Phone(String),
}

/// One step of a key path into a TOML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    Name(&'a str),
    Index(usize),
}

/// The 1-based line of a byte offset.
pub fn line_of_offset(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The line where the value at `path` starts, or the deepest part of the path that exists.
/// Parsing again is fine here: it only happens for files that already have a problem.
pub fn locate(text: &str, path: &[Key<'_>]) -> Option<usize> {
    let root = DeTable::parse(text).ok()?;
    let mut span = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut array: Option<&[toml::Spanned<DeValue<'_>>]> = None;
    for key in path {
        let value = match (*key, table, array) {
            (Key::Name(name), Some(t), _) => t
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == name)
                .map(|(k, v)| (k.span(), v)),
            (Key::Index(i), _, Some(a)) => a.get(i).map(|v| (v.span(), v)),
            _ => None,
        };
        let Some((key_span, value)) = value else {
            break;
        };
        span = Some(key_span);
        (table, array) = match value.get_ref() {
            DeValue::Table(t) => (Some(t), None),
            DeValue::Array(a) => (None, Some(&a[..])),
            _ => (None, None),
        };
    }
    span.map(|s| line_of_offset(text, s.start))
}

/// The line of the first occurrence of `needle`, for evidence that has no key path of its own.
pub fn line_of_text(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.find(needle).map(|at| line_of_offset(text, at))
}

/// The line of `snippet`, found in `value` (a string as parsed), in the file `text`. A snippet
/// that holds a character the file writes as an escape (`\u00A0`) is not in the file as it is:
/// then the plain words just before it in the value are looked for instead.
pub fn line_of_snippet(text: &str, value: &str, snippet: &str) -> Option<usize> {
    line_of_text(text, snippet).or_else(|| {
        let before = &value[..value.find(snippet)?];
        let verbatim = |c: char| c == ' ' || (c.is_ascii_graphic() && c != '\\' && c != '"');
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !verbatim(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let words = &before[start..];
        (words.trim().len() >= 6)
            .then(|| line_of_text(text, words))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "id = \"x\"\n\n[email]\nfrom = \"a@b.example\"\n\n[[flag]]\nat = \"from\"\n\n[[flag]]\nat = \"body\"\n";

    #[test]
    fn finds_keys_tables_and_array_items() {
        assert_eq!(locate(DOC, &[Key::Name("id")]), Some(1));
        assert_eq!(
            locate(DOC, &[Key::Name("email"), Key::Name("from")]),
            Some(4)
        );
        assert_eq!(
            locate(DOC, &[Key::Name("flag"), Key::Index(1), Key::Name("at")]),
            Some(10)
        );
    }

    #[test]
    fn a_snippet_written_with_escapes_is_found_by_the_words_before_it() {
        let file = "id = \"x\"\nbody = \"Call us on +1\\u00A0212 today\"\n";
        let value = "Call us on +1\u{A0}212 today";
        assert_eq!(line_of_snippet(file, value, "+1\u{A0}212"), Some(2));
        assert_eq!(line_of_snippet(file, value, "today"), Some(2));
        assert_eq!(line_of_snippet(file, "+1\u{A0}", "+1\u{A0}"), None);
    }

    #[test]
    fn falls_back_to_the_deepest_existing_part() {
        assert_eq!(
            locate(DOC, &[Key::Name("email"), Key::Name("subject")]),
            Some(3)
        );
        assert_eq!(locate(DOC, &[Key::Name("nothing")]), None);
    }
}
