//! The [`Stage`] trait: one job over a [`Doc`], with declared inputs and outputs.

use crate::doc::Doc;

/// A layer of a document that stages read or write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// The clean text and its alignment (made by cleaning).
    Text,
    /// Metadata: date, outlet, dateline.
    Meta,
    /// Tokens.
    Tokens,
    /// Sentences.
    Sentences,
    /// Parts of speech, lemmas and dependency trees.
    Syntax,
    /// Named entities.
    Entities,
    /// Actor resolution, kept on the entities: the actor each mention stands
    /// for (`Entity::actor`). The stage that assigns it also completes the
    /// entities' `role` and `country` from the role the actor held on the
    /// report's date, so a stage that reads those countries requires it.
    Actors,
    /// Time expressions.
    Timexes,
    /// Quotes.
    Quotes,
    /// Events.
    Events,
    /// Proposals.
    Proposals,
}

/// One step of the pipeline.
///
/// A stage reads the layers it [`requires`](Stage::requires) and fills the
/// layers it [`assigns`](Stage::assigns). Stages never fail: what goes wrong is
/// a [`crate::Diagnostic`] on the document.
pub trait Stage: Send + Sync {
    /// A short stable name ("tokenize", "timex").
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> &'static [Layer];
    /// Layers this stage fills.
    fn assigns(&self) -> &'static [Layer];
    /// Runs the stage over one document.
    fn run(&self, doc: &mut Doc);
}
