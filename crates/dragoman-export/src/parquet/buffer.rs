//! [`Partitions`]: documents buffered by report date until their clean text
//! reaches a limit, then built into one record batch per table and date.
//! The CLI's export and the Spark job's tasks both write what it builds, so
//! files are cut the same way wherever they are written.

use super::tables::Indexed;
use super::{build, partition, ExportDoc, ExportError, TABLES};
use arrow_array::RecordBatch;
use dragoman_model::Date;
use dragoman_text::CharIndex;
use std::collections::BTreeMap;

/// Buffered clean text, in bytes, past which [`Partitions::is_full`].
pub const FLUSH_BYTES: usize = 64 << 20;

/// Bytes counted per document beside its text (ids, layers).
const PER_DOC: usize = 1024;

/// The tables of one report date's buffered documents.
pub struct Partition {
    /// The report date (`None`: undated).
    pub date: Option<Date>,
    /// Its directory name, `report_date=…`.
    pub dir: String,
    /// One batch per table of [`TABLES`], in order.
    pub batches: Vec<RecordBatch>,
}

/// Documents waiting to be written, by report date.
#[derive(Default)]
pub struct Partitions {
    buffered: BTreeMap<Option<Date>, Vec<ExportDoc>>,
    bytes: usize,
}

impl Partitions {
    /// Buffers a document under its report date.
    pub fn add(&mut self, doc: ExportDoc) {
        self.bytes += doc.doc.text.len() + PER_DOC;
        self.buffered
            .entry(doc.doc.meta.date)
            .or_default()
            .push(doc);
    }

    /// Whether the buffer holds [`FLUSH_BYTES`] or more.
    pub fn is_full(&self) -> bool {
        self.bytes >= FLUSH_BYTES
    }

    /// Whether nothing is buffered.
    pub fn is_empty(&self) -> bool {
        self.buffered.is_empty()
    }

    /// The tables of every buffered date, in date order (undated first);
    /// the buffer is emptied.
    pub fn take(&mut self) -> Result<Vec<Partition>, ExportError> {
        self.bytes = 0;
        std::mem::take(&mut self.buffered)
            .into_iter()
            .map(|(date, docs)| {
                Ok(Partition {
                    date,
                    dir: partition(date),
                    batches: tables(&docs)?,
                })
            })
            .collect()
    }
}

/// One batch per table of [`TABLES`] for `docs`.
fn tables(docs: &[ExportDoc]) -> Result<Vec<RecordBatch>, ExportError> {
    let indexed: Vec<Indexed<'_>> = docs
        .iter()
        .map(|d| Indexed {
            idx: CharIndex::new(&d.doc.text),
            doc: d,
        })
        .collect();
    TABLES
        .iter()
        .map(|table| build(table, &indexed).map_err(|source| ExportError::Arrow { table, source }))
        .collect()
}
