//! Property: every entity span lies in the text, on char boundaries and on
//! token edges, whatever the text.

use dragoman_entities::EntityStage;
use dragoman_model::{Doc, Stage};
use dragoman_testkit::assert_spans_valid;
use dragoman_tokenize::Tokenize;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Moscow".to_string()),
        Just("the".to_string()),
        Just("U.S.".to_string()),
        Just("Foreign Minister".to_string()),
        Just("Ivan Petrov".to_string()),
        Just("“Ålborg”".to_string()),
        Just("Zürich's".to_string()),
        Just("—".to_string()),
        Just(",".to_string()),
        Just(".\n".to_string()),
        Just("NATO".to_string()),
        "[A-Za-zÀ-ÿ0-9.,'’\"-]{1,8}",
        "\\PC{1,4}",
    ]
}

proptest! {
    #[test]
    fn entity_spans_are_valid(pieces in proptest::collection::vec(piece(), 0..40)) {
        let text = pieces.join(" ");
        let mut doc = Doc::from_text("prop", text);
        Tokenize.run(&mut doc);
        EntityStage::new().run(&mut doc);
        assert_spans_valid(&doc, doc.entities.iter().map(|e| e.span));
        for e in &doc.entities {
            prop_assert!(doc.tokens.iter().any(|t| t.span.start == e.span.start));
            prop_assert!(doc.tokens.iter().any(|t| t.span.end == e.span.end));
            prop_assert!(!e.span.is_empty());
        }
    }
}
