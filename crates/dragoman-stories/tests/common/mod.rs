//! What the stories tests share: a report of our own run through the whole
//! pipeline, dated, and documents made reports of one story. (Each test
//! file uses only some of these.)
#![allow(dead_code)]

use dragoman_model::{Doc, Meta};
use dragoman_pipeline::Pipeline;
use dragoman_stories::Report;

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

/// `docs` as the reports of one story, numbered from 1 in order, the k-th
/// a copy of report `copies[k]` when that is given.
pub fn reports<'d>(docs: &'d [Doc], copies: &[Option<i64>]) -> Vec<Report<'d>> {
    docs.iter()
        .enumerate()
        .map(|(k, d)| Report {
            id: k as i64 + 1,
            date: d.meta.date,
            outlet: None,
            copy_of: copies.get(k).copied().flatten(),
            doc: d,
        })
        .collect()
}
