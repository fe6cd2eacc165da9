//! How a profile is written and read: the format, telling a damaged file from a newer one,
//! turning a save's bytes into text, and reading its time stamps.

use serde::Deserialize;

use super::model::{Profile, SCHEMA};

/// The main profile file.
pub const PROFILE_FILE: &str = "profile.json";

/// How a profile is written. JSON since the start-up budget: the profile is read before the first
/// frame, and serde_json reads it several times faster than the toml crate (which builds the
/// whole document before deserialising it). Profiles saved as TOML by earlier versions are read
/// and saved as JSON from then on; the TOML files are left as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Toml,
}

impl Format {
    /// The main file and its previous good copy. A save writes first to a temporary file of its
    /// own beside them (see `files::create_temp`).
    pub fn files(self) -> [&'static str; 2] {
        match self {
            Format::Json => [PROFILE_FILE, "profile.json.bak"],
            Format::Toml => ["profile.toml", "profile.toml.bak"],
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Toml => "toml",
        }
    }

    pub fn parse<T: serde::de::DeserializeOwned>(self, text: &str) -> Result<T, String> {
        match self {
            Format::Json => serde_json::from_str(text).map_err(|e| e.to_string()),
            Format::Toml => toml::from_str(text).map_err(|e| e.message().to_string()),
        }
    }
}

pub enum Parsed {
    Good(Box<Profile>),
    Newer(u32),
    Bad(String),
}

/// A profile as read is trimmed to what a profile file keeps now ([`Profile::trim`]), so that its
/// first save is small. Parses once in the usual case (a good file of this version); only a file
/// that does not parse as a profile is read again, for its schema alone, to tell a newer format
/// from a damaged file.
pub fn parse_profile(format: Format, text: &str) -> Parsed {
    #[derive(Deserialize)]
    struct Version {
        schema: u32,
    }
    let error = match format.parse::<Profile>(text) {
        Ok(p) if p.schema > SCHEMA => return Parsed::Newer(p.schema),
        Ok(mut p) => {
            p.trim();
            return Parsed::Good(Box::new(p));
        }
        Err(e) => e,
    };
    match format.parse::<Version>(text) {
        Ok(v) if v.schema > SCHEMA => Parsed::Newer(v.schema),
        Ok(_) => Parsed::Bad(error),
        Err(e) => Parsed::Bad(e),
    }
}

/// A profile's text cut before the summary rows of its last rounds: the rest of the profile as
/// an object of its own, and the rows (`[...]`), so that the rows, the larger part of the file,
/// can be read after the game's first frame. None unless the rows are the file's last field,
/// as redflag writes them, and the rest is closed off by cutting them away (a cut inside any
/// other value leaves a bracket open, and the rest no longer reads).
pub fn cut_rows(text: &str) -> Option<(String, &str)> {
    let body = text.trim_end().strip_suffix('}')?.trim_end();
    if !body.ends_with(']') {
        return None;
    }
    // The first "rounds" that is a key with a list: the totals' count of rounds is a number, a
    // module may be called "rounds" (its record is an object). Whatever follows the rows in a
    // file not written by redflag (another field, the same key again) is then part of the rows'
    // text, which does not read as rows, and the file is read again whole, as at the start.
    let name = "\"rounds\"";
    let (key, rows) = memchr::memmem::find_iter(body.as_bytes(), name).find_map(|key| {
        let value = body[key + name.len()..].trim_start().strip_prefix(':')?;
        let rows = value.trim_start();
        rows.starts_with('[').then_some((key, rows))
    })?;
    let rest = body[..key].trim_end().strip_suffix(',')?;
    Some((format!("{rest}\n}}"), rows))
}

/// A save's bytes as text. Bytes that are not UTF-8 become replacement characters, so a stray
/// byte in a name costs that character, not the save; valid text (the usual case) is taken as
/// it is, without the copy and the slower check of the lossy path.
pub fn text_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The text of a saved profile: readable, one field a line, each round's summary on a line of
/// its own (see [`Readable`]).
pub fn profile_text(profile: &Profile) -> Result<String, String> {
    use serde::Serialize;
    let mut text = Vec::with_capacity(16 * 1024);
    let mut writer = serde_json::Serializer::with_formatter(&mut text, Readable::default());
    profile.serialize(&mut writer).map_err(|e| e.to_string())?;
    String::from_utf8(text).map_err(|e| e.to_string())
}

