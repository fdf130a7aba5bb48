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

/// An opening quotation mark never closed in a long paragraph ends with the
/// piece of paragraph the limit cut, not a megabyte later.
#[test]
fn a_long_paragraph_is_split_and_an_unclosed_quotation_ends_with_its_piece() {
    let mut text = String::from("The envoy said \u{201c}the talks will go on. ");
    for i in 0..40 {
        text.push_str(&format!("The delegations met again in room {i}. "));
    }
    let limit = 400;
    let p = Pipeline::standard()
        .with_paragraph_limit(limit)
        .process_text("t", text.clone(), Meta::default());
    let doc = p.doc;
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.stage == "clean" && d.message.contains("longer than 400 bytes")));
    assert!(doc.text.lines().count() >= 4);
    for q in &doc.quotes {
        for c in &q.content {
            assert!(c.end - c.start <= limit as u32, "{}", doc.slice(*c));
        }
    }
    // Nothing is lost: every word of the input is in the clean text.
    assert_eq!(
        doc.text.split_whitespace().collect::<Vec<_>>(),
        text.split_whitespace().collect::<Vec<_>>()
    );
}
