//! The annotation layers: entities, time expressions, quotes, events, proposals.
//!
//! These mirror the fields of the annotate contract (`../shared/eval/CONTRACT.md`)
//! but hold byte [`Span`]s of the clean text; `dragoman-contract` converts.

use crate::shared::SharedStr;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The four CoNLL entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    Per,
    /// An organisation (government bodies and outlets included).
    Org,
    /// A location (countries, cities, regions).
    Loc,
    /// Anything else named (nationalities, events, laws).
    Misc,
}

impl EntityType {
    /// The contract's name: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// A named entity mention. Its strings are [`SharedStr`]s (8 bytes each,
/// shared between mentions that carry the same value): 56 bytes an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Where it stands.
    pub span: Span,
    /// Its type.
    pub kind: EntityType,
    /// A finer type that matters here: `OUTLET`, `GOV`, `COUNTRY`, `CITY`, `NATIONALITY`.
    pub subtype: Option<SharedStr>,
    /// The fullest name of the entity in the document.
    pub canonical: Option<SharedStr>,
    /// A title or role ("foreign minister").
    pub role: Option<SharedStr>,
    /// ISO 3166-1 alpha-3 country code.
    pub country: Option<SharedStr>,
    /// The canonical actor id, when resolved.
    pub actor: Option<SharedStr>,
}

impl Entity {
    /// A mention of `kind` at `span`, with nothing else known yet.
    pub fn new(span: Span, kind: EntityType) -> Entity {
        Entity {
            span,
            kind,
            subtype: None,
            canonical: None,
            role: None,
            country: None,
            actor: None,
        }
    }
}

/// TimeML TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

impl TimexType {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression with its normalized value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it stands.
    pub span: Span,
    /// Its type.
    pub kind: TimexType,
    /// The TIMEX3 value ("2025-11-17", "2025-W46", "P3D", "PAST_REF").
    pub value: String,
}

/// Whether the content of a quote is in quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// All in quotation marks.
    Direct,
    /// No quotation marks.
    Indirect,
    /// Quoted fragments inside reported speech.
    Mixed,
}

impl QuoteKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// How a statement is sourced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sourcing {
    /// An identified person or body, on the record.
    Named,
    /// "unnamed sources", "officials familiar with".
    Anonymous,
    /// Another news outlet's report.
    Outlet,
    /// A statement, plan or memo.
    Document,
    /// No source is given.
    Unattributed,
}

impl Sourcing {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sourcing::Named => "named",
            Sourcing::Anonymous => "anonymous",
            Sourcing::Outlet => "outlet",
            Sourcing::Document => "document",
            Sourcing::Unattributed => "unattributed",
        }
    }
}

/// An outer attribution a quote reached the report through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Via {
    /// Where the outer source is named.
    pub source: Option<Span>,
    /// Its resolved name.
    pub speaker: Option<String>,
}

/// One attribution: somebody is reported to have said, written, claimed or thought something.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// What was said; several spans when interrupted.
    pub content: Vec<Span>,
    /// The words that mark the attribution.
    pub cue: Vec<Span>,
    /// The words that name the source where they stand.
    pub source: Vec<Span>,
    /// The resolved name of the source.
    pub speaker: Option<String>,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// How it is sourced.
    pub sourcing: Sourcing,
    /// Outer attributions, outermost first.
    pub via: Vec<Via>,
    /// When it was said: the TIMEX3 value of the time expression that dates
    /// the attribution ("on Nov. 17", "last week", "then"), if the text gives one.
    #[serde(default)]
    pub date: Option<String>,
}

/// An event participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Where it is named.
    pub span: Option<Span>,
    /// Its name.
    pub name: String,
    /// ISO alpha-3 country.
    pub country: Option<String>,
    /// PLOVER/CAMEO sector (GOV, MIL, ...).
    pub sector: Option<String>,
}

/// The standing of an event in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventStatus {
    /// It happened.
    Occurred,
    /// It is scheduled.
    Planned,
    /// Somebody proposes it.
    Proposed,
    /// Somebody denies it happened.
    Denied,
    /// Conditional or hypothetical.
    Hypothetical,
    /// Claimed by a source, not confirmed.
    Reported,
}

impl EventStatus {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Planned => "planned",
            EventStatus::Proposed => "proposed",
            EventStatus::Denied => "denied",
            EventStatus::Hypothetical => "hypothetical",
            EventStatus::Reported => "reported",
        }
    }
}

/// An event coded in PLOVER and CAMEO.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER event type (CONSULT, AGREE, ...).
    pub kind: String,
    /// PLOVER mode, where one applies.
    pub mode: Option<String>,
    /// CAMEO code ("044").
    pub cameo: Option<String>,
    /// Who acts.
    pub actor: Option<Participant>,
    /// Who is acted upon.
    pub recipient: Option<Participant>,
    /// Every actor when the text coordinates several ("Armenia and
    /// Azerbaijan will sign"), `actor` first; empty when there is one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Participant>,
    /// Every recipient when the text coordinates several, `recipient`
    /// first; empty when there is one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Participant>,
    /// TIMEX3 value of when it happened, from the event's own clause; null
    /// when the clause gives none (the report's date is the report's).
    pub date: Option<String>,
    /// Where, as written.
    pub place: Option<String>,
    /// The words that express it.
    pub trigger: Span,
    /// The sentence it comes from.
    pub evidence: Span,
    /// Its standing.
    pub status: EventStatus,
    /// Index into [`crate::Doc::quotes`] when the event is told inside a quote.
    pub quote: Option<usize>,
}

/// A titled part of a proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Its title, as written.
    pub title: String,
    /// Where it stands.
    pub span: Span,
}

/// A plan or proposal named in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    /// Its name, as written ("the 12-point Canadian plan").
    pub name: String,
    /// Where it is named.
    pub span: Span,
    /// Who proposes it.
    pub proposer: Option<String>,
    /// Its announced number of points.
    pub points: Option<u32>,
    /// Its sections, when listed.
    pub sections: Vec<Section>,
    /// Every place the report names it ("a revised 12-point proposal", then
    /// "the draft"), `span` first; empty when named once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
    /// How far it got, by the verbs the report uses of it: drafted,
    /// presented, accepted or rejected (the furthest); null when none says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// TIMEX3 value of that step, from its clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}
