//! The wire format of `dragoman annotate` (`shared/eval/CONTRACT.md`).
//!
//! Model types hold byte spans of the clean text; the contract speaks Unicode
//! code points of the text the caller sees. For `text` input that is the
//! input text as given, so spans go clean → raw (through the alignment) →
//! code points; for `html` input it is the extracted text, returned in `text`.
//!
//! Fields may be added here, never renamed or removed without a version bump.

use dragoman_model::{Doc, Quote, Span};
use dragoman_text::CharIndex;
use serde::Serialize;
use serde_json::Value;

/// Which text the output's offsets index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetsOf {
    /// The raw input text (for `text` input).
    Raw,
    /// The clean text, returned in the output's `text` (for `html` input).
    Clean,
}

/// One output line.
#[derive(Debug, Serialize)]
pub struct Output {
    /// As in the input.
    pub id: Value,
    /// The text the offsets index, when it is not the input text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Metadata.
    pub meta: OutMeta,
    /// Named entities.
    pub entities: Vec<OutEntity>,
    /// Time expressions.
    pub timexes: Vec<OutTimex>,
    /// Attributions.
    pub quotes: Vec<OutQuote>,
    /// Events.
    pub events: Vec<Value>,
    /// Proposals.
    pub proposals: Vec<Value>,
    /// Per token: part of speech, head and relation (for `tokens` input;
    /// see [`with_syntax`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub syntax: Option<Vec<OutSyntax>>,
}

/// One token's syntax.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutSyntax {
    upos: &'static str,
    /// 1-based index of the head in the same sentence; 0 for the root.
    head: u32,
    deprel: &'static str,
}

/// Adds the document's syntax to an output line: one object per token, heads
/// counted from 1 within each sentence.
pub fn with_syntax(out: &mut Output, doc: &Doc) {
    let mut v = Vec::with_capacity(doc.syntax.len());
    for s in &doc.sentences {
        for i in s.first_token..s.end_token {
            if let Some(t) = doc.syntax.get(i as usize) {
                v.push(OutSyntax {
                    upos: t.upos.as_str(),
                    head: t.head.map_or(0, |h| h + 1 - s.first_token),
                    deprel: t.deprel.as_str(),
                });
            }
        }
    }
    out.syntax = Some(v);
}

/// `meta`.
#[derive(Debug, Serialize)]
pub struct OutMeta {
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
    author: Option<String>,
    dateline: Option<[usize; 2]>,
}

/// An entity.
#[derive(Debug, Serialize)]
pub struct OutEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtype: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    canonical: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<String>,
}

/// A time expression.
#[derive(Debug, Serialize)]
pub struct OutTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
}

/// An attribution.
#[derive(Debug, Serialize)]
pub struct OutQuote {
    content: Vec<[usize; 2]>,
    cue: Vec<[usize; 2]>,
    source: Vec<[usize; 2]>,
    speaker: Option<String>,
    kind: &'static str,
    sourcing: &'static str,
    via: Vec<OutVia>,
    /// When it was said (TIMEX3), when the text dates the attribution.
    date: Option<String>,
}

/// An outer attribution.
#[derive(Debug, Serialize)]
pub struct OutVia {
    source: Option<[usize; 2]>,
    speaker: Option<String>,
}

/// Converts byte spans of a document's clean text to contract offsets.
struct Offsets<'a> {
    doc: &'a Doc,
    of: OffsetsOf,
    index: CharIndex,
}

impl<'a> Offsets<'a> {
    fn new(doc: &'a Doc, of: OffsetsOf) -> Self {
        let index = match of {
            OffsetsOf::Raw => CharIndex::new(&doc.raw),
            OffsetsOf::Clean => CharIndex::new(&doc.text),
        };
        Offsets { doc, of, index }
    }

    fn span(&self, s: Span) -> [usize; 2] {
        let r = match self.of {
            OffsetsOf::Raw => self.doc.alignment.to_raw(s.range()),
            OffsetsOf::Clean => s.range(),
        };
        [self.index.char_of(r.start), self.index.char_of(r.end)]
    }
}

