//! A report's annotations as one flat list (id, kind, span, fields), and
//! the clean text cut into segments at every annotation boundary, each
//! segment naming the annotations that cover it, so the page can mark and
//! highlight the exact characters of any of them.

use dragoman_model::{Doc, Span};
use dragoman_text::CharIndex;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// One annotation of a report.
#[derive(Clone, Debug, Serialize)]
pub struct Mark {
    /// `e3`, `t0`, `q1`, `v2` (event), `p0`, `d` (dateline).
    pub id: String,
    /// entity, date, quote, event, proposal, dateline.
    pub kind: &'static str,
    /// A short label: the type, speaker or name.
    pub label: String,
    /// Bytes of the clean text.
    pub start: u32,
    /// See `start`.
    pub end: u32,
    /// Code points of the clean text.
    pub char_start: usize,
    /// See `char_start`.
    pub char_end: usize,
    /// The covered text.
    pub text: String,
    /// Every field of the annotation.
    pub fields: Map<String, Value>,
    /// Other spans of the annotation (a quote's cue and source, an event's
    /// evidence): `[role, char_start, char_end]`, with bytes in `parts`.
    pub parts: Vec<Part>,
}

/// A span of an annotation besides its anchor.
#[derive(Clone, Debug, Serialize)]
pub struct Part {
    /// content (a quote's words, in pieces), cue, source, evidence, mention.
    pub role: &'static str,
    /// Bytes of the clean text.
    pub start: u32,
    /// See `start`.
    pub end: u32,
    /// The covered text.
    pub text: String,
}

fn text_of(doc: &Doc, s: Span) -> String {
    doc.text.get(s.range()).unwrap_or_default().to_string()
}

fn fields(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m.into_iter().filter(|(_, v)| !v.is_null()).collect(),
        _ => Map::new(),
    }
}

fn cover(spans: &[Span]) -> Option<Span> {
    let start = spans.iter().map(|s| s.start).min()?;
    let end = spans.iter().map(|s| s.end).max()?;
    Some(Span { start, end })
}

/// A mark under construction: its code-point offsets are set by [`marks`].
fn mark(doc: &Doc, id: String, kind: &'static str, label: String, span: Span, f: Value) -> Mark {
    Mark {
        id,
        kind,
        label,
        start: span.start,
        end: span.end,
        char_start: 0,
        char_end: 0,
        text: text_of(doc, span),
        fields: fields(f),
        parts: Vec::new(),
    }
}

/// Every annotation of `doc`, in layer order.
pub fn marks(doc: &Doc) -> Vec<Mark> {
    let mut out = Vec::new();
    if let Some(d) = doc.meta.dateline {
        let f = json!({"place": doc.meta.place, "outlet": doc.meta.outlet});
        out.push(mark(doc, "d".into(), "dateline", "dateline".into(), d, f));
    }
    for (n, e) in doc.entities.iter().enumerate() {
        let f = json!({"type": e.kind.as_str(), "subtype": e.subtype, "canonical": e.canonical,
            "role": e.role, "country": e.country, "actor": e.actor});
        out.push(mark(
            doc,
            format!("e{n}"),
            "entity",
            e.kind.as_str().into(),
            e.span,
            f,
        ));
    }
    for (n, t) in doc.timexes.iter().enumerate() {
        let f = json!({"type": t.kind.as_str(), "value": t.value});
        out.push(mark(
            doc,
            format!("t{n}"),
            "date",
            t.value.clone(),
            t.span,
            f,
        ));
    }
    out.extend(
        doc.quotes
            .iter()
            .enumerate()
            .filter_map(|(n, q)| quote(doc, n, q)),
    );
    out.extend(doc.events.iter().enumerate().map(|(n, e)| event(doc, n, e)));
    out.extend(
        doc.proposals
            .iter()
            .enumerate()
            .map(|(n, p)| proposal(doc, n, p)),
    );
    let index = CharIndex::new(&doc.text);
    for m in &mut out {
        m.char_start = index.char_of(m.start as usize);
        m.char_end = index.char_of(m.end as usize);
    }
    out
}

fn joined(doc: &Doc, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| text_of(doc, *s))
        .collect::<Vec<_>>()
        .join(" … ")
}

