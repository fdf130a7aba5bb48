//! The user's limits: a sentence limit below the default cuts sentences
//! there and says so; one above the ceiling is held at it.

use dragoman_model::{Meta, MAX_SENTENCE_TOKENS};
use dragoman_pipeline::Pipeline;

fn sentences(limit: usize, words: usize) -> (usize, usize) {
    let text = "talks ".repeat(words);
    let doc = Pipeline::standard()
        .with_sentence_limit(limit)
        .process_text("t", text, Meta::default())
        .doc;
    let longest = doc
        .sentences
        .iter()
        .map(|s| (s.end_token - s.first_token) as usize)
        .max()
        .unwrap_or(0);
    let noted = doc
        .diagnostics
        .iter()
        .filter(|d| d.stage == "tokenize")
        .count();
    (longest, noted)
}

#[test]
fn a_lower_sentence_limit_cuts_there_and_says_so() {
    assert_eq!(sentences(100, 1000), (100, 1));
}

#[test]
fn a_higher_sentence_limit_is_held_at_the_ceiling() {
    assert_eq!(sentences(5000, 3000).0, MAX_SENTENCE_TOKENS);
}
