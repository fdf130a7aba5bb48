//! `dragoman.Pipeline`: the pipeline of `dragoman annotate`, built once, and
//! `pipe`, which annotates an iterable in batches over a thread pool with the
//! GIL released, yielding answers in input order; the next batch is worked
//! on while Python consumes the answers of one.

use crate::convert::{from_py, to_py};
use crate::errors::InputError;
use dragoman_contract::annotate::annotate_value;
use dragoman_pipeline::Pipeline as Inner;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};

/// The pipeline for `stages` (all when `None` or empty), as `annotate --stages`.
fn build(stages: Option<Vec<String>>) -> PyResult<Inner> {
    match stages.filter(|s| !s.is_empty()) {
        None => Ok(Inner::standard()),
        Some(s) => Inner::up_to(&s.iter().map(String::as_str).collect::<Vec<_>>())
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
}

/// One answer as JSON: the output object, or the error line (`{"id", "line", "error"}`).
fn answer(pipeline: &Inner, input: Value, number: usize) -> Result<Value, Value> {
    annotate_value(pipeline, input, number, |out| {
        serde_json::to_value(out).expect("output serializes")
    })
}

/// The contract's input object from keyword arguments.
#[allow(clippy::too_many_arguments)]
pub(crate) fn input(
    id: Option<&Bound<'_, PyAny>>,
    text: Option<String>,
    html: Option<String>,
    date: Option<&Bound<'_, PyAny>>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
) -> PyResult<Value> {
    let mut m = Map::new();
    m.insert(
        "id".into(),
        id.map(from_py).transpose()?.unwrap_or(0.into()),
    );
    let fields = [
        ("text", text),
        ("html", html),
        ("url", url),
        ("outlet", outlet),
        ("title", title),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            m.insert(k.into(), Value::String(v));
        }
    }
    if let Some(d) = date {
        m.insert("date".into(), from_py(d)?);
    }
    Ok(Value::Object(m))
}

/// The pipeline of `dragoman annotate`, built once and reused.
#[pyclass(module = "dragoman", frozen)]
pub(crate) struct Pipeline {
    inner: Arc<Inner>,
}

impl Pipeline {
    /// The whole pipeline.
    pub(crate) fn standard() -> Pipeline {
        Pipeline {
            inner: Arc::new(Inner::standard()),
        }
    }

    /// The shared pipeline itself.
    pub(crate) fn inner(&self) -> Arc<Inner> {
        Arc::clone(&self.inner)
    }

    /// The pipeline up to `stages`.
    pub(crate) fn with_stages(stages: Vec<String>) -> PyResult<Pipeline> {
        Ok(Pipeline {
            inner: Arc::new(build(Some(stages))?),
        })
    }

    /// Annotates one input object, raising `InputError` with the CLI's reason.
    pub(crate) fn one<'py>(&self, py: Python<'py>, value: Value) -> PyResult<Bound<'py, PyAny>> {
        let inner = Arc::clone(&self.inner);
        match py.detach(move || answer(&inner, value, 1)) {
            Ok(v) => to_py(py, &v),
            Err(e) => {
                let why = e["error"].as_str().unwrap_or_default();
                Err(InputError::new_err(
                    why.strip_prefix("line 1: ").unwrap_or(why).to_string(),
                ))
            }
        }
    }
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (stages=None, time_budget=None))]
    fn new(stages: Option<Vec<String>>, time_budget: Option<f64>) -> PyResult<Self> {
        let mut inner = build(stages)?;
        if let Some(secs) = time_budget {
            let budget = std::time::Duration::try_from_secs_f64(secs).map_err(|_| {
                PyValueError::new_err("time_budget must be a positive number of seconds")
            })?;
            inner = inner.with_budget(budget);
        }
        Ok(Pipeline {
            inner: Arc::new(inner),
        })
    }

    #[pyo3(signature = (text=None, html=None, date=None, url=None, outlet=None, title=None, id=None))]
    #[allow(clippy::too_many_arguments)]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        text: Option<String>,
        html: Option<String>,
        date: Option<&Bound<'py, PyAny>>,
        url: Option<String>,
        outlet: Option<String>,
        title: Option<String>,
        id: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let value = input(id, text, html, date, url, outlet, title)?;
        self.one(py, value)
    }

    /// Every report of one file's bytes (`source` names the file; its
    /// extension picks the format, as for `dragoman ingest`), annotated,
    /// as an Arrow IPC stream of the per-report batch.
    #[pyo3(signature = (source, content, max_bytes=64 << 20))]
    fn file_tables<'py>(
        &self,
        py: Python<'py>,
        source: &str,
        content: &[u8],
        max_bytes: u64,
    ) -> PyResult<Bound<'py, pyo3::types::PyBytes>> {
        crate::tables::file_tables(py, &self.inner, source, content, max_bytes)
    }

    #[pyo3(signature = (inputs, threads=None, batch_size=256))]
    fn pipe(
        &self,
        inputs: &Bound<'_, PyAny>,
        threads: Option<usize>,
        batch_size: usize,
    ) -> PyResult<Pipe> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.unwrap_or(0))
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Pipe {
            pipeline: Arc::clone(&self.inner),
            pool: Arc::new(pool),
            inputs: inputs.try_iter()?.unbind().into_any(),
            batch_size: batch_size.max(1),
            ready: VecDeque::new(),
            pending: None,
            read: 0,
            exhausted: false,
            failed: None,
        })
    }
}

