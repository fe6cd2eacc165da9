//! Text as the rules read it: look-alike characters folded to the ones they stand for, so that a
//! fullwidth dot, a no-break space or an Arabic-Indic digit cannot carry a real address or phone
//! number past rules written for `.`, ` ` and `0`-`9`.
//!
//! The folding is NFKC (Unicode's compatibility normalisation, from `unicode-normalization`),
//! the ideographic full stop read as a dot (as IDNA reads it), digits of every script read by
//! their value, and every dash read as a hyphen. The class tables are checked against the
//! Unicode tables of the `regex-syntax` crate by the tests.

use unicode_normalization::UnicodeNormalization;

use crate::chars::in_ranges;

/// `\p{Nd}`: decimal digits of every script. Unicode gives each script its digits 0 to 9 in a
/// row, so a digit's value is its distance from the start of its range, modulo 10.
const DIGITS: [(char, char); 71] = [
    ('\u{0030}', '\u{0039}'),
    ('\u{0660}', '\u{0669}'),
    ('\u{06F0}', '\u{06F9}'),
    ('\u{07C0}', '\u{07C9}'),
    ('\u{0966}', '\u{096F}'),
    ('\u{09E6}', '\u{09EF}'),
    ('\u{0A66}', '\u{0A6F}'),
    ('\u{0AE6}', '\u{0AEF}'),
    ('\u{0B66}', '\u{0B6F}'),
    ('\u{0BE6}', '\u{0BEF}'),
    ('\u{0C66}', '\u{0C6F}'),
    ('\u{0CE6}', '\u{0CEF}'),
    ('\u{0D66}', '\u{0D6F}'),
    ('\u{0DE6}', '\u{0DEF}'),
    ('\u{0E50}', '\u{0E59}'),
    ('\u{0ED0}', '\u{0ED9}'),
    ('\u{0F20}', '\u{0F29}'),
    ('\u{1040}', '\u{1049}'),
    ('\u{1090}', '\u{1099}'),
    ('\u{17E0}', '\u{17E9}'),
    ('\u{1810}', '\u{1819}'),
    ('\u{1946}', '\u{194F}'),
    ('\u{19D0}', '\u{19D9}'),
    ('\u{1A80}', '\u{1A89}'),
    ('\u{1A90}', '\u{1A99}'),
    ('\u{1B50}', '\u{1B59}'),
    ('\u{1BB0}', '\u{1BB9}'),
    ('\u{1C40}', '\u{1C49}'),
    ('\u{1C50}', '\u{1C59}'),
    ('\u{A620}', '\u{A629}'),
    ('\u{A8D0}', '\u{A8D9}'),
    ('\u{A900}', '\u{A909}'),
    ('\u{A9D0}', '\u{A9D9}'),
    ('\u{A9F0}', '\u{A9F9}'),
    ('\u{AA50}', '\u{AA59}'),
    ('\u{ABF0}', '\u{ABF9}'),
    ('\u{FF10}', '\u{FF19}'),
    ('\u{104A0}', '\u{104A9}'),
    ('\u{10D30}', '\u{10D39}'),
    ('\u{10D40}', '\u{10D49}'),
    ('\u{11066}', '\u{1106F}'),
    ('\u{110F0}', '\u{110F9}'),
    ('\u{11136}', '\u{1113F}'),
    ('\u{111D0}', '\u{111D9}'),
    ('\u{112F0}', '\u{112F9}'),
    ('\u{11450}', '\u{11459}'),
    ('\u{114D0}', '\u{114D9}'),
    ('\u{11650}', '\u{11659}'),
    ('\u{116C0}', '\u{116C9}'),
    ('\u{116D0}', '\u{116E3}'),
    ('\u{11730}', '\u{11739}'),
    ('\u{118E0}', '\u{118E9}'),
    ('\u{11950}', '\u{11959}'),
    ('\u{11BF0}', '\u{11BF9}'),
    ('\u{11C50}', '\u{11C59}'),
    ('\u{11D50}', '\u{11D59}'),
    ('\u{11DA0}', '\u{11DA9}'),
    ('\u{11F50}', '\u{11F59}'),
    ('\u{16130}', '\u{16139}'),
    ('\u{16A60}', '\u{16A69}'),
    ('\u{16AC0}', '\u{16AC9}'),
    ('\u{16B50}', '\u{16B59}'),
    ('\u{16D70}', '\u{16D79}'),
    ('\u{1CCF0}', '\u{1CCF9}'),
    ('\u{1D7CE}', '\u{1D7FF}'),
    ('\u{1E140}', '\u{1E149}'),
    ('\u{1E2F0}', '\u{1E2F9}'),
    ('\u{1E4F0}', '\u{1E4F9}'),
    ('\u{1E5F1}', '\u{1E5FA}'),
    ('\u{1E950}', '\u{1E959}'),
    ('\u{1FBF0}', '\u{1FBF9}'),
];

