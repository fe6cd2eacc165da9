//! The safe-fake-content rules: reserved domains, documentation IPs, fiction phone numbers,
//! and no control or direction characters.

use std::net::Ipv4Addr;

use crate::chars::is_invisible_or_direction;

/// One breach of the rules, with the offending text so the caller can find its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub snippet: String,
    pub message: String,
}

/// Real top-level domains common enough to mean "this is a live address" in prose.
/// File extensions that are also TLDs (zip, mov, md, rs, sh, py) are left out on purpose.
const REAL_TLDS: &[&str] = &[
    "com",
    "net",
    "org",
    "edu",
    "gov",
    "mil",
    "int",
    "io",
    "co",
    "uk",
    "us",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "be",
    "ch",
    "at",
    "se",
    "no",
    "dk",
    "fi",
    "pl",
    "pt",
    "ie",
    "ru",
    "cn",
    "jp",
    "kr",
    "in",
    "au",
    "nz",
    "ca",
    "br",
    "mx",
    "ar",
    "za",
    "ng",
    "ke",
    "eg",
    "tr",
    "gr",
    "cz",
    "hu",
    "ro",
    "ua",
    "info",
    "biz",
    "me",
    "tv",
    "ly",
    "gl",
    "gg",
    "to",
    "ai",
    "app",
    "dev",
    "xyz",
    "online",
    "site",
    "shop",
    "store",
    "tech",
    "cloud",
    "live",
    "link",
    "click",
    "top",
    "club",
    "vip",
    "page",
    "news",
    "email",
    "support",
    "help",
    "pro",
    "bank",
    "finance",
    "money",
    "win",
    "bid",
    "loan",
    "work",
    "ws",
    "cc",
    "su",
    "eu",
    "asia",
    "mobi",
    "agency",
    "digital",
    "media",
    "social",
    "marketing",
];

const RESERVED_SECOND_LEVEL: &[&str] = &["example.com", "example.net", "example.org"];
const RESERVED_TLDS: &[&str] = &["example", "test", "invalid"];

/// Control characters (tab and newline excepted) and direction or invisible marks.
pub fn control_characters(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let bad = (c.is_control()
            && c != '\n'
            && c != '\t'
            && !(c == '\r' && text[i + 1..].starts_with('\n')))
            || is_invisible_or_direction(c);
        if bad {
            let before: String = text[..i]
                .chars()
                .rev()
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.push(Finding {
                snippet: before.clone(),
                message: format!(
                    "contains the invisible or control character U+{:04X} after \"{}\": remove it (escape sequences and direction marks are never allowed)",
                    c as u32,
                    before.escape_debug()
                ),
            });
        }
    }
    out
}

/// Whether a host may appear: reserved for documentation, or allowed by the pack.
pub fn host_allowed(host: &str, allowed: &[String]) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let under = |d: &str| host == d || host.ends_with(&format!(".{d}"));
    RESERVED_SECOND_LEVEL.iter().any(|d| under(d))
        || RESERVED_TLDS.iter().any(|t| under(t))
        || allowed
            .iter()
            .any(|d| under(&d.trim_end_matches('.').to_ascii_lowercase()))
}

fn is_documentation_ip(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113))
}

fn check_host(host: &str, snippet: &str, allowed: &[String], out: &mut Vec<Finding>) {
    if host.is_empty() {
        return;
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        if !is_documentation_ip(ip) {
            out.push(Finding {
                snippet: snippet.to_string(),
                message: format!(
                    "uses the IP address {ip}: use one from the documentation ranges 192.0.2.x, 198.51.100.x or 203.0.113.x"
                ),
            });
        }
        return;
    }
    if !host.is_ascii() {
        out.push(Finding {
            snippet: snippet.to_string(),
            message: format!(
                "uses the non-ASCII domain \"{host}\": write look-alike domains in punycode (xn--...) under a reserved suffix"
            ),
        });
        return;
    }
    if !host_allowed(host, allowed) {
        out.push(Finding {
            snippet: snippet.to_string(),
            message: format!(
                "uses the domain \"{host}\", which is not reserved: use a name under .example, .test or .invalid (or example.com/.net/.org); a pack may allow its own real domains in allowed_domains in pack.toml"
            ),
        });
    }
}

