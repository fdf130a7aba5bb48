//! Rendering a document for people: paragraphs of the clean text with their
//! annotations drawn as carets underneath.

use dragoman_model::{Doc, Span};
use dragoman_text::carets;
use std::ops::Range;

/// The clean text with every annotation marked under the line it is on.
pub(crate) fn marked(doc: &Doc) -> String {
    let mut marks: Vec<(Range<usize>, String)> = Vec::new();
    let mut add = |s: Span, label: String| marks.push((s.range(), label));
    if let Some(d) = doc.meta.dateline {
        add(d, "dateline".into());
    }
    for e in &doc.entities {
        let mut label = e.kind.as_str().to_string();
        for extra in [&e.subtype, &e.role, &e.country, &e.canonical].into_iter().flatten() {
            label.push(' ');
            label.push_str(extra);
        }
        add(e.span, label);
    }
    for t in &doc.timexes {
        add(t.span, format!("{} {}", t.kind.as_str(), t.value));
    }
    for (i, q) in doc.quotes.iter().enumerate() {
        let who = q.speaker.as_deref().unwrap_or("?");
        for c in &q.content {
            add(*c, format!("quote#{i} {who} ({}, {})", q.sourcing.as_str(), q.kind.as_str()));
        }
        for c in &q.cue {
            add(*c, format!("cue#{i}"));
        }
        for s in &q.source {
            add(*s, format!("source#{i}"));
        }
    }
    for ev in &doc.events {
        add(ev.trigger, format!("event {} ({})", ev.kind, ev.status.as_str()));
    }
    for p in &doc.proposals {
        add(p.span, format!("proposal {}", p.name));
    }
    // Lines of the clean text are paragraphs; long ones are kept whole so the
    // carets stay under the words they mark.
    carets(&doc.text, &marks)
}
