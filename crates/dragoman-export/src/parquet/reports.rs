//! The five tables nested one row per report (`dragoman.file_tables` of the
//! Python package).
//!
//! [`reports`] builds, for reports read from one source, a record batch with
//! one row per report: where it came from (`seq`, `source`, `record`), its
//! content hash, `doc_key` and `report_date`, the `error` that rejected it
//! (null when it was read and annotated), and one column per table of
//! [`TABLES`], a list of that table's rows for the report, built by the same
//! code as the Parquet files and without their two key columns (`doc_key`,
//! and `n`, the list position, or `doc_id` for `documents`). Exploding each
//! list and putting the keys back in front gives the tables `dragoman
//! export --format parquet` writes.

use super::tables::Indexed;
use super::{build, ExportDoc, TABLES};
use arrow_array::StructArray;
use arrow_array::{Array, ArrayRef, Date32Array, Int64Array, ListArray, RecordBatch, StringArray};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{ArrowError, Field, Schema, SchemaRef};
use dragoman_text::CharIndex;
use std::sync::Arc;

/// One report read from a source: its document, or why it was rejected.
#[derive(Clone, Debug)]
pub struct ReportRow {
    /// The report's position in its source (0-based), which orders the
    /// source's reports as `dragoman ingest` reads them.
    pub seq: i64,
    /// The source (the file's path).
    pub source: String,
    /// The record inside the source ("line 3", "record at byte 1024").
    pub record: Option<String>,
    /// The annotated document (its `doc_id` is not used), or the reason it
    /// was rejected.
    pub outcome: Result<ExportDoc, String>,
}

/// The schema of one of [`TABLES`], as the Parquet files have it.
pub fn table_schema(table: &str) -> Result<SchemaRef, ArrowError> {
    Ok(build(table, &[])?.schema())
}

/// The schema of [`reports`]' batches.
pub fn reports_schema() -> Result<SchemaRef, ArrowError> {
    Ok(reports(&[])?.schema())
}

/// How many key columns lead every table (`doc_key`, then `n`, or
/// `doc_id` for `documents`); the nested rows leave them out.
pub const KEYS: usize = 2;

/// Rows of each table per report, in the order of [`TABLES`].
fn counts(row: &ReportRow) -> [usize; 5] {
    let Ok(d) = &row.outcome else {
        return [0; 5];
    };
    let d = &d.doc;
    [
        1,
        d.entities.len(),
        d.quotes.len(),
        d.events.len(),
        d.proposals.len(),
    ]
}

/// One row per report: `seq`, `source`, `record`, `hash`, `doc_key`, `report_date`,
/// `error`, then a list column per table of [`TABLES`].
pub fn reports(rows: &[ReportRow]) -> Result<RecordBatch, ArrowError> {
    let indexed: Vec<Indexed<'_>> = rows
        .iter()
        .filter_map(|r| r.outcome.as_ref().ok())
        .map(|doc| Indexed {
            idx: CharIndex::new(&doc.doc.text),
            doc,
        })
        .collect();
    let mut fields = vec![
        Field::new("seq", arrow_schema::DataType::Int64, false),
        Field::new("source", arrow_schema::DataType::Utf8, false),
        Field::new("record", arrow_schema::DataType::Utf8, true),
        Field::new("hash", arrow_schema::DataType::Utf8, true),
        Field::new("doc_key", arrow_schema::DataType::Int64, true),
        Field::new("report_date", arrow_schema::DataType::Date32, true),
        Field::new("error", arrow_schema::DataType::Utf8, true),
    ];
    let mut arrays: Vec<ArrayRef> = vec![
        Arc::new(rows.iter().map(|r| r.seq).collect::<Int64Array>()),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.source.as_str()))
                .collect::<StringArray>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| r.record.as_deref())
                .collect::<StringArray>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| r.outcome.as_ref().ok().map(|d| d.hash.as_str()))
                .collect::<StringArray>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| r.outcome.as_ref().ok().map(ExportDoc::key))
                .collect::<Int64Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| {
                    r.outcome
                        .as_ref()
                        .ok()
                        .and_then(|d| d.doc.meta.date.map(super::columns::days))
                })
                .collect::<Date32Array>(),
        ),
        Arc::new(
            rows.iter()
                .map(|r| r.outcome.as_ref().err().map(String::as_str))
                .collect::<StringArray>(),
        ),
    ];
    let counts: Vec<[usize; 5]> = rows.iter().map(counts).collect();
    for (t, table) in TABLES.iter().enumerate() {
        let batch = build(table, &indexed)?;
        let k = KEYS;
        let schema = batch.schema();
        let values = StructArray::try_new(
            schema.fields()[k..].to_vec().into(),
            batch.columns()[k..].to_vec(),
            None,
        )?;
        let item = Arc::new(Field::new("item", values.data_type().clone(), false));
        let offsets = OffsetBuffer::<i32>::from_lengths(counts.iter().map(|c| c[t]));
        let list = ListArray::try_new(item, offsets, Arc::new(values), None)?;
        fields.push(Field::new(*table, list.data_type().clone(), false));
        arrays.push(Arc::new(list));
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
}

/// A record batch as an Arrow IPC stream (what `pyarrow.ipc.open_stream`
/// reads).
pub fn ipc_stream(batch: &RecordBatch) -> Result<Vec<u8>, ArrowError> {
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &batch.schema())?;
    w.write(batch)?;
    w.finish()?;
    drop(w);
    Ok(out)
}

/// A schema alone as an Arrow IPC stream without batches.
pub fn ipc_schema(schema: &Schema) -> Result<Vec<u8>, ArrowError> {
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, schema)?;
    w.finish()?;
    drop(w);
    Ok(out)
}
