//! `dragoman.Store`: read access to a dragoman database, as lists of dicts
//! (the shapes of the CLI's `--json` listings and of `export --format jsonl`).

use crate::convert::to_py;
use crate::errors::{self, NotFoundError};
use dragoman_contract::{output, OffsetsOf};
use dragoman_export::{jsonl, EventRecord};
use dragoman_store::{EventFilter, Found, QuoteRow, Store as Inner};
use pyo3::prelude::*;
use pyo3::types::PyList;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::Mutex;

/// A dragoman database opened for reading (never created).
#[pyclass(module = "dragoman", frozen, subclass)]
pub(crate) struct Store {
    inner: Mutex<Inner>,
    path: PathBuf,
}

const ALL: usize = usize::MAX >> 1;

fn list<'py>(py: Python<'py>, rows: &[Value]) -> PyResult<Bound<'py, PyList>> {
    let items = rows
        .iter()
        .map(|v| to_py(py, v))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

fn quote(r: &QuoteRow) -> Value {
    let q = &r.quote;
    let texts = |spans: &[dragoman_model::Span]| -> Vec<&str> {
        spans.iter().map(|s| s.of(&r.text)).collect()
    };
    json!({
        "doc": r.doc.id,
        "date": q.date.as_deref().or(r.doc.date.as_deref()),
        "report_date": r.doc.date,
        "outlet": r.doc.outlet,
        "speaker": q.speaker,
        "sourcing": q.sourcing.as_str(),
        "kind": q.kind.as_str(),
        "via": q.via.iter().filter_map(|v| v.speaker.as_deref()).collect::<Vec<_>>(),
        "content": texts(&q.content),
        "cue": texts(&q.cue),
        "source": texts(&q.source),
    })
}

fn proposal(f: &Found<dragoman_model::Proposal>) -> Value {
    let p = &f.item;
    json!({
        "name": p.name,
        "proposer": p.proposer,
        "points": p.points,
        "sections": p.sections.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
        "status": p.status,
        "status_date": p.date,
        "mentions": p.mentions.len().max(1),
        "doc": f.doc.id,
        "date": f.doc.date,
        "outlet": f.doc.outlet,
    })
}

impl Store {
    fn with<T>(
        &self,
        f: impl FnOnce(&Inner) -> Result<T, dragoman_store::StoreError>,
    ) -> PyResult<T> {
        let inner = self
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&inner).map_err(errors::store)
    }
}

#[pymethods]
impl Store {
    #[new]
    fn new(path: PathBuf) -> PyResult<Self> {
        let inner = Inner::open_existing(&path).map_err(errors::store)?;
        Ok(Store {
            inner: Mutex::new(inner),
            path,
        })
    }

    fn __repr__(&self) -> String {
        format!("dragoman.Store({:?})", self.path.display().to_string())
    }

    #[pyo3(signature = (limit=None, offset=0))]
    fn documents<'py>(
        &self,
        py: Python<'py>,
        limit: Option<usize>,
        offset: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let rows = self.with(|s| s.docs(limit.unwrap_or(ALL), offset))?;
        let rows: Vec<Value> = rows
            .iter()
            .map(|r| serde_json::to_value(r).expect("serializes"))
            .collect();
        list(py, &rows)
    }

    fn document<'py>(&self, py: Python<'py>, id: i64) -> PyResult<Bound<'py, PyAny>> {
        let Some((_, doc)) = self.with(|s| s.doc(id))? else {
            return Err(NotFoundError::new_err(format!(
                "no document {id} (see `dragoman docs`)"
            )));
        };
        let out = output(id.into(), &doc, OffsetsOf::Clean);
        to_py(py, &serde_json::to_value(&out).expect("serializes"))
    }

    #[pyo3(signature = (speaker=None, doc=None, limit=None))]
    fn quotes<'py>(
        &self,
        py: Python<'py>,
        speaker: Option<&str>,
        doc: Option<i64>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let rows = self.with(|s| s.quotes(speaker, doc, limit.unwrap_or(ALL)))?;
        list(py, &rows.iter().map(quote).collect::<Vec<_>>())
    }

    #[pyo3(signature = (actor=None, since=None, r#type=None, limit=None))]
    fn events<'py>(
        &self,
        py: Python<'py>,
        actor: Option<String>,
        since: Option<String>,
        r#type: Option<String>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let filter = EventFilter {
            actor,
            since,
            kind: r#type,
            limit: limit.unwrap_or(ALL),
        };
        let rows = self.with(|s| s.events(&filter))?;
        let values: Vec<Value> = rows
            .iter()
            .map(|f| {
                let r = EventRecord {
                    doc_id: f.doc.id,
                    doc_hash: &f.doc.hash,
                    doc_date: f.doc.date.as_deref(),
                    url: f.url.as_deref(),
                    text: &f.text,
                    event: &f.item,
                    index: f.n,
                };
                serde_json::to_value(jsonl::record(&r)).expect("serializes")
            })
            .collect();
        list(py, &values)
    }

    #[pyo3(signature = (limit=None))]
    fn proposals<'py>(
        &self,
        py: Python<'py>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let rows = self.with(|s| s.proposals(limit.unwrap_or(ALL)))?;
        list(py, &rows.iter().map(proposal).collect::<Vec<_>>())
    }

    #[pyo3(signature = (name=None, limit=None))]
    fn actors<'py>(
        &self,
        py: Python<'py>,
        name: Option<&str>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let rows = self.with(|s| s.actors(name, limit.unwrap_or(ALL)))?;
        let rows: Vec<Value> = rows
            .iter()
            .map(|r| serde_json::to_value(r).expect("serializes"))
            .collect();
        list(py, &rows)
    }
}
