//! Left-to-right islands: addresses, links, handles and numbers inside right-to-left text.
//!
//! The bidirectional algorithm alone breaks some of them. In Arabic text, `@waha_bank` shows
//! as `waha_bank@` (the `@` takes the direction of the Arabic around it), and a phone number
//! written in groups, `800 555 0110`, shows its groups in reverse order, `0110 555 800` (digits
//! count as right-to-left for the spaces between them). So each word that has no right-to-left
//! letter but has a letter or digit is an island: for the algorithm, every character in it is
//! replaced by a strong left-to-right letter of the same UTF-8 length. The algorithm then keeps
//! each island, and the spaces between neighbouring islands, in reading order, while byte offsets
//! stay the same for cutting the real text. Brackets, quotes and sentence punctuation at a word's
//! ends stay outside (they belong to the sentence around it), unless the word holds their pair.

use unicode_bidi::BidiClass;

use super::class;

/// Punctuation at the start of a word that belongs to the sentence rather than to the word.
const LEADING: &[char] = &['(', '[', '{', '<', '«', '‹', '"', '\'', '“', '‘', '„'];
/// Punctuation at the end of a word that belongs to the sentence rather than to the word.
const TRAILING: &[char] = &[
    ')', ']', '}', '>', '»', '›', '"', '\'', '”', '’', '.', ',', ';', ':', '!', '?', '…', '،', '؛',
    '؟', '۔',
];

/// The text as the algorithm should see it: each island's characters replaced by strong
/// left-to-right letters of the same byte length; everything else unchanged.
pub(super) fn shadow(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_len);
        shadow_word(word, &mut out);
        let space_len = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        out.push_str(&after[..space_len]);
        rest = &after[space_len..];
    }
    out
}

fn shadow_word(word: &str, out: &mut String) {
    let island = island(word);
    if island.is_empty() {
        out.push_str(word);
        return;
    }
    out.push_str(&word[..island.start]);
    for c in word[island.clone()].chars() {
        out.push(strong_ltr_of_len(c.len_utf8()));
    }
    out.push_str(&word[island.end..]);
}

/// The byte range of the word that is a left-to-right island (empty when there is none).
fn island(word: &str) -> std::ops::Range<usize> {
    let has_rtl = word.chars().any(|c| {
        matches!(
            class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
    });
    let has_letter_or_digit = word
        .chars()
        .any(|c| matches!(class(c), BidiClass::L | BidiClass::EN | BidiClass::AN));
    if has_rtl || !has_letter_or_digit {
        return 0..0;
    }
    let mut start = 0;
    while let Some(first) = word[start..].chars().next() {
        if !LEADING.contains(&first) || closes_later(&word[start + first.len_utf8()..], first) {
            break;
        }
        start += first.len_utf8();
    }
    let mut end = word.len();
    while let Some(last) = word[start..end].chars().next_back() {
        if !TRAILING.contains(&last) || holds_pair(&word[start..end - last.len_utf8()], last) {
            break;
        }
        end -= last.len_utf8();
    }
    start..end
}

/// Whether `after` closes the bracket `open` opens (as in `(x)` or `<U+202E>`).
fn closes_later(after: &str, open: char) -> bool {
    let close = match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        _ => return false,
    };
    after.contains(close)
}

/// Whether `before` opens the bracket that `close` closes (as in `f(x)` or `example[3]`).
fn holds_pair(before: &str, close: char) -> bool {
    let open = match close {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        '>' => '<',
        _ => return false,
    };
    before.matches(open).count() > before.matches(close).count()
}

/// A letter of bidirectional class L encoded in `len` bytes.
fn strong_ltr_of_len(len: usize) -> char {
    match len {
        1 => 'a',
        2 => 'ß',
        3 => 'ア',
        _ => '𐌰',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn islands_keep_their_byte_length_and_leave_sentence_punctuation_out() {
        for text in [
            "راسلنا على help@nashir.example.",
            "على (help@x.example) اليوم",
            "اتصل على ٠٥٥ ٥٥٥ ٠١٦٣ الآن",
            "see example[3], then",
        ] {
            assert_eq!(shadow(text).len(), text.len(), "{text}");
        }
        assert_eq!(island("help@nashir.example."), 0..19);
        assert_eq!(island("(help@x.example)"), 0..16);
        assert_eq!(island("«help@x.example»"), 2..16);
        assert_eq!(island("<U+202E>fdp.exe"), 0..15);
        assert_eq!(island("example[3],"), 0..10);
        assert_eq!(island("@waha_bank"), 0..10);
        assert_eq!(
            island("كلمة[2]"),
            0..0,
            "a word with Arabic letters is no island"
        );
        assert_eq!(island("—"), 0..0, "punctuation alone is no island");
    }
}
