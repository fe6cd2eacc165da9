//! The briefing lookup: a player who checks nothing but whether every sender, address, handle,
//! link host and phone number is in the briefing, and whether a button is faint or a box
//! pre-ticked. A bank this player passes teaches the lookup instead of judgement.

use super::scan::{self, Mention};
use crate::content::channel::Weight;
use crate::content::model::{Body, Manifest, Scenario};
use crate::content::taxonomy::Verdict;

/// Everything the briefing names that a lookup can compare: domains, handles, phone numbers,
/// and its text (where sender names such as "AdHarbor" are found).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    /// Lowercase; a host under one of them (`it.brightside.example`) counts as named.
    domains: Vec<String>,
    /// Lowercase, with their `@`.
    handles: Vec<String>,
    /// Digits only.
    phones: Vec<String>,
    /// Every string of the briefing, lowercase, one per line.
    text: String,
    /// The pack's own real domains, so that their hosts are read as hosts.
    allowed: Vec<String>,
}

impl Briefing {
    /// What a player could look up in the pack's `pack.toml`.
    pub fn from_manifest(manifest: &Manifest) -> Self {
        let world = &manifest.world;
        let allowed: Vec<String> = manifest
            .allowed_domains
            .iter()
            .map(|d| d.to_lowercase())
            .collect();
        let mut strings: Vec<&str> = vec![
            &world.company.name,
            &world.company.domain,
            &world.company.you,
            &world.company.about,
        ];
        strings.extend(world.rules.iter().map(String::as_str));
        for c in &world.colleague {
            strings.extend([c.name.as_str(), &c.role, &c.email, &c.phone]);
            strings.extend(c.habits.iter().map(String::as_str));
        }
        for c in &world.contact {
            strings.extend([c.name.as_str(), &c.kind, &c.phone]);
            strings.extend(c.domains.iter().map(String::as_str));
            strings.extend(c.handles.iter().map(String::as_str));
            strings.extend(c.habits.iter().map(String::as_str));
        }
        let mut briefing = Briefing {
            domains: allowed.clone(),
            allowed,
            ..Briefing::default()
        };
        for text in &strings {
            for mention in scan::mentions(text, &briefing.allowed) {
                match mention {
                    Mention::Host(h) => briefing.domains.push(h),
                    Mention::Handle(h) => briefing.handles.push(h.to_lowercase()),
                }
            }
            briefing.phones.extend(scan::phones(text));
            briefing.text.push_str(&text.to_lowercase());
            briefing.text.push('\n');
        }
        // A domain written bare in the manifest's lists, even one the scanner would not read as
        // a host, is named all the same.
        let listed = std::iter::once(&world.company.domain)
            .chain(world.contact.iter().flat_map(|c| c.domains.iter()));
        briefing.domains.extend(listed.map(|d| d.to_lowercase()));
        briefing.domains.sort();
        briefing.domains.dedup();
        briefing
    }

    fn knows_host(&self, host: &str) -> bool {
        self.domains.iter().any(|d| {
            host == d
                || host
                    .strip_suffix(d.as_str())
                    .is_some_and(|r| r.ends_with('.'))
        })
    }

    fn knows_handle(&self, handle: &str) -> bool {
        let handle = handle.to_lowercase();
        self.handles.contains(&handle)
    }

    fn knows_phone(&self, digits: &str) -> bool {
        self.phones.iter().any(|p| scan::same_phone(p, digits))
    }

