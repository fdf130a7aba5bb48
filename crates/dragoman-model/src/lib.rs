//! The document model at the center of dragoman.
//!
//! A [`Doc`] owns a report: its raw text (kept byte for byte), the clean text
//! that every stage reads, the [`Alignment`] between the two, its [`Meta`], and
//! the annotation layers the stages add (tokens, sentences, entities, time
//! expressions, quotes, events, proposals, syntax). Every annotation carries [`Span`]s:
//! byte ranges of the clean text, which the alignment maps back to raw bytes.
//!
//! Stages implement [`Stage`]: one job each, declaring the [`Layer`]s they
//! require and assign, so a pipeline can be checked before it runs.
//!
//! Each annotation layer is described once, by its [`LayerItem`]
//! implementation: its name in the store, its spans and labels, its contract
//! JSON ([`wire`]). The store, the contract, `show` and the golden tests all
//! read that description.
//!
//! This crate does no I/O and cannot fail; model types are not the wire format
//! (that is the [`wire`] module, assembled into lines by `dragoman-contract`).

mod annotations;
mod doc;
mod layers;
mod shared;
mod span;
mod stage;
mod syntax;
pub mod wire;

pub use annotations::{
    Entity, EntityType, Event, EventStatus, Participant, Proposal, Quote, QuoteKind, Section,
    Sourcing, Timex, TimexType, Via,
};
pub use doc::{
    covered_tokens, Diagnostic, Doc, Meta, Sentence, Token, TokenKind, MAX_SENTENCE_TOKENS,
};
pub use dragoman_text::{Alignment, CharIndex};
pub use jiff::civil::Date;
pub use layers::{each_layer, marks_of, LayerItem, LayerVisitor};
pub use shared::SharedStr;
pub use span::Span;
pub use stage::{Layer, Stage};
pub use syntax::{Deprel, Syntax, TokenSyntax, Upos, DEPRELS};
