//! The date classes of issue 12 through the standard pipeline, in sentences
//! of our own: what a March report's "the summer" means, and which date a
//! quote takes.

use dragoman_model::{Date, Doc, Meta};
use dragoman_pipeline::Pipeline;

/// The document, annotated as of `date` (a day of March 2026).
fn annotate(text: &str, date: &str) -> Doc {
    let meta = Meta {
        date: date.parse::<Date>().ok(),
        ..Meta::default()
    };
    Pipeline::standard()
        .process_text("t", text.to_string(), meta)
        .doc
}

/// `words = value` of each time expression.
fn times(doc: &Doc) -> Vec<String> {
    doc.timexes
        .iter()
        .map(|t| format!("{} = {}", doc.slice(t.span), t.value))
        .collect()
}

#[test]
fn a_march_report_s_summer_is_the_coming_one_unless_told_in_the_past() {
    let doc = annotate(
        "A deal could come in the summer, officials said.\n\
         The envoys said talks may resume over the summer.\n\
         The aim is to sign the text before the summer.\n\
         Talks over the summer had stalled, he said.",
        "2026-03-10",
    );
    assert_eq!(
        times(&doc),
        [
            "the summer = 2026-SU",
            "the summer = 2026-SU",
            "the summer = 2026-SU",
            "the summer = 2025-SU",
        ]
    );
}

#[test]
fn a_date_of_another_sentence_does_not_date_a_quote() {
    let doc = annotate(
        "The ceasefire was signed on February 3 in Doha.\n\
         \"We are ready to keep talking,\" the envoy said.\n\
         On Monday, the minister said the border was calm.",
        "2026-03-11",
    );
    let dates: Vec<Option<&str>> = doc.quotes.iter().map(|q| q.date.as_deref()).collect();
    assert_eq!(dates, [None, Some("2026-03-09")], "{:#?}", doc.quotes);
}

/// Regression: a day opening its sentence before the source's verb ("On
/// Monday, the minister said ... will ...") took the tense of what was said
/// and fell in the next week.
#[test]
fn regression_a_fronted_day_dates_the_saying() {
    let doc = annotate(
        "On Monday, the minister said the border will reopen.\n\
         On Friday, the minister will travel to Quito.",
        "2026-03-12",
    );
    assert_eq!(times(&doc), ["Monday = 2026-03-09", "Friday = 2026-03-13"]);
}
