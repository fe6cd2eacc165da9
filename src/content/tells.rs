//! The tell check over the whole bank: safe and dangerous scenarios must not differ in ways a
//! player could learn instead of checking (length, domain suffix, links, attachments, channel
//! mix). The same comparisons per channel, and the players without judgement, are in
//! [`super::fairness`].

use std::collections::BTreeMap;

use super::fairness::surface::{self, Surface, text_length};
use super::model::Scenario;
use super::taxonomy::{Channel, Verdict};

/// Figures for one verdict's scenarios.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Side {
    pub count: usize,
    pub mean_length: f64,
    pub with_links: f64,
    pub with_attachments: f64,
    /// Share of posts and messages from an account with a verified mark.
    pub verified: f64,
    /// Share of domains under each reserved suffix ("example", "test", "invalid", "example.com", ...).
    pub suffixes: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tells {
    pub safe: Side,
    pub dangerous: Side,
    /// Safe share per channel.
    pub safe_share_by_channel: BTreeMap<Channel, (usize, usize)>,
}

/// Bounds beyond which a difference is a tell.
pub const MAX_LENGTH_RATIO: f64 = 1.3;
pub const MAX_SHARE_GAP: f64 = 0.2;
pub const MIN_CHANNEL_SAFE: f64 = 0.3;
pub const MAX_CHANNEL_SAFE: f64 = 0.7;

fn has_links(s: &Scenario) -> bool {
    s.body().and_then(surface::has_links).unwrap_or(false)
}

fn has_attachments(s: &Scenario) -> bool {
    Surface::Attachments.of(s).unwrap_or(false)
}

/// The reserved suffix of every domain-like word in the scenario's fields.
fn suffixes(s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = s.body() else { return out };
    for field in body.fields() {
        for word in field.text.split(|c: char| {
            c.is_whitespace() || matches!(c, '/' | '@' | '<' | '>' | '"' | '(' | ')' | ',')
        }) {
            let word = word
                .trim_end_matches(['.', ',', ';', ':', '!', '?'])
                .to_ascii_lowercase();
            for suffix in [
                "example.com",
                "example.net",
                "example.org",
                "example",
                "test",
                "invalid",
            ] {
                if word.ends_with(&format!(".{suffix}")) {
                    out.push(suffix.to_string());
                    break;
                }
            }
        }
    }
    out
}

fn side(items: &[&Scenario]) -> Side {
    let n = items.len().max(1) as f64;
    let mut suffix_counts: BTreeMap<String, usize> = BTreeMap::new();
    for s in items {
        for suffix in suffixes(s) {
            *suffix_counts.entry(suffix).or_default() += 1;
        }
    }
    let total: usize = suffix_counts.values().sum();
    Side {
        count: items.len(),
        mean_length: items.iter().map(|s| text_length(s) as f64).sum::<f64>() / n,
        with_links: items.iter().filter(|s| has_links(s)).count() as f64 / n,
        with_attachments: items.iter().filter(|s| has_attachments(s)).count() as f64 / n,
        verified: {
            let social: Vec<bool> = items
                .iter()
                .filter_map(|s| s.body().and_then(surface::verified))
                .collect();
            social.iter().filter(|v| **v).count() as f64 / social.len().max(1) as f64
        },
        suffixes: suffix_counts
            .into_iter()
            .map(|(k, v)| (k, v as f64 / total.max(1) as f64))
            .collect(),
    }
}

pub fn measure(scenarios: &[Scenario]) -> Tells {
    let (dangerous, safe): (Vec<&Scenario>, Vec<&Scenario>) = scenarios
        .iter()
        .partition(|s| s.verdict == Verdict::Dangerous);
    let mut by_channel = BTreeMap::new();
    for s in scenarios {
        let entry: &mut (usize, usize) = by_channel.entry(s.channel).or_default();
        entry.0 += usize::from(s.verdict == Verdict::Safe);
        entry.1 += 1;
    }
    Tells {
        safe: side(&safe),
        dangerous: side(&dangerous),
        safe_share_by_channel: by_channel,
    }
}

/// A difference beyond the bounds, with the figures a front end words.
#[derive(Debug, Clone, PartialEq)]
pub enum TellProblem {
    /// Mean lengths of safe and dangerous items, and their ratio.
    Length {
        safe: f64,
        dangerous: f64,
        ratio: f64,
    },
    /// Shares of safe and dangerous items with something (links, attachments, verified marks).
    Share {
        what: Shared,
        safe: f64,
        dangerous: f64,
    },
    /// Shares of safe and dangerous domains under one reserved suffix.
    Suffix {
        suffix: String,
        safe: f64,
        dangerous: f64,
    },
    /// A channel whose safe share is outside the bounds.
    ChannelMix {
        channel: Channel,
        safe: usize,
        total: usize,
        share: f64,
    },
}

