//! Named entities for dragoman: PER, ORG, LOC and MISC mentions.
//!
//! [`EntityStage`] (requires text, tokens, sentences; assigns entities) runs a
//! greedy left-to-right averaged-perceptron tagger over BILOU tags on the
//! [`dragoman_tokenize`] tokens. Features ([`features`]) are hashed into a
//! fixed table of `i16` weights ([`model`]): the word, its neighbours, shapes,
//! affixes, a gazetteer learnt from the training data ([`gazetteer`]), the
//! document's casing memory, and the type the same word was given earlier in
//! the document. The shipped model is embedded in the binary and decoded once
//! ([`shipped_tagger`]); `dragoman-train ner` makes it, see `MODEL_CARD.md`.
//! [`beam`] decodes by beam search instead, for cross-validation only: it
//! loses to greedy decoding on these greedily trained weights.
//!
//! After tagging, [`enrich`] adds what the tables of `data/` and the words
//! around a name tell: subtypes (COUNTRY, NATIONALITY, CITY, GOV, OUTLET),
//! ISO alpha-3 countries, roles ("foreign minister"), and the fullest name of
//! each person in the document (`canonical`).

pub mod beam;
pub mod clusters;
pub mod decode;
pub mod enrich;
pub mod feature_cache;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod shape;
pub mod stacked;
mod stage;
pub mod tagger;
pub mod tags;

pub use model::{Model, ModelError};
pub use stage::{shipped_tagger, EntityStage};
pub use tagger::Tagger;
