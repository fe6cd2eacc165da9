//! Domains, email addresses, URLs and IP addresses: only names reserved for documentation
//! (or allowed by the pack) and documentation IP ranges may appear.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use unicode_normalization::char::is_combining_mark;

use super::Finding;
use super::punycode::to_ascii_host;
use super::text::{fold, nfkc};
use super::tlds::{RESERVED, is_top_level};
use crate::content::problem::Breach;

/// How a piece of text is read: as prose, or as the name of a file, where `report.zip` is a file
/// and not a domain (addresses, URLs and IP addresses in it are still read as such).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Prose,
    FileName,
}

const RESERVED_SECOND_LEVEL: &[&str] = &["example.com", "example.net", "example.org"];

/// Whether a host may appear: reserved for documentation, or allowed by the pack.
pub fn host_allowed(host: &str, allowed: &[String]) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let under = |d: &str| host == d || host.ends_with(&format!(".{d}"));
    RESERVED_SECOND_LEVEL.iter().any(|d| under(d))
        || RESERVED.iter().any(|t| under(t))
        || allowed
            .iter()
            .any(|d| under(&d.trim_end_matches('.').to_ascii_lowercase()))
}

/// 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737) and 2001:db8::/32 (RFC 3849).
fn is_documentation_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => {
            let [a, b, c, _] = ip.octets();
            matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113))
        }
        IpAddr::V6(ip) => ip.segments()[..2] == [0x2001, 0x0db8],
    }
}

fn check_ip(ip: IpAddr, snippet: &str, out: &mut Vec<Finding>) {
    if !is_documentation_ip(ip) {
        out.push(Finding {
            snippet: snippet.to_string(),
            breach: Breach::Ip(ip),
        });
    }
}

fn check_host(host: &str, snippet: &str, allowed: &[String], out: &mut Vec<Finding>) {
    if host.is_empty() {
        return;
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        check_ip(IpAddr::V4(ip), snippet, out);
        return;
    }
    if !host.is_ascii() {
        out.push(Finding {
            snippet: snippet.to_string(),
            breach: Breach::NonAsciiDomain {
                host: host.into(),
                punycode: to_ascii_host(host).into(),
            },
        });
        return;
    }
    if !host_allowed(host, allowed) {
        out.push(Finding {
            snippet: snippet.to_string(),
            breach: Breach::UnreservedDomain(host.to_string()),
        });
    }
}

/// A letter or digit of any script, or a mark that belongs to one (Arabic vowel signs).
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Whether a character (as folded) can be part of an address. Punctuation of other scripts (the
/// Arabic comma, guillemets) ends one, as a space does.
fn is_token_char(c: char) -> bool {
    let c = fold(c);
    if c.is_ascii() {
        !c.is_ascii_whitespace()
            && !c.is_ascii_control()
            && !matches!(
                c,
                ',' | '"' | '\'' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '`'
            )
    } else {
        is_word(c)
    }
}

/// The words of a text that could hold an address, as written.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_token_char(c))
        .filter(|t| !t.is_empty())
}

/// Punctuation around a word is the sentence's; a leading `@` (a handle) and a trailing `/`
/// (a URL's) are the word's.
fn trim_token(token: &str) -> &str {
    token
        .trim_start_matches(|c: char| !is_word(c) && c != '@')
        .trim_end_matches(|c: char| !is_word(c) && c != '/')
}

fn looks_like_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let Some((last, rest)) = labels.split_last() else {
        return false;
    };
    let label_ok =
        |l: &&str| !l.is_empty() && l.chars().all(|c| is_word(c) || c == '-' || c == '_');
    // The name one registers (the label before the suffix) has no underscore, so
    // `AdsEditor_Setup.zip` is a file's name and not a domain.
    let registrable = rest.last().is_some_and(|l| !l.contains('_'));
    // Arabic writes initials with a dot and often no space ("د.أحمد", Dr Ahmad): a one-letter
    // word before a word of another script is an initial, not a domain.
    let initials = !last.is_ascii() && rest.iter().any(|l| l.chars().count() < 2);
    registrable && labels.iter().all(label_ok) && is_top_level(last) && !initials
}

/// The rest of a URL after its scheme (`https:`, then any slashes or backslashes, which browsers
/// read alike), if the word holds one. A one-letter scheme is a drive (`C:\`).
fn after_scheme(token: &str) -> Option<&str> {
    token.match_indices(':').find_map(|(i, _)| {
        let rest = &token[i + 1..];
        if !rest.starts_with(['/', '\\']) {
            return None;
        }
        let scheme = token[..i]
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .next()
            .unwrap_or_default();
        let is_scheme = scheme.len() >= 2 && scheme.starts_with(|c: char| c.is_ascii_alphabetic());
        is_scheme.then(|| rest.trim_start_matches(['/', '\\']))
    })
}

/// IPv6 literals in a word: runs of hex digits and colons, standing alone, that parse as one.
fn ipv6_literals(token: &str, snippet: &str, out: &mut Vec<Finding>) {
    // Most words have no colon at all; an address has at least two.
    if token.bytes().filter(|b| *b == b':').count() < 2 {
        return;
    }
    let is_part = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
    let chars: Vec<(usize, char)> = token.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_part(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && is_part(chars[j].1) {
            j += 1;
        }
        let glued = (i > 0 && chars[i - 1].1.is_alphanumeric())
            || (j < chars.len() && chars[j].1.is_alphanumeric() && chars[j].1 != '%');
        let end = chars.get(j).map_or(token.len(), |c| c.0);
        let run = token[chars[i].0..end].trim_end_matches('.');
        let run = if run.starts_with("::") {
            run
        } else {
            run.trim_start_matches(':')
        };
        let run = if run.ends_with("::") {
            run
        } else {
            run.trim_end_matches(':')
        };
        if !glued
            && run.matches(':').count() >= 2
            && run.contains(|c: char| c.is_ascii_hexdigit())
            && let Ok(ip) = run.parse::<Ipv6Addr>()
        {
            check_ip(IpAddr::V6(ip), snippet, out);
        }
        i = j;
    }
}

/// Domains, email addresses, URL hosts and IP addresses that are not reserved or allowed. Each
/// word is read in NFKC, so that look-alike dots, letters and digits count as what they show.
pub fn addresses(text: &str, allowed: &[String], reading: Reading) -> Vec<Finding> {
    let mut out = Vec::new();
    for written in tokens(text) {
        let folded = nfkc(written);
        let token = trim_token(&folded);
        if token.is_empty() {
            continue;
        }
        ipv6_literals(&folded, written, &mut out);
        if let Some(rest) = after_scheme(token) {
            let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or_default();
            let host_port = authority.rsplit('@').next().unwrap_or_default();
            let host = host_port.split(':').next().unwrap_or_default();
            check_host(host, written, allowed, &mut out);
        } else if let Some((_, domain)) = token.split_once('@')
            && !domain.is_empty()
            && domain.contains('.')
            && !token.starts_with('@')
        {
            check_host(trim_token(domain), written, allowed, &mut out);
        } else if token.parse::<Ipv4Addr>().is_ok() {
            check_host(token, written, allowed, &mut out);
        } else if reading == Reading::Prose {
            let host = token
                .split(['/', '\\', '?', '#'])
                .next()
                .unwrap_or_default();
            let host = host.split(':').next().unwrap_or_default();
            if looks_like_domain(host) {
                check_host(host, written, allowed, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "hosts_tests.rs"]
mod tests;
