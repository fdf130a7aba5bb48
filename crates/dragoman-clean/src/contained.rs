//! Contained paragraphs: one whose word trigrams are 90% or more found in
//! another paragraph is a repeat; the fuller copy is kept.

use crate::paragraphs::Para;
use crate::Options;
use std::collections::{HashMap, HashSet};

/// Pairs `(dropped, kept)` of paragraph indices.
pub(crate) fn find(raw: &str, paras: &[Para], opts: &Options) -> Vec<(usize, usize)> {
    let shingles: Vec<HashSet<u64>> = paras.iter().map(|p| trigrams(&raw[p.range()])).collect();
    let words: Vec<usize> = paras.iter().map(|p| raw[p.range()].split_whitespace().count()).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in shingles.iter().enumerate() {
        for &h in set {
            index.entry(h).or_default().push(i);
        }
    }
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let is_dropped = |d: &[(usize, usize)], i: usize| d.iter().any(|&(x, _)| x == i);
    for i in 0..paras.len() {
        if words[i] < opts.min_words_contained || shingles[i].is_empty() || is_dropped(&dropped, i) {
            continue;
        }
        // Count shared trigrams with every other paragraph.
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for h in &shingles[i] {
            for &j in &index[h] {
                if j != i {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let need = (shingles[i].len() as f64 * opts.containment).ceil() as usize;
        // The fuller paragraph that contains this one: longer, or as long and earlier.
        let fuller = shared
            .into_iter()
            .filter(|&(j, n)| n >= need && !is_dropped(&dropped, j))
            .filter(|&(j, _)| shingles[j].len() > shingles[i].len() || (shingles[j].len() == shingles[i].len() && j < i))
            .max_by_key(|&(j, n)| (n, std::cmp::Reverse(j)));
        if let Some((j, _)) = fuller {
            dropped.push((i, j));
        }
    }
    dropped.sort_unstable();
    dropped
}

/// Hashes of the paragraph's lower-cased word trigrams (FNV-1a: fast, and
/// collisions only ever make two paragraphs look more alike by a trigram).
fn trigrams(s: &str) -> HashSet<u64> {
    let words: Vec<u64> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
    words.windows(3).map(|w| w[0].rotate_left(42) ^ w[1].rotate_left(21) ^ w[2]).collect()
}

fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in w.chars().flat_map(char::to_lowercase) {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs::split;

    fn dropped(raw: &str) -> Vec<String> {
        let paras = split(raw);
        find(raw, &paras, &Options::default()).into_iter().map(|(i, _)| raw[paras[i].range()].to_string()).collect()
    }

    #[test]
    fn a_shorter_repeat_is_dropped() {
        let raw = "The envoys met for three hours in Geneva on Tuesday and agreed to meet again.\nThe envoys met for three hours in Geneva on Tuesday and agreed to meet again soon.";
        assert_eq!(dropped(raw), ["The envoys met for three hours in Geneva on Tuesday and agreed to meet again."]);
    }

    #[test]
    fn different_paragraphs_stay() {
        let raw = "The envoys met for three hours in Geneva on Tuesday.\nThe ministers met for two hours in Vienna on Friday.";
        assert!(dropped(raw).is_empty());
    }

    #[test]
    fn short_lines_may_repeat() {
        assert!(dropped("He declined to comment.\nHe declined to comment.").is_empty());
    }
}
