//! Golden tests of tokens and sentences, drawn as carets under the text.

use dragoman_model::{Doc, Span, Stage};
use dragoman_testkit::carets;
use dragoman_tokenize::Tokenize;

fn render(text: &str) -> String {
    let mut doc = Doc::from_text("t", text);
    Tokenize.run(&mut doc);
    let mut marks: Vec<(Span, String)> = doc
        .tokens
        .iter()
        .map(|t| (t.span, format!("{:?}", t.kind)))
        .collect();
    for (i, s) in doc.sentences.iter().enumerate() {
        marks.push((s.span, format!("sentence {i}")));
    }
    carets(&doc.text, &marks)
}

#[test]
fn abbreviations_initials_and_clitics() {
    insta::assert_snapshot!(render(
        "Gen. J. R. Smith Jr. met the U.S. envoy on Nov. 19. Russia’s aide didn't."
    ));
}

#[test]
fn quotation_marks_brackets_dashes_and_ellipses() {
    insta::assert_snapshot!(render(
        "“We’re close,” she said—“but [not] there…” «Non», he replied (twice)."
    ));
}

#[test]
fn numbers_and_urls() {
    insta::assert_snapshot!(render(
        "A 28-point plan, 3.5% growth, $1,200 and the '90s: see https://example.org/plan."
    ));
}
