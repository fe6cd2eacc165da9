//! What is wrong with a pack, and where: file, line, and what to change.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use toml::de::{DeTable, DeValue};

/// One error found in a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based line, where one can be named.
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn new(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
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
    fn falls_back_to_the_deepest_existing_part() {
        assert_eq!(
            locate(DOC, &[Key::Name("email"), Key::Name("subject")]),
            Some(3)
        );
        assert_eq!(locate(DOC, &[Key::Name("nothing")]), None);
    }

    #[test]
    fn display_names_file_and_line() {
        let p = Problem::new(Path::new("a/b.toml"), Some(3), "bad");
        assert_eq!(p.to_string(), "a/b.toml:3: bad");
        let p = Problem::new(Path::new("a/b.toml"), None, "bad");
        assert_eq!(p.to_string(), "a/b.toml: bad");
    }
}
