//! Joined Arabic letters for terminals that draw each letter alone (most of them: xterm, tmux,
//! kitty, Alacritty, Windows Terminal). Arabic is written joined, each letter taking a form by
//! its neighbours; a terminal that does not shape shows every letter in its isolated form, which
//! reads like text spelled out letter by letter. Shaping replaces each letter by its contextual
//! presentation form (U+FB50–U+FEFF, `ar-reshaper`), which every font with Arabic has.
//!
//! Shaping is done in reading order, since a letter's form depends on its neighbours in the word,
//! so it comes before [`super::reorder`]: presentation forms are still right-to-left letters for
//! the algorithm. Each piece keeps its style: a piece is shaped with its neighbours' joining
//! behaviour stood in for by a tatweel (U+0640, which joins on both sides), removed afterwards.

use ar_reshaper::ArabicReshaper;
use ar_reshaper::letters::letters_db::{LETTERS_ARABIC, TATWEEL};
use unicode_width::UnicodeWidthChar;

/// The pieces of one line in reading order, with Arabic letters in their joined forms.
pub fn shape<T>(pieces: Vec<(String, T)>) -> Vec<(String, T)> {
    let reshaper = ArabicReshaper::default();
    if !pieces.iter().any(|(text, _)| reshaper.need_reshape(text)) {
        return pieces;
    }
    let texts: Vec<String> = pieces.iter().map(|(text, _)| text.clone()).collect();
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, (text, style))| {
            // A zero-width joiner would shift the reshaper's count of letters (it is made
            // visible by `inert` before here, so this is only a guard).
            if !reshaper.need_reshape(&text) || text.contains('\u{200D}') {
                return (text, style);
            }
            let before = texts[..i]
                .iter()
                .rev()
                .find_map(|t| t.chars().rev().find(spaced));
            let after = texts[i + 1..].iter().find_map(|t| t.chars().find(spaced));
            let joins_before =
                before.is_some_and(|c| joins(c, |f| f.initial != '\0' || f.medial != '\0'));
            let joins_after =
                after.is_some_and(|c| joins(c, |f| f.end != '\0' || f.medial != '\0'));
            (shaped(&reshaper, &text, joins_before, joins_after), style)
        })
        .collect()
}

/// Whether the character takes a place of its own (combining marks sit on the letter before).
fn spaced(c: &char) -> bool {
    c.width() != Some(0)
}

/// Whether the letter joins on the side the test asks about.
fn joins(c: char, test: impl Fn(&ar_reshaper::form::Forms) -> bool) -> bool {
    LETTERS_ARABIC
        .iter()
        .find(|(letter, _)| *letter == c)
        .is_some_and(|(_, forms)| test(forms))
}

fn shaped(reshaper: &ArabicReshaper, text: &str, joins_before: bool, joins_after: bool) -> String {
    let mut input = String::with_capacity(text.len() + 4);
    if joins_before {
        input.push(TATWEEL);
    }
    input.push_str(text);
    if joins_after {
        input.push(TATWEEL);
    }
    let mut out = reshaper.reshape(&input);
    if joins_after && out.ends_with(TATWEEL) {
        out.pop();
    }
    if joins_before && out.starts_with(TATWEEL) {
        out.remove(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pieces: &[(String, u8)]) -> Vec<&str> {
        pieces.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn letters_take_their_joined_forms_and_lam_alef_its_ligature() {
        // Beh, seen, meem: initial, medial, final forms.
        let out = shape(vec![("بسم".to_string(), 0u8)]);
        assert_eq!(texts(&out), ["\u{FE91}\u{FEB4}\u{FEE2}"]);
        // Lam then alef: one ligature, as every Arabic reader expects.
        let out = shape(vec![("لا".to_string(), 0u8)]);
        assert_eq!(texts(&out), ["\u{FEFB}"]);
    }

    #[test]
    fn a_word_cut_by_a_style_still_joins_across_the_cut() {
        // "بسم" with its middle letter highlighted: three pieces, still one joined word.
        let out = shape(vec![
            ("ب".to_string(), 0u8),
            ("س".to_string(), 1),
            ("م".to_string(), 0),
        ]);
        assert_eq!(texts(&out), ["\u{FE91}", "\u{FEB4}", "\u{FEE2}"]);
        assert_eq!(out[1].1, 1, "the highlight stays on its letter");
    }

    #[test]
    fn latin_text_and_marks_are_untouched() {
        let pieces = vec![("help@x.example [2]".to_string(), 0u8)];
        assert_eq!(shape(pieces.clone()), pieces);
        let out = shape(vec![("كلمة".to_string(), 0u8), ("[2]".to_string(), 1)]);
        assert_eq!(out[1].0, "[2]");
        assert!(
            out[0]
                .0
                .chars()
                .all(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c))
        );
    }
}
