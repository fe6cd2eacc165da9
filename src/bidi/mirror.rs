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
    // Most characters are not brackets: skip the table for letters and digits.
    if c.is_alphanumeric() {
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
        for c in ['a', 'ب', '2', '.', '@', '/', '→'] {
            assert_eq!(mirrored(c), c);
        }
    }
}
