//! What the stories tests share: a report of our own run through the whole
//! pipeline, dated.

use dragoman_model::{Doc, Meta};
use dragoman_pipeline::Pipeline;

/// `text` annotated by the standard pipeline as a report of `date`.
pub fn doc(text: &str, date: &str) -> Doc {
    let meta = Meta {
        date: Some(date.parse().unwrap()),
        ..Meta::default()
    };
    Pipeline::standard()
        .process_text("t", text.to_string(), meta)
        .doc
}
