//! What a scenario looks like at a glance, before anyone reads it: its length, whether it has a
//! situation line, links, attachments, a faint button, a pre-ticked box and so on. Safe and
//! dangerous items of one channel should look alike on each of these.

use std::collections::BTreeMap;

use super::scan;
use crate::content::channel::Weight;
use crate::content::model::{Body, Scenario};
use crate::content::taxonomy::{Channel, Verdict};

/// A yes-or-no feature of a scenario's surface. A feature that a channel cannot have (an
/// attachment on a cookie banner) is left out of that channel's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Surface {
    Situation,
    Links,
    Attachments,
    FaintButtons,
    PreTicked,
    Verified,
    BareNumberSender,
    ReplyTo,
    Sponsored,
}

impl Surface {
    pub const ALL: &'static [Surface] = &[
        Surface::Situation,
        Surface::Links,
        Surface::Attachments,
        Surface::FaintButtons,
        Surface::PreTicked,
        Surface::Verified,
        Surface::BareNumberSender,
        Surface::ReplyTo,
        Surface::Sponsored,
    ];

    /// A stable name for reports and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Surface::Situation => "situation",
            Surface::Links => "links",
            Surface::Attachments => "attachments",
            Surface::FaintButtons => "faint_buttons",
            Surface::PreTicked => "pre_ticked",
            Surface::Verified => "verified",
            Surface::BareNumberSender => "bare_number_sender",
            Surface::ReplyTo => "reply_to",
            Surface::Sponsored => "sponsored",
        }
    }

    /// Whether `scenario` shows this feature, or None when its channel cannot.
    pub fn of(self, scenario: &Scenario) -> Option<bool> {
        let body = scenario.body()?;
        match self {
            Surface::Situation => Some(!scenario.situation.trim().is_empty()),
            Surface::Links => has_links(body),
            Surface::Attachments => match body {
                Body::Email(e) => Some(!e.attachments.is_empty()),
                Body::Message(m) => Some(!m.attachments.is_empty()),
                _ => None,
            },
            Surface::FaintButtons => {
                let buttons = match body {
                    Body::Consent(c) => &c.buttons,
                    Body::Permission(p) => &p.buttons,
                    Body::Web(w) => &w.buttons,
                    Body::Notification(n) => &n.buttons,
                    _ => return None,
                };
                Some(buttons.iter().any(|b| b.weight == Weight::Link))
            }
            Surface::PreTicked => match body {
                Body::Consent(c) => Some(c.checkboxes.iter().any(|b| b.checked)),
                _ => None,
            },
            Surface::Verified => verified(body),
            Surface::BareNumberSender => match body {
                Body::Sms(s) => Some(scan::is_bare_number(&s.sender)),
                Body::Message(m) => Some(scan::is_bare_number(&m.handle)),
                // Caller ID showing only a number, no saved name.
                Body::Call(c) => Some(scan::is_bare_number(&c.caller)),
                _ => None,
            },
            Surface::ReplyTo => match body {
                Body::Email(e) => Some(!e.reply_to.trim().is_empty()),
                _ => None,
            },
            Surface::Sponsored => match body {
                Body::Post(p) => Some(p.sponsored),
                _ => None,
            },
        }
    }
}

/// Whether the scenario carries a link the player could follow (None where a channel has none).
pub fn has_links(body: Body<'_>) -> Option<bool> {
    match body {
        Body::Email(e) => Some(!e.links.is_empty()),
        Body::Message(m) => Some(!m.links.is_empty()),
        Body::Post(p) => Some(p.link.is_some()),
        Body::Sms(s) => Some(scan::has_link(&s.text)),
        // Links posted in a meeting's chat.
        Body::Call(c) => Some(!c.links.is_empty()),
        Body::Notification(n) => Some(scan::has_link(&n.text)),
        _ => None,
    }
}

/// Whether the sender shows a verified mark (None where a channel has no such mark).
pub fn verified(body: Body<'_>) -> Option<bool> {
    match body {
        Body::Post(p) => Some(p.verified),
        Body::Message(m) => Some(m.verified),
        _ => None,
    }
}

/// Characters in every field of the scenario's channel table.
pub fn text_length(scenario: &Scenario) -> usize {
    scenario.body().map_or(0, |b| {
        b.fields().iter().map(|f| f.text.chars().count()).sum()
    })
}

/// How many of the items a feature applies to show it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub with: usize,
    pub of: usize,
}

impl Share {
    /// The share as a fraction, 0 when the feature applies to none.
    pub fn fraction(self) -> f64 {
        if self.of == 0 {
            0.0
        } else {
            self.with as f64 / self.of as f64
        }
    }
}

/// One feature compared between the safe and the dangerous items of a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contrast {
    pub surface: Surface,
    pub safe: Share,
    pub dangerous: Share,
}

impl Contrast {
    /// The difference in share, in points of a fraction (0.3 = 30 percentage points).
    pub fn gap(&self) -> f64 {
        (self.safe.fraction() - self.dangerous.fraction()).abs()
    }
}

/// The surface of one channel's safe items against its dangerous items.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelSurface {
    pub channel: Channel,
    pub safe: usize,
    pub dangerous: usize,
    /// Mean characters in the channel's fields: safe, dangerous.
    pub mean_length: (f64, f64),
    /// Only the features this channel can show.
    pub contrasts: Vec<Contrast>,
}

impl ChannelSurface {
    /// Longer mean over shorter mean (1 when alike).
    pub fn length_ratio(&self) -> f64 {
        let (a, b) = self.mean_length;
        a.max(b) / a.min(b).max(1.0)
    }
}

/// Compares safe and dangerous items per channel, in the order of `Channel::ALL`; channels with
/// no items are left out.
pub fn by_channel(scenarios: &[&Scenario]) -> Vec<ChannelSurface> {
    let mut groups: BTreeMap<Channel, Vec<&Scenario>> = BTreeMap::new();
    for s in scenarios {
        groups.entry(s.channel).or_default().push(s);
    }
    groups
        .into_iter()
        .map(|(channel, items)| compare(channel, &items))
        .collect()
}

fn compare(channel: Channel, items: &[&Scenario]) -> ChannelSurface {
    let (safe, dangerous): (Vec<&Scenario>, Vec<&Scenario>) =
        items.iter().partition(|s| s.verdict == Verdict::Safe);
    let mean = |side: &[&Scenario]| {
        side.iter().map(|s| text_length(s) as f64).sum::<f64>() / side.len().max(1) as f64
    };
    let share = |side: &[&Scenario], surface: Surface| {
        side.iter()
            .filter_map(|s| surface.of(s))
            .fold(Share::default(), |acc, has| Share {
                with: acc.with + usize::from(has),
                of: acc.of + 1,
            })
    };
    let contrasts = Surface::ALL
        .iter()
        .map(|&surface| Contrast {
            surface,
            safe: share(&safe, surface),
            dangerous: share(&dangerous, surface),
        })
        .filter(|c| c.safe.of + c.dangerous.of > 0)
        .collect();
    ChannelSurface {
        channel,
        safe: safe.len(),
        dangerous: dangerous.len(),
        mean_length: (mean(&safe), mean(&dangerous)),
        contrasts,
    }
}
