//! The surface-word model: a player who has learnt which words go with which verdict, and reads
//! nothing else. It sees only the text of the channel's fields (never the briefing, the flags,
//! the signs or the lessons): word unigrams and bigrams and character 3- to 5-grams inside words,
//! as binary features, in a logistic regression trained by plain gradient descent with an L2
//! penalty and scored by k-fold cross-validation.
//!
//! Everything is deterministic: features are numbered in reading order, the folds are fixed by a
//! hash of each scenario's id (twins share a fold, see [`super::regression::assign_folds`]), and
//! sums run in a fixed order. The features are the pack's most frequent ones (capped, chosen
//! without looking at any verdict), so the time taken is bounded whatever the pack holds.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::regression::{assign_folds, kernel, train};

use crate::content::model::Scenario;
use crate::content::taxonomy::Verdict;

/// At most this many features (the most frequent) are used.
const MAX_FEATURES: usize = 8192;
/// A feature must occur in at least this many scenarios to be used.
const MIN_SCENARIOS: u32 = 2;
/// Folds of the cross-validation (fewer when the pack is smaller).
pub const FOLDS: usize = 10;
/// Below this many scenarios there is too little to learn from; the model is not scored.
pub const MIN_TO_LEARN: usize = 10;
/// Beyond this many scenarios the model reads a fixed sample of them, to keep `check` quick.
pub const MAX_SCENARIOS: usize = 600;

/// What the word model learnt and how well it guessed.
#[derive(Debug, Clone, PartialEq)]
pub struct WordModel {
    /// The cross-validated guess for each scenario given, in order; None for scenarios left out
    /// of the sample, or when there are too few to cross-validate.
    pub guesses: Vec<Option<Verdict>>,
    /// Words and word pairs it leans on most, trained on every scenario: weight > 0 leans
    /// dangerous, < 0 safe; the strongest first.
    pub leans_dangerous: Vec<(String, f64)>,
    pub leans_safe: Vec<(String, f64)>,
}

