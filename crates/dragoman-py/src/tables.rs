//! The Parquet tables from Python: `Pipeline.file_tables` reads one file's
//! bytes as `dragoman ingest` reads the file (JSON Lines, WARC, HTML, text,
//! feeds; `dragoman_ingest::read_bytes`), annotates every report with the
//! GIL released, and answers the export crate's per-report batch
//! (`dragoman_export::parquet::reports`) as an Arrow IPC stream; the
//! package turns it into a `pyarrow.Table`. `tables_schema` gives the
//! batch's schema and each table's, so the Spark job takes its schemas from
//! the one place that builds the columns.

use dragoman_contract::annotate::guarded;
use dragoman_export::parquet::reports::{self, ReportRow};
use dragoman_export::parquet::{ArrowError, ExportDoc, TABLES};
use dragoman_ingest::{read_bytes, Limits, Report};
use dragoman_pipeline::Pipeline;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::collections::HashSet;

/// An Arrow error (a bug: the columns are built to fit) as a Python one.
fn arrow(e: ArrowError) -> PyErr {
    PyRuntimeError::new_err(format!("building the tables: {e}"))
}

/// Annotates one report as `dragoman ingest` does: its document, or the
/// reason it is rejected.
fn document(pipeline: &Pipeline, report: Report) -> Result<ExportDoc, String> {
    let hash = report.hash();
    let processed =
        guarded(|| pipeline.process(&report)).and_then(|r| r.map_err(|e| e.to_string()))?;
    Ok(ExportDoc {
        doc_id: None,
        hash,
        ext_id: Some(processed.doc.id.clone()),
        source: report.source,
        record: report.record,
        doc: processed.doc,
    })
}

/// Every report of one file, annotated, one row each, in file order; the
/// reports at the positions in `skip` are left out, unread.
pub(crate) fn rows(
    pipeline: &Pipeline,
    source: &str,
    bytes: Vec<u8>,
    max_bytes: u64,
    skip: &HashSet<i64>,
) -> Vec<ReportRow> {
    let limits = Limits {
        max_bytes,
        encoding: None,
    };
    read_bytes(source, bytes, limits)
        .enumerate()
        .filter(|(seq, _)| !skip.contains(&(*seq as i64)))
        .map(|(seq, item)| match item {
            Ok(report) => ReportRow {
                seq: seq as i64,
                source: report.source.clone(),
                record: report.record.clone(),
                outcome: document(pipeline, report),
            },
            Err(e) => ReportRow {
                seq: seq as i64,
                source: e.source.clone(),
                record: e.record.clone(),
                outcome: Err(e.reason.to_string()),
            },
        })
        .collect()
}

/// The IPC stream of a file's per-report batch.
pub(crate) fn file_tables<'py>(
    py: Python<'py>,
    pipeline: &Pipeline,
    source: &str,
    content: &[u8],
    max_bytes: u64,
) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = content.to_vec();
    let stream = py
        .detach(|| {
            let rows = rows(pipeline, source, bytes, max_bytes, &HashSet::new());
            reports::reports(&rows).and_then(|b| reports::ipc_stream(&b))
        })
        .map_err(arrow)?;
    Ok(PyBytes::new(py, &stream))
}

/// The schema of a table (`reports` for the per-report batch) as an IPC
/// stream without batches.
#[pyfunction]
pub(crate) fn tables_schema<'py>(py: Python<'py>, table: &str) -> PyResult<Bound<'py, PyBytes>> {
    let schema = match table {
        "reports" => reports::reports_schema(),
        t if TABLES.contains(&t) => reports::table_schema(t),
        _ => {
            return Err(PyValueError::new_err(format!(
                "no table {table:?} (tables: reports, {})",
                TABLES.join(", ")
            )))
        }
    }
    .map_err(arrow)?;
    let stream = reports::ipc_schema(&schema).map_err(arrow)?;
    Ok(PyBytes::new(py, &stream))
}
