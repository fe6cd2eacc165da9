//! Field paths: the names `at` gives a scenario's fields (`from`, `link.2`, `reply.1.text`).
//!
//! Typed, so that a renderer cannot misspell one and silently lose a highlight; read from and
//! written as exactly the strings packs and saves have always used.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// What a field is, whatever channel it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    FromName,
    From,
    ReplyTo,
    To,
    Date,
    Subject,
    Body,
    Link,
    Attachment,
    Platform,
    Author,
    Handle,
    Posted,
    Text,
    Image,
    Reactions,
    Reply,
    Line,
    Sender,
    Received,
    Site,
    Heading,
    Checkbox,
    Button,
    App,
    Publisher,
    Scope,
    Permission,
    Context,
    Url,
    Title,
    Field,
    Caller,
    Number,
    Claims,
    Callback,
    Repeats,
    Details,
}

/// Every kind in declaration order, with the name authors write (`strings` words them for
/// people).
const KINDS: [(FieldKind, &str); 38] = [
    (FieldKind::FromName, "from_name"),
    (FieldKind::From, "from"),
    (FieldKind::ReplyTo, "reply_to"),
    (FieldKind::To, "to"),
    (FieldKind::Date, "date"),
    (FieldKind::Subject, "subject"),
    (FieldKind::Body, "body"),
    (FieldKind::Link, "link"),
    (FieldKind::Attachment, "attachment"),
    (FieldKind::Platform, "platform"),
    (FieldKind::Author, "author"),
    (FieldKind::Handle, "handle"),
    (FieldKind::Posted, "posted"),
    (FieldKind::Text, "text"),
    (FieldKind::Image, "image"),
    (FieldKind::Reactions, "reactions"),
    (FieldKind::Reply, "reply"),
    (FieldKind::Line, "line"),
    (FieldKind::Sender, "sender"),
    (FieldKind::Received, "received"),
    (FieldKind::Site, "site"),
    (FieldKind::Heading, "heading"),
    (FieldKind::Checkbox, "checkbox"),
    (FieldKind::Button, "button"),
    (FieldKind::App, "app"),
    (FieldKind::Publisher, "publisher"),
    (FieldKind::Scope, "scope"),
    (FieldKind::Permission, "permission"),
    (FieldKind::Context, "context"),
    (FieldKind::Url, "url"),
    (FieldKind::Title, "title"),
    (FieldKind::Field, "field"),
    (FieldKind::Caller, "caller"),
    (FieldKind::Number, "number"),
    (FieldKind::Claims, "claims"),
    (FieldKind::Callback, "callback"),
    (FieldKind::Repeats, "repeats"),
    (FieldKind::Details, "details"),
];

impl FieldKind {
    /// The name as authors write it: the first piece of a path.
    pub fn name(self) -> &'static str {
        KINDS[self as usize].1
    }

    fn from_name(name: &str) -> Option<Self> {
        KINDS.iter().find(|k| k.1 == name).map(|k| k.0)
    }
}

/// One part of a numbered item that has several: a link's text, a reply's author.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Text,
    Author,
    Handle,
    Value,
}

/// Every part in declaration order, with the name authors write.
const PARTS: [(Part, &str); 4] = [
    (Part::Text, "text"),
    (Part::Author, "author"),
    (Part::Handle, "handle"),
    (Part::Value, "value"),
];

impl Part {
    /// The name as authors write it: the last piece of a path.
    pub fn name(self) -> &'static str {
        PARTS[self as usize].1
    }

    fn from_name(name: &str) -> Option<Self> {
        PARTS.iter().find(|p| p.1 == name).map(|p| p.0)
    }
}

/// A field of a scenario: its kind, which item of a list (links, lines, buttons ...), and which
/// part of that item. Written `kind[.number][.part]`, the number counting from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldPath {
    pub kind: FieldKind,
    /// Which item of a list, counting from 0 (the written number is one more).
    pub index: Option<usize>,
    pub part: Option<Part>,
}

impl FieldPath {
    /// A field that is not in a list: `sender`, `body`.
    pub const fn new(kind: FieldKind) -> Self {
        FieldPath {
            kind,
            index: None,
            part: None,
        }
    }

    /// The item at `index` (from 0) of a list: `nth(Link, 0)` is `link.1`.
    pub const fn nth(kind: FieldKind, index: usize) -> Self {
        FieldPath {
            kind,
            index: Some(index),
            part: None,
        }
    }

    /// A part of this field: `link.1` with `Text` is `link.1.text`.
    pub const fn with(self, part: Part) -> Self {
        FieldPath {
            part: Some(part),
            ..self
        }
    }
}

impl From<FieldKind> for FieldPath {
    fn from(kind: FieldKind) -> Self {
        FieldPath::new(kind)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.name())?;
        if let Some(index) = self.index {
            write!(f, ".{}", index + 1)?;
        }
        if let Some(part) = self.part {
            write!(f, ".{}", part.name())?;
        }
        Ok(())
    }
}

/// Text that is not a field path, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAFieldPath(pub String);

impl fmt::Display for NotAFieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a field path", self.0)
    }
}

impl std::error::Error for NotAFieldPath {}

impl FromStr for FieldPath {
    type Err = NotAFieldPath;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let not = || NotAFieldPath(text.to_string());
        let mut pieces = text.split('.');
        let kind = pieces
            .next()
            .and_then(FieldKind::from_name)
            .ok_or_else(not)?;
        let mut path = FieldPath::new(kind);
        let mut next = pieces.next();
        if let Some(number) = next.filter(|n| n.starts_with(|c: char| c.is_ascii_digit())) {
            // Only the written form: `link.0` and `link.01` named no field before either.
            let written = !number.starts_with('0') && number.bytes().all(|b| b.is_ascii_digit());
            let number = number.parse::<usize>().ok().filter(|_| written);
            path.index = Some(number.and_then(|n| n.checked_sub(1)).ok_or_else(not)?);
            next = pieces.next();
        }
        if let Some(part) = next {
            path.part = Some(Part::from_name(part).ok_or_else(not)?);
        }
        if pieces.next().is_some() {
            return Err(not());
        }
        Ok(path)
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor(|text: &str| text.parse::<FieldPath>()))
    }
}

/// Reads a string without copying it first, then hands it to `parse`.
pub(super) struct TextVisitor<F>(pub(super) F);

impl<T, F, E> Visitor<'_> for TextVisitor<F>
where
    F: FnOnce(&str) -> Result<T, E>,
    E: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // What serde said before paths were typed, so a pack's error reads the same.
        f.write_str("a string")
    }

    fn visit_str<Er: de::Error>(self, text: &str) -> Result<T, Er> {
        (self.0)(text).map_err(Er::custom)
    }
}

#[cfg(test)]
#[path = "field_path_tests.rs"]
mod tests;
