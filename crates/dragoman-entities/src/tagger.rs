//! The tagger: a model applied to a tokenized document, entities out.

use crate::decode::{best_allowed, decode, Choice};
use crate::feature_cache::StaticFeatures;
use crate::features::{prepare, Prepared};
use crate::model::Model;
use crate::stacked::Stacked;
use crate::tags::{self, N_TAGS, TYPES};
use dragoman_model::{EntityType, Sentence, Span, Token};

/// A named-entity tagger over [`dragoman_tokenize`] tokens: one greedy pass,
/// or two when the model has a second table (which reads the first pass's
/// tags over the whole document).
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// A tagger with `model`.
    pub fn new(model: Model) -> Tagger {
        Tagger { model }
    }

    /// The model it uses.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// One BILOU tag per token.
    pub fn tags(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<u8> {
        self.tags_prepared(&prepare(text, tokens, sentences, &self.model.clusters))
    }

    /// One BILOU tag per token of a prepared document.
    pub fn tags_prepared(&self, doc: &Prepared) -> Vec<u8> {
        let statics = StaticFeatures::new(doc, &self.model.gazetteer, &self.model.lexicon);
        self.tags_with(doc, &statics)
    }

    /// One BILOU tag per token of a prepared document whose static features
    /// were listed (with this model's gazetteer and lexicon).
    pub fn tags_with(&self, doc: &Prepared, statics: &StaticFeatures) -> Vec<u8> {
        let first = self.pass(doc, statics, 0, None);
        if self.model.passes() < 2 {
            return first;
        }
        let stacked = Stacked::new(doc, first);
        self.pass(doc, statics, 1, Some(&stacked))
    }

    fn pass(
        &self,
        doc: &Prepared,
        statics: &StaticFeatures,
        pass: usize,
        stacked: Option<&Stacked>,
    ) -> Vec<u8> {
        decode(doc, statics, stacked, |_, features, last, prev| {
            let mut scores = [0i32; N_TAGS];
            for &f in features {
                self.model.add(pass, f, &mut scores);
            }
            let t = best_allowed(&scores, prev, last);
            Choice {
                predicted: t,
                followed: t,
            }
        })
    }

    /// The entities of a tokenized text: byte spans with types, in text order.
    pub fn entities(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
    ) -> Vec<(Span, EntityType)> {
        let tags = self.tags(text, tokens, sentences);
        tags::decode(&tags)
            .into_iter()
            .map(|(r, ty)| {
                (
                    Span {
                        start: tokens[r.start].span.start,
                        end: tokens[r.end - 1].span.end,
                    },
                    TYPES[ty],
                )
            })
            .collect()
    }
}
