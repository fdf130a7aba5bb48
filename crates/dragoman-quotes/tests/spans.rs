//! Property: every span the stage emits lies in the text, on char boundaries.

use dragoman_model::{Doc, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_testkit::assert_spans_valid;
use dragoman_tokenize::Tokenize;
use proptest::prelude::*;

/// Pieces of news text in every quotation style, with cues, names and
/// multi-byte characters; the generator strings them together at random.
const PIECES: &[&str] = &[
    "Berg",
    "Anna Lind",
    "the minister",
    "he",
    "She",
    "unnamed sources",
    "the Daily Ledger",
    "said",
    "told reporters",
    "according to",
    "citing",
    "claims",
    "warned",
    "that",
    "“",
    "”",
    "\"",
    "«",
    "»",
    "‘",
    "''",
    ",",
    ".",
    ":",
    "—",
    "(",
    ")",
    "\n\n",
    " ",
    "talks",
    "résumé",
    "naïve",
    "Zürich",
    "東京",
    "don’t",
    "the plan",
    "As",
    "reported",
    "then",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #[test]
    fn spans_lie_on_char_boundaries(text in text()) {
        let mut doc = Doc::from_text("prop", text);
        Tokenize.run(&mut doc);
        QuoteStage::new().run(&mut doc);
        let spans = doc.quotes.iter().flat_map(|q| {
            q.content.iter().chain(&q.cue).chain(&q.source).copied().chain(q.via.iter().filter_map(|v| v.source)).collect::<Vec<_>>()
        });
        assert_spans_valid(&doc, spans);
        for q in &doc.quotes {
            prop_assert!(q.content.iter().all(|s| !s.is_empty()));
        }
    }
}
