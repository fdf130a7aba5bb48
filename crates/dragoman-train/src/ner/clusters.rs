//! Learning the word clusters ([`WordClusters`]) from unlabeled text.
//!
//! Each word (normalized key, seen at least [`MIN_COUNT`] times) is a sparse
//! vector of positive pointwise mutual information with the most frequent
//! words at offsets −2, −1, +1, +2; spherical k-means groups the vectors at
//! two granularities. Deterministic: centroids start at evenly spaced
//! frequency ranks, and every sum runs in a fixed order.

use dragoman_entities::clusters::WordClusters;
use dragoman_entities::features::word_key;
use dragoman_tokenize::tokens;
use rayon::prelude::*;
use std::collections::HashMap;

/// Words seen fewer times get no cluster.
pub const MIN_COUNT: u32 = 3;
/// Context words: the most frequent ones.
const CONTEXT_WORDS: usize = 500;
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];
/// k-means rounds.
const ROUNDS: usize = 12;

/// Learns clusters from `texts` with `coarse` and `fine` cluster counts.
pub fn learn(texts: &[String], coarse: usize, fine: usize) -> WordClusters {
    let sequences: Vec<Vec<u64>> = texts
        .par_iter()
        .map(|t| {
            tokens(t)
                .iter()
                .map(|tok| word_key(tok.span.of(t)))
                .collect()
        })
        .collect();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for s in &sequences {
        for &k in s {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut by_freq: Vec<(u64, u32)> = counts
        .iter()
        .map(|(&k, &c)| (k, c))
        .filter(|&(_, c)| c >= MIN_COUNT)
        .collect();
    by_freq.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let word_index: HashMap<u64, usize> = by_freq
        .iter()
        .enumerate()
        .map(|(i, &(k, _))| (k, i))
        .collect();
    let context_index: HashMap<u64, usize> = by_freq
        .iter()
        .take(CONTEXT_WORDS)
        .enumerate()
        .map(|(i, &(k, _))| (k, i))
        .collect();
    let vectors = ppmi_vectors(&sequences, &word_index, &context_index, by_freq.len());
    let dims = CONTEXT_WORDS * OFFSETS.len();
    let coarse_ids = kmeans(&vectors, dims, coarse);
    let fine_ids = kmeans(&vectors, dims, fine);
    WordClusters::from_entries(
        by_freq
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| (k, coarse_ids[i] as u16, fine_ids[i] as u16)),
    )
}

type SparseVector = Vec<(u32, f32)>;

/// PPMI context vectors, L2-normalized, one per vocabulary word.
fn ppmi_vectors(
    sequences: &[Vec<u64>],
    words: &HashMap<u64, usize>,
    contexts: &HashMap<u64, usize>,
    n_words: usize,
) -> Vec<SparseVector> {
    let mut pairs: Vec<HashMap<u32, f32>> = vec![HashMap::new(); n_words];
    let mut dim_totals = vec![0f64; contexts.len() * OFFSETS.len()];
    for s in sequences {
        for (i, k) in s.iter().enumerate() {
            let Some(&w) = words.get(k) else { continue };
            for (o, off) in OFFSETS.iter().enumerate() {
                let j = i as isize + off;
                let Some(c) = usize::try_from(j)
                    .ok()
                    .and_then(|j| s.get(j))
                    .and_then(|c| contexts.get(c))
                else {
                    continue;
                };
                let dim = (o * contexts.len() + c) as u32;
                *pairs[w].entry(dim).or_default() += 1.0;
                dim_totals[dim as usize] += 1.0;
            }
        }
    }
    let total: f64 = dim_totals.iter().sum();
    pairs
        .into_par_iter()
        .map(|m| {
            let word_total: f64 = m.values().map(|&x| f64::from(x)).sum();
            let mut v: SparseVector = m
                .into_iter()
                .filter_map(|(d, n)| {
                    let pmi = (f64::from(n) * total / (word_total * dim_totals[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|&(d, _)| d);
            let norm = v.iter().map(|&(_, x)| x * x).sum::<f32>().sqrt().max(1e-6);
            v.iter_mut().for_each(|(_, x)| *x /= norm);
            v
        })
        .collect()
}

/// Spherical k-means; returns the cluster of every vector.
fn kmeans(vectors: &[SparseVector], dims: usize, k: usize) -> Vec<usize> {
    let k = k.min(vectors.len()).max(1);
    // Centroids stored dimension-major: centroids[d * k + c].
    let mut centroids = vec![0f32; dims * k];
    for c in 0..k {
        let seed = c * vectors.len() / k;
        for &(d, x) in &vectors[seed] {
            centroids[d as usize * k + c] = x;
        }
    }
    let mut assignment = vec![0usize; vectors.len()];
    for _ in 0..ROUNDS {
        assignment = vectors
            .par_iter()
            .map(|v| {
                let mut scores = vec![0f32; k];
                for &(d, x) in v {
                    let row = &centroids[d as usize * k..(d as usize + 1) * k];
                    scores.iter_mut().zip(row).for_each(|(s, &c)| *s += x * c);
                }
                scores
                    .iter()
                    .enumerate()
                    .fold(
                        (0, f32::MIN),
                        |best, (c, &s)| if s > best.1 { (c, s) } else { best },
                    )
                    .0
            })
            .collect();
        centroids.iter_mut().for_each(|x| *x = 0.0);
        for (v, &c) in vectors.iter().zip(&assignment) {
            for &(d, x) in v {
                centroids[d as usize * k + c] += x;
            }
        }
        let mut norms = vec![0f32; k];
        for (i, x) in centroids.iter().enumerate() {
            norms[i % k] += x * x;
        }
        for (i, x) in centroids.iter_mut().enumerate() {
            *x /= norms[i % k].sqrt().max(1e-6);
        }
    }
    assignment
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut texts = Vec::new();
        for (name, place) in [
            ("Anna", "Paris"),
            ("Boris", "Oslo"),
            ("Carla", "Lima"),
            ("Dmitri", "Riga"),
        ] {
            for _ in 0..5 {
                texts.push(format!(
                    "yesterday {name} said that the talks in {place} will go on ."
                ));
                texts.push(format!(
                    "on Monday {name} said it was over ; flights to {place} were cut ."
                ));
            }
        }
        let c = learn(&texts, 4, 8);
        let words = [
            "Anna", "Boris", "Carla", "Dmitri", "Paris", "Oslo", "Lima", "Riga", "the", "said",
            "in",
        ];
        let got: Vec<String> = words
            .iter()
            .map(|w| format!("{w}:{:?}", c.of(word_key(w))))
            .collect();
        let fine = |w: &str| c.of(word_key(w)).map(|x| x.1);
        assert!(fine("Anna").is_some(), "{got:?}");
        assert_eq!(fine("Anna"), fine("Boris"), "{got:?}");
        assert_eq!(fine("Paris"), fine("Riga"), "{got:?}");
        assert_ne!(fine("Anna"), fine("Paris"), "{got:?}");
    }
}
