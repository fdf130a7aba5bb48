//! A gazetteer of entity names learnt from training data, stored as phrase hashes.
//!
//! Each phrase is a sequence of normalized token keys (see
//! [`crate::features`]) hashed together; the table maps a phrase hash to the
//! entity types it was seen with, plus a bit saying that a longer phrase
//! starts with it (so matching can stop early). Only hashes are kept: the
//! model file carries no text.

use crate::hash::mix;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The longest phrase, in tokens, the gazetteer holds.
pub const MAX_PHRASE: usize = 6;

const SEED: u64 = 0x6761_7a65_7474_6565;
const PREFIX: u8 = 1 << 4;

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A map keyed by hashes.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Phrase hashes with the entity types (bits 0–3, by [`crate::tags::TYPES`] index) seen for them,
/// and token keys with the types of the entities they were seen in.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: HashKeyed<u8>,
    members: HashKeyed<u8>,
}

/// The hash of the phrase made of `keys`.
fn phrase_hash(keys: &[u64]) -> u64 {
    keys.iter().fold(SEED, |h, &k| mix(h, k))
}

impl Gazetteer {
    /// Adds a phrase (normalized token keys) seen as an entity of type index `ty`.
    pub fn insert(&mut self, keys: &[u64], ty: usize) {
        if keys.is_empty() || keys.len() > MAX_PHRASE {
            return;
        }
        for k in 1..keys.len() {
            *self.entries.entry(phrase_hash(&keys[..k])).or_default() |= PREFIX;
        }
        *self.entries.entry(phrase_hash(keys)).or_default() |= 1 << ty;
        for &k in keys {
            *self.members.entry(k).or_default() |= 1 << ty;
        }
    }

    /// The types (bits by type index) of the entities a token key was seen in.
    pub fn member_types(&self, key: u64) -> u8 {
        self.members.get(&key).copied().unwrap_or(0)
    }

    /// Number of phrases and prefixes stored.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// For every token of a sentence (its normalized keys), a 16-bit mask: bit
    /// `4 * ty + position` is set when the longest phrase starting at some
    /// token covers it as an entity of type `ty` at that BILOU position.
    pub fn matches(&self, keys: &[u64], out: &mut Vec<u16>) {
        out.clear();
        out.resize(keys.len(), 0);
        if self.entries.is_empty() {
            return;
        }
        for start in 0..keys.len() {
            let mut h = SEED;
            let mut best: Option<(usize, u8)> = None;
            for (j, &k) in keys.iter().enumerate().skip(start).take(MAX_PHRASE) {
                h = mix(h, k);
                let Some(&flags) = self.entries.get(&h) else {
                    break;
                };
                if flags & 0x0f != 0 {
                    best = Some((j + 1, flags & 0x0f));
                }
                if flags & PREFIX == 0 {
                    break;
                }
            }
            let Some((end, types)) = best else { continue };
            for ty in (0..4).filter(|ty| types & (1 << ty) != 0) {
                for (i, mask) in out.iter_mut().enumerate().take(end).skip(start) {
                    let position = match (i == start, i + 1 == end) {
                        (true, true) => 3,
                        (true, false) => 0,
                        (false, true) => 2,
                        (false, false) => 1,
                    };
                    *mask |= 1 << (4 * ty + position);
                }
            }
        }
    }

    /// The phrase entries and the member entries, each sorted by hash, for writing.
    pub fn sorted_entries(&self) -> [Vec<(u64, u8)>; 2] {
        [&self.entries, &self.members].map(|m| {
            let mut v: Vec<(u64, u8)> = m.iter().map(|(&k, &f)| (k, f)).collect();
            v.sort_unstable();
            v
        })
    }

    /// A gazetteer from stored phrase and member entries.
    pub fn from_entries(entries: Vec<(u64, u8)>, members: Vec<(u64, u8)>) -> Gazetteer {
        Gazetteer {
            entries: entries.into_iter().collect(),
            members: members.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_marks_positions() {
        let mut g = Gazetteer::default();
        g.insert(&[1, 2], 2); // a two-token LOC
        g.insert(&[1], 0); // its first token alone is a PER
        let mut out = Vec::new();
        g.matches(&[9, 1, 2, 1], &mut out);
        assert_eq!(out[0], 0);
        assert_eq!(out[1], 1 << (4 * 2)); // B-LOC
        assert_eq!(out[2], 1 << (4 * 2 + 2)); // L-LOC
        assert_eq!(out[3], 1 << 3); // U-PER
        assert_eq!(g.member_types(1), 0b101);
        assert_eq!(g.member_types(2), 0b100);
    }
}
