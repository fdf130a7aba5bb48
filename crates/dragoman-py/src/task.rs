//! `Tables`: the Parquet tables of many files, for an engine task that
//! writes its own files (the Spark job). Each file's reports are read as
//! `dragoman ingest` reads the file and annotated with the GIL released
//! (the ones at the positions in `skip` are passed over: copies of content
//! met first elsewhere); documents are buffered by report date
//! (`dragoman_export::parquet::Partitions`, as the CLI's export buffers them)
//! and handed out as one Arrow IPC stream per table and date, which the
//! caller writes where it likes. `file_keys` gives each report's position
//! and content hash alone, without annotating: what deduplication needs.

use crate::pipeline::Pipeline;
use dragoman_export::parquet::reports::ipc_stream;
use dragoman_export::parquet::{ExportError, Partitions, TABLES};
use dragoman_ingest::{read_bytes, Limits};
use dragoman_pipeline::Pipeline as Inner;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::collections::HashSet;
use std::sync::Arc;

/// A rejected report: source, record, reason (the CLI's).
type Rejected = (String, Option<String>, String);

/// One table of one date: table name, partition directory, IPC stream.
type Part = (&'static str, String, Vec<u8>);

fn failed(e: ExportError) -> PyErr {
    PyRuntimeError::new_err(e.to_string())
}

/// The position (0-based, as `file_tables`' `seq`) and content hash of each
/// report of one file that can be read; rejected records are left out.
#[pyfunction]
#[pyo3(signature = (source, content, max_bytes=64 << 20))]
pub(crate) fn file_keys(
    py: Python<'_>,
    source: &str,
    content: &[u8],
    max_bytes: u64,
) -> Vec<(i64, String)> {
    let bytes = content.to_vec();
    py.detach(|| {
        let limits = Limits {
            max_bytes,
            encoding: None,
        };
        read_bytes(source, bytes, limits)
            .enumerate()
            .filter_map(|(seq, item)| item.ok().map(|r| (seq as i64, r.hash())))
            .collect()
    })
}

/// Annotated documents of many files, buffered until taken.
#[pyclass(module = "dragoman")]
pub(crate) struct Tables {
    pipeline: Arc<Inner>,
    buffer: Partitions,
    rows: [usize; 5],
}

impl Tables {
    /// Every part of the buffer as IPC streams; counts the rows.
    fn parts(&mut self) -> Result<Vec<Part>, ExportError> {
        let mut out = Vec::new();
        for p in self.buffer.take()? {
            for (t, (table, batch)) in TABLES.iter().zip(&p.batches).enumerate() {
                self.rows[t] += batch.num_rows();
                let stream =
                    ipc_stream(batch).map_err(|source| ExportError::Arrow { table, source })?;
                out.push((*table, p.dir.clone(), stream));
            }
        }
        Ok(out)
    }
}

#[pymethods]
impl Tables {
    #[new]
    fn new(pipeline: &Pipeline) -> Self {
        Tables {
            pipeline: pipeline.inner(),
            buffer: Partitions::default(),
            rows: [0; 5],
        }
    }

    /// Reads and annotates one file's reports, buffers the documents and
    /// answers the rejected ones.
    #[pyo3(signature = (source, content, skip=Vec::new(), max_bytes=64 << 20))]
    fn add_file(
        &mut self,
        py: Python<'_>,
        source: &str,
        content: &[u8],
        skip: Vec<i64>,
        max_bytes: u64,
    ) -> Vec<Rejected> {
        let bytes = content.to_vec();
        let skip: HashSet<i64> = skip.into_iter().collect();
        let (pipeline, buffer) = (&self.pipeline, &mut self.buffer);
        py.detach(|| {
            let mut rejected = Vec::new();
            for row in crate::tables::rows(pipeline, source, bytes, max_bytes, &skip) {
                match row.outcome {
                    Ok(doc) => buffer.add(doc),
                    Err(why) => rejected.push((row.source, row.record, why)),
                }
            }
            rejected
        })
    }

    /// Whether enough is buffered to write (64 MB of clean text).
    fn is_full(&self) -> bool {
        self.buffer.is_full()
    }

    /// The buffered tables as `(table, "report_date=…", IPC stream)`, one
    /// per table and report date; the buffer is emptied.
    fn take<'py>(
        &mut self,
        py: Python<'py>,
    ) -> PyResult<Vec<(&'static str, String, Bound<'py, PyBytes>)>> {
        let parts = py.detach(|| self.parts()).map_err(failed)?;
        Ok(parts
            .into_iter()
            .map(|(t, dir, bytes)| (t, dir, PyBytes::new(py, &bytes)))
            .collect())
    }

    /// Rows handed out so far, per table of `TABLES`.
    #[getter]
    fn rows(&self) -> Vec<usize> {
        self.rows.to_vec()
    }
}
