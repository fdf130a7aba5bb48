//! dragoman for Python: the native module `dragoman.dragoman_native`, which
//! the `dragoman` package re-exports.
//!
//! [`annotate`] and [`pipeline::Pipeline`] answer in the annotate contract's
//! shape through the code `dragoman annotate` runs
//! (`dragoman_contract::annotate`), so both answer alike; [`store::Store`]
//! reads a database; [`tables`] and [`task`] build the Parquet tables for
//! engines such as Spark. Rust works with the GIL released.

mod convert;
mod errors;
mod pipeline;
mod store;
mod tables;
mod task;

use pyo3::prelude::*;
use std::sync::OnceLock;

/// The standard pipeline, built on first use and shared by `annotate` calls.
fn standard() -> &'static pipeline::Pipeline {
    static STANDARD: OnceLock<pipeline::Pipeline> = OnceLock::new();
    STANDARD.get_or_init(pipeline::Pipeline::standard)
}

/// Annotates one report; see the package's docstring.
#[pyfunction]
#[pyo3(signature = (text=None, html=None, date=None, url=None, outlet=None, stages=None, title=None, id=None))]
#[allow(clippy::too_many_arguments)]
fn annotate<'py>(
    py: Python<'py>,
    text: Option<String>,
    html: Option<String>,
    date: Option<&Bound<'py, PyAny>>,
    url: Option<String>,
    outlet: Option<String>,
    stages: Option<Vec<String>>,
    title: Option<String>,
    id: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let value = pipeline::input(id, text, html, date, url, outlet, title)?;
    match stages.filter(|s| !s.is_empty()) {
        None => standard().one(py, value),
        Some(s) => pipeline::Pipeline::with_stages(s)?.one(py, value),
    }
}

#[pymodule]
fn dragoman_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_class::<pipeline::Pipeline>()?;
    m.add_class::<pipeline::Pipe>()?;
    m.add_class::<store::Store>()?;
    m.add_function(wrap_pyfunction!(tables::tables_schema, m)?)?;
    m.add_function(wrap_pyfunction!(task::file_keys, m)?)?;
    m.add_class::<task::Tables>()?;
    m.add("DragomanError", py.get_type::<errors::DragomanError>())?;
    m.add("InputError", py.get_type::<errors::InputError>())?;
    m.add("NotFoundError", py.get_type::<errors::NotFoundError>())?;
    m.add("DatabaseError", py.get_type::<errors::DatabaseError>())?;
    m.add("CorruptError", py.get_type::<errors::CorruptError>())?;
    Ok(())
}