/// The text the model reads: every field of the scenario's channel table.
fn document(scenario: &Scenario) -> String {
    scenario.body().map_or_else(String::new, |b| {
        b.fields()
            .iter()
            .map(|f| f.text)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// FNV-1a: a fixed hash, the same on every machine and run.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    hash_more(0xcbf2_9ce4_8422_2325, bytes)
}

/// The features' keys are hashes already: the map uses them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_more(self.0, bytes);
    }
    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

/// Numbers features in the order they are first seen; keeps the words' text for reporting.
#[derive(Default)]
struct Features {
    ids: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    words: Vec<Option<String>>,
}

/// FNV-1a continued over more bytes.
fn hash_more(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Features {
    fn id(&mut self, key: u64, word: impl FnOnce() -> Option<String>) -> u32 {
        let next = self.words.len() as u32;
        *self.ids.entry(key).or_insert_with(|| {
            self.words.push(word());
            next
        })
    }

    /// Whether a feature is a pair of words.
    fn is_pair(&self, feature: u32) -> bool {
        self.words
            .get(feature as usize)
            .is_some_and(|w| w.as_ref().is_some_and(|w| w.contains(' ')))
    }

    /// The sorted, distinct features of one text.
    fn of(&mut self, text: &str) -> Vec<u32> {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        let mut padded: Vec<u8> = Vec::new();
        let mut starts: Vec<usize> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let key = hash_more(stable_hash(b"w "), word.as_bytes());
            out.push(self.id(key, || Some(word.to_string())));
            if let Some(next) = words.get(i + 1) {
                let key = hash_more(hash_more(stable_hash(b"b "), word.as_bytes()), b" ");
                let key = hash_more(key, next.as_bytes());
                out.push(self.id(key, || Some(format!("{word} {next}"))));
            }
            // Character grams of " word ", hashed straight from its bytes.
            padded.clear();
            padded.push(b' ');
            padded.extend_from_slice(word.as_bytes());
            padded.push(b' ');
            starts.clear();
            starts.extend((0..padded.len()).filter(|&b| (padded[b] & 0xC0) != 0x80));
            starts.push(padded.len());
            for n in 3..=5 {
                for window in starts.windows(n + 1) {
                    let key = hash_more(stable_hash(b"c "), &padded[window[0]..window[n]]);
                    out.push(self.id(key, || None));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Fits and cross-validates the word model on `scenarios`.
pub fn fit(scenarios: &[&Scenario]) -> WordModel {
    let sample = sample(scenarios);
    let mut features = Features::default();
    let docs: Vec<Vec<u32>> = sample
        .iter()
        .map(|&i| features.of(&document(scenarios[i])))
        .collect();
    let dangerous: Vec<bool> = sample
        .iter()
        .map(|&i| scenarios[i].verdict == Verdict::Dangerous)
        .collect();
    let chosen = choose(&docs, features.words.len());
    let gram = kernel(&docs, &chosen);
    let mut guesses = vec![None; scenarios.len()];
    let folds = FOLDS.min(sample.len());
    if sample.len() >= MIN_TO_LEARN {
        let ids: Vec<&str> = sample.iter().map(|&i| scenarios[i].id.as_str()).collect();
        let pairs: Vec<Vec<u32>> = docs
            .iter()
            .map(|doc| {
                doc.iter()
                    .copied()
                    .filter(|&f| features.is_pair(f))
                    .collect()
            })
            .collect();
        let fold = assign_folds(&pairs, &ids, folds);
        for k in 0..folds {
            let rows: Vec<usize> = (0..docs.len()).filter(|&d| fold[d] != k).collect();
            let model = train(&gram, rows, &dangerous);
            for d in (0..docs.len()).filter(|&d| fold[d] == k) {
                let guess = if model.score(&gram, d) > 0.0 {
                    Verdict::Dangerous
                } else {
                    Verdict::Safe
                };
                guesses[sample[d]] = Some(guess);
            }
        }
    }
    let all: Vec<usize> = (0..docs.len()).collect();
    let model = train(&gram, all, &dangerous);
    let (leans_dangerous, leans_safe) = leanings(&docs, &chosen, &model.alpha, &features.words);
    WordModel {
        guesses,
        leans_dangerous,
        leans_safe,
    }
}

/// Which scenarios the model reads: all of them, or a fixed sample of a very large pack.
fn sample(scenarios: &[&Scenario]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scenarios.len()).collect();
    if order.len() > MAX_SCENARIOS {
        order.sort_by_key(|&i| (stable_hash(scenarios[i].id.as_bytes()), i));
        order.truncate(MAX_SCENARIOS);
        order.sort_unstable();
    }
    order
}

/// The most frequent features (by the number of scenarios they occur in), each given a slot.
fn choose(docs: &[Vec<u32>], total: usize) -> HashMap<u32, usize> {
    let mut frequency = vec![0u32; total];
    for doc in docs {
        for &f in doc {
            frequency[f as usize] += 1;
        }
    }
    let mut ranked: Vec<u32> = (0..total as u32)
        .filter(|&f| frequency[f as usize] >= MIN_SCENARIOS)
        .collect();
    ranked.sort_by_key(|&f| (std::cmp::Reverse(frequency[f as usize]), f));
    ranked.truncate(MAX_FEATURES);
    ranked
        .into_iter()
        .enumerate()
        .map(|(slot, f)| (f, slot))
        .collect()
}

/// The weight of each chosen word feature (the model's weights are the training scenarios'
/// features, each normalised and scaled by its alpha); the ten strongest each way.
type Leanings = (Vec<(String, f64)>, Vec<(String, f64)>);

fn leanings(
    docs: &[Vec<u32>],
    chosen: &HashMap<u32, usize>,
    alpha: &[f64],
    words: &[Option<String>],
) -> Leanings {
    let mut weight: HashMap<u32, f64> = HashMap::new();
    for (doc, a) in docs.iter().zip(alpha) {
        let kept: Vec<u32> = doc
            .iter()
            .copied()
            .filter(|f| chosen.contains_key(f))
            .collect();
        let norm = (kept.len() as f64).sqrt().max(1.0);
        for f in kept {
            *weight.entry(f).or_default() += a / norm;
        }
    }
    let mut ranked: Vec<(u32, f64)> = weight
        .into_iter()
        .filter(|(f, _)| words.get(*f as usize).is_some_and(Option::is_some))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let name = |f: u32| words.get(f as usize).cloned().flatten().unwrap_or_default();
    let dangerous = ranked
        .iter()
        .take_while(|(_, w)| *w > 0.0)
        .take(10)
        .map(|&(f, w)| (name(f), w))
        .collect();
    let safe = ranked
        .iter()
        .rev()
        .take_while(|(_, w)| *w < 0.0)
        .take(10)
        .map(|&(f, w)| (name(f), w))
        .collect();
    (dangerous, safe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_words_pairs_and_character_grams_numbered_in_order() {
        let mut features = Features::default();
        let first = features.of("Verify now");
        let again = features.of("verify NOW");
        assert_eq!(first, again, "case does not matter");
        let words: Vec<&str> = features
            .words
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        assert_eq!(words, ["verify", "verify now", "now"]);
        // " verify " has 6 + 5 + 4 grams of 3, 4 and 5 characters; " now " has 3 + 2 + 1.
        assert_eq!(first.len(), 3 + 15 + 6);
    }
}
