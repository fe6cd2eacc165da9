//! Reading the things a briefing lookup compares out of free text: hosts (from links, bare
//! domains and email addresses), handles and phone numbers.

/// The last labels a host may end with. Packs may only use reserved names (README, safety rules)
/// or their own allowed domains; the common real suffixes are here so that a pack which has not
/// passed the safety check is still read sensibly. File names (`brief.pdf`) end otherwise.
const SUFFIXES: &[&str] = &[
    "example",
    "test",
    "invalid",
    "localhost",
    "com",
    "net",
    "org",
    "io",
    "co",
    "uk",
    "us",
    "de",
    "fr",
    "eu",
    "app",
    "dev",
    "ai",
    "info",
    "biz",
    "me",
    "ly",
    "gg",
    "xyz",
    "online",
    "site",
    "shop",
];

/// Characters that end a word when looking for hosts, addresses and handles.
fn is_break(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | ';' | '"' | '\'' | '(' | ')' | '<' | '>' | '[' | ']'
        )
        || matches!(c, '{' | '}' | '|' | '*' | '`')
}

/// A host written in lowercase, when `text` (a word without its scheme and path) is one.
fn as_host(text: &str, allowed: &[String]) -> Option<String> {
    let host = text
        .split(['/', '?', '#', ':'])
        .next()?
        .trim_end_matches('.')
        .to_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    let well_formed = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let last = labels.last().copied().unwrap_or_default();
    let known_suffix = SUFFIXES.contains(&last)
        || allowed
            .iter()
            .any(|a| host == *a || host.ends_with(&format!(".{a}")));
    (well_formed && known_suffix).then_some(host)
}

/// What one word of text names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// A host, from a link, a bare domain or the part of an address after `@`.
    Host(String),
    /// An account name such as `@ChirpBook`, with its `@`.
    Handle(String),
}

/// Every host and handle written in `text`, in order. `allowed` are the pack's own real domains.
pub fn mentions(text: &str, allowed: &[String]) -> Vec<Mention> {
    let mut out = Vec::new();
    for word in text.split(is_break) {
        let word = word.trim_matches(|c: char| matches!(c, '.' | '!' | '?' | ':' | '-'));
        let word = word.split_once("://").map_or(word, |(_, rest)| rest);
        if word.is_empty() {
            continue;
        }
        if let Some(name) = word.strip_prefix('@') {
            let name = name.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_');
            if !name.is_empty() {
                out.push(Mention::Handle(format!("@{name}")));
            }
        } else if let Some((_, domain)) = word.split_once('@') {
            out.extend(as_host(domain, allowed).map(Mention::Host));
        } else {
            out.extend(as_host(word, allowed).map(Mention::Host));
        }
    }
    out
}

/// The hosts written in `text`.
pub fn hosts(text: &str, allowed: &[String]) -> Vec<String> {
    mentions(text, allowed)
        .into_iter()
        .filter_map(|m| match m {
            Mention::Host(h) => Some(h),
            Mention::Handle(_) => None,
        })
        .collect()
}

/// Whether `text` reads as a link a phone would make tappable: a scheme, or a host with a path.
pub fn has_link(text: &str) -> bool {
    text.split(is_break).any(|word| {
        let word = word.trim_matches(|c: char| matches!(c, '.' | '!' | '?' | ':'));
        word.contains("://") || (word.contains('/') && as_host(word, &[]).is_some())
    })
}

fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')')
}

/// The digits of every phone number in `text`: 7 to 15 digits written with a `+`, a leading `0`,
/// brackets or separators between digit groups. One block of digits not starting with 0 is an
/// order or reference number, and a date such as 2026-11-12 is not a phone number.
pub fn phones(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i] == '+' || chars[i] == '(' || chars[i].is_ascii_digit();
        let after_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if !(starts && after_word) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && is_phone_char(chars[end]) {
            end += 1;
        }
        let run: String = chars[i..end].iter().collect();
        let run = run.trim_end_matches(|c: char| !c.is_ascii_digit());
        if let Some(digits) = phone_digits(run) {
            out.push(digits);
        }
        i = end.max(i + 1);
    }
    out
}

fn phone_digits(run: &str) -> Option<String> {
    let digits: String = run.chars().filter(char::is_ascii_digit).collect();
    let groups: Vec<&str> = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let is_date =
        groups.len() == 3 && groups[0].len() == 4 && groups[1].len() <= 2 && groups[2].len() <= 2;
    let written_as_phone =
        run.starts_with('+') || run.starts_with('(') || run.starts_with('0') || groups.len() > 1;
    ((7..=15).contains(&digits.len()) && written_as_phone && !is_date).then_some(digits)
}

/// Whether a sender is only a number (a phone number or a short code), with no name.
pub fn is_bare_number(sender: &str) -> bool {
    let sender = sender.trim();
    sender.chars().filter(char::is_ascii_digit).count() >= 3 && sender.chars().all(is_phone_char)
}

/// Two phone numbers are the same when their last ten digits are (a country code may be left out).
pub fn same_phone(a: &str, b: &str) -> bool {
    let tail = |d: &str| d.get(d.len().saturating_sub(10)..).unwrap_or(d).to_string();
    !a.is_empty() && tail(a) == tail(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_come_from_links_domains_and_addresses_but_not_file_names() {
        let text = "See https://tinyhop.example/ah7Qx, write to billing@mail.adharbor.example \
                    or open brief.pdf.exe (drive.mailnest.example/vela). e.g. nothing.";
        assert_eq!(
            hosts(text, &[]),
            [
                "tinyhop.example",
                "mail.adharbor.example",
                "drive.mailnest.example"
            ]
        );
        assert_eq!(
            hosts("acme-corp.co.jp", &["acme-corp.co.jp".into()]).len(),
            1
        );
    }

    #[test]
    fn handles_are_read_with_their_at_sign() {
        assert_eq!(
            mentions("Ask @ChirpBookSupport.", &[]),
            [Mention::Handle("@ChirpBookSupport".into())]
        );
    }

    #[test]
    fn phone_numbers_but_not_dates_orders_or_amounts() {
        assert_eq!(
            phones("Call +1 212 555 0143 or 07700 900412; order 48213377 on 2026-11-12, $1,980."),
            ["12125550143", "07700900412"]
        );
        assert_eq!(phones("(212) 555-0143."), ["2125550143"]);
        assert!(same_phone("12125550143", "2125550143"));
        assert!(is_bare_number("+1 202 555 0187") && is_bare_number("72834"));
        assert!(!is_bare_number("Priya Nair (+1 212 555 0143)") && !is_bare_number("AdHarbor"));
    }

    #[test]
    fn links_in_texts_need_a_scheme_or_a_path() {
        assert!(has_link("Pay at https://x.example now") && has_link("go to pay.test/fee."));
        assert!(!has_link("Track it at parcelo.example with the number"));
    }
}
