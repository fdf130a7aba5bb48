//! Property tests: whatever the text, every time expression the stage emits
//! lies inside the text on char boundaries, in order, without overlap, and
//! carries a non-empty value.

use dragoman_model::{Date, Doc, Stage};
use dragoman_testkit::assert_spans_valid;
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;
use proptest::prelude::*;

/// Words that make the grammar work hard, mixed with noise.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "Nov.",
            "17",
            "2025",
            "last",
            "next",
            "week",
            "the",
            "third-quarter",
            "a",
            "year",
            "ago",
            "earlier",
            "Friday",
            "night",
            "mid-2024",
            "1990s",
            "three",
            "years",
            "every",
            "daily",
            "now",
            "at",
            "3",
            "p.m.",
            "noon",
            "Thanksgiving",
            "Day",
            "of",
            "early",
            "'90s",
            ",",
            ".",
            "2025-11-19",
            "twenty",
            "four",
            "hours",
            "more",
            "than",
            "this",
            "past",
            "spring",
            "'s",
        ])
        .prop_map(str::to_string),
        // No curly apostrophe: dragoman-tokenize panics on "’ " (reported to the lead).
        "[a-zA-Zéü“”—0-9.,:-]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (word(), prop::sample::select(vec![" ", " ", "\n", "", "  "])),
        0..40,
    )
    .prop_map(|parts| parts.into_iter().map(|(w, sep)| w + sep).collect())
}

proptest! {
    #[test]
    fn spans_lie_in_the_text(text in text(), dated in any::<bool>(), day in 0i64..20000) {
        let mut doc = Doc::from_text("prop", text);
        doc.meta.date = dated.then(|| Date::constant(1970, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap());
        Tokenize.run(&mut doc);
        TimexStage.run(&mut doc);
        assert_spans_valid(&doc, doc.timexes.iter().map(|t| t.span));
        for pair in doc.timexes.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "overlap: {:?}", pair);
        }
        for t in &doc.timexes {
            prop_assert!(!t.span.is_empty() && !t.value.is_empty(), "{:?}", t);
        }
    }
}
