//! Phone numbers: only the ranges set aside for fiction may appear.

use std::net::Ipv4Addr;

use super::Finding;
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

/// Numbers written like phone numbers (7 to 15 digits with +, a leading 0, or separators)
/// outside the fiction ranges.
pub fn phone_numbers(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
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
        let candidate = &text[start..end.max(start)];
        i = j.max(i + 1);
        let followed_by_word = j < chars.len() && chars[j].1.is_alphanumeric();
        let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 7 || digits.len() > 15 || followed_by_word {
            continue;
        }
        let groups: Vec<&str> = candidate.split(['-', '.', '/']).collect();
        if candidate.parse::<Ipv4Addr>().is_ok() || is_date(&groups) {
            continue;
        }
        let separated = candidate.contains([' ', '-', '.', '(', ')']);
        let phone_like = separated || candidate.starts_with('+') || candidate.starts_with('0');
        if phone_like && !fiction_phone(&digits) {
            out.push(Finding {
                snippet: candidate.to_string(),
                breach: Breach::Phone(candidate.to_string()),
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
}
