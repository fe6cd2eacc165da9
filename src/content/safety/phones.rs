//! Phone numbers: only the ranges set aside for fiction may appear.

use std::net::Ipv4Addr;

use super::Finding;
use super::text::fold;
use crate::content::problem::Breach;

fn is_date(groups: &[&str]) -> bool {
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    lens == [4, 2, 2] || lens == [2, 2, 4] || lens == [1, 2, 4] || lens == [2, 1, 4]
}

/// Whether the digits fall in a fiction range: North American 555-0100..0199, UK 07700 900000..900999.
pub fn fiction_phone(digits: &str) -> bool {
    let na = |local: &str| {
        local.len() == 7
            && local.starts_with("55501")
            && local[5..].bytes().all(|b| b.is_ascii_digit())
    };
    let uk = |national: &str| national.len() == 11 && national.starts_with("07700900");
    match digits.len() {
        7 => na(digits),
        10 => na(&digits[3..]),
        11 if digits.starts_with('1') => na(&digits[4..]),
        11 => uk(digits),
        12 if digits.starts_with("44") => uk(&format!("0{}", &digits[2..])),
        _ => false,
    }
}

/// Dotted quads are IP addresses, which the address rule judges: hidden from this one, so that
/// "(203.0.113.7)" or "203.0.113.7 - 203.0.113.9" is not read as a phone number.
fn hide_ip_addresses(chars: &mut [(usize, char)]) {
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && (chars[j].1.is_ascii_digit() || chars[j].1 == '.') {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let run = &chars[i..j];
        let kept = run.len() - run.iter().rev().take_while(|c| c.1 == '.').count();
        // "1.1.1.1" is the shortest; a lone full stop or a plain number is not one.
        let dots = run[..kept].iter().filter(|c| c.1 == '.').count();
        let quad = kept >= 7
            && dots == 3
            && run[..kept]
                .iter()
                .map(|c| c.1)
                .collect::<String>()
                .parse::<Ipv4Addr>()
                .is_ok();
        if quad {
            for c in &mut chars[i..i + kept] {
                c.1 = 'x';
            }
        }
        i = j;
    }
}

/// Numbers written like phone numbers (7 to 15 digits with +, a leading 0, or separators)
/// outside the fiction ranges. Digits of every script count by their value, and every kind of
/// space and dash separates, so "+1 212 736 0000" with no-break spaces, or a number in
/// Arabic-Indic digits, is judged as the number it shows.
pub fn phone_numbers(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    // Each character as the rules read it, with its place in the text as written.
    let mut chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    hide_ip_addresses(&mut chars);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let preceded_by_word = i > 0 && (chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '.');
        if !(c.is_ascii_digit() || c == '+' || c == '(') || preceded_by_word {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || matches!(chars[j].1, '+' | '(' | ')' | '-' | '.' | ' '))
        {
            j += 1;
        }
        // Trailing separators belong to the sentence, not the number.
        while j > i && !chars[j - 1].1.is_ascii_digit() {
            j -= 1;
        }
        let end = if j < chars.len() {
            chars[j].0
        } else {
            text.len()
        };
        let written = &text[start..end.max(start)];
        let run = &chars[i..j.max(i)];
        i = j.max(i + 1);
        let followed_by_word = j < chars.len() && chars[j].1.is_alphanumeric();
        let count = run.iter().filter(|c| c.1.is_ascii_digit()).count();
        if !(7..=15).contains(&count) || followed_by_word {
            continue;
        }
        let candidate: String = run.iter().map(|c| c.1).collect();
        let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
        let groups: Vec<&str> = candidate.split(['-', '.', '/']).collect();
        if is_date(&groups) {
            continue;
        }
        let separated = candidate.contains([' ', '-', '.', '(', ')']);
        let phone_like = separated || candidate.starts_with('+') || candidate.starts_with('0');
        if phone_like && !fiction_phone(&digits) {
            out.push(Finding {
                snippet: written.to_string(),
                breach: Breach::Phone(written.to_string()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_ranges() {
        for ok in [
            "call 555-0142 now",
            "(212) 555-0199",
            "+1 212 555 0100",
            "07700 900123",
            "+44 7700 900999",
            "order 4820177 shipped",
            "card ending 4417",
            "on 2026-11-29 at 203.0.113.9",
            "code 482 913",
        ] {
            assert!(
                phone_numbers(ok).is_empty(),
                "{ok}: {:?}",
                phone_numbers(ok)
            );
        }
        for bad in [
            "call 555-0200",
            "+1 212 555 1234",
            "020 7946 0018",
            "07700 901000",
            "+33 1 23 45 67 89",
        ] {
            assert_eq!(phone_numbers(bad).len(), 1, "{bad}");
        }
    }

    #[test]
    fn any_space_or_dash_separates() {
        for bad in [
            "+1\u{A0}212\u{A0}736\u{A0}0000",
            "+1\u{202F}212\u{2009}736\u{3000}0000",
            "+1\u{2011}212\u{2011}736\u{2011}0000",
            "020\u{2013}7946\u{2013}0018",
            "＋１ ２１２ ７３６ ００００",
        ] {
            assert_eq!(phone_numbers(bad).len(), 1, "{}", bad.escape_unicode());
        }
        assert!(phone_numbers("+1\u{A0}212\u{A0}555\u{A0}0142").is_empty());
    }

    #[test]
    fn digits_of_every_script_count_by_their_value() {
        // Real numbers in Arabic-Indic, Extended Arabic-Indic, Devanagari and mixed digits.
        for bad in [
            "اتصل على ٠٢٠ ٧٩٤٦ ٠٠١٨ الآن",
            "اتصل على +٩٧١ ٥٠ ١٢٣ ٤٥٦٧",
            "تماس: ۰۲۰ ۷۹۴۶ ۰۰۱۸",
            "कॉल +९१ ९८७६५ ४३२१०",
            "رقم ٠٢٠ 7946 ۰۰۱۸",
        ] {
            let found = phone_numbers(bad);
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            // Said as written, so the author can find it.
            assert!(bad.contains(&found[0].snippet), "{bad}: {found:?}");
        }
        // The same fiction numbers, in the same digits, pass.
        for ok in [
            "اتصل على ٥٥٥-٠١٤٢ الآن",
            "اتصل على +١ ٢١٢ ٥٥٥ ٠١٠٠",
            "تماس: ۰۷۷۰۰ ۹۰۰۱۲۳",
            "رقم ٠٧٧٠٠ 900 ۱۲۳",
            "الطلب رقم ٤٨٢٠١٧٧",
        ] {
            assert!(
                phone_numbers(ok).is_empty(),
                "{ok}: {:?}",
                phone_numbers(ok)
            );
        }
    }

    #[test]
    fn ip_addresses_are_not_phone_numbers() {
        for ok in [
            "من العنوان (203.0.113.7) أمس",
            "from 203.0.113.7 - 203.0.113.9",
            "(198.51.100.23), (192.0.2.1)",
            "IP ٢٠٣.٠.١١٣.٧",
        ] {
            assert!(
                phone_numbers(ok).is_empty(),
                "{ok}: {:?}",
                phone_numbers(ok)
            );
        }
        assert_eq!(phone_numbers("(203.0.113.7) or +44 20 7946 0018").len(), 1);
    }
}
