//! Every annotation layer as Parquet tables, partitioned by report date.
//!
//! [`ParquetExport`] takes documents one at a time (with their layers) and
//! writes `DIR/<table>/report_date=YYYY-MM-DD/part-NNNNN.parquet` for the
//! tables `documents`, `entities`, `quotes`, `events` and `proposals`
//! (`report_date=__HIVE_DEFAULT_PARTITION__` for undated reports, the Hive
//! convention that Spark, DuckDB and pyarrow read as null). The partition
//! column lives in the path only, as Spark writes it. Documents are buffered
//! per partition and written when the buffer fills, so memory stays bounded
//! whatever the store's size; each flush adds one part file per table to
//! each partition it holds ([`Partitions`] buffers, for this export and for
//! engines that write the files themselves). Every table joins on
//! `doc_key` ([`doc_key`], from the content hash), so exports of different
//! stores and runs of the Spark job merge. The columns are described in [`tables`];
//! [`reports`] nests the same rows one row per report.

mod buffer;
mod columns;
mod key;
pub mod reports;
pub mod tables;

pub use buffer::{Partition, Partitions};
pub use key::doc_key;

use ::parquet::arrow::ArrowWriter;
use ::parquet::basic::Compression;
use ::parquet::file::properties::WriterProperties;
use arrow_array::RecordBatch;
pub use arrow_schema::ArrowError;
use dragoman_model::{Date, Doc};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tables::Indexed;

/// The tables written, in order.
pub const TABLES: [&str; 5] = ["documents", "entities", "quotes", "events", "proposals"];

/// The partition directory of undated reports.
pub const UNDATED: &str = "__HIVE_DEFAULT_PARTITION__";

/// A document to export: its ids and the annotated document.
#[derive(Clone, Debug)]
pub struct ExportDoc {
    /// The store's document id (`None` outside a store).
    pub doc_id: Option<i64>,
    /// The content hash.
    pub hash: String,
    /// The caller's id, if one was given.
    pub ext_id: Option<String>,
    /// The source path.
    pub source: String,
    /// The record inside the source.
    pub record: Option<String>,
    /// The document with its layers (spans index `doc.text`).
    pub doc: Doc,
}

impl ExportDoc {
    /// The key every table joins on: [`doc_key`] of the content hash.
    pub fn key(&self) -> i64 {
        doc_key(&self.hash)
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output directory holds files already.
    #[error("{0} is not empty: choose a new directory for the Parquet tables")]
    NotEmpty(PathBuf),
    /// A file or directory could not be written.
    #[error("writing {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Arrow refused a column (a bug: the columns are built to fit).
    #[error("building the {table} table: {source}")]
    Arrow {
        /// The table.
        table: &'static str,
        /// The cause.
        source: ArrowError,
    },
    /// The Parquet writer failed.
    #[error("writing {path}: {source}")]
    Parquet {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: ::parquet::errors::ParquetError,
    },
}

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Rows per table, in the order of [`TABLES`].
    pub rows: [usize; 5],
    /// Parquet files written.
    pub files: usize,
}

/// A Parquet export under way.
pub struct ParquetExport {
    dir: PathBuf,
    buffer: Partitions,
    parts: BTreeMap<Option<Date>, usize>,
    written: Written,
}

impl ParquetExport {
    /// Starts an export into `dir`, which must be new or empty.
    pub fn create(dir: &Path) -> Result<ParquetExport, ExportError> {
        let io = |source| ExportError::Io {
            path: dir.to_path_buf(),
            source,
        };
        if dir.exists() && std::fs::read_dir(dir).map_err(io)?.next().is_some() {
            return Err(ExportError::NotEmpty(dir.to_path_buf()));
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        Ok(ParquetExport {
            dir: dir.to_path_buf(),
            buffer: Partitions::default(),
            parts: BTreeMap::new(),
            written: Written::default(),
        })
    }

    /// Adds a document; writes the buffered ones when the buffer is full.
    pub fn add(&mut self, doc: ExportDoc) -> Result<(), ExportError> {
        self.buffer.add(doc);
        if self.buffer.is_full() {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is buffered and says what the export wrote.
    pub fn finish(mut self) -> Result<Written, ExportError> {
        self.flush()?;
        Ok(self.written)
    }

    fn flush(&mut self) -> Result<(), ExportError> {
        for p in self.buffer.take()? {
            let part = self.parts.entry(p.date).or_default();
            let name = format!("part-{part:05}.parquet");
            *part += 1;
            for (t, (table, batch)) in TABLES.iter().zip(&p.batches).enumerate() {
                self.written.rows[t] += batch.num_rows();
                write(&self.dir.join(table).join(&p.dir), &name, batch)?;
                self.written.files += 1;
            }
        }
        Ok(())
    }
}

/// The directory name of a report date's partition.
pub fn partition(date: Option<Date>) -> String {
    match date {
        Some(d) => format!("report_date={d}"),
        None => format!("report_date={UNDATED}"),
    }
}

pub(crate) fn build(table: &str, docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    match table {
        "documents" => tables::documents(docs),
        "entities" => tables::entities(docs),
        "quotes" => tables::quotes(docs),
        "events" => tables::events(docs),
        _ => tables::proposals(docs),
    }
}

/// Writes `batch` as `dir/name` (snappy-compressed).
fn write(dir: &Path, name: &str, batch: &RecordBatch) -> Result<(), ExportError> {
    let path = dir.join(name);
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let file = std::fs::File::create(&path).map_err(|source| ExportError::Io {
        path: path.clone(),
        source,
    })?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    let parquet = |source| ExportError::Parquet {
        path: path.clone(),
        source,
    };
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(props)).map_err(parquet)?;
    writer.write(batch).map_err(parquet)?;
    writer.close().map_err(parquet)?;
    Ok(())
}
