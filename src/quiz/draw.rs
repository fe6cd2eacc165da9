//! Drawing a round: a fair mix of verdicts, channels and themes, reproducible from the RNG.

use std::collections::HashMap;

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use crate::content::{Scenario, Verdict};

/// Picks `count` distinct scenarios (indices into `pool`), in play order.
///
/// Each verdict gets 30–70% of the round when the pool allows, so that always answering the same way
/// cannot pass; within a verdict, channels and themes not yet used are preferred.
pub fn draw_round(pool: &[Scenario], count: usize, rng: &mut impl Rng) -> Vec<usize> {
    let count = count.min(pool.len());
    let (mut dangerous, mut safe): (Vec<usize>, Vec<usize>) =
        (0..pool.len()).partition(|&i| pool[i].verdict == Verdict::Dangerous);
    dangerous.shuffle(rng);
    safe.shuffle(rng);
    let low = (count * 3).div_ceil(10);
    let high = (count * 7) / 10;
    let wanted = if low <= high {
        rng.random_range(low..=high)
    } else {
        count / 2
    };
    // Shift the split where one verdict runs short.
    let want_dangerous = wanted.clamp(count.saturating_sub(safe.len()), dangerous.len());
    let want_safe = count - want_dangerous;
    let mut picked = Vec::with_capacity(count);
    let mut channels = HashMap::new();
    let mut themes = HashMap::new();
    for (from, take) in [(&mut dangerous, want_dangerous), (&mut safe, want_safe)] {
        for _ in 0..take {
            let best = (0..from.len())
                .min_by_key(|&k| {
                    let s = &pool[from[k]];
                    (
                        channels.get(&s.channel).copied().unwrap_or(0usize)
                            + themes.get(&s.theme).copied().unwrap_or(0usize),
                        k,
                    )
                })
                .unwrap_or(0);
            let index = from.swap_remove(best);
            *channels.entry(pool[index].channel).or_default() += 1;
            *themes.entry(pool[index].theme).or_default() += 1;
            picked.push(index);
        }
    }
    picked.shuffle(rng);
    picked
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::{Channel, Theme};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    pub fn scenario(id: usize, verdict: Verdict, channel: Channel, theme: Theme) -> Scenario {
        let text = format!(
            "id = \"s{id}\"\nchannel = \"sms\"\nverdict = \"safe\"\ntheme = \"myths\"\ntitle = \"t\"\nlesson = \"l\"\ndifficulty = \"easy\"\n[sms]\nsender = \"x\"\ntext = \"y\"\n"
        );
        let mut s: Scenario = toml::from_str(&text).expect("fixture");
        s.verdict = verdict;
        s.channel = channel;
        s.theme = theme;
        s
    }

    fn pool(dangerous: usize, safe: usize) -> Vec<Scenario> {
        (0..dangerous + safe)
            .map(|i| {
                let verdict = if i < dangerous {
                    Verdict::Dangerous
                } else {
                    Verdict::Safe
                };
                let channel = Channel::ALL[i % Channel::ALL.len()];
                let theme = Theme::ALL[i % Theme::ALL.len()];
                scenario(i, verdict, channel, theme)
            })
            .collect()
    }

    #[test]
    fn same_seed_same_round_and_different_seed_different_round() {
        let pool = pool(30, 30);
        let a = draw_round(&pool, 10, &mut StdRng::seed_from_u64(7));
        let b = draw_round(&pool, 10, &mut StdRng::seed_from_u64(7));
        let c = draw_round(&pool, 10, &mut StdRng::seed_from_u64(8));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn no_repeats_and_both_verdicts_within_bounds() {
        let pool = pool(40, 40);
        for seed in 0..200 {
            let round = draw_round(&pool, 10, &mut StdRng::seed_from_u64(seed));
            let mut unique = round.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), 10, "seed {seed}");
            let dangerous = round
                .iter()
                .filter(|&&i| pool[i].verdict == Verdict::Dangerous)
                .count();
            assert!(
                (3..=7).contains(&dangerous),
                "seed {seed}: {dangerous} dangerous"
            );
        }
    }

    #[test]
    fn channels_are_mixed() {
        let pool = pool(45, 45);
        let round = draw_round(&pool, 10, &mut StdRng::seed_from_u64(1));
        let mut channels: Vec<_> = round.iter().map(|&i| pool[i].channel).collect();
        channels.sort();
        channels.dedup();
        assert_eq!(
            channels.len(),
            Channel::ALL.len(),
            "every channel in a round of ten from a mixed pool"
        );
    }

    #[test]
    fn short_pools_shift_the_split_and_cap_the_count() {
        let short = pool(9, 1);
        let round = draw_round(&short, 10, &mut StdRng::seed_from_u64(3));
        assert_eq!(round.len(), 10);
        let pool2 = pool(2, 1);
        assert_eq!(
            draw_round(&pool2, 10, &mut StdRng::seed_from_u64(3)).len(),
            3
        );
    }
}
