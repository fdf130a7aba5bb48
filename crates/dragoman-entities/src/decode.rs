//! Greedy left-to-right decoding of a prepared document, shared by tagging and training.
//!
//! The decoder walks the sentences in order, lists each token's features
//! (static and dynamic) and asks a chooser for the tag; it keeps the tag
//! history and the document memory (the type each capitalized word was last
//! tagged with) that the dynamic features read.

use crate::feature_cache::{window_from, StaticFeatures, Statics};
use crate::features::{dynamic_features, Prepared};
use crate::gazetteer::HashKeyed;
use crate::stacked::{stacked_features, Stacked};
use crate::tags::{allowed, split, N_TAGS, O};

/// Marks "no tag" (before the sentence start) in tag-history features.
const NONE: u8 = 255;

/// What a chooser decides for one token.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// The tag the model predicts: it feeds the document memory.
    pub predicted: u8,
    /// The tag the decoder goes on from: the prediction when tagging, the gold tag when training.
    pub followed: u8,
}

/// Decodes `doc`: `choose(token, features, last_in_sentence, prev_tag)` picks
/// each tag; `statics` gives the tokens' static features, `stacked` what a
/// first pass found, in a second pass. Returns the followed tags, one per token.
pub fn decode(
    doc: &Prepared,
    statics: Statics<'_>,
    stacked: Option<&Stacked>,
    mut choose: impl FnMut(usize, &[u64], bool, Option<u8>) -> Choice,
) -> Vec<u8> {
    let mut tags = vec![O; doc.tokens.len()];
    let mut features = Vec::with_capacity(64);
    let mut memory: HashKeyed<u8> = HashKeyed::default();
    let mut window = StaticFeatures::default();
    for (s, range) in doc.sentence_ranges().enumerate() {
        let listed = sentence_statics(doc, statics, s, &mut window);
        let (mut prev, mut prev2) = (NONE, NONE);
        for i in range.clone() {
            features.clear();
            features.extend_from_slice(listed.of(i));
            if let Some(st) = stacked {
                stacked_features(doc, s, i, st, &mut features);
            }
            let info = &doc.tokens[i];
            let remembered = if info.casing.is_capitalized() {
                memory.get(&info.norm).copied().unwrap_or(0)
            } else {
                0
            };
            dynamic_features(doc, i, prev, prev2, remembered, &mut features);
            let previous = (prev != NONE).then_some(prev);
            let choice = choose(i, &features, i + 1 == range.end, previous);
            if info.casing.is_capitalized() {
                if let Some((ty, _)) = split(choice.predicted) {
                    memory.insert(info.norm, ty as u8 + 1);
                }
            }
            tags[i] = choice.followed;
            prev2 = prev;
            prev = choice.followed;
        }
    }
    tags
}

/// The static features that cover sentence `s`: all of them when listed,
/// else `window`, listed anew from `s` on when it does not cover `s`.
pub(crate) fn sentence_statics<'a>(
    doc: &Prepared,
    statics: Statics<'a>,
    s: usize,
    window: &'a mut StaticFeatures,
) -> &'a StaticFeatures {
    match statics {
        Statics::Listed(all) => all,
        Statics::Windowed {
            gazetteer,
            lexicon,
            tokens,
        } => {
            if !window.covers(s) {
                let sentences = window_from(doc, s, tokens);
                *window = StaticFeatures::of_sentences(doc, gazetteer, lexicon, sentences);
            }
            window
        }
    }
}

/// The highest-scoring tag that may follow `prev`.
pub fn best_allowed(scores: &[i32; N_TAGS], prev: Option<u8>, last: bool) -> u8 {
    let mut best = O;
    let mut best_score = i32::MIN;
    for (t, &s) in scores.iter().enumerate() {
        let t = t as u8;
        if s > best_score && allowed(prev, t, last) {
            best = t;
            best_score = s;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tags::{tag, Position};

    #[test]
    fn best_allowed_respects_open_entities() {
        let mut scores = [0i32; N_TAGS];
        scores[usize::from(tag(1, Position::Unit))] = 10;
        scores[usize::from(tag(0, Position::Last))] = 5;
        assert_eq!(
            best_allowed(&scores, Some(tag(0, Position::Begin)), false),
            tag(0, Position::Last)
        );
        assert_eq!(best_allowed(&scores, None, false), tag(1, Position::Unit));
    }
}
