//! The one sanitiser on the way out: text keeps its words but shows every control and hidden
//! character (`^[`, `<U+202E>`), JSON keeps its data but writes them as `\uXXXX` escapes.

use std::borrow::Cow;
use std::io::{self, Write};

use super::hidden::{hidden, unsafe_char};
use crate::inert::inert;

/// How a stream is made safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text for people (Markdown, CSV, statistics, plain mode, messages): controls and hidden
    /// characters shown as `inert` shows them; newlines stay.
    Text,
    /// JSON for programs: the same characters written as `\uXXXX`, so the data is unchanged.
    Json,
}

/// Printable ASCII and newlines: the usual case, checked in blocks without stopping early (so
/// that the check runs on whole machine words).
fn plain_ascii(text: &str) -> bool {
    text.as_bytes().chunks(64).all(|block| {
        block.iter().fold(true, |fine, &b| {
            fine & ((0x20..0x7f).contains(&b) | (b == b'\n'))
        })
    })
}

/// The text with controls (except newlines) and hidden characters made visible.
pub fn visible(text: &str) -> Cow<'_, str> {
    if plain_ascii(text) || !text.chars().any(|c| c != '\n' && unsafe_char(c)) {
        return Cow::Borrowed(text);
    }
    let shown = inert(text);
    if !shown.chars().any(hidden) {
        return Cow::Owned(shown.into_owned());
    }
    let mut out = String::with_capacity(shown.len() + 16);
    for c in shown.chars() {
        if hidden(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every control and hidden character that is not JSON's own white space written
/// as a `\uXXXX` escape. Such characters can only stand inside strings (serde_json already
/// escapes C0 there), where the escape means the same character.
pub fn json_safe(json: &str) -> Cow<'_, str> {
    let needs = |c: char| unsafe_char(c) && !matches!(c, ' ' | '\n' | '\r' | '\t');
    if plain_ascii(json) || !json.chars().any(needs) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that makes everything written through it safe before it reaches `inner`. Bytes
/// arrive in any pieces: a character split between two writes is held until it is whole, and
/// bytes that are not UTF-8 become U+FFFD.
pub struct Sanitiser<W: Write> {
    inner: W,
    kind: Kind,
    /// The start of a character whose last bytes have not come yet.
    partial: Vec<u8>,
}

impl<W: Write> Sanitiser<W> {
    pub fn new(inner: W, kind: Kind) -> Self {
        Sanitiser {
            inner,
            kind,
            partial: Vec::new(),
        }
    }

    /// Writes out a character left unfinished (as U+FFFD) and flushes; for the end of output.
    pub fn finish(&mut self) -> io::Result<()> {
        if !std::mem::take(&mut self.partial).is_empty() {
            self.inner.write_all("\u{FFFD}".as_bytes())?;
        }
        self.inner.flush()
    }

    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    fn emit(&mut self, text: &str) -> io::Result<()> {
        let safe = match self.kind {
            Kind::Text => visible(text),
            Kind::Json => json_safe(text),
        };
        self.inner.write_all(safe.as_bytes())
    }

    /// Writes every whole character of `bytes`; returns where an unfinished one starts.
    fn emit_whole(&mut self, mut bytes: &[u8]) -> io::Result<usize> {
        let mut used = 0;
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    self.emit(text)?;
                    return Ok(used + bytes.len());
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    let text = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
                    self.emit(text)?;
                    let Some(bad) = e.error_len() else {
                        return Ok(used + good);
                    };
                    self.inner.write_all("\u{FFFD}".as_bytes())?;
                    used += good + bad;
                    bytes = &bytes[good + bad..];
                }
            }
        }
    }
}

impl<W: Write> Write for Sanitiser<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.partial.is_empty() {
            let used = self.emit_whole(buf)?;
            self.partial.extend_from_slice(&buf[used..]);
        } else {
            let mut joined = std::mem::take(&mut self.partial);
            joined.extend_from_slice(buf);
            let used = self.emit_whole(&joined)?;
            self.partial = joined.split_off(used);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(kind: Kind, pieces: &[&[u8]]) -> String {
        let mut out = Sanitiser::new(Vec::new(), kind);
        for piece in pieces {
            out.write_all(piece).expect("write");
        }
        out.finish().expect("finish");
        String::from_utf8(out.inner).expect("utf-8")
    }

    #[test]
    fn text_shows_controls_and_hidden_characters_and_keeps_newlines() {
        assert_eq!(visible("ok\nfine"), "ok\nfine");
        assert!(matches!(visible("déjà vu █ ·"), Cow::Borrowed(_)));
        assert_eq!(
            visible("\u{1b}]52;c;eA==\u{7}x"),
            "^[]52;c;eA==^Gx",
            "the clipboard sequence is shown, not run"
        );
        assert_eq!(visible("a\u{202E}b\u{9D}c\u{7f}"), "a<U+202E>b<U+009D>c^?");
        assert_eq!(
            visible("pay\u{2060}pal\u{E0041}"),
            "pay<U+2060>pal<U+E0041>"
        );
        assert_eq!(visible("cr\rlf"), "cr^Mlf");
    }

    #[test]
    fn json_keeps_its_data_but_escapes_what_a_terminal_would_act_on() {
        let data = "\u{1b}]52;c;eA==\u{7}\u{202E}\u{9D}\u{7f}\u{2060}\u{E0041}é";
        let json = serde_json::to_string(&serde_json::json!({ "k": data })).expect("json");
        let safe = json_safe(&json);
        assert!(!safe.chars().any(unsafe_char), "{safe}");
        assert!(safe.contains("\\u202e") && safe.contains("\\u009d") && safe.contains("\\u007f"));
        assert!(safe.contains("\\udb40\\udc41"), "a surrogate pair: {safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back["k"], data, "the same data once read");
        let pretty = "{\n  \"a\": 1\n}";
        assert!(matches!(json_safe(pretty), Cow::Borrowed(_)));
    }

    #[test]
    fn a_character_split_between_writes_is_joined_and_broken_bytes_are_replaced() {
        let escape = "x\u{202E}y".as_bytes();
        assert_eq!(
            through(Kind::Text, &[&escape[..2], &escape[2..3], &escape[3..]]),
            "x<U+202E>y"
        );
        let c1 = "\u{9B}31m".as_bytes();
        assert_eq!(through(Kind::Text, &[&c1[..1], &c1[1..]]), "<U+009B>31m");
        assert_eq!(through(Kind::Text, &[b"a\xffb"]), "a\u{FFFD}b");
        assert_eq!(through(Kind::Text, &[b"cut \xe2\x80"]), "cut \u{FFFD}");
        let json = "\"\u{202E}\"".as_bytes();
        assert_eq!(
            through(Kind::Json, &[&json[..2], &json[2..]]),
            "\"\\u202e\""
        );
    }
}
