//! The static features of a whole document, listed once and read by both
//! passes (and, in training, by every epoch).

use crate::features::{static_features, Lookups, Prepared};
use crate::gazetteer::Gazetteer;

/// Every token's static features, flat.
#[derive(Clone, Debug, Default)]
pub struct StaticFeatures {
    features: Vec<u64>,
    /// `starts[i]..starts[i + 1]` are token `i`'s features.
    starts: Vec<u32>,
}

impl StaticFeatures {
    /// Lists the static features of `doc` with a `gazetteer` learnt from
    /// training data and a `lexicon` of names from elsewhere.
    pub fn new(doc: &Prepared, gazetteer: &Gazetteer, lexicon: &Gazetteer) -> StaticFeatures {
        let mut features = Vec::with_capacity(doc.tokens.len() * 48);
        let mut starts = Vec::with_capacity(doc.tokens.len() + 1);
        let (mut masks, mut lexicon_masks, mut keys) = (Vec::new(), Vec::new(), Vec::new());
        starts.push(0);
        for (s, range) in doc.sentences.iter().enumerate() {
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
        StaticFeatures { features, starts }
    }

    /// The static features of token `i`.
    pub fn of(&self, i: usize) -> &[u64] {
        &self.features[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}
