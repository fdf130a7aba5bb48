//! Terms interned into ids, and profiles as unit-length sparse TF-IDF vectors
//! with their cosine.
//!
//! Weights are sublinear: `(1 + ln tf) · ln(N / df)`. In a batch, terms that
//! only one report holds are dropped (they cannot join two reports).

use crate::profile::Profile;
use ahash::AHashMap;

/// Term ids and how many reports hold each term.
#[derive(Clone, Debug, Default)]
pub struct Vocab {
    /// Term ids by a 64-bit hash of the term (the index needs no term text).
    ids: AHashMap<u64, u32>,
    df: Vec<u32>,
    docs: u32,
}

impl Vocab {
    /// The id of a term, interning it if new.
    pub fn intern(&mut self, term: &str) -> u32 {
        let key = term_hash(term);
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = u32::try_from(self.df.len()).expect("fewer than 2^32 terms");
        self.ids.insert(key, id);
        self.df.push(0);
        id
    }

    /// The id of a known term.
    pub fn get(&self, term: &str) -> Option<u32> {
        self.ids.get(&term_hash(term)).copied()
    }

    /// Counts one more report holding these (distinct) term ids.
    pub fn count(&mut self, ids: impl IntoIterator<Item = u32>) {
        self.docs += 1;
        for id in ids {
            self.df[id as usize] += 1;
        }
    }

    /// How many reports hold term `id`.
    pub fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    /// How many reports were counted.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.df.len()
    }

    /// Whether no term is known.
    pub fn is_empty(&self) -> bool {
        self.df.is_empty()
    }

    /// An estimate of the heap the vocabulary holds, in bytes.
    pub fn memory_bytes(&self) -> usize {
        // A hash table entry (key, value, control byte) at the table's load.
        self.ids.capacity() * (8 + 4 + 1) + self.df.capacity() * 4
    }

    /// Writes the vocabulary: report count, then each term's hash and
    /// document frequency in id order.
    pub(crate) fn save(&self, w: &mut crate::bytes::Writer) {
        let mut hashes = vec![0u64; self.df.len()];
        for (&h, &id) in &self.ids {
            hashes[id as usize] = h;
        }
        w.u64(u64::from(self.docs));
        w.usize(hashes.len());
        for (h, &df) in hashes.iter().zip(&self.df) {
            w.fixed64(*h);
            w.u64(u64::from(df));
        }
    }

    /// Reads what [`Vocab::save`] wrote.
    pub(crate) fn load(r: &mut crate::bytes::Reader<'_>) -> Result<Vocab, crate::StoryError> {
        let docs = r.u32()?;
        let n = r.count(9)?;
        let mut vocab = Vocab {
            ids: AHashMap::with_capacity(n),
            df: Vec::with_capacity(n),
            docs,
        };
        for id in 0..n {
            let h = r.fixed64()?;
            vocab.df.push(r.u32()?);
            if vocab.ids.insert(h, id as u32).is_some() {
                return Err(crate::StoryError::Snapshot("a term twice"));
            }
        }
        Ok(vocab)
    }

    /// The inverse document frequency of term `id`.
    pub fn idf(&self, id: u32) -> f32 {
        let df = self.df(id).max(1) as f32;
        (self.docs.max(1) as f32 / df).ln().max(0.0)
    }

    /// A smoothed inverse document frequency, `ln((N + 1 + prior) / df)`:
    /// above 0 even for a term every report holds, so the first reports of
    /// an archive still have vectors (the incremental index weighs with it);
    /// `prior` counts reports assumed to hold none of the terms.
    pub fn idf_smooth(&self, id: u32, prior: u32) -> f32 {
        let df = self.df(id).max(1) as f32;
        ((self.docs as f32 + 1.0 + prior as f32) / df).ln()
    }

    /// A profile's term frequencies (`1 + ln tf`) as a unit vector over the
    /// known terms, sorted by id: the part of its weights that does not
    /// change as the archive grows.
    pub fn tf_vector(&self, profile: &Profile) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = profile
            .terms
            .iter()
            .filter_map(|t| Some((self.get(&t.text)?, 1.0 + t.weight.ln())))
            .filter(|&(_, w)| w > 0.0)
            .collect();
        v.sort_unstable_by_key(|&(id, _)| id);
        normalize(&mut v);
        v
    }

    /// A vector's weights times today's smoothed idf, scaled to unit length.
    pub fn weigh(&self, tf: &[(u32, f32)], prior: u32) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = tf
            .iter()
            .map(|&(id, w)| (id, w * self.idf_smooth(id, prior)))
            .collect();
        normalize(&mut v);
        v
    }

    /// A profile's unit vector under this vocabulary's weights, leaving out
    /// terms held by fewer than `min_df` reports or unknown.
    pub fn vector(&self, profile: &Profile, min_df: u32) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = profile
            .terms
            .iter()
            .filter_map(|t| {
                let id = self.get(&t.text)?;
                (self.df(id) >= min_df).then(|| (id, (1.0 + t.weight.ln()) * self.idf(id)))
            })
            .filter(|&(_, w)| w > 0.0)
            .collect();
        v.sort_unstable_by_key(|&(id, _)| id);
        normalize(&mut v);
        v
    }
}

/// A stable 64-bit hash of a term (FNV-1a, then splitmix64's finalizer):
/// distinct terms collide with odds of about n²/2⁶⁵.
pub fn term_hash(term: &str) -> u64 {
    let mut x = term.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Scales a vector to unit length (an empty or zero vector stays as it is).
pub fn normalize(v: &mut [(u32, f32)]) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
}

/// The dot product of two vectors sorted by term id (their cosine when both
/// have unit length).
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// A batch of profiles as TF-IDF vectors over the batch's own vocabulary.
#[derive(Clone, Debug, Default)]
pub struct Vectors {
    /// The batch's vocabulary.
    pub vocab: Vocab,
    /// One unit vector per profile, in order.
    pub rows: Vec<Vec<(u32, f32)>>,
}

impl Vectors {
    /// Vectors for a batch; terms held by one report only are left out.
    pub fn of(profiles: &[Profile]) -> Vectors {
        let mut vocab = Vocab::default();
        for p in profiles {
            let ids: Vec<u32> = p.terms.iter().map(|t| vocab.intern(&t.text)).collect();
            vocab.count(ids);
        }
        let rows = profiles.iter().map(|p| vocab.vector(p, 2)).collect();
        Vectors { vocab, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Term;

    fn profile(words: &[&str]) -> Profile {
        let mut terms: Vec<Term> = words
            .iter()
            .map(|w| Term {
                text: w.to_string(),
                weight: 1.0,
            })
            .collect();
        terms.sort_by(|a, b| a.text.cmp(&b.text));
        Profile {
            id: words.join(" "),
            date: None,
            terms,
            year: None,
        }
    }

    #[test]
    fn shared_rare_terms_make_similar_vectors() {
        let v = Vectors::of(&[
            profile(&["w:quake", "w:aceh", "w:the"]),
            profile(&["w:quake", "w:aceh", "w:the"]),
            profile(&["w:talks", "w:geneva", "w:the"]),
            profile(&["w:talks", "w:geneva"]),
        ]);
        assert!((cosine(&v.rows[0], &v.rows[1]) - 1.0).abs() < 1e-5);
        assert!(cosine(&v.rows[0], &v.rows[2]).abs() < 0.2);
    }
}
