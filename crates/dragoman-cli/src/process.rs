//! From ingested reports to stored documents: cleaning and the stages run in
//! parallel over a batch (rayon), then one writer stores the batch in order,
//! one transaction per document.

use dragoman_ingest::{IngestError, Report};
use dragoman_pipeline::Pipeline;
use dragoman_store::{Inserted, NewDoc, Store};
use indicatif::ProgressBar;
use rayon::prelude::*;

/// How many reports are processed together; bounds memory.
const BATCH: usize = 64;

/// Counts of an ingest run, and the rejections with their reasons.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct Tally {
    pub new: u64,
    pub duplicate: u64,
    pub rejected: Vec<Rejection>,
    /// Store ids of the documents read (new or already there), in input order.
    #[serde(skip)]
    pub ids: Vec<i64>,
}

/// One rejected input.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Rejection {
    pub source: String,
    pub record: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.record {
            Some(r) => write!(f, "{}: {}: {}", self.source, r, self.reason),
            None => write!(f, "{}: {}", self.source, self.reason),
        }
    }
}

fn prepare(pipeline: &Pipeline, item: Result<Report, IngestError>) -> Result<NewDoc, Rejection> {
    let report = item.map_err(|e| Rejection {
        source: e.source,
        record: e.record,
        reason: e.reason.to_string(),
    })?;
    let processed = guarded(|| pipeline.process(&report))
        .and_then(|r| r.map_err(|e| e.to_string()))
        .map_err(|reason| Rejection {
            source: report.source.clone(),
            record: report.record.clone(),
            reason,
        })?;
    Ok(NewDoc {
        hash: report.hash(),
        source: report.source,
        record: report.record,
        encoding: report.encoding.to_string(),
        raw: report.raw,
        doc: processed.doc,
        removed: processed.removed,
        html_map: processed.html_map,
    })
}

/// Runs `f`, turning a panic (a bug in some stage) into an error for this
/// one report, so that the rest of the batch goes on.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error while processing (please report it): {what}")
    })
}

/// Processes and stores every report, in batches.
pub(crate) fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    reports: impl Iterator<Item = Result<Report, IngestError>>,
    progress: &ProgressBar,
) -> anyhow::Result<Tally> {
    let run = store.begin_run()?;
    let mut tally = Tally::default();
    let mut reports = reports.peekable();
    while reports.peek().is_some() {
        let batch: Vec<_> = reports.by_ref().take(BATCH).collect();
        let prepared: Vec<_> = batch
            .into_par_iter()
            .map(|item| prepare(pipeline, item))
            .collect();
        for p in prepared {
            match p {
                Ok(new) => match store.insert(Some(run), &new)? {
                    Inserted::New(id) => {
                        tracing::debug!(id, source = %new.source, record = ?new.record, "stored");
                        tally.new += 1;
                        tally.ids.push(id);
                    }
                    Inserted::Duplicate(id) => {
                        tracing::debug!(id, source = %new.source, record = ?new.record, "already stored");
                        tally.duplicate += 1;
                        tally.ids.push(id);
                    }
                },
                Err(r) => {
                    tracing::debug!(%r, "rejected");
                    store.log_rejected(Some(run), &r.source, r.record.as_deref(), &r.reason)?;
                    tally.rejected.push(r);
                }
            }
            progress.inc(1);
        }
        progress.set_message(format!(
            "{} new, {} duplicate, {} rejected",
            tally.new,
            tally.duplicate,
            tally.rejected.len()
        ));
    }
    store.finish_run(run, tally.new, tally.duplicate, tally.rejected.len() as u64)?;
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_report_becomes_an_error_for_that_report() {
        let out: Result<(), String> = guarded(|| panic!("stage broke"));
        assert_eq!(
            out.unwrap_err(),
            "internal error while processing (please report it): stage broke"
        );
        assert_eq!(guarded(|| 7), Ok(7));
    }
}