/// The output line for an annotated document.
pub fn output(id: Value, doc: &Doc, of: OffsetsOf) -> Output {
    let o = Offsets::new(doc, of);
    let m = &doc.meta;
    Output {
        id,
        text: (of == OffsetsOf::Clean).then(|| doc.text.clone()),
        meta: OutMeta {
            title: m.title.clone(),
            date: m.date.map(|d| d.to_string()),
            outlet: m.outlet.clone(),
            author: m.author.clone(),
            dateline: m.dateline.map(|s| o.span(s)),
        },
        entities: doc
            .entities
            .iter()
            .map(|e| {
                let [start, end] = o.span(e.span);
                OutEntity {
                    start,
                    end,
                    kind: e.kind.as_str(),
                    subtype: e.subtype.clone(),
                    canonical: e.canonical.clone(),
                    role: e.role.clone(),
                    country: e.country.clone(),
                }
            })
            .collect(),
        timexes: doc
            .timexes
            .iter()
            .map(|t| {
                let [start, end] = o.span(t.span);
                OutTimex {
                    start,
                    end,
                    kind: t.kind.as_str(),
                    value: t.value.clone(),
                }
            })
            .collect(),
        quotes: doc.quotes.iter().map(|q| quote(&o, q)).collect(),
        events: doc.events.iter().map(|e| event(&o, e)).collect(),
        proposals: doc.proposals.iter().map(|p| proposal(&o, p)).collect(),
        syntax: None,
    }
}

fn quote(o: &Offsets<'_>, q: &Quote) -> OutQuote {
    let spans = |v: &[Span]| v.iter().map(|s| o.span(*s)).collect();
    OutQuote {
        content: spans(&q.content),
        cue: spans(&q.cue),
        source: spans(&q.source),
        speaker: q.speaker.clone(),
        kind: q.kind.as_str(),
        sourcing: q.sourcing.as_str(),
        date: q.date.clone(),
        via: q
            .via
            .iter()
            .map(|v| OutVia {
                source: v.source.map(|s| o.span(s)),
                speaker: v.speaker.clone(),
            })
            .collect(),
    }
}

fn participant(o: &Offsets<'_>, p: &dragoman_model::Participant) -> Value {
    serde_json::json!({"span": p.span.map(|s| o.span(s)), "name": p.name, "country": p.country, "sector": p.sector})
}

fn event(o: &Offsets<'_>, e: &dragoman_model::Event) -> Value {
    serde_json::json!({
        "type": e.kind, "mode": e.mode, "cameo": e.cameo,
        "actor": e.actor.as_ref().map(|p| participant(o, p)),
        "recipient": e.recipient.as_ref().map(|p| participant(o, p)),
        "date": e.date, "place": e.place,
        "trigger": o.span(e.trigger), "evidence": o.span(e.evidence),
        "status": e.status.as_str(), "quote": e.quote,
    })
}

fn proposal(o: &Offsets<'_>, p: &dragoman_model::Proposal) -> Value {
    serde_json::json!({
        "name": p.name, "span": o.span(p.span), "proposer": p.proposer, "points": p.points,
        "sections": p.sections.iter().map(|s| serde_json::json!({"title": s.title, "span": o.span(s.span)})).collect::<Vec<_>>(),
    })
}

/// The output line for a rejected input line.
pub fn error_line(id: Option<Value>, message: &str) -> Value {
    serde_json::json!({"id": id.unwrap_or(Value::Null), "error": message})
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{Timex, TimexType};

    #[test]
    fn offsets_are_code_points_of_the_raw_text() {
        // Curly quotes take three bytes each but one code point.
        let mut doc = Doc::from_text("d", "“Yes” on Nov. 17");
        doc.timexes.push(Timex {
            span: Span::new(13, 20),
            kind: TimexType::Date,
            value: "2025-11-17".into(),
        });
        let out = serde_json::to_value(output(Value::from("d"), &doc, OffsetsOf::Raw)).unwrap();
        assert_eq!(out["timexes"][0]["start"], 9);
        assert_eq!(out["timexes"][0]["end"], 16);
        assert!(out.get("text").is_none());
        assert_eq!(out["quotes"], serde_json::json!([]));
    }
}
