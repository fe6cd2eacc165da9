//! Domains, email addresses, URLs and IP addresses: only names reserved for documentation
//! (or allowed by the pack) and documentation IP ranges may appear.

use std::net::Ipv4Addr;

use super::Finding;
use crate::content::problem::Breach;

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
                breach: Breach::Ip(ip),
            });
        }
        return;
    }
    if !host.is_ascii() {
        out.push(Finding {
            snippet: snippet.to_string(),
            breach: Breach::NonAsciiDomain(host.to_string()),
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
}