/// What a share of items has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    Links,
    Attachments,
    VerifiedMarks,
}

impl Tells {
    /// Differences beyond the bounds.
    pub fn found(&self) -> Vec<TellProblem> {
        let (s, d) = (&self.safe, &self.dangerous);
        let mut out = Vec::new();
        let ratio = s.mean_length.max(d.mean_length) / s.mean_length.min(d.mean_length).max(1.0);
        if ratio > MAX_LENGTH_RATIO {
            out.push(TellProblem::Length {
                safe: s.mean_length,
                dangerous: d.mean_length,
                ratio,
            });
        }
        for (what, a, b) in [
            (Shared::Links, s.with_links, d.with_links),
            (Shared::Attachments, s.with_attachments, d.with_attachments),
            (Shared::VerifiedMarks, s.verified, d.verified),
        ] {
            if (a - b).abs() > MAX_SHARE_GAP {
                out.push(TellProblem::Share {
                    what,
                    safe: a,
                    dangerous: b,
                });
            }
        }
        let keys: std::collections::BTreeSet<&String> =
            s.suffixes.keys().chain(d.suffixes.keys()).collect();
        for key in keys {
            let (a, b) = (
                s.suffixes.get(key).copied().unwrap_or(0.0),
                d.suffixes.get(key).copied().unwrap_or(0.0),
            );
            if (a - b).abs() > MAX_SHARE_GAP {
                out.push(TellProblem::Suffix {
                    suffix: key.clone(),
                    safe: a,
                    dangerous: b,
                });
            }
        }
        for (channel, (safe, total)) in &self.safe_share_by_channel {
            let share = *safe as f64 / *total as f64;
            if *total >= 6 && !(MIN_CHANNEL_SAFE..=MAX_CHANNEL_SAFE).contains(&share) {
                out.push(TellProblem::ChannelMix {
                    channel: *channel,
                    safe: *safe,
                    total: *total,
                    share,
                });
            }
        }
        out
    }

    /// Differences beyond the bounds, each said in English (the tests' and scripts' wording;
    /// `redflag check` words [`Tells::found`] in the player's language).
    pub fn problems(&self) -> Vec<String> {
        self.found()
            .into_iter()
            .map(|problem| match problem {
                TellProblem::Length { safe, dangerous, ratio } => format!("length: safe items average {safe:.0} characters, dangerous {dangerous:.0} (ratio {ratio:.2} > {MAX_LENGTH_RATIO})"),
                TellProblem::Share { what, safe, dangerous } => {
                    let what = match what {
                        Shared::Links => "links",
                        Shared::Attachments => "attachments",
                        Shared::VerifiedMarks => "verified marks (posts and messages)",
                    };
                    format!("{what}: {:.0}% of safe items have them, {:.0}% of dangerous (gap > {:.0} points)", safe * 100.0, dangerous * 100.0, MAX_SHARE_GAP * 100.0)
                }
                TellProblem::Suffix { suffix, safe, dangerous } => format!(
                    "domain suffix .{suffix}: {:.0}% of safe domains, {:.0}% of dangerous",
                    safe * 100.0,
                    dangerous * 100.0
                ),
                TellProblem::ChannelMix { channel, safe, total, share } => format!(
                    "channel {channel}: {safe} of {total} are safe ({:.0}%), outside 30–70%",
                    share * 100.0
                ),
            })
            .collect()
    }

    /// The figures in a few lines, for people.
    pub fn lines(&self) -> Vec<String> {
        let side = |name: &str, s: &Side| {
            let suffixes: Vec<String> = s
                .suffixes
                .iter()
                .map(|(k, v)| format!(".{k} {:.0}%", v * 100.0))
                .collect();
            format!(
                "{name}: {} items, mean length {:.0}, with links {:.0}%, with attachments {:.0}%, verified posts/messages {:.0}%, suffixes {}",
                s.count,
                s.mean_length,
                s.with_links * 100.0,
                s.with_attachments * 100.0,
                s.verified * 100.0,
                suffixes.join(" ")
            )
        };
        let mut out = vec![side("safe", &self.safe), side("dangerous", &self.dangerous)];
        let channels: Vec<String> = self
            .safe_share_by_channel
            .iter()
            .map(|(c, (s, t))| format!("{c} {s}/{t}"))
            .collect();
        out.push(format!("safe per channel: {}", channels.join(", ")));
        out
    }
}
