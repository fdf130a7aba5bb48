//! Events and proposals, coded for the event-data world.
//!
//! [`EventStage`] (requires text, tokens, sentences, entities, time
//! expressions and quotes; assigns events and proposals) is a pattern coder
//! in the manner of TABARI/PETRARCH, over our tokens and entities instead of
//! full parses:
//!
//! * **triggers** ([`trigger`]): verbs of the CAMEO verb dictionary, each
//!   coded by the longest pattern of its block that matches the words around
//!   it (else the block's code), and event nouns ("talks", "summit") that
//!   name their parties;
//! * **codes**: CAMEO → PLOVER type and mode by the 2021 table
//!   (`data/cameo_plover.tsv`); cooperation only intended ("will meet") is
//!   AGREE, as the PLOVER manual asks;
//! * **participants** ([`mentions`]): entities and agent nouns ("troops"),
//!   joined with the country words that modify them; the subject before the
//!   verb acts, the first party after it receives (passives turn around);
//! * **status** ([`status`]), the date of the nearest time expression (else
//!   the report's date), the place after "in"/"at", and the quote the event is
//!   told in;
//! * **proposals** ([`proposals`]): plans, proposals and memoranda named in
//!   the text, with proposer, number of points and listed sections.
//!
//! The vocabulary is data (`data/`, see its README), parsed once.

mod coder;
mod hash;
mod lexicon;
mod mentions;
mod proposals;
mod status;
mod trigger;
mod words;

use dragoman_model::{Doc, Layer, Proposal, Stage};

/// The proposals named in `doc` (needs tokens, sentences and entities): what
/// the stage puts in `doc.proposals`.
pub fn find_proposals(doc: &Doc) -> Vec<Proposal> {
    proposals::find(doc, &words::Layers::new(doc))
}

/// The event and proposal stage.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventStage;

impl EventStage {
    /// The stage; its vocabulary is parsed on first use and shared.
    pub fn new() -> EventStage {
        EventStage
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }

    fn requires(&self) -> &'static [Layer] {
        &[
            Layer::Text,
            Layer::Tokens,
            Layer::Sentences,
            Layer::Entities,
            Layer::Timexes,
            Layer::Quotes,
        ]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Events, Layer::Proposals]
    }

    fn run(&self, doc: &mut Doc) {
        let layers = words::Layers::new(doc);
        let proposals = proposals::find(doc, &layers);
        let inside_proposal = |e: &dragoman_model::Event| {
            proposals.iter().any(|p| {
                p.span.contains(e.trigger) || p.sections.iter().any(|s| s.span.contains(e.trigger))
            })
        };
        let events = doc
            .sentences
            .iter()
            .flat_map(|s| coder::code_sentence(doc, &layers, s))
            .filter(|e| !inside_proposal(e))
            .collect();
        doc.events = events;
        doc.proposals = proposals;
    }
}