fn trim_token(token: &str) -> &str {
    token
        .trim_start_matches(['(', '<', '[', '"', '\'', '{'])
        .trim_end_matches([
            '.', ',', ';', ':', '!', '?', ')', '>', ']', '"', '\'', '}', '*',
        ])
}

fn looks_like_domain(token: &str) -> bool {
    let labels: Vec<&str> = token.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return false;
    }
    let last = labels[labels.len() - 1].to_ascii_lowercase();
    let label_ok = |l: &&str| {
        l.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    labels.iter().all(label_ok)
        && (REAL_TLDS.contains(&last.as_str())
            || RESERVED_TLDS.contains(&last.as_str())
            || (labels.len() >= 2 && !token.is_ascii()))
}

/// Domains, email addresses, URL hosts and IP addresses that are not reserved or allowed.
pub fn addresses(text: &str, allowed: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    let is_token_char = |c: char| {
        !c.is_whitespace()
            && !matches!(
                c,
                ',' | '"' | '\'' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '`'
            )
    };
    for raw in text.split(|c: char| !is_token_char(c)) {
        let token = trim_token(raw);
        if token.is_empty() {
            continue;
        }
        if let Some((_, rest)) = token.split_once("://") {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
            let host_port = authority.rsplit('@').next().unwrap_or_default();
            let host = host_port.split(':').next().unwrap_or_default();
            check_host(host, token, allowed, &mut out);
        } else if let Some((_, domain)) = token.split_once('@')
            && !domain.is_empty()
            && domain.contains('.')
            && !token.starts_with('@')
        {
            check_host(trim_token(domain), token, allowed, &mut out);
        } else if token.parse::<Ipv4Addr>().is_ok() {
            check_host(token, token, allowed, &mut out);
        } else {
            let host = token.split(['/', '?', '#']).next().unwrap_or_default();
            let host = host.split(':').next().unwrap_or_default();
            if looks_like_domain(host) {
                check_host(host, token, allowed, &mut out);
            }
        }
    }
    out
}

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
                message: format!(
                    "has \"{candidate}\", which looks like a real phone number: use a fiction number (555-0100 to 555-0199, or UK 07700 900000 to 07700 900999), or write a reference number without separators"
                ),
            });
        }
    }
    out
}

/// All rules over one piece of authored text.
pub fn scan(text: &str, allowed: &[String]) -> Vec<Finding> {
    let mut out = control_characters(text);
    out.extend(addresses(text, allowed));
    out.extend(phone_numbers(text));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(text: &str) -> Vec<String> {
        addresses(text, &[])
            .into_iter()
            .map(|f| f.snippet)
            .collect()
    }

    #[test]
    fn reserved_names_pass() {
        for ok in [
            "billing@adharbor.example",
            "https://ads.adharbor.example/billing?x=1",
            "see www.example.com now",
            "mail.test and foo.invalid",
            "https://xn--dharbor-7fg.example/login",
            "http://203.0.113.7/login",
            "brief.pdf.scr, Brief.zip and report.docm",
            "@AdHarbor_HelpDesk replied",
            "e.g. this and U.S. that",
        ] {
            assert!(hosts(ok).is_empty(), "{ok}: {:?}", hosts(ok));
        }
    }

    #[test]
    fn real_names_fail() {
        for bad in [
            "write to help@gmail.com",
            "https://bit.ly/abc",
            "go to paypal.com today",
            "http://10.0.0.1/admin",
            "https://аdharbor.example/login",
            "www.realbank.co.uk",
        ] {
            assert_eq!(hosts(bad).len(), 1, "{bad}");
        }
    }

    #[test]
    fn allowed_domains_pass_with_subdomains() {
        let allowed = vec!["acme-corp.com".to_string()];
        assert!(
            addresses(
                "https://mail.acme-corp.com/x and it@acme-corp.com",
                &allowed
            )
            .is_empty()
        );
        assert_eq!(addresses("acme-corp.co", &allowed).len(), 1);
    }

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
    fn control_and_bidi_characters_are_found() {
        assert!(control_characters("line one\n\tline two\r\n").is_empty());
        assert_eq!(control_characters("clear \u{1b}[2J screen").len(), 1);
        assert_eq!(control_characters("bell\u{7}").len(), 1);
        assert_eq!(control_characters("file\u{202E}fdp.exe").len(), 1);
        assert_eq!(control_characters("zero\u{200B}width").len(), 1);
    }
}
