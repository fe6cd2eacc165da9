//! The fairness gate: can a player who judges nothing pass this pack? Per channel it compares
//! the surface of safe and dangerous items, measures the verdict balance of every channel and
//! theme, and runs two players without judgement: a briefing lookup and a surface-word model.
//! Everything here returns figures; front ends word them.

pub mod lookup;
pub mod regression;
pub mod scan;
pub mod surface;
pub mod words;

use std::collections::BTreeMap;

use crate::content::model::{Manifest, Pack, Scenario};
use crate::content::taxonomy::{Channel, Theme, Verdict};
use lookup::Briefing;
pub use surface::{ChannelSurface, Contrast, Share, Surface};

/// A scenario and the briefing of the pack it came from (none when the manifest did not load).
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub scenario: &'a Scenario,
    pub manifest: Option<&'a Manifest>,
}

/// How many of a group are safe.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    pub safe: usize,
    pub total: usize,
}

impl Split {
    pub fn safe_share(self) -> f64 {
        ratio(self.safe, self.total)
    }
}

/// How many guesses were right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
}

impl Score {
    pub fn accuracy(self) -> f64 {
        ratio(self.correct, self.total)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// A player without judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Player {
    /// Dangerous when anything is missing from the briefing or a button is faint or a box ticked.
    BriefingLookup,
    /// A word and character n-gram model of the channel fields, cross-validated.
    SurfaceWords,
    /// Always answers the pack's more common verdict (a floor to read the others against).
    Majority,
}

impl Player {
    pub const ALL: &'static [Player] = &[
        Player::BriefingLookup,
        Player::SurfaceWords,
        Player::Majority,
    ];

    /// A stable name for reports and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Player::BriefingLookup => "briefing_lookup",
            Player::SurfaceWords => "surface_words",
            Player::Majority => "majority",
        }
    }

    /// Whether the budget applies to it (the majority answer is a reference, not a strategy
    /// the bank must defeat: the verdict balance budget covers it).
    pub fn is_budgeted(self) -> bool {
        !matches!(self, Player::Majority)
    }
}

/// How well one player did, overall and per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub player: Player,
    pub overall: Score,
    pub by_channel: BTreeMap<Channel, Score>,
}

/// Everything the gate measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Fairness {
    pub scenarios: usize,
    pub by_channel: BTreeMap<Channel, Split>,
    pub by_theme: BTreeMap<Theme, Split>,
    pub surfaces: Vec<ChannelSurface>,
    pub baselines: Vec<Baseline>,
    pub words: words::WordModel,
}

/// Limits a pack must stay within to count as fair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    /// Highest accuracy a budgeted player may reach over the whole pack.
    pub overall: f64,
    /// Highest accuracy a budgeted player may reach in one channel.
    pub per_channel: f64,
    /// Accuracy over fewer items than this (overall or in a channel) says too little to judge.
    pub channel_items: usize,
    /// Each verdict's share of every channel and theme must lie in this range.
    pub verdict_share: (f64, f64),
}

/// The built-in pack's budget (issue 13).
pub const BUDGET: Budget = Budget {
    overall: 0.65,
    per_channel: 0.75,
    channel_items: 15,
    verdict_share: (0.40, 0.60),
};

/// A group of scenarios the verdict balance is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Channel(Channel),
    Theme(Theme),
}

/// One figure outside the budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Breach {
    /// A player scores above the limit, overall (channel None) or in one channel.
    Baseline {
        player: Player,
        channel: Option<Channel>,
        score: Score,
        limit: f64,
    },
    /// A channel or theme is lopsided.
    VerdictShare { group: Group, split: Split },
}

