//! Property: whatever the tokens, every sentence's parse is a tree: one
//! root, heads inside the sentence, no cycles, a tag and a lemma per token.

mod common;

use proptest::prelude::*;

const WORDS: &[&str] = &[
    "the", "minister", "said", "talks", "would", "resume", "in", "Moscow", ",", ".", "if", "not",
    "NATO", "2025", "on", "Tuesday", "\"", "(", ")", "—", "of", "and", "was", "signed", "by",
    "U.S.",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn every_sentence_is_a_tree(words in prop::collection::vec(prop::sample::select(WORDS), 1..60)) {
        let doc = common::parse(&words.join(" "));
        prop_assert_eq!(doc.syntax.len(), doc.tokens.len());
        for s in &doc.sentences {
            let (a, b) = (s.first_token as usize, s.end_token as usize);
            let roots = (a..b).filter(|i| doc.syntax.get(*i).unwrap().head.is_none()).count();
            prop_assert_eq!(roots, 1);
            for i in a..b {
                let t = doc.syntax.get(i).unwrap();
                prop_assert_eq!(t.head.is_none(), t.deprel.as_str() == "root");
                prop_assert!(!doc.syntax.lemma(i).is_empty());
                let mut x = i;
                for _ in 0..=(b - a) {
                    match doc.syntax.get(x).unwrap().head {
                        Some(h) => {
                            prop_assert!((a..b).contains(&(h as usize)));
                            x = h as usize;
                        }
                        None => break,
                    }
                }
                prop_assert!(doc.syntax.get(x).unwrap().head.is_none(), "cycle through token {}", i);
            }
        }
    }
}
