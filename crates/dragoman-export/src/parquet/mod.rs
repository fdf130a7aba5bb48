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
//! each partition it holds. The columns are described in [`tables`];
//! [`reports`] nests the same rows one row per report, for engines that
//! number documents and write the files themselves (the Spark job).

mod columns;
pub mod reports;
pub mod tables;

use ::parquet::arrow::ArrowWriter;
use ::parquet::basic::Compression;
use ::parquet::file::properties::WriterProperties;
use arrow_array::RecordBatch;
pub use arrow_schema::ArrowError;
use dragoman_model::{Date, Doc};
use dragoman_text::CharIndex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tables::Indexed;

/// The tables written, in order.
pub const TABLES: [&str; 5] = ["documents", "entities", "quotes", "events", "proposals"];

/// The partition directory of undated reports.
pub const UNDATED: &str = "__HIVE_DEFAULT_PARTITION__";

/// Buffered clean text, in bytes, that triggers a write.
const FLUSH_BYTES: usize = 64 << 20;

/// A stored document to export: the store's ids and the annotated document.
#[derive(Clone, Debug)]
pub struct ExportDoc {
    /// The store's document id.
    pub doc_id: i64,
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
    buffered: BTreeMap<Option<Date>, Vec<ExportDoc>>,
    bytes: usize,
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
            buffered: BTreeMap::new(),
            bytes: 0,
            parts: BTreeMap::new(),
            written: Written::default(),
        })
    }

    /// Adds a document; writes the buffered ones when the buffer is full.
    pub fn add(&mut self, doc: ExportDoc) -> Result<(), ExportError> {
        self.bytes += doc.doc.text.len() + 1024;
        self.buffered
            .entry(doc.doc.meta.date)
            .or_default()
            .push(doc);
        if self.bytes >= FLUSH_BYTES {
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
        for (date, docs) in std::mem::take(&mut self.buffered) {
            let part = self.parts.entry(date).or_default();
            let name = format!("part-{part:05}.parquet");
            *part += 1;
            let dir = partition(date);
            let indexed: Vec<Indexed<'_>> = docs
                .iter()
                .map(|d| Indexed {
                    idx: CharIndex::new(&d.doc.text),
                    doc: d,
                })
                .collect();
            for (t, table) in TABLES.iter().enumerate() {
                let batch = build(table, &indexed)
                    .map_err(|source| ExportError::Arrow { table, source })?;
                self.written.rows[t] += batch.num_rows();
                write(&self.dir.join(table).join(&dir), &name, &batch)?;
                self.written.files += 1;
            }
        }
        self.bytes = 0;
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