fn quote(doc: &Doc, n: usize, q: &dragoman_model::Quote) -> Option<Mark> {
    let span = cover(&q.content)?;
    let via: Vec<_> = q.via.iter().filter_map(|v| v.speaker.clone()).collect();
    let f = json!({"speaker": q.speaker, "sourcing": q.sourcing.as_str(), "kind": q.kind.as_str(),
        "date": q.date, "via": via, "cue": joined(doc, &q.cue), "source": joined(doc, &q.source)});
    let speaker = q.speaker.as_deref().unwrap_or("unknown");
    let label = format!("{speaker} ({})", q.sourcing.as_str());
    let mut m = mark(doc, format!("q{n}"), "quote", label, span, f);
    m.parts = (q.content.iter().map(|s| part(doc, "content", *s)))
        .chain(q.cue.iter().map(|s| part(doc, "cue", *s)))
        .chain(q.source.iter().map(|s| part(doc, "source", *s)))
        .collect();
    Some(m)
}

fn event(doc: &Doc, n: usize, e: &dragoman_model::Event) -> Mark {
    let name = |p: &Option<dragoman_model::Participant>| p.as_ref().map(|p| p.name.clone());
    let f = json!({"type": e.kind, "mode": e.mode, "cameo": e.cameo, "actor": name(&e.actor),
        "recipient": name(&e.recipient), "date": e.date, "place": e.place, "status": e.status.as_str(),
        "evidence": text_of(doc, e.evidence), "quote": e.quote.map(|q| format!("q{q}"))});
    let mut m = mark(doc, format!("v{n}"), "event", e.kind.clone(), e.trigger, f);
    m.parts = vec![part(doc, "evidence", e.evidence)];
    m
}

fn proposal(doc: &Doc, n: usize, p: &dragoman_model::Proposal) -> Mark {
    let sections: Vec<_> = p.sections.iter().map(|s| s.title.clone()).collect();
    let f = json!({"name": p.name, "proposer": p.proposer, "points": p.points,
        "sections": sections, "status": p.status, "date": p.date});
    let mut m = mark(doc, format!("p{n}"), "proposal", p.name.clone(), p.span, f);
    m.parts = p
        .mentions
        .iter()
        .map(|s| part(doc, "mention", *s))
        .collect();
    m
}

fn part(doc: &Doc, role: &'static str, s: Span) -> Part {
    Part {
        role,
        start: s.start,
        end: s.end,
        text: text_of(doc, s),
    }
}

/// A run of the clean text and the annotation tokens covering it: `q1`
/// (the quote's content), `q1:cue`, `v0:evidence`, ...
#[derive(Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text of the run.
    pub text: &'a str,
    /// Annotation tokens, space-separated.
    pub tokens: String,
    /// The kind of the narrowest annotation covering it (for its style).
    pub kind: Option<&'static str>,
}

/// The clean text cut at every boundary of `marks`; a quote's content
/// pieces carry the quote's own id. Evidence spans are
/// kept as tokens but do not style the text (a sentence is not a mark).
pub fn segments<'a>(text: &'a str, marks: &[Mark]) -> Vec<Segment<'a>> {
    let mut spans: Vec<(u32, u32, String, Option<&'static str>)> = Vec::new();
    for m in marks {
        // A quote is its content's pieces, not the range they span.
        if !m.parts.iter().any(|p| p.role == "content") {
            spans.push((m.start, m.end, m.id.clone(), Some(m.kind)));
        }
        for p in &m.parts {
            let style = (p.role != "evidence").then_some(m.kind);
            let token = match p.role {
                "content" => m.id.clone(),
                role => format!("{}:{role}", m.id),
            };
            spans.push((p.start, p.end, token, style));
        }
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, e, _, _) in &spans {
        cuts.extend([*s as usize, *e as usize]);
    }
    cuts.retain(|c| *c <= text.len() && text.is_char_boundary(*c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0] as u32, w[1] as u32);
            let covering: Vec<_> = spans
                .iter()
                .filter(|(s, e, _, _)| *s <= a && b <= *e)
                .collect();
            let tokens = covering
                .iter()
                .map(|(_, _, t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let kind = covering
                .iter()
                .filter(|(_, _, _, k)| k.is_some())
                .min_by_key(|(s, e, _, _)| e - s)
                .and_then(|(_, _, _, k)| *k);
            Segment {
                text: &text[w[0]..w[1]],
                tokens,
                kind,
            }
        })
        .collect()
}
