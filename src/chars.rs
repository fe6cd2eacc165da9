//! The characters that can hide or reorder text on screen. One set, shared by the pack checker
//! (which refuses them in authored text) and the display (which shows them as `<U+202E>`), so
//! that what the checker lets through is exactly what the display has to make visible.
//!
//! `build.rs` compiles this file too, beside `content`, which uses it.

/// Zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, the
/// Arabic letter mark and the byte-order mark.
pub fn is_invisible_or_direction(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_holds_the_marks_and_nothing_printable() {
        for c in [
            '\u{200B}', '\u{200F}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{061C}', '\u{FEFF}',
        ] {
            assert!(is_invisible_or_direction(c), "{:04X}", c as u32);
        }
        for c in ['a', ' ', '\n', '\u{2010}', '\u{2065}', '\u{202F}', 'é'] {
            assert!(!is_invisible_or_direction(c), "{:04X}", c as u32);
        }
    }
}
