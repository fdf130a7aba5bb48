//! Test helpers shared by the stage crates.
//!
//! [`carets`] draws labelled spans as carets under the lines of a text, the
//! form every golden test in dragoman uses (after ruff's snapshots):
//!
//! ```text
//! Dmitriev said on Nov. 17 that talks go on.
//! ^^^^^^^^ PER
//!                  ^^^^^^^ DATE 2025-11-17
//! ```
//!
//! [`assert_spans_valid`] checks the invariant every stage promises: each span
//! lies inside the text, on char boundaries.

use dragoman_model::{Doc, Span};

/// Draws `spans` (with labels) under the lines of `text` they fall in.
///
/// Spans are sorted by start; a span crossing a line break is drawn on each
/// line it covers, with its label on the first. Columns count chars, not bytes.
pub fn carets(text: &str, spans: &[(Span, String)]) -> String {
    let mut spans: Vec<&(Span, String)> = spans.iter().collect();
    spans.sort_by_key(|(s, l)| (s.start, s.end, l.clone()));
    let mut out = String::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let body = line.trim_end_matches('\n');
        out.push_str(body);
        out.push('\n');
        for (span, label) in &spans {
            let (s, e) = (span.start as usize, span.end as usize);
            let overlaps = s < line_start + body.len() && e > line_start || (s == e && s >= line_start && s <= line_start + body.len());
            if !overlaps {
                continue;
            }
            let from = s.max(line_start) - line_start;
            let to = e.min(line_start + body.len()) - line_start;
            let pad = body[..from].chars().count();
            let width = body[from..to].chars().count().max(1);
            out.push_str(&" ".repeat(pad));
            out.push_str(&"^".repeat(width));
            if s >= line_start {
                out.push(' ');
                out.push_str(label);
            }
            out.push('\n');
        }
        line_start = line_end;
    }
    out
}

/// Panics unless every span lies inside `doc.text` on char boundaries.
pub fn assert_spans_valid(doc: &Doc, spans: impl IntoIterator<Item = Span>) {
    for s in spans {
        assert!(s.start <= s.end, "span {s:?} is reversed");
        assert!((s.end as usize) <= doc.text.len(), "span {s:?} is past the end ({})", doc.text.len());
        assert!(doc.text.is_char_boundary(s.start as usize) && doc.text.is_char_boundary(s.end as usize), "span {s:?} splits a char");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_draw_under_each_line() {
        let text = "Dmitriev said it.\n“Yes,” he said.";
        let he = text.find("he said").unwrap();
        let spans = vec![(Span::new(0, 8), "PER".to_string()), (Span::new(he, he + 2), "SRC".to_string())];
        let out = carets(text, &spans);
        assert_eq!(out, "Dmitriev said it.\n^^^^^^^^ PER\n“Yes,” he said.\n       ^^ SRC\n");
    }
}