/// Answers of one batch, in input order.
type Answers = Vec<Result<Value, Value>>;

/// The iterator `Pipeline.pipe` returns. While Python consumes one batch's
/// answers, the pool works on the next batch.
#[pyclass(module = "dragoman")]
pub(crate) struct Pipe {
    pipeline: Arc<Inner>,
    pool: Arc<rayon::ThreadPool>,
    inputs: Py<PyAny>,
    batch_size: usize,
    ready: VecDeque<Result<Value, Value>>,
    /// The batch the pool is working on.
    pending: Option<Mutex<Receiver<Answers>>>,
    /// Inputs read so far.
    read: usize,
    /// The inputs are all read.
    exhausted: bool,
    /// Reading the inputs failed: raised once the answers before it are out.
    failed: Option<PyErr>,
}

impl Pipe {
    /// Reads the next batch of inputs and hands it to the pool.
    fn start(&mut self, py: Python<'_>) {
        let batch = self.read_batch(py);
        if batch.is_empty() {
            self.exhausted = true;
            return;
        }
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let pipeline = Arc::clone(&self.pipeline);
        self.pool.spawn(move || {
            let done: Answers = batch
                .into_par_iter()
                .map(|(n, v)| answer(&pipeline, v, n))
                .collect();
            // The iterator may have been dropped: nobody waits then.
            let _ = tx.send(done);
        });
        self.pending = Some(Mutex::new(rx));
    }

    /// Reads the next batch of inputs. When the iterable raises, or yields
    /// what is neither a dict nor a str, reading stops: the error is raised
    /// after the answers to the inputs before it.
    fn read_batch(&mut self, py: Python<'_>) -> Vec<(usize, Value)> {
        let mut batch = Vec::with_capacity(self.batch_size);
        while batch.len() < self.batch_size && !self.exhausted {
            match self.read_one(py) {
                Ok(Some(item)) => batch.push(item),
                Ok(None) => self.exhausted = true,
                Err(e) => {
                    self.exhausted = true;
                    self.failed = Some(e);
                }
            }
        }
        batch
    }

    /// The next input (a str is a report's text; a dict without an `id`
    /// gets its position, from 1), or `None` at the end.
    fn read_one(&mut self, py: Python<'_>) -> PyResult<Option<(usize, Value)>> {
        let item = match self.inputs.bind(py).call_method0("__next__") {
            Ok(item) => item,
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) => return Ok(None),
            Err(e) => return Err(e),
        };
        self.read += 1;
        let mut value = if let Ok(s) = item.cast::<PyString>() {
            serde_json::json!({ "text": s.to_cow()?.as_ref() })
        } else if item.is_instance_of::<PyDict>() {
            from_py(&item)?
        } else {
            return Err(InputError::new_err(format!(
                "item {}: expected a dict or a str",
                self.read
            )));
        };
        if let Value::Object(m) = &mut value {
            m.entry("id").or_insert(self.read.into());
        }
        Ok(Some((self.read, value)))
    }
}

#[pymethods]
impl Pipe {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        if self.ready.is_empty() {
            if self.pending.is_none() && !self.exhausted {
                self.start(py);
            }
            if let Some(rx) = self.pending.take() {
                let rx = rx
                    .into_inner()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let done = py
                    .detach(move || rx.recv())
                    .map_err(|_| PyRuntimeError::new_err("a worker thread stopped"))?;
                self.ready.extend(done);
                if !self.exhausted {
                    self.start(py);
                }
            }
        }
        match self.ready.pop_front() {
            None => self.failed.take().map_or(Ok(None), Err),
            Some(Ok(v) | Err(v)) => to_py(py, &v).map(Some),
        }
    }
}
