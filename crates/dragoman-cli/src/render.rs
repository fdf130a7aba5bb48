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
        for extra in [&e.subtype, &e.role, &e.country, &e.canonical]
            .into_iter()
            .flatten()
        {
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
            add(
                *c,
                format!(
                    "quote#{i} {who} ({}, {})",
                    q.sourcing.as_str(),
                    q.kind.as_str()
                ),
            );
        }
        for c in &q.cue {
            add(*c, format!("cue#{i}"));
        }
        for s in &q.source {
            add(*s, format!("source#{i}"));
        }
    }
    for ev in &doc.events {
        add(
            ev.trigger,
            format!("event {} ({})", ev.kind, ev.status.as_str()),
        );
    }
    for p in &doc.proposals {
        add(p.span, format!("proposal {}", p.name));
    }
    carets(&wrap(&doc.text, WIDTH), &marks)
}

/// Display width of the marked text.
const WIDTH: usize = 100;

/// `text` with spaces turned into line breaks so that lines stay within
/// `width` chars where they can. A space and a newline are one byte each, so
/// every byte span of `text` is the same span of the result.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col = 0;
    for word in text.split_inclusive([' ', '\n']) {
        let len = word.chars().count();
        if col > 0 && col + len > width + 1 && out.ends_with(' ') {
            out.pop();
            out.push('\n');
            col = 0;
        }
        out.push_str(word);
        col = if word.ends_with('\n') { 0 } else { col + len };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_byte_offset() {
        let text =
            "Envoys of the two governments met in Vienna on Tuesday, officials said.\n\nShort.";
        let w = wrap(text, 20);
        assert_eq!(w.len(), text.len());
        assert!(w.lines().all(|l| l.chars().count() <= 21), "{w}");
        assert_eq!(w.replace('\n', " "), text.replace('\n', " "));
    }
}
