//! Beam search over each sentence's BILOU tags with the perceptron's scores:
//! the alternative to greedy decoding ([`crate::decode`]) tried for issue 12.
//!
//! A hypothesis is a sentence prefix's tags with the sum of their scores; at
//! every token each hypothesis is extended by every tag that may follow its
//! last, scored with the token's static features (listed once, shared by all
//! hypotheses) plus the dynamic ones its own history gives (previous two tags,
//! the type the same word was last given, in the document before the sentence
//! or earlier in the hypothesis), and the `width` best extensions are kept.
//! At the sentence end the best hypothesis is taken and feeds the document
//! memory. Width 1 is greedy decoding, tag for tag.

use crate::decode::sentence_statics;
use crate::feature_cache::{StaticFeatures, Statics};
use crate::features::{dynamic_features, Prepared};
use crate::gazetteer::HashKeyed;
use crate::stacked::{stacked_features, Stacked};
use crate::tags::{allowed, split, N_TAGS, O};

/// Marks "no tag" (before the sentence start) in tag-history features.
const NONE: u8 = 255;

/// A sentence prefix's tags and score.
#[derive(Clone, Debug, Default)]
struct Hypothesis {
    score: i64,
    tags: Vec<u8>,
    /// Capitalized words this hypothesis tagged in the sentence: (key, 1 + type).
    remembered: Vec<(u64, u8)>,
}

impl Hypothesis {
    fn last(&self, back: usize) -> u8 {
        self.tags
            .len()
            .checked_sub(back)
            .map_or(NONE, |k| self.tags[k])
    }

    /// The type (1 + index, 0 = none) `norm` was last tagged with.
    fn recall(&self, norm: u64, memory: &HashKeyed<u8>) -> u8 {
        self.remembered
            .iter()
            .rev()
            .find(|(k, _)| *k == norm)
            .map(|&(_, ty)| ty)
            .or_else(|| memory.get(&norm).copied())
            .unwrap_or(0)
    }
}

/// Decodes `doc` keeping the `width` best hypotheses per sentence; `score`
/// sums the weights of a list of features per tag. `statics` and `stacked`
/// as for [`crate::decode::decode`]. Returns one tag per token.
pub fn beam_decode(
    doc: &Prepared,
    statics: Statics<'_>,
    stacked: Option<&Stacked>,
    width: usize,
    score: impl Fn(&[u64]) -> [i32; N_TAGS],
) -> Vec<u8> {
    let mut tags = Vec::with_capacity(doc.tokens.len());
    let mut memory: HashKeyed<u8> = HashKeyed::default();
    let mut window = StaticFeatures::default();
    let mut features = Vec::with_capacity(64);
    for (s, range) in doc.sentence_ranges().enumerate() {
        let listed = sentence_statics(doc, statics, s, &mut window);
        let mut beam = vec![Hypothesis::default()];
        for i in range.clone() {
            features.clear();
            features.extend_from_slice(listed.of(i));
            if let Some(st) = stacked {
                stacked_features(doc, s, i, st, &mut features);
            }
            let shared = score(&features);
            let step = Step {
                doc,
                i,
                last: i + 1 == range.end,
                shared: &shared,
                memory: &memory,
            };
            beam = step.extend(&beam, width.max(1), &score);
        }
        let best = beam.into_iter().next().unwrap_or_default();
        for (k, &t) in best.tags.iter().enumerate() {
            let info = &doc.tokens[range.start + k];
            if let (true, Some((ty, _))) = (info.casing.is_capitalized(), split(t)) {
                memory.insert(info.norm, ty as u8 + 1);
            }
        }
        tags.extend(best.tags);
    }
    tags
}

/// One token's extension of a beam.
struct Step<'a> {
    doc: &'a Prepared,
    i: usize,
    last: bool,
    /// The scores of the token's static (and stacked) features.
    shared: &'a [i32; N_TAGS],
    memory: &'a HashKeyed<u8>,
}

impl Step<'_> {
    /// The `width` best extensions of `beam` by one tag, best first (ties:
    /// earlier hypothesis, then lower tag, as greedy decoding breaks them).
    fn extend(
        &self,
        beam: &[Hypothesis],
        width: usize,
        score: &impl Fn(&[u64]) -> [i32; N_TAGS],
    ) -> Vec<Hypothesis> {
        let info = &self.doc.tokens[self.i];
        let mut features = Vec::with_capacity(8);
        let mut candidates: Vec<(i64, usize, u8)> = Vec::with_capacity(beam.len() * N_TAGS);
        for (h, hyp) in beam.iter().enumerate() {
            let recalled = if info.casing.is_capitalized() {
                hyp.recall(info.norm, self.memory)
            } else {
                0
            };
            features.clear();
            let (prev, prev2) = (hyp.last(1), hyp.last(2));
            dynamic_features(self.doc, self.i, prev, prev2, recalled, &mut features);
            let own = score(&features);
            let previous = (prev != NONE).then_some(prev);
            for t in 0..N_TAGS as u8 {
                if allowed(previous, t, self.last) {
                    let k = usize::from(t);
                    let total = i64::from(self.shared[k]) + i64::from(own[k]);
                    candidates.push((hyp.score + total, h, t));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        candidates.truncate(width);
        candidates
            .into_iter()
            .map(|(total, h, t)| {
                let mut next = beam[h].clone();
                next.score = total;
                next.tags.push(t);
                if t != O && info.casing.is_capitalized() {
                    if let Some((ty, _)) = split(t) {
                        next.remembered.push((info.norm, ty as u8 + 1));
                    }
                }
                next
            })
            .collect()
    }
}
