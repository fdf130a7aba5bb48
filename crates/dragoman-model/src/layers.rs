//! One description of each annotation layer, used everywhere a layer is
//! turned into something else: the store's rows, the contract's JSON, the
//! carets of `dragoman show` and of the golden tests.
//!
//! Adding a layer is one implementation of [`LayerItem`] for its item type
//! and one line in [`each_layer`].

use crate::annotations::{Entity, Event, Participant, Proposal, Quote, Timex};
use crate::doc::Doc;
use crate::span::Span;
use crate::wire::{
    Offsets, WireEntity, WireEvent, WireParticipant, WireProposal, WireQuote, WireSection,
    WireTimex, WireVia,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// An item of an annotation layer (an entity, a quote, ...) and how it is
/// stored, sent and drawn.
pub trait LayerItem: Serialize + DeserializeOwned + Sized {
    /// The layer's name in the store (`annotations.layer`): "entity".
    const NAME: &'static str;
    /// The layer's key in the contract output: "entities".
    const KEY: &'static str;
    /// The item in the contract's JSON.
    type Wire: Serialize;

    /// The layer's items in a document.
    fn of(doc: &Doc) -> &[Self];
    /// The same, to fill.
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self>;
    /// The span the store indexes the item by.
    fn anchor(&self) -> Span;
    /// The store's `label` column: the item's type, if it has one.
    fn label(&self) -> Option<&str>;
    /// The store's `value` column: a name or value to search by.
    fn value(&self) -> Option<&str>;
    /// Every span of the item with what it is, for people (`show`, golden
    /// tests); `n` is the item's index in its layer, `text` the clean text.
    fn marks(&self, n: usize, text: &str) -> Vec<(Span, String)>;
    /// The item in the contract's JSON; `at` converts a span to the
    /// contract's code-point offsets.
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> Self::Wire;
}

/// Something done once per layer type (see [`each_layer`]).
pub trait LayerVisitor {
    /// Called with each layer type in turn.
    fn layer<L: LayerItem>(&mut self);
}

/// Calls `v` with every annotation layer, in the contract's order.
pub fn each_layer(v: &mut impl LayerVisitor) {
    v.layer::<Entity>();
    v.layer::<Timex>();
    v.layer::<Quote>();
    v.layer::<Event>();
    v.layer::<Proposal>();
}

/// Every mark of every item of `L` in `doc`, in layer order.
pub fn marks_of<L: LayerItem>(doc: &Doc) -> Vec<(Span, String)> {
    L::of(doc)
        .iter()
        .enumerate()
        .flat_map(|(n, item)| item.marks(n, &doc.text))
        .collect()
}

impl LayerItem for Entity {
    const NAME: &'static str = "entity";
    const KEY: &'static str = "entities";
    type Wire = WireEntity;

    fn of(doc: &Doc) -> &[Self] {
        &doc.entities
    }
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self> {
        &mut doc.entities
    }
    fn anchor(&self) -> Span {
        self.span
    }
    fn label(&self) -> Option<&str> {
        Some(self.kind.as_str())
    }
    fn value(&self) -> Option<&str> {
        self.canonical.as_deref()
    }
    fn marks(&self, _: usize, text: &str) -> Vec<(Span, String)> {
        let mut label = self.kind.as_str().to_string();
        for (key, value) in [
            ("subtype", &self.subtype),
            ("actor", &self.actor),
            ("role", &self.role),
            ("country", &self.country),
        ] {
            if let Some(v) = value {
                label.push_str(&format!(" {key}={v}"));
            }
        }
        // The canonical name only where it says more than the mention.
        if self.canonical.as_deref() != Some(self.span.of(text)) {
            let canonical = self.canonical.as_deref().unwrap_or("-");
            label.push_str(&format!(" canonical={canonical}"));
        }
        vec![(self.span, label)]
    }
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> WireEntity {
        let [start, end] = at(self.span);
        WireEntity {
            start,
            end,
            kind: self.kind.as_str(),
            subtype: self.subtype.clone().map(String::from),
            canonical: self.canonical.clone().map(String::from),
            role: self.role.clone().map(String::from),
            country: self.country.clone().map(String::from),
        }
    }
}

impl LayerItem for Timex {
    const NAME: &'static str = "timex";
    const KEY: &'static str = "timexes";
    type Wire = WireTimex;

    fn of(doc: &Doc) -> &[Self] {
        &doc.timexes
    }
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self> {
        &mut doc.timexes
    }
    fn anchor(&self) -> Span {
        self.span
    }
    fn label(&self) -> Option<&str> {
        Some(self.kind.as_str())
    }
    fn value(&self) -> Option<&str> {
        Some(&self.value)
    }
    fn marks(&self, _: usize, _: &str) -> Vec<(Span, String)> {
        vec![(self.span, format!("{} {}", self.kind.as_str(), self.value))]
    }
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> WireTimex {
        let [start, end] = at(self.span);
        WireTimex {
            start,
            end,
            kind: self.kind.as_str(),
            value: self.value.clone(),
        }
    }
}

impl LayerItem for Quote {
    const NAME: &'static str = "quote";
    const KEY: &'static str = "quotes";
    type Wire = WireQuote;

    fn of(doc: &Doc) -> &[Self] {
        &doc.quotes
    }
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self> {
        &mut doc.quotes
    }
    /// What was said, from its first word to its last.
    fn anchor(&self) -> Span {
        self.content
            .iter()
            .copied()
            .reduce(Span::cover)
            .unwrap_or_default()
    }
    fn label(&self) -> Option<&str> {
        Some(self.kind.as_str())
    }
    fn value(&self) -> Option<&str> {
        self.speaker.as_deref()
    }
    fn marks(&self, n: usize, _: &str) -> Vec<(Span, String)> {
        let who = self.speaker.as_deref().unwrap_or("?");
        let (sourcing, kind) = (self.sourcing.as_str(), self.kind.as_str());
        let content = format!("quote#{n} {who} ({sourcing}, {kind})");
        let parts = [
            (&self.content, content),
            (&self.cue, format!("cue#{n}")),
            (&self.source, format!("source#{n}")),
        ];
        parts
            .into_iter()
            .flat_map(|(spans, label)| spans.iter().map(move |&s| (s, label.clone())))
            .collect()
    }
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> WireQuote {
        let spans = |v: &[Span]| v.iter().map(|&s| at(s)).collect();
        WireQuote {
            content: spans(&self.content),
            cue: spans(&self.cue),
            source: spans(&self.source),
            speaker: self.speaker.clone(),
            kind: self.kind.as_str(),
            sourcing: self.sourcing.as_str(),
            date: self.date.clone(),
            via: self
                .via
                .iter()
                .map(|v| WireVia {
                    source: v.source.map(at),
                    speaker: v.speaker.clone(),
                })
                .collect(),
        }
    }
}

fn participant(p: &Participant, at: &dyn Fn(Span) -> Offsets) -> WireParticipant {
    WireParticipant {
        span: p.span.map(at),
        name: p.name.clone(),
        country: p.country.clone(),
        sector: p.sector.clone(),
    }
}

impl LayerItem for Event {
    const NAME: &'static str = "event";
    const KEY: &'static str = "events";
    type Wire = WireEvent;

    fn of(doc: &Doc) -> &[Self] {
        &doc.events
    }
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self> {
        &mut doc.events
    }
    fn anchor(&self) -> Span {
        self.trigger
    }
    fn label(&self) -> Option<&str> {
        Some(&self.kind)
    }
    /// The actor's name.
    fn value(&self) -> Option<&str> {
        self.actor.as_ref().map(|a| a.name.as_str())
    }
    fn marks(&self, _: usize, _: &str) -> Vec<(Span, String)> {
        let label = format!("event {} ({})", self.kind, self.status.as_str());
        vec![(self.trigger, label)]
    }
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> WireEvent {
        WireEvent {
            kind: self.kind.clone(),
            mode: self.mode.clone(),
            cameo: self.cameo.clone(),
            actor: self.actor.as_ref().map(|p| participant(p, at)),
            recipient: self.recipient.as_ref().map(|p| participant(p, at)),
            actors: self.actors.iter().map(|p| participant(p, at)).collect(),
            recipients: self.recipients.iter().map(|p| participant(p, at)).collect(),
            date: self.date.clone(),
            place: self.place.clone(),
            trigger: at(self.trigger),
            evidence: at(self.evidence),
            status: self.status.as_str(),
            quote: self.quote,
        }
    }
}

impl LayerItem for Proposal {
    const NAME: &'static str = "proposal";
    const KEY: &'static str = "proposals";
    type Wire = WireProposal;

    fn of(doc: &Doc) -> &[Self] {
        &doc.proposals
    }
    fn of_mut(doc: &mut Doc) -> &mut Vec<Self> {
        &mut doc.proposals
    }
    fn anchor(&self) -> Span {
        self.span
    }
    fn label(&self) -> Option<&str> {
        None
    }
    fn value(&self) -> Option<&str> {
        Some(&self.name)
    }
    fn marks(&self, _: usize, _: &str) -> Vec<(Span, String)> {
        let status = self
            .status
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let mut marks = vec![(self.span, format!("proposal {}{status}", self.name))];
        marks.extend(
            self.mentions
                .iter()
                .filter(|m| **m != self.span)
                .map(|m| (*m, format!("proposal {} again", self.name))),
        );
        marks
    }
    fn wire(&self, at: &dyn Fn(Span) -> Offsets) -> WireProposal {
        WireProposal {
            name: self.name.clone(),
            span: at(self.span),
            proposer: self.proposer.clone(),
            points: self.points,
            sections: self
                .sections
                .iter()
                .map(|s| WireSection {
                    title: s.title.clone(),
                    span: at(s.span),
                })
                .collect(),
            mentions: self.mentions.iter().map(|s| at(*s)).collect(),
            status: self.status.clone(),
            date: self.date.clone(),
        }
    }
}
