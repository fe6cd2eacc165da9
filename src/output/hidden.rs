//! Characters that are not controls yet act unseen on a terminal or in a viewer: format
//! characters (direction marks, overrides and isolates, zero-width joiners, tags), every
//! default-ignorable code point (variation selectors, fillers) and the line and paragraph
//! separators. What leaves redflag shows them as `<U+XXXX>` instead.
//!
//! The set is the whole of three Unicode classes, not a list of known tricks: General_Category
//! Cf, Zl and Zp, and Default_Ignorable_Code_Point (Unicode 16). The pack checker's own set
//! (`inert` uses it) covers the marks it refuses; this one is what output must never carry raw.

/// Format, separator and default-ignorable characters, as inclusive ranges in code point order.
const HIDDEN: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

/// Whether `c` is a format, separator or default-ignorable character.
pub fn hidden(c: char) -> bool {
    let c = c as u32;
    // Everything below the soft hyphen is ASCII or Latin-1, where only controls act unseen.
    if c < 0xAD {
        return false;
    }
    HIDDEN
        .binary_search_by(|&(low, high)| {
            if high < c {
                std::cmp::Ordering::Less
            } else if low > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether `c` must not reach a terminal raw: a control (C0, DEL, C1) or a hidden character.
pub fn unsafe_char(c: char) -> bool {
    c.is_control() || hidden(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_classes_are_hidden_and_ordinary_text_is_not() {
        for c in [
            '\u{AD}',
            '\u{34F}',
            '\u{600}',
            '\u{61C}',
            '\u{180E}',
            '\u{200B}',
            '\u{200D}',
            '\u{2028}',
            '\u{2029}',
            '\u{202E}',
            '\u{2060}',
            '\u{2066}',
            '\u{2069}',
            '\u{206F}',
            '\u{3164}',
            '\u{FE0F}',
            '\u{FEFF}',
            '\u{FFA0}',
            '\u{FFF9}',
            '\u{E0001}',
            '\u{E0041}',
            '\u{E01EF}',
            '\u{1D173}',
            '\u{13439}',
        ] {
            assert!(hidden(c), "U+{:04X}", c as u32);
        }
        for c in [
            'a',
            ' ',
            '\n',
            'é',
            '\u{A0}',
            '\u{2010}',
            '\u{2027}',
            '\u{202F}',
            '\u{2030}',
            '·',
            '′',
            '█',
            '\u{FFFD}',
            '\u{1F600}',
            '\u{E1000}',
        ] {
            assert!(!hidden(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_table_is_sorted_for_its_binary_search_and_its_ranges_do_not_overlap() {
        for pair in HIDDEN.windows(2) {
            assert!(pair[0].0 <= pair[0].1 && pair[0].1 < pair[1].0, "{pair:X?}");
        }
    }
}
