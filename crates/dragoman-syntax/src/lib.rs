//! Syntax for dragoman: Universal Dependencies parts of speech, lemmas and
//! dependency trees for every sentence.
//!
//! A greedy averaged-perceptron tagger (`features::tagger_features`), a
//! greedy arc-hybrid parser with labeled moves (`system`,
//! `features::parser_features`) and a lemmatizer (`lemma`) share one model
//! file, `model/syntax.bin`, trained by `dragoman-train parser` on UD English
//! EWT (see `MODEL_CARD.md`). [`SyntaxStage`] fills the document's syntax
//! layer; [`tree`] answers the questions later stages ask (subject, object,
//! passive, negation, clause, noun-phrase extent).

pub mod codec;
pub mod decode;
pub mod features;
pub mod hash;
pub mod lemma;
pub mod lex;
pub mod model;
mod stage;
pub mod system;
mod tail;
pub mod tree;
pub mod weights;

pub use decode::Scratch;
pub use model::SyntaxModel;
pub use stage::{analyze_doc, sentence_syntax, SyntaxStage};
pub use tree::Tree;

/// Why a model file cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The file ends too early.
    #[error("syntax model: file ends too early")]
    Truncated,
    /// The file is not what it should be.
    #[error("syntax model: invalid {0}")]
    Invalid(&'static str),
}