/// Measures the pack(s) the items come from.
pub fn measure(items: &[Item<'_>]) -> Fairness {
    let scenarios: Vec<&Scenario> = items.iter().map(|i| i.scenario).collect();
    let mut by_channel: BTreeMap<Channel, Split> = BTreeMap::new();
    let mut by_theme: BTreeMap<Theme, Split> = BTreeMap::new();
    for s in &scenarios {
        for split in [
            by_channel.entry(s.channel).or_default(),
            by_theme.entry(s.theme).or_default(),
        ] {
            split.safe += usize::from(s.verdict == Verdict::Safe);
            split.total += 1;
        }
    }
    let lookup = lookup_guesses(items);
    let words = words::fit(&scenarios);
    let safe = by_channel.values().map(|s| s.safe).sum::<usize>();
    let majority = if safe * 2 > scenarios.len() {
        Verdict::Safe
    } else {
        Verdict::Dangerous
    };
    let baselines = vec![
        baseline(Player::BriefingLookup, &scenarios, &lookup),
        baseline(Player::SurfaceWords, &scenarios, &words.guesses),
        baseline(
            Player::Majority,
            &scenarios,
            &vec![Some(majority); scenarios.len()],
        ),
    ];
    Fairness {
        scenarios: scenarios.len(),
        by_channel,
        by_theme,
        surfaces: surface::by_channel(&scenarios),
        baselines,
        words,
    }
}

/// Measures one loaded pack.
pub fn measure_pack(pack: &Pack) -> Fairness {
    let items: Vec<Item<'_>> = pack
        .scenarios
        .iter()
        .map(|scenario| Item {
            scenario,
            manifest: Some(&pack.manifest),
        })
        .collect();
    measure(&items)
}

fn lookup_guesses(items: &[Item<'_>]) -> Vec<Option<Verdict>> {
    // Each pack's briefing is read once, not once per scenario.
    let mut briefings: Vec<(&Manifest, Briefing)> = Vec::new();
    let empty = Briefing::default();
    let mut guesses = Vec::with_capacity(items.len());
    for item in items {
        let briefing = match item.manifest {
            Some(m) => match briefings.iter().position(|(k, _)| std::ptr::eq(*k, m)) {
                Some(at) => &briefings[at].1,
                None => {
                    briefings.push((m, Briefing::from_manifest(m)));
                    &briefings[briefings.len() - 1].1
                }
            },
            None => &empty,
        };
        guesses.push(Some(lookup::verdict(briefing, item.scenario)));
    }
    guesses
}

fn baseline(player: Player, scenarios: &[&Scenario], guesses: &[Option<Verdict>]) -> Baseline {
    let mut overall = Score::default();
    let mut by_channel: BTreeMap<Channel, Score> = BTreeMap::new();
    for (s, guess) in scenarios.iter().zip(guesses) {
        let Some(guess) = guess else { continue };
        for score in [&mut overall, by_channel.entry(s.channel).or_default()] {
            score.correct += usize::from(*guess == s.verdict);
            score.total += 1;
        }
    }
    Baseline {
        player,
        overall,
        by_channel,
    }
}

impl Fairness {
    /// The figures of one player.
    pub fn baseline(&self, player: Player) -> Option<&Baseline> {
        self.baselines.iter().find(|b| b.player == player)
    }

    /// Every figure outside `budget`.
    pub fn breaches(&self, budget: &Budget) -> Vec<Breach> {
        let mut out = Vec::new();
        for b in self.baselines.iter().filter(|b| b.player.is_budgeted()) {
            if b.overall.total >= budget.channel_items && b.overall.accuracy() > budget.overall {
                out.push(Breach::Baseline {
                    player: b.player,
                    channel: None,
                    score: b.overall,
                    limit: budget.overall,
                });
            }
            for (channel, score) in &b.by_channel {
                let items = self.by_channel.get(channel).map_or(0, |s| s.total);
                if items >= budget.channel_items && score.accuracy() > budget.per_channel {
                    out.push(Breach::Baseline {
                        player: b.player,
                        channel: Some(*channel),
                        score: *score,
                        limit: budget.per_channel,
                    });
                }
            }
        }
        let (low, high) = budget.verdict_share;
        let groups = (self
            .by_channel
            .iter()
            .map(|(c, s)| (Group::Channel(*c), *s)))
        .chain(self.by_theme.iter().map(|(t, s)| (Group::Theme(*t), *s)));
        for (group, split) in groups {
            let share = split.safe_share();
            if split.total > 0 && !(low..=high).contains(&share) {
                out.push(Breach::VerdictShare { group, split });
            }
        }
        out
    }
}

/// A surface difference big enough for players to learn instead of checking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tell {
    /// One verdict's items are much longer: (safe mean, dangerous mean) in characters.
    Length {
        channel: Channel,
        mean_length: (f64, f64),
    },
    /// One verdict's items show a feature much more often.
    Share {
        channel: Channel,
        contrast: Contrast,
    },
}

/// A feature share gap above this (in points of a fraction) is a tell.
pub const MAX_SHARE_GAP: f64 = 0.2;
/// A mean length ratio above this is a tell.
pub const MAX_LENGTH_RATIO: f64 = 1.3;
/// A side with fewer items than this is too small to show a tell.
pub const TELL_MIN_ITEMS: usize = 5;

impl Fairness {
    /// Surface differences beyond the bounds, per channel.
    pub fn tells(&self) -> Vec<Tell> {
        let mut out = Vec::new();
        for s in &self.surfaces {
            if s.safe.min(s.dangerous) < TELL_MIN_ITEMS {
                continue;
            }
            if s.length_ratio() > MAX_LENGTH_RATIO {
                out.push(Tell::Length {
                    channel: s.channel,
                    mean_length: s.mean_length,
                });
            }
            for c in &s.contrasts {
                let enough = c.safe.of.min(c.dangerous.of) >= TELL_MIN_ITEMS;
                if enough && c.gap() > MAX_SHARE_GAP {
                    out.push(Tell::Share {
                        channel: s.channel,
                        contrast: *c,
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
