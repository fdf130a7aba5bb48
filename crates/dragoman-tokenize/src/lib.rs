//! Tokens and sentences for news English.
//!
//! Input: [`Doc::text`] (the clean text). Output: [`Doc::tokens`] and
//! [`Doc::sentences`], byte spans into the clean text.
//!
//! The tokenizer is a hand-written single pass over the text (see [`tokens`]):
//! abbreviations (Nov., U.S., Gen., Mr., Jr., initials) keep their period,
//! clitics ('s, n't) are split, quotation marks of every style, brackets,
//! dashes, ellipses, numbers and URLs are tokens of their own kind. The
//! sentence splitter ([`sentences`]) reads the tokens and the newlines between
//! them: a paragraph break always ends a sentence; a period ends one unless it
//! belongs to an abbreviation that is followed by what it usually precedes.
//! The stage also ends a sentence where the dateline ([`Doc::meta`]) ends.
//! A sentence longer than [`MAX_SENTENCE_TOKENS`] is cut ([`cut_long`]) and
//! the cut recorded as a diagnostic, so later stages see bounded sentences.

mod abbrev;
mod limit;
mod sentences;
mod tokens;

use dragoman_model::{Doc, Layer, Stage};

pub use limit::{cut_long, Cut, MAX_SENTENCE_TOKENS};
pub use sentences::{sentences, split_at};
pub use tokens::tokens;

/// The tokenize stage: fills tokens and sentences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenize;

impl Stage for Tokenize {
    fn name(&self) -> &'static str {
        "tokenize"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Meta]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn run(&self, doc: &mut Doc) {
        tokenize_within(doc, MAX_SENTENCE_TOKENS);
    }
}

/// The tokenize stage with a sentence limit lower than
/// [`MAX_SENTENCE_TOKENS`] (a user's setting: `--max-sentence-tokens`); a
/// higher one is held at that ceiling, which the later stages' bounds
/// assume.
#[derive(Clone, Copy, Debug)]
pub struct TokenizeWithin {
    /// The most tokens a sentence may hold before it is cut.
    pub max_sentence_tokens: usize,
}

impl Stage for TokenizeWithin {
    fn name(&self) -> &'static str {
        "tokenize"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Meta]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn run(&self, doc: &mut Doc) {
        let limit = self.max_sentence_tokens.clamp(1, MAX_SENTENCE_TOKENS);
        tokenize_within(doc, limit);
    }
}

/// Tokens and sentences of `doc`, a sentence cut at `limit` tokens (each
/// cut noted).
fn tokenize_within(doc: &mut Doc, limit: usize) {
    doc.tokens = tokens(&doc.text);
    let mut found = sentences(&doc.text, &doc.tokens);
    if let Some(d) = doc.meta.dateline {
        split_at(&mut found, &doc.tokens, d.end);
    }
    let (kept, cuts) = cut_long(&doc.text, &doc.tokens, found, limit);
    doc.sentences = kept;
    // Kept with the document: no slack from doubling (a million short
    // paragraphs left 13 MiB of it).
    doc.sentences.shrink_to_fit();
    for cut in cuts {
        let message = format!(
            "a sentence without a full stop was cut into {} at the limit of {limit} tokens",
            cut.pieces
        );
        doc.note("tokenize", message, Some(cut.span));
    }
}
