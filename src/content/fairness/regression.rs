//! Logistic regression for the word model, small and deterministic: plain gradient descent with
//! an L2 penalty, run in its dual form over a kernel of feature overlaps (the same steps as on
//! the weights, in time bounded by the number of scenarios rather than of features), and the
//! cross-validation folds that keep twins together.

use std::collections::HashMap;

use super::words::stable_hash;

const STEPS: usize = 100;
const STEP_SIZE: f64 = 4.0;
const L2: f64 = 1e-3;

/// e^x without the platform's maths library (the game's binary does not load it).
fn exp(x: f64) -> f64 {
    let x = x.clamp(-700.0, 700.0);
    let k = (x / std::f64::consts::LN_2 + if x < 0.0 { -0.5 } else { 0.5 }) as i64;
    let r = x - k as f64 * std::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for i in 1..=13 {
        term *= r / f64::from(i);
        sum += term;
    }
    sum * f64::from_bits(((k + 1023) as u64) << 52)
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + exp(-z))
}

/// Cosine overlap of every pair of scenarios over the chosen features.
pub fn kernel(docs: &[Vec<u32>], chosen: &HashMap<u32, usize>) -> Vec<Vec<f64>> {
    let words = chosen.len().div_ceil(64);
    let bits: Vec<Vec<u64>> = docs
        .iter()
        .map(|doc| {
            let mut set = vec![0u64; words];
            for slot in doc.iter().filter_map(|f| chosen.get(f)) {
                set[slot / 64] |= 1 << (slot % 64);
            }
            set
        })
        .collect();
    let counts: Vec<f64> = bits
        .iter()
        .map(|b| f64::from(b.iter().map(|w| w.count_ones()).sum::<u32>()))
        .collect();
    let n = docs.len();
    let mut gram = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in i..n {
            let common: u32 = bits[i]
                .iter()
                .zip(&bits[j])
                .map(|(a, b)| (a & b).count_ones())
                .sum();
            let norm = (counts[i] * counts[j]).sqrt();
            let k = if norm > 0.0 {
                f64::from(common) / norm
            } else {
                0.0
            };
            gram[i][j] = k;
            gram[j][i] = k;
        }
    }
    gram
}

/// Sum of products, written as a plain loop: it is the hot spot of `check`, in debug builds too.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len().min(b.len());
    let (mut s0, mut s1, mut s2, mut s3) = (0.0, 0.0, 0.0, 0.0);
    let mut j = 0;
    while j + 4 <= n {
        s0 += a[j] * b[j];
        s1 += a[j + 1] * b[j + 1];
        s2 += a[j + 2] * b[j + 2];
        s3 += a[j + 3] * b[j + 3];
        j += 4;
    }
    while j < n {
        s0 += a[j] * b[j];
        j += 1;
    }
    (s0 + s1) + (s2 + s3)
}

/// A model trained on some rows: each row's alpha and the bias.
pub struct Trained {
    rows: Vec<usize>,
    pub alpha: Vec<f64>,
    bias: f64,
}

impl Trained {
    pub fn score(&self, gram: &[Vec<f64>], doc: usize) -> f64 {
        let row: Vec<f64> = self.rows.iter().map(|&j| gram[doc][j]).collect();
        dot(&row, &self.alpha) + self.bias
    }
}

/// Gradient descent on the mean logistic loss plus L2, with the weights kept as a combination
/// of the training scenarios (`alpha`): the same steps as on the weights themselves.
pub fn train(gram: &[Vec<f64>], rows: Vec<usize>, dangerous: &[bool]) -> Trained {
    let m = rows.len();
    let sub: Vec<Vec<f64>> = rows
        .iter()
        .map(|&i| rows.iter().map(|&j| gram[i][j]).collect())
        .collect();
    let target: Vec<f64> = rows
        .iter()
        .map(|&i| f64::from(u8::from(dangerous[i])))
        .collect();
    let scale = STEP_SIZE / m.max(1) as f64;
    let mut alpha = vec![0.0; m];
    let mut bias = 0.0;
    let mut residual = vec![0.0; m];
    for _ in 0..STEPS {
        for r in 0..m {
            residual[r] = sigmoid(dot(&sub[r], &alpha) + bias) - target[r];
        }
        for r in 0..m {
            alpha[r] = alpha[r] * (1.0 - STEP_SIZE * L2) - scale * residual[r];
        }
        bias -= scale * residual.iter().sum::<f64>();
    }
    Trained { rows, alpha, bias }
}

/// Two scenarios that share this much of their word pairs (Jaccard) are twins: the same
/// surface with a detail changed. Unrelated items of the built-in pack share under 0.2.
const TWIN_OVERLAP: f64 = 0.35;
/// Twins are grouped only up to this size, so that a pack of look-alike items is not held out
/// as one block.
const MAX_TWINS: usize = 6;

/// Shared share of two sorted lists of word pairs.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Each scenario's fold: twins share one, and each group of twins goes to the fold a hash of
/// its first id names. Held out apart, a twin would be guessed from its sibling (with the other
/// verdict) and the figure would say more about twins than about words that give verdicts away.
pub fn assign_folds(pairs: &[Vec<u32>], ids: &[&str], folds: usize) -> Vec<usize> {
    let n = ids.len().min(pairs.len());
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b
                && size[a] + size[b] <= MAX_TWINS
                && jaccard(&pairs[i], &pairs[j]) >= TWIN_OVERLAP
            {
                let (keep, join) = (a.min(b), a.max(b));
                parent[join] = keep;
                size[keep] += size[join];
            }
        }
    }
    let mut first: Vec<&str> = ids[..n].to_vec();
    for (i, id) in ids.iter().enumerate().take(n) {
        let r = root(&mut parent, i);
        if *id < first[r] {
            first[r] = id;
        }
    }
    (0..n)
        .map(|i| {
            let r = root(&mut parent, i);
            (stable_hash(first[r].as_bytes()) % folds.max(1) as u64) as usize
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_matches_the_known_values() {
        for (x, want) in [
            (0.0, 1.0),
            (1.0, std::f64::consts::E),
            (-3.5, 0.030_197_383_422_318_5),
        ] {
            assert!((exp(x) - want).abs() < 1e-12 * want.max(1.0), "{x}");
        }
        assert!(exp(800.0).is_finite() && exp(-800.0) >= 0.0);
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-15);
    }
}