/// `\p{Pd}`: dashes of every kind.
const DASHES: [(char, char); 20] = [
    ('\u{002D}', '\u{002D}'),
    ('\u{058A}', '\u{058A}'),
    ('\u{05BE}', '\u{05BE}'),
    ('\u{1400}', '\u{1400}'),
    ('\u{1806}', '\u{1806}'),
    ('\u{2010}', '\u{2015}'),
    ('\u{2E17}', '\u{2E17}'),
    ('\u{2E1A}', '\u{2E1A}'),
    ('\u{2E3A}', '\u{2E3B}'),
    ('\u{2E40}', '\u{2E40}'),
    ('\u{2E5D}', '\u{2E5D}'),
    ('\u{301C}', '\u{301C}'),
    ('\u{3030}', '\u{3030}'),
    ('\u{30A0}', '\u{30A0}'),
    ('\u{FE31}', '\u{FE32}'),
    ('\u{FE58}', '\u{FE58}'),
    ('\u{FE63}', '\u{FE63}'),
    ('\u{FF0D}', '\u{FF0D}'),
    ('\u{10D6E}', '\u{10D6E}'),
    ('\u{10EAD}', '\u{10EAD}'),
];

/// The value of a decimal digit of any script.
pub fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let i = DIGITS.binary_search_by(|&(start, end)| {
        if end < c {
            std::cmp::Ordering::Less
        } else if start > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let (start, _) = DIGITS[i.ok()?];
    Some((c as u32 - start as u32) % 10)
}

pub fn is_dash(c: char) -> bool {
    c == '-' || (!c.is_ascii() && in_ranges(c, &DASHES))
}

/// Text in NFKC, with the dots that IDNA reads as a label separator turned into `.`. ASCII is
/// its own normal form, so it is returned as it is.
pub fn nfkc(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.nfkc()
            .map(|c| if c == '\u{3002}' { '.' } else { c })
            .collect(),
    )
}

/// The one character a character stands for once folded (NFKC, dots, digits by value, dashes
/// and spaces), or itself when it folds to several or to none.
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    if let Some(value) = digit_value(c) {
        return char::from_digit(value, 10).unwrap_or(c);
    }
    if is_dash(c) {
        return '-';
    }
    if c.is_whitespace() {
        return ' ';
    }
    let mut folded = std::iter::once(c).nfkc();
    match (folded.next(), folded.next()) {
        (Some('\u{3002}'), None) => '.',
        (Some(one), None) => one,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chars::assert_table;

    #[test]
    fn the_tables_are_unicode_s_digits_and_dashes() {
        assert_table("DIGITS", &DIGITS, r"\p{Nd}");
        assert_table("DASHES", &DASHES, r"\p{Pd}");
        for (start, end) in DIGITS {
            let len = end as u32 - start as u32 + 1;
            assert_eq!(len % 10, 0, "{:04X}: digits come in tens", start as u32);
        }
    }

    #[test]
    fn digits_of_every_script_have_their_value() {
        let written = [
            "0123456789",
            "٠١٢٣٤٥٦٧٨٩",
            "۰۱۲۳۴۵۶۷۸۹",
            "०१२३४५६७८९",
            "０１２３４５６７８９",
        ];
        for digits in written {
            let values: Vec<u32> = digits.chars().filter_map(digit_value).collect();
            assert_eq!(values, (0..10).collect::<Vec<_>>(), "{digits}");
        }
        assert_eq!(digit_value('\u{1D7FF}'), Some(9));
        assert_eq!(digit_value('a'), None);
        assert_eq!(digit_value('٫'), None);
    }

    #[test]
    fn look_alikes_fold_to_what_they_stand_for() {
        let folded: String = "paypal．com ＠ ｘ。ｙ ۳\u{00A0}\u{2011}\u{2212}"
            .chars()
            .map(fold)
            .collect();
        assert_eq!(folded, "paypal.com @ x.y 3 -\u{2212}");
        assert_eq!(nfkc("paypal．com。ｘ"), "paypal.com.x");
        assert!(matches!(nfkc("plain"), std::borrow::Cow::Borrowed("plain")));
        // Letters of other scripts stay what they are.
        assert_eq!(fold('ب'), 'ب');
        assert_eq!(fold('а'), 'а');
    }
}
