//! Events and proposals, coded for the event-data world.
//!
//! [`EventStage`] (requires text, metadata, tokens, sentences, entities,
//! actors, time expressions and quotes; assigns events and proposals) is a pattern coder
//! in the manner of TABARI/PETRARCH, over our tokens and entities and the
//! dependency trees of the sentences that hold a trigger (the syntax layer
//! when it was filled, else each such sentence parsed here, so that the
//! sentences without a trigger, most of a report, are never parsed):
//!
//! * **triggers** (`trigger`): verbs of the CAMEO verb dictionary, each coded
//!   by the longest pattern of its block that matches the words around it
//!   (else the verb's or block's default), and event nouns ("talks",
//!   "summit") that name their parties or follow a light verb ("mounted an
//!   invasion"); verb forms used as nouns or adjectives are set aside;
//! * **which triggers are events** (`coder`): the main clause's, clauses
//!   coordinated with it, and meetings named by nouns; an infinitive
//!   complement gives way to its coded head ("threatened to attack") unless
//!   the head only states intent ("agreed to lift");
//! * **codes** (`recode`): CAMEO → PLOVER type and mode by the 2021 table;
//!   intended cooperation is AGREE and intended force THREATEN, as the
//!   PLOVER manual asks; "X said Y must Z" is a REQUEST by X;
//! * **the tree's word** (`clause`, `sense`): a verb trigger the tagger
//!   does not read as a verb, or in a clause opened by "who", "where",
//!   "when", is no event; nor is a verb of force on an agreement ("struck a
//!   deal") or in a game ("beat Portugal 3-1");
//! * **parties** (`mentions`, `roles`): entities and agent nouns ("troops"),
//!   joined with the country words that modify them, with the countries
//!   the entity and actor stages gave them; the subject in the tree acts
//!   (the agent of a passive), its object or prepositional object receives;
//!   where the tree finds none, word order (the subject before the verb,
//!   the first party after it); an outlet never acts;
//! * **status** (`status`; negation and conditions from the tree), date and
//!   place from the event's own clause (`setting`; no date when the clause
//!   has none), and the quote the event is told in (its speaker acts when
//!   the text names no subject);
//! * **proposals** (`proposals`, `plans`): plans, proposals and memoranda
//!   named in the text, one per plan (its mentions merged), with proposer,
//!   number of points, listed sections, and how far it got (drafted,
//!   presented, accepted, rejected) with the date of that step.
//!
//! The vocabulary is data (`data/`, see its README), parsed once.

mod clause;
mod coder;
mod hash;
mod lexicon;
mod mentions;
mod plans;
mod proposals;
mod receivers;
mod recode;
mod roles;
mod select;
mod sense;
mod setting;
mod span_index;
mod status;
mod trigger;
mod words;

use dragoman_model::{Doc, Layer, Stage};

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
            Layer::Meta,
            Layer::Tokens,
            Layer::Sentences,
            Layer::Entities,
            Layer::Actors,
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
        let in_proposals = span_index::SpanIndex::proposals(&proposals);
        let inside_proposal =
            |e: &dragoman_model::Event| in_proposals.containing(e.trigger).0.is_some();
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