/// JSON laid out for a person and read quickly: the profile's fields and the fields of its
/// totals one a line, as pretty-printing lays them out, and anything nested deeper (a round's
/// summary, a count by theme) on one line. Pretty-printing everything spent a third of the file
/// on indentation, which the read before the first frame went through byte by byte.
#[derive(Default)]
struct Readable {
    /// How many objects and arrays are open.
    depth: usize,
    /// Whether the innermost open one has had a value.
    has_value: bool,
}

/// Objects and arrays opened at most this deep are laid out a member a line.
const LAID_OUT: usize = 2;

impl Readable {
    fn laid_out(&self) -> bool {
        self.depth <= LAID_OUT
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        let laid_out = self.laid_out();
        self.depth -= 1;
        if laid_out && self.has_value {
            self.new_line(w)?;
        }
        w.write_all(bracket)
    }

    fn member<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.laid_out() {
            self.new_line(w)?;
        }
        Ok(())
    }

    fn new_line<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Readable {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(if self.laid_out() { b": " } else { b":" })
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Reading a save's time stamps. A profile holds some 80, read before the game's first frame:
/// the form redflag writes is read by [`written`], with fewer instructions than chrono's
/// strict RFC 3339 parser (itself several times faster than the relaxed one its serde support
/// uses); anything else goes to chrono's parsers.
pub mod stamp {
    use std::fmt;

    use chrono::{DateTime, NaiveDate, Utc};
    use serde::Deserializer;
    use serde::de::{Error, Visitor};

    pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
        if let Some(stamp) = written(text) {
            return Ok(stamp);
        }
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.to_utc())
            .or_else(|_| text.parse())
    }

    /// A time stamp as redflag writes it, `2026-11-30T03:25:16.631025527Z` (the fraction of
    /// one to nine digits, or none); None for any other form, a leap second included, which
    /// chrono then reads.
    pub(crate) fn written(text: &str) -> Option<DateTime<Utc>> {
        let b = text.as_bytes();
        if b.len() < 20 || b[b.len() - 1] != b'Z' || (b[10], b[13], b[16]) != (b'T', b':', b':') {
            return None;
        }
        let mut nanos = 0;
        match &b[19..b.len() - 1] {
            [] => {}
            [b'.', digits @ ..] if (1..=9).contains(&digits.len()) => {
                for (i, &d) in digits.iter().enumerate() {
                    nanos += number(&[d])? * POWERS[i];
                }
            }
            _ => return None,
        }
        let second = number(&b[17..19])?;
        if second > 59 {
            return None;
        }
        written_day(&b[..10])?
            .and_hms_nano_opt(number(&b[11..13])?, number(&b[14..16])?, second, nanos)
            .map(|t| t.and_utc())
    }

    /// A day as redflag writes it, `2026-11-30`; None for any other form.
    fn written_day(b: &[u8]) -> Option<NaiveDate> {
        if b.len() != 10 || (b[4], b[7]) != (b'-', b'-') {
            return None;
        }
        let year = i32::try_from(number(&b[0..4])?).ok()?;
        NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
    }

    /// The number that ASCII digits write; None if any is not a digit.
    fn number(digits: &[u8]) -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &d| {
            let d = d.wrapping_sub(b'0');
            (d < 10).then_some(n * 10 + u32::from(d))
        })
    }

    /// What each digit of a fraction of a second is worth, in nanoseconds.
    const POWERS: [u32; 9] = [
        100_000_000,
        10_000_000,
        1_000_000,
        100_000,
        10_000,
        1_000,
        100,
        10,
        1,
    ];

    /// A string read by `parse`; `expecting` says what it should have been.
    struct Text<T> {
        parse: fn(&str) -> Result<T, chrono::ParseError>,
        expecting: &'static str,
    }

    impl<T> Visitor<'_> for Text<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
            (self.parse)(text).map_err(E::custom)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        d.deserialize_str(Text {
            parse,
            expecting: "a date and time (RFC 3339)",
        })
    }

    struct MaybeStamp;

    impl<'de> Visitor<'de> for MaybeStamp {
        type Value = Option<DateTime<Utc>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a date and time (RFC 3339), or none")
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            deserialize(d).map(Some)
        }
    }

    pub fn deserialize_option<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        d.deserialize_option(MaybeStamp)
    }

    /// A day, `2026-11-30`, as chrono reads it (a review's due dates are read before the first
    /// frame: chrono's reader takes four times the instructions of this one for the written form).
    pub fn parse_day(text: &str) -> Result<NaiveDate, chrono::ParseError> {
        written_day(text.as_bytes()).map_or_else(|| text.parse(), Ok)
    }

    pub fn day<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Text {
            parse: parse_day,
            expecting: "a date (YYYY-MM-DD)",
        })
    }
}
