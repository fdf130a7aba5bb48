//! Properties of tokens and sentences on arbitrary text: no panic, every span
//! on char boundaries, tokens in order and covering every non-space char,
//! sentences tiling the tokens.

use dragoman_tokenize::{sentences, tokens};
use proptest::prelude::*;

fn newsish() -> impl Strategy<Value = String> {
    let frag = prop_oneof![
        Just("U.S.-drafted ".to_string()),
        Just("Russia’s ".to_string()),
        Just("Tensions’ ".to_string()),
        Just("'90s ".to_string()),
        Just("Nov. 19, 2025 ".to_string()),
        Just("“Yes,” he said. ".to_string()),
        Just("don't ".to_string()),
        Just("... ".to_string()),
        Just("https://x.org/a. ".to_string()),
        "\\PC{0,8}",
        "[a-zA-Z'’.\\-]{0,6}",
        "[ \n]{0,3}",
    ];
    prop::collection::vec(frag, 0..20).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn tokens_cover_the_text_and_sentences_tile_them(text in newsish()) {
        let toks = tokens(&text);
        let mut at = 0usize;
        for t in &toks {
            let (s, e) = (t.span.start as usize, t.span.end as usize);
            prop_assert!(s >= at && e > s && e <= text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert!(text[at..s].chars().all(char::is_whitespace), "gap {:?} skipped", &text[at..s]);
            at = e;
        }
        prop_assert!(text[at..].chars().all(char::is_whitespace));
        let sents = sentences(&text, &toks);
        let mut next = 0u32;
        for s in &sents {
            prop_assert_eq!(s.first_token, next);
            prop_assert!(s.end_token > s.first_token);
            next = s.end_token;
        }
        prop_assert_eq!(next as usize, toks.len());
    }
}
