//! The characters that can hide or reorder text on screen. One set, shared by the pack checker
//! (which refuses them in authored text) and the display (which shows them as `<U+202E>`), so
//! that what the checker lets through is exactly what the display has to make visible.
//!
//! The set is two whole Unicode classes, not a list of known tricks: every Default_Ignorable_Code_Point
//! (zero-width spaces and joiners, word joiner, variation selectors, tags, fillers, and the code
//! points set aside for future ones) and every format character, general category Cf (direction
//! marks, embeddings, overrides and isolates, the Arabic letter mark, the byte-order mark, soft
//! hyphen, invisible operators). The table is checked against the Unicode tables of the
//! `regex-syntax` crate by a test, which prints the new table when Unicode adds to either class.
//!
//! `build.rs` compiles this file too, beside `content`, which uses it.

/// `[\p{Default_Ignorable_Code_Point}\p{Cf}]`, as sorted, disjoint, inclusive ranges.
const HIDDEN: [(char, char); 25] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

/// Whether `c` is in one of the sorted, disjoint, inclusive `ranges`.
pub fn in_ranges(c: char, ranges: &[(char, char)]) -> bool {
    ranges
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// A default-ignorable or format character: one that shows nothing, or changes how the text
/// around it is shown (direction marks, joiners, variation selectors, tags).
pub fn is_invisible_or_direction(c: char) -> bool {
    // Nearly all text is below the first one; answer that without a search.
    c >= '\u{00AD}' && in_ranges(c, &HIDDEN)
}

/// The ranges of a Unicode class as `regex-syntax` knows them, for the tests that keep the
/// tables in this crate in step with Unicode.
#[cfg(test)]
pub fn class_ranges(class: &str) -> Vec<(char, char)> {
    use regex_syntax::hir::{Class, HirKind};
    let hir = regex_syntax::Parser::new().parse(class).expect("a class");
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        other => panic!("{class} is not a Unicode class: {other:?}"),
    }
}

/// Asserts that a table equals the class, printing the table to paste when it does not.
#[cfg(test)]
pub fn assert_table(name: &str, table: &[(char, char)], class: &str) {
    let expected = class_ranges(class);
    if table != expected.as_slice() {
        let lines: Vec<String> = expected
            .iter()
            .map(|(a, b)| {
                format!(
                    "    ('\\u{{{:04X}}}', '\\u{{{:04X}}}'),",
                    *a as u32, *b as u32
                )
            })
            .collect();
        panic!(
            "{name} is out of step with {class} ({} ranges); replace it with:\n{}",
            expected.len(),
            lines.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_every_default_ignorable_and_format_character() {
        assert_table(
            "HIDDEN",
            &HIDDEN,
            r"[\p{Default_Ignorable_Code_Point}\p{Cf}]",
        );
    }

    #[test]
    fn the_set_holds_the_marks_and_nothing_printable() {
        for c in [
            '\u{200B}',
            '\u{200F}',
            '\u{202E}',
            '\u{2066}',
            '\u{2069}',
            '\u{061C}',
            '\u{FEFF}',
            // Word joiner, invisible separator, a reserved default-ignorable, soft hyphen,
            // variation selector 16, a tag, a Hangul filler, the Mongolian vowel separator.
            '\u{2060}',
            '\u{2063}',
            '\u{2065}',
            '\u{00AD}',
            '\u{FE0F}',
            '\u{E0041}',
            '\u{3164}',
            '\u{180E}',
            '\u{E01EF}',
            '\u{1D173}',
        ] {
            assert!(is_invisible_or_direction(c), "{:04X}", c as u32);
        }
        for c in [
            'a',
            ' ',
            '\n',
            '\u{AC}',
            '\u{AE}',
            '\u{2010}',
            '\u{205F}',
            '\u{202F}',
            '\u{00A0}',
            'é',
            'ب',
            '\u{060C}',
            '\u{0651}',
            '٣',
            '\u{FFFD}',
            '\u{10FFFF}',
        ] {
            assert!(!is_invisible_or_direction(c), "{:04X}", c as u32);
        }
    }

    #[test]
    fn in_ranges_finds_the_ends_and_nothing_between() {
        let ranges = [('b', 'd'), ('x', 'x')];
        assert!(in_ranges('b', &ranges) && in_ranges('d', &ranges) && in_ranges('x', &ranges));
        assert!(!in_ranges('a', &ranges) && !in_ranges('e', &ranges) && !in_ranges('y', &ranges));
        assert!(!in_ranges('a', &[]));
    }
}
