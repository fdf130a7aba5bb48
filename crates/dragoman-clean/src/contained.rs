//! Contained paragraphs: one whose word bigrams are 90% or more found in an
//! earlier paragraph is a repeat; of the two, the fuller copy is kept.
//!
//! Linear in practice: exact repeats are found by a hash of the whole
//! paragraph; near repeats through an index of bigrams, where bigrams shared
//! by very many paragraphs (boilerplate phrases) are not used to find
//! candidates, so a text of many similar lines stays fast.

use crate::paragraphs::Para;
use crate::Options;
use std::collections::{HashMap, HashSet};

/// A bigram in more paragraphs than this does not propose candidates.
const MAX_POSTINGS: usize = 32;

/// Pairs `(dropped, kept)` of paragraph indices, sorted.
pub(crate) fn find(raw: &str, paras: &[Para], opts: &Options) -> Vec<(usize, usize)> {
    let words: Vec<Vec<u64>> = paras.iter().map(|p| word_hashes(&raw[p.range()])).collect();
    let mut dropped = vec![None::<usize>; paras.len()];

    // Exact repeats (same words, case and punctuation aside): keep the first.
    let mut first_of: HashMap<&[u64], usize> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.len() < opts.min_words_contained {
            continue;
        }
        match first_of.get(w.as_slice()) {
            Some(&j) => dropped[i] = Some(j),
            None => {
                first_of.insert(w, i);
            }
        }
    }

    // Near repeats.
    let shingles: Vec<HashSet<u64>> = words.iter().map(|w| bigrams(w)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in shingles.iter().enumerate() {
        if dropped[i].is_some() {
            continue;
        }
        for &h in set {
            index.entry(h).or_default().push(i);
        }
    }
    for i in 0..paras.len() {
        if words[i].len() < opts.min_words_contained
            || shingles[i].is_empty()
            || dropped[i].is_some()
        {
            continue;
        }
        let mut candidates: HashSet<usize> = HashSet::new();
        for h in &shingles[i] {
            let postings = &index[h];
            if postings.len() <= MAX_POSTINGS {
                candidates.extend(postings.iter().copied().filter(|&j| j != i));
            }
        }
        let need = (shingles[i].len() as f64 * opts.containment).ceil() as usize;
        // An earlier paragraph that contains this one (a pull quote printed
        // before the paragraph it comes from is not a repeat).
        let earlier = candidates
            .into_iter()
            .filter(|&j| j < i && dropped[j].is_none())
            .map(|j| (j, shingles[i].intersection(&shingles[j]).count()))
            .filter(|&(_, n)| n >= need)
            .max_by_key(|&(j, n)| (n, std::cmp::Reverse(j)));
        // Of the two, the fuller copy stays.
        if let Some((j, _)) = earlier {
            if shingles[i].len() > shingles[j].len() {
                dropped[j] = Some(i);
            } else {
                dropped[i] = Some(j);
            }
        }
    }
    dropped
        .into_iter()
        .enumerate()
        .filter_map(|(i, d)| d.map(|j| (i, j)))
        .collect()
}

/// Hashes of the lower-cased words (FNV-1a: fast; a collision can only make
/// two paragraphs look more alike by a word).
fn word_hashes(s: &str) -> Vec<u64> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(word_hash)
        .collect()
}

fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in w.chars().flat_map(char::to_lowercase) {
        h ^= c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn bigrams(words: &[u64]) -> HashSet<u64> {
    words
        .windows(3)
        .map(|w| w[0].rotate_left(42) ^ w[1].rotate_left(21) ^ w[2])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs::split;

    fn dropped(raw: &str) -> Vec<String> {
        let paras = split(raw);
        find(raw, &paras, &Options::default())
            .into_iter()
            .map(|(i, _)| raw[paras[i].range()].to_string())
            .collect()
    }

    #[test]
    fn a_fuller_later_copy_replaces_the_earlier_one() {
        let raw = "The envoys met for three hours in Geneva on Tuesday and agreed to meet again.\nThe envoys met for three hours in Geneva on Tuesday and agreed to meet again soon.";
        assert_eq!(
            dropped(raw),
            ["The envoys met for three hours in Geneva on Tuesday and agreed to meet again."]
        );
    }

    #[test]
    fn a_shorter_later_repeat_is_dropped() {
        let raw = "The envoys met for three hours in Geneva on Tuesday and agreed to meet again soon.\nThe envoys met for three hours in Geneva on Tuesday and agreed to meet again.";
        let paras = split(raw);
        assert_eq!(find(raw, &paras, &Options::default()), vec![(1, 0)]);
    }

    #[test]
    fn a_pull_quote_before_its_paragraph_stays() {
        let raw = "“We will not sign a deal that leaves the river without a commission,” she said.\nThe minister spoke for an hour. “We will not sign a deal that leaves the river without a commission,” she said, to applause.";
        assert!(dropped(raw).is_empty());
    }

    #[test]
    fn an_exact_repeat_keeps_the_first() {
        let p = "The envoys met for three hours in Geneva on Tuesday, officials said.";
        let raw = format!("{p}\nSomething else entirely is said in between these two.\n{p}");
        let paras = split(&raw);
        assert_eq!(find(&raw, &paras, &Options::default()), vec![(2, 0)]);
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

    #[test]
    fn many_similar_lines_are_handled_without_blowing_up() {
        let raw: String = (0..3000)
            .map(|i| format!("Line {i} of a long table of results from the regional count.\n"))
            .collect();
        assert!(dropped(&raw).is_empty());
    }
}
