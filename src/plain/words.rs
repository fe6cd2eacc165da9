//! Plain mode's answers as words: beside the keys (s, d, i, q) and their English words, the
//! words of the player's language, matched as a person types them (Arabic without its short
//! vowels, any form of alef, a final ة or ه alike).

use crate::i18n::{Catalog, Lang};

/// What a line of plain mode asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Safe,
    Dangerous,
    Inspect,
    Quit,
}

/// What `line` says, if it is one of the answers: a key, its English word, or the catalog's.
pub fn said(t: &Catalog, line: &str) -> Option<Said> {
    let typed = folded(line.trim());
    let answers = [
        (Said::Safe, "s", "safe", "plain-words-safe"),
        (Said::Dangerous, "d", "dangerous", "plain-words-dangerous"),
        (Said::Inspect, "i", "inspect", "plain-words-inspect"),
        (Said::Quit, "q", "quit", "plain-words-quit"),
    ];
    answers
        .into_iter()
        .find(|(_, key, english, message)| {
            typed == *key
                || typed == *english
                || t.t(message, &[])
                    .split(',')
                    .any(|word| folded(word.trim()) == typed)
        })
        .map(|(said, ..)| said)
}

/// Plain mode's help line, with the answers as words in a language other than English.
pub fn help(t: &Catalog) -> String {
    let keys = crate::t!(t, "plain-help");
    if t.lang() == Lang::ENGLISH {
        keys
    } else {
        format!("{keys} {}", crate::t!(t, "plain-words-help"))
    }
}

/// The text as it is compared: lower case, without Arabic short vowels and tatweel, alef in
/// one form, final ة as ه and ى as ي.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arabic() -> &'static Catalog {
        Catalog::get(Lang::parse("ar").expect("Arabic"))
    }

    #[test]
    fn keys_and_english_words_are_answers_in_every_language() {
        for t in [Catalog::english(), arabic()] {
            for (line, expected) in [
                ("s", Said::Safe),
                (" SAFE \n", Said::Safe),
                ("d", Said::Dangerous),
                ("Dangerous", Said::Dangerous),
                ("i", Said::Inspect),
                ("inspect", Said::Inspect),
                ("q", Said::Quit),
                ("quit", Said::Quit),
            ] {
                assert_eq!(said(t, line), Some(expected), "{line:?}");
            }
            assert_eq!(said(t, "maybe"), None);
            assert_eq!(said(t, ""), None);
        }
    }

    #[test]
    fn arabic_words_are_answers_with_or_without_their_vowels() {
        let t = arabic();
        for (line, expected) in [
            ("آمن", Said::Safe),
            ("امن", Said::Safe),
            ("آمِنة", Said::Safe),
            ("خطر", Said::Dangerous),
            ("خطِر", Said::Dangerous),
            ("خَطِرة", Said::Dangerous),
            ("خطيرة", Said::Dangerous),
            ("افحص", Said::Inspect),
            ("إفحص", Said::Inspect),
            ("خروج", Said::Quit),
        ] {
            assert_eq!(said(t, line), Some(expected), "{line}");
        }
        // English does not take another language's words.
        assert_eq!(said(Catalog::english(), "آمن"), None);
        assert_eq!(said(t, "خ"), None);
    }

    #[test]
    fn the_arabic_help_names_the_words_and_the_english_help_is_as_it_was() {
        assert_eq!(
            help(Catalog::english()),
            crate::t!(Catalog::english(), "plain-help")
        );
        let arabic_help = help(arabic());
        for word in ["آمن", "خطِر", "افحص", "خروج", "s", "d"] {
            assert!(arabic_help.contains(word), "{word}: {arabic_help}");
        }
    }
}
