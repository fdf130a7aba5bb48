//! The tagger: a model applied to a tokenized document, entities out.

use crate::decode::{best_allowed, decode, Choice};
use crate::features::prepare;
use crate::model::Model;
use crate::tags::{self, N_TAGS, TYPES};
use dragoman_model::{EntityType, Sentence, Span, Token};

/// A named-entity tagger over [`dragoman_tokenize`] tokens.
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
        let doc = prepare(text, tokens, sentences);
        decode(&doc, &self.model.gazetteer, |_, features, last, prev| {
            let mut scores = [0i32; N_TAGS];
            for &f in features {
                self.model.add(f, &mut scores);
            }
            let t = best_allowed(&scores, prev, last);
            Choice { predicted: t, followed: t }
        })
    }

    /// The entities of a tokenized text: byte spans with types, in text order.
    pub fn entities(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<(Span, EntityType)> {
        let tags = self.tags(text, tokens, sentences);
        tags::decode(&tags)
            .into_iter()
            .map(|(r, ty)| (Span { start: tokens[r.start].span.start, end: tokens[r.end - 1].span.end }, TYPES[ty]))
            .collect()
    }
}
