//! The static features of a document, listed once and read by both passes
//! (and, in training, by every epoch); on a long document, of a window of
//! its sentences at a time, so that memory stays bounded (issue 17).

use crate::features::{static_features, Lookups, Prepared};
use crate::gazetteer::Gazetteer;
use std::ops::Range;

/// The static features of a run of sentences' tokens, flat.
#[derive(Clone, Debug, Default)]
pub struct StaticFeatures {
    features: Vec<u64>,
    /// `starts[i - first]..starts[i - first + 1]` are token `i`'s features.
    starts: Vec<u32>,
    /// The first token listed.
    first: usize,
    /// The sentences listed.
    sentences: Range<usize>,
}

/// Where the decoder finds each token's static features.
#[derive(Clone, Copy, Debug)]
pub enum Statics<'a> {
    /// Listed beforehand for the whole document.
    Listed(&'a StaticFeatures),
    /// Listed as the decoder goes, a window of at least `tokens` tokens at a time.
    Windowed {
        /// Names learnt from training data.
        gazetteer: &'a Gazetteer,
        /// Names from elsewhere.
        lexicon: &'a Gazetteer,
        /// The least number of tokens per window.
        tokens: usize,
    },
}

impl StaticFeatures {
    /// Lists the static features of `doc` with a `gazetteer` learnt from
    /// training data and a `lexicon` of names from elsewhere.
    pub fn new(doc: &Prepared, gazetteer: &Gazetteer, lexicon: &Gazetteer) -> StaticFeatures {
        Self::of_sentences(doc, gazetteer, lexicon, 0..doc.sentence_count())
    }

    /// Lists the static features of the tokens of `doc`'s sentences `window`.
    pub fn of_sentences(
        doc: &Prepared,
        gazetteer: &Gazetteer,
        lexicon: &Gazetteer,
        window: Range<usize>,
    ) -> StaticFeatures {
        let tokens = token_range(doc, &window);
        let mut features = Vec::with_capacity(tokens.len() * 48);
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        let (mut masks, mut lexicon_masks, mut keys) = (Vec::new(), Vec::new(), Vec::new());
        starts.push(0);
        for s in window.clone() {
            let range = &doc.sentence(s);
            keys.clear();
            keys.extend(doc.tokens[range.clone()].iter().map(|t| t.norm));
            gazetteer.matches(&keys, &mut masks);
            lexicon.matches(&keys, &mut lexicon_masks);
            let lookups = Lookups {
                gazetteer,
                masks: &masks,
                lexicon,
                lexicon_masks: &lexicon_masks,
            };
            for i in range.clone() {
                static_features(doc, s, i, lookups, &mut features);
                starts.push(features.len() as u32);
            }
        }
        StaticFeatures {
            features,
            starts,
            first: tokens.start,
            sentences: window,
        }
    }

    /// The static features of token `i`.
    pub fn of(&self, i: usize) -> &[u64] {
        let k = i - self.first;
        &self.features[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// Whether sentence `s`'s features are listed.
    pub fn covers(&self, s: usize) -> bool {
        self.sentences.contains(&s)
    }
}

/// The tokens of `doc`'s sentences `window`.
fn token_range(doc: &Prepared, window: &Range<usize>) -> Range<usize> {
    match window.end.checked_sub(1) {
        Some(last) if window.start < window.end && window.start < doc.sentence_count() => {
            doc.sentence(window.start).start..doc.sentence(last).end
        }
        _ => 0..0,
    }
}

/// The window of sentences from `s` on that holds at least `tokens` tokens
/// (or the rest of the document).
pub fn window_from(doc: &Prepared, s: usize, tokens: usize) -> Range<usize> {
    let mut end = s;
    let mut held = 0;
    while end < doc.sentence_count() && (held < tokens || end == s) {
        held += doc.sentence(end).len();
        end += 1;
    }
    s..end
}
