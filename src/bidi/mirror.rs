//! Rule L4 of UAX #9: in right-to-left text a bracket is drawn facing the other way, so that
//! `(` still opens what follows it in reading order. `unicode-bidi` leaves this to its callers;
//! the pairs are those of Unicode's BidiMirroring.txt that can appear in pack text.

const PAIRS: &[(char, char)] = &[
    ('(', ')'),
    ('<', '>'),
    ('[', ']'),
    ('{', '}'),
    ('«', '»'),
    ('‹', '›'),
    ('⁅', '⁆'),
    ('⁽', '⁾'),
    ('₍', '₎'),
    ('≤', '≥'),
    ('≪', '≫'),
    ('⊂', '⊃'),
    ('⊆', '⊇'),
    ('∈', '∋'),
    ('⟨', '⟩'),
    ('⟦', '⟧'),
    ('⟪', '⟫'),
    ('⦃', '⦄'),
    ('⦅', '⦆'),
    ('〈', '〉'),
    ('《', '》'),
    ('「', '」'),
    ('『', '』'),
    ('【', '】'),
    ('〔', '〕'),
    ('〖', '〗'),
    ('〘', '〙'),
    ('〚', '〛'),
    ('﹙', '﹚'),
    ('﹛', '﹜'),
    ('﹝', '﹞'),
    ('（', '）'),
    ('＜', '＞'),
    ('［', '］'),
    ('｛', '｝'),
    ('｟', '｠'),
    ('｢', '｣'),
];

/// The character drawn in its place in right-to-left text.
pub(super) fn mirrored(c: char) -> char {
    // Most characters are not brackets: every bracket is one of four ASCII pairs or at U+00AB
    // and above, so letters and digits below that skip the table, and so does any character of
    // a script (Arabic, Hebrew...) from U+0590 up to the next bracket, U+2039, without a look-up
    // of Unicode's letter tables (slow for non-Latin letters).
    if (c < '\u{AB}' && !matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}'))
        || ('\u{590}'..'\u{2039}').contains(&c)
    {
        return c;
    }
    for &(open, close) in PAIRS {
        if c == open {
            return close;
        }
        if c == close {
            return open;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::mirrored;

    #[test]
    fn brackets_swap_and_other_characters_stay() {
        assert_eq!(mirrored('('), ')');
        assert_eq!(mirrored(']'), '[');
        assert_eq!(mirrored('«'), '»');
        assert_eq!(mirrored('≥'), '≤');
        for c in ['a', 'ب', '2', '.', '@', '/', '→', 'ـ', '،', '\u{2038}'] {
            assert_eq!(mirrored(c), c);
        }
        assert_eq!(
            mirrored('‹'),
            '›',
            "the first bracket above the Arabic block"
        );
        assert_eq!(mirrored('»'), '«');
    }
}
