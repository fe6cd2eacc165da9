//! Characters that are not controls yet act unseen on a terminal or in a viewer: format
//! characters (direction marks, overrides and isolates, zero-width joiners, tags), every
//! default-ignorable code point (variation selectors, fillers) and the line and paragraph
//! separators. What leaves redflag shows them as `<U+XXXX>` instead.
//!
//! The set is the whole of three Unicode classes, not a list of known tricks: General_Category
//! Cf, Zl and Zp, and Default_Ignorable_Code_Point. The first and last are the checker's own set
//! (`crate::chars`, which `inert` uses too); output adds the two separators.

use crate::bidi::{ARABIC_LETTERS, ARABIC_MARKS};

/// Whether `c` is a format, separator or default-ignorable character: the checker's set
/// (`crate::chars`: Cf and Default_Ignorable_Code_Point) and the line and paragraph separators,
/// which a pack may hold but which move a viewer's text to a new line unseen.
pub fn hidden(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}') || crate::chars::is_invisible_or_direction(c)
}

/// Whether `c` must not reach a terminal raw: a control (C0, DEL, C1) or a hidden character.
pub fn unsafe_char(c: char) -> bool {
    // Arabic letters and their marks, most of an Arabic screen, without the tables' look-up.
    if ARABIC_LETTERS.contains(&c) || ARABIC_MARKS.contains(&c) {
        return false;
    }
    c.is_control() || hidden(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_and_marks_are_none_of_the_three_classes() {
        for c in ARABIC_LETTERS.chain(ARABIC_MARKS) {
            assert!(!c.is_control() && !hidden(c), "{c:?}");
        }
    }

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
}
