//! The contract's JSON form of each layer's items (`../shared/eval/CONTRACT.md`):
//! what [`crate::LayerItem::wire`] returns. Offsets are pairs of Unicode code
//! points, made by the caller's conversion; `dragoman-contract` assembles the line.
//!
//! Fields may be added here, never renamed or removed without a version bump.

use serde::Serialize;

/// A pair of code-point offsets, `[start, end)`.
pub type Offsets = [usize; 2];

/// An entity.
#[derive(Debug, Serialize)]
pub struct WireEntity {
    pub(crate) start: usize,
    pub(crate) end: usize,
    #[serde(rename = "type")]
    pub(crate) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) subtype: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) canonical: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) country: Option<String>,
}

/// A time expression.
#[derive(Debug, Serialize)]
pub struct WireTimex {
    pub(crate) start: usize,
    pub(crate) end: usize,
    #[serde(rename = "type")]
    pub(crate) kind: &'static str,
    pub(crate) value: String,
}

/// An attribution.
#[derive(Debug, Serialize)]
pub struct WireQuote {
    pub(crate) content: Vec<Offsets>,
    pub(crate) cue: Vec<Offsets>,
    pub(crate) source: Vec<Offsets>,
    pub(crate) speaker: Option<String>,
    pub(crate) kind: &'static str,
    pub(crate) sourcing: &'static str,
    pub(crate) via: Vec<WireVia>,
    /// When it was said (TIMEX3), when the text dates the attribution.
    pub(crate) date: Option<String>,
}

/// An outer attribution.
#[derive(Debug, Serialize)]
pub struct WireVia {
    pub(crate) source: Option<Offsets>,
    pub(crate) speaker: Option<String>,
}

/// An event participant.
#[derive(Debug, Serialize)]
pub struct WireParticipant {
    pub(crate) span: Option<Offsets>,
    pub(crate) name: String,
    pub(crate) country: Option<String>,
    pub(crate) sector: Option<String>,
}

/// An event.
#[derive(Debug, Serialize)]
pub struct WireEvent {
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) mode: Option<String>,
    pub(crate) cameo: Option<String>,
    pub(crate) actor: Option<WireParticipant>,
    pub(crate) recipient: Option<WireParticipant>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) actors: Vec<WireParticipant>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) recipients: Vec<WireParticipant>,
    pub(crate) date: Option<String>,
    pub(crate) place: Option<String>,
    pub(crate) trigger: Offsets,
    pub(crate) evidence: Offsets,
    pub(crate) status: &'static str,
    pub(crate) quote: Option<usize>,
}

/// A titled part of a proposal.
#[derive(Debug, Serialize)]
pub struct WireSection {
    pub(crate) title: String,
    pub(crate) span: Offsets,
}

/// A proposal.
#[derive(Debug, Serialize)]
pub struct WireProposal {
    pub(crate) name: String,
    pub(crate) span: Offsets,
    pub(crate) proposer: Option<String>,
    pub(crate) points: Option<u32>,
    pub(crate) sections: Vec<WireSection>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) mentions: Vec<Offsets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<String>,
}