    /// Whether a sender name appears in the briefing as a whole word.
    fn knows_name(&self, name: &str) -> bool {
        let name = name.trim().to_lowercase();
        !name.is_empty()
            && self.text.match_indices(&name).any(|(at, _)| {
                let before = self.text[..at].chars().next_back();
                let after = self.text[at + name.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    }

    /// Whether a push's app is named: "AdHarbor Ads Manager" counts as AdHarbor's when the
    /// briefing names AdHarbor, as a player glancing at the first word would take it.
    fn knows_app(&self, app: &str) -> bool {
        let first = app
            .split(|c: char| c.is_whitespace() || c == '·')
            .next()
            .unwrap_or_default();
        self.knows_name(app) || self.knows_name(first)
    }
}

/// What gave a scenario away to the lookup: the first thing it found missing or marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    UnknownHost(String),
    UnknownHandle(String),
    UnknownPhone(String),
    UnknownSender(String),
    FaintButton,
    PreTickedBox,
}

/// The first thing the lookup finds against `scenario`, or None when everything is named.
pub fn find(briefing: &Briefing, scenario: &Scenario) -> Option<Finding> {
    let body = scenario.body()?;
    let buttons = match body {
        Body::Consent(c) => c.buttons.as_slice(),
        Body::Permission(p) => p.buttons.as_slice(),
        Body::Web(w) => w.buttons.as_slice(),
        Body::Notification(n) => n.buttons.as_slice(),
        _ => &[],
    };
    if buttons.iter().any(|b| b.weight == Weight::Link) {
        return Some(Finding::FaintButton);
    }
    if let Body::Consent(c) = body
        && c.checkboxes.iter().any(|b| b.checked)
    {
        return Some(Finding::PreTickedBox);
    }
    let sender = match body {
        Body::Sms(s) => Some(s.sender.as_str()),
        Body::Post(p) => Some(p.handle.as_str()),
        Body::Message(m) => Some(m.handle.as_str()),
        Body::Call(c) => Some(c.caller.as_str()),
        _ => None,
    };
    if let Some(sender) = sender.map(str::trim)
        && let Some(finding) = find_sender(briefing, sender)
    {
        return Some(finding);
    }
    if let Body::Notification(n) = body
        && !briefing.knows_app(&n.app)
    {
        return Some(Finding::UnknownSender(n.app.clone()));
    }
    // Replies under a post are anyone's: only what the sender wrote is looked up.
    let own_post = match body {
        Body::Post(p) => Some(crate::content::channel::Post {
            replies: Vec::new(),
            ..p.clone()
        }),
        _ => None,
    };
    let body = own_post.as_ref().map_or(body, Body::Post);
    for field in body.fields() {
        for mention in scan::mentions(field.text, &briefing.allowed) {
            match mention {
                Mention::Host(h) if !briefing.knows_host(&h) => {
                    return Some(Finding::UnknownHost(h));
                }
                Mention::Handle(h) if !briefing.knows_handle(&h) => {
                    return Some(Finding::UnknownHandle(h));
                }
                _ => {}
            }
        }
        if let Some(phone) = scan::phones(field.text)
            .into_iter()
            .find(|p| !briefing.knows_phone(p))
        {
            return Some(Finding::UnknownPhone(phone));
        }
    }
    None
}

fn find_sender(briefing: &Briefing, sender: &str) -> Option<Finding> {
    if scan::is_bare_number(sender) {
        let digits: String = sender.chars().filter(char::is_ascii_digit).collect();
        return (!briefing.knows_phone(&digits)).then_some(Finding::UnknownPhone(digits));
    }
    if sender.starts_with('@') {
        return (!briefing.knows_handle(sender))
            .then(|| Finding::UnknownHandle(sender.to_string()));
    }
    if sender.contains('@') || !scan::phones(sender).is_empty() {
        // An address or "Name (number)": its parts are looked up with the other fields.
        return None;
    }
    (!briefing.knows_name(sender)).then(|| Finding::UnknownSender(sender.to_string()))
}

/// The lookup's answer: dangerous when it finds anything, safe otherwise.
pub fn verdict(briefing: &Briefing, scenario: &Scenario) -> Verdict {
    if find(briefing, scenario).is_some() {
        Verdict::Dangerous
    } else {
        Verdict::Safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing() -> Briefing {
        let manifest: Manifest = toml::from_str(
            r#"
id = "t"
name = "T"
language = "en"
version = "1"
[world.company]
name = "Testco"
domain = "testco.example"
you = "Alex"
[[world.contact]]
name = "Meridian Bank"
kind = "bank"
domains = ["meridianbank.example"]
phone = "+1 800 555 0110"
habits = ["Texts come from the sender name Meridian", "Alerts from alerts@notify.meridian.test"]
"#,
        )
        .expect("manifest");
        Briefing::from_manifest(&manifest)
    }

    #[test]
    fn subdomains_of_named_domains_are_named_but_look_alikes_are_not() {
        let b = briefing();
        for host in [
            "testco.example",
            "it.testco.example",
            "notify.meridian.test",
        ] {
            assert!(b.knows_host(host), "{host}");
        }
        for host in [
            "evil-testco.example",
            "testco.example.login.test",
            "meridian.test",
        ] {
            assert!(!b.knows_host(host), "{host}");
        }
    }

    #[test]
    fn names_are_whole_words_and_numbers_match_without_the_country_code() {
        let b = briefing();
        assert!(b.knows_name("Meridian") && b.knows_name("meridian bank"));
        assert!(!b.knows_name("Merid") && !b.knows_name("MeridianPay"));
        assert!(b.knows_phone("8005550110") && !b.knows_phone("8005550111"));
    }
}
