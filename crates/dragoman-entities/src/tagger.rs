//! The tagger: a model applied to a tokenized document, entities out.

use crate::beam::beam_decode;
use crate::decode::{best_allowed, decode, Choice};
use crate::feature_cache::{StaticFeatures, Statics};
use crate::features::{prepare, Prepared};
use crate::model::Model;
use crate::stacked::Stacked;
use crate::tags::{self, N_TAGS, TYPES};
use dragoman_model::{EntityType, Sentence, Span, Token};

/// Documents longer than this many tokens have their static features listed
/// a window of sentences at a time (about 400 bytes a token when listed whole).
pub const WINDOW_TOKENS: usize = 1 << 14;

/// A named-entity tagger over [`dragoman_tokenize`] tokens: one greedy pass,
/// or two when the model has a second table (which reads the first pass's
/// tags over the whole document).
#[derive(Clone, Debug)]
pub struct Tagger {
    model: Model,
    /// Hypotheses kept per sentence: 1 decodes greedily, more by beam search.
    beam: usize,
}

impl Tagger {
    /// A tagger with `model`.
    pub fn new(model: Model) -> Tagger {
        Tagger { model, beam: 1 }
    }

    /// The tagger decoding by beam search with `width` hypotheses per
    /// sentence ([`crate::beam`]); 1 is greedy decoding.
    pub fn with_beam(mut self, width: usize) -> Tagger {
        self.beam = width.max(1);
        self
    }

    /// The model it uses.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// One BILOU tag per token.
    pub fn tags(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<u8> {
        self.tags_prepared(&prepare(text, tokens, sentences, &self.model.clusters))
    }

    /// One BILOU tag per token of a prepared document. The static features
    /// of a document longer than [`WINDOW_TOKENS`] are listed a window at a
    /// time, once per pass, so that memory stays bounded; the tags are the same.
    pub fn tags_prepared(&self, doc: &Prepared) -> Vec<u8> {
        let (gazetteer, lexicon) = (&self.model.gazetteer, &self.model.lexicon);
        if doc.tokens.len() > WINDOW_TOKENS {
            return self.tags_with(
                doc,
                Statics::Windowed {
                    gazetteer,
                    lexicon,
                    tokens: WINDOW_TOKENS,
                },
            );
        }
        let statics = StaticFeatures::new(doc, gazetteer, lexicon);
        self.tags_with(doc, Statics::Listed(&statics))
    }

    /// One BILOU tag per token of a prepared document whose static features
    /// come from `statics` (listed with this model's gazetteer and lexicon).
    pub fn tags_with(&self, doc: &Prepared, statics: Statics<'_>) -> Vec<u8> {
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
        statics: Statics<'_>,
        pass: usize,
        stacked: Option<&Stacked>,
    ) -> Vec<u8> {
        if self.beam > 1 {
            return beam_decode(doc, statics, stacked, self.beam, |features| {
                let mut scores = [0i32; N_TAGS];
                for &f in features {
                    self.model.add(pass, f, &mut scores);
                }
                scores
            });
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stage::shipped_tagger;

    /// Listing static features a window at a time changes nothing: the
    /// decoder's document memory and the second pass see the same tokens.
    #[test]
    fn windowed_features_tag_as_listed_ones() {
        let text = "Envoy Marta Lindqvist met Foreign Minister Teodor Vasko in Geneva. \
                    Lindqvist said the Halden Group would review the draft. \
                    Vasko left for Oslo on Tuesday, and Lindqvist stayed. \
                    The talks in Geneva resume next week under Lindqvist.";
        let tokens = dragoman_tokenize::tokens(text);
        let sentences = dragoman_tokenize::sentences(text, &tokens);
        assert!(sentences.len() >= 4);
        let tagger = shipped_tagger();
        let model = tagger.model();
        let doc = prepare(text, &tokens, &sentences, &model.clusters);
        let statics = StaticFeatures::new(&doc, &model.gazetteer, &model.lexicon);
        let listed = tagger.tags_with(&doc, Statics::Listed(&statics));
        for window in [1, 5, 12] {
            let windowed = Statics::Windowed {
                gazetteer: &model.gazetteer,
                lexicon: &model.lexicon,
                tokens: window,
            };
            assert_eq!(tagger.tags_with(&doc, windowed), listed, "window {window}");
        }
        assert!(listed.iter().any(|&t| t != crate::tags::O));
    }

    /// A beam of one is greedy decoding, tag for tag; a wider beam tags the
    /// same text with legal BILOU sequences, in either pass.
    #[test]
    fn a_beam_of_one_decodes_greedily() {
        let text = "Envoy Marta Lindqvist met Foreign Minister Teodor Vasko in Geneva. \
                    LINDQVIST AND VASKO AGREE ON HALDEN TALKS. \
                    Lindqvist said the Halden Group would review the draft.";
        let tokens = dragoman_tokenize::tokens(text);
        let sentences = dragoman_tokenize::sentences(text, &tokens);
        let greedy = shipped_tagger();
        let one = greedy.clone().with_beam(1);
        let wide = greedy.clone().with_beam(8);
        let expected = greedy.tags(text, &tokens, &sentences);
        assert_eq!(one.tags(text, &tokens, &sentences), expected);
        let beam = wide.tags(text, &tokens, &sentences);
        assert_eq!(beam.len(), tokens.len());
        for s in &sentences {
            let (a, b) = (s.first_token as usize, s.end_token as usize);
            for k in a..b {
                let prev = (k > a).then(|| beam[k - 1]);
                assert!(crate::tags::allowed(prev, beam[k], k + 1 == b), "token {k}");
            }
        }
    }
}
