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
//! [`draw`] does it for one annotation layer of a document, with the labels
//! the layer itself gives (one renderer for every layer).
//!
//! [`assert_spans_valid`] checks the invariant every stage promises: each span
//! lies inside the text, on char boundaries.
//!
//! [`shared`] finds data in `../shared` at test time: a test skips when it is
//! absent on a developer's machine, and fails under CI.

mod shared;

pub use shared::{shared, shared_dir, under_ci};

use dragoman_model::{marks_of, Doc, LayerItem, Span};

/// Draws `spans` (with labels) under the lines of `text` they fall in
/// (see [`dragoman_text::carets`]).
pub fn carets(text: &str, spans: &[(Span, String)]) -> String {
    let marks: Vec<_> = spans.iter().map(|(s, l)| (s.range(), l.clone())).collect();
    dragoman_text::carets(text, &marks)
}

/// The layer `L` of `doc` drawn as carets under its text, each item labelled
/// as its layer describes it ([`LayerItem::marks`], the labels of `dragoman
/// show`), after checking that every span is valid.
pub fn draw<L: LayerItem>(doc: &Doc) -> String {
    let marks = marks_of::<L>(doc);
    assert_spans_valid(doc, marks.iter().map(|(s, _)| *s));
    carets(&doc.text, &marks)
}

/// The layer `L` of `doc` drawn as [`draw`] does, then every item in full,
/// one line each: `n: ` and its contract JSON (offsets in code points), so a
/// golden test checks every field the layer describes, in the one format.
pub fn draw_items<L: LayerItem>(doc: &Doc) -> String {
    let chars = dragoman_text::CharIndex::new(&doc.text);
    let at = |s: Span| {
        [
            chars.char_of(s.start as usize),
            chars.char_of(s.end as usize),
        ]
    };
    let mut out = draw::<L>(doc);
    for (n, item) in L::of(doc).iter().enumerate() {
        let json = serde_json::to_string(&item.wire(&at)).expect("wire items serialize");
        out.push_str(&format!("{n}: {json}\n"));
    }
    out
}

/// Panics unless every span lies inside `doc.text` on char boundaries.
pub fn assert_spans_valid(doc: &Doc, spans: impl IntoIterator<Item = Span>) {
    for s in spans {
        assert!(s.start <= s.end, "span {s:?} is reversed");
        assert!(
            (s.end as usize) <= doc.text.len(),
            "span {s:?} is past the end ({})",
            doc.text.len()
        );
        assert!(
            doc.text.is_char_boundary(s.start as usize)
                && doc.text.is_char_boundary(s.end as usize),
            "span {s:?} splits a char"
        );
    }
}
