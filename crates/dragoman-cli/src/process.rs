//! From ingested reports to stored documents. Each report's content hash is
//! looked up first: content stored already (or met earlier in the run) is
//! logged as received again without running the pipeline. New content is
//! cleaned and annotated in parallel over a batch (rayon) while the single
//! writer stores the batch before it, one transaction per batch. Rejections
//! are printed as they are met, not at the end. At the end of the run the new
//! documents are placed in stories (`cmd::place`, one more transaction).

use dragoman_ingest::{IngestError, Report};
use dragoman_pipeline::Pipeline;
use dragoman_store::{Incoming, Inserted, NewDoc, Received, Store};
use indicatif::ProgressBar;
use rayon::prelude::*;
use std::collections::HashSet;

/// How many reports are processed together; bounds memory.
const BATCH: usize = 64;

/// Counts of an ingest run, and the rejections with their reasons.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct Tally {
    pub new: u64,
    pub duplicate: u64,
    pub rejected: Vec<Rejection>,
    /// What placing the new documents in stories did.
    pub stories: crate::cmd::place::Placed,
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

/// A report after the hash check: to process, or known already.
enum Step {
    /// New content, with its hash (computed once, in `triage`).
    Process(Report, String),
    Ready(Incoming),
}

/// Looks a report's hash up: in the store, in the batch being written, or
/// earlier in this batch (`here`, which collects this batch's new hashes).
fn triage(
    store: &Store,
    item: Result<Report, IngestError>,
    writing: &HashSet<String>,
    here: &mut HashSet<String>,
) -> anyhow::Result<Step> {
    let report = match item {
        Ok(report) => report,
        Err(e) => {
            return Ok(Step::Ready(Incoming::Rejected {
                source: e.source,
                record: e.record,
                reason: e.reason.to_string(),
            }))
        }
    };
    let hash = report.hash();
    let known =
        writing.contains(&hash) || here.contains(&hash) || store.find_hash(&hash)?.is_some();
    if !known {
        here.insert(hash.clone());
        return Ok(Step::Process(report, hash));
    }
    let received = Received {
        source: report.source,
        record: report.record,
        report_id: report.id,
        meta: report.meta,
    };
    Ok(Step::Ready(Incoming::Known { hash, received }))
}

fn prepare(pipeline: &Pipeline, step: Step) -> Incoming {
    let (report, hash) = match step {
        Step::Ready(incoming) => return incoming,
        Step::Process(report, hash) => (report, hash),
    };
    let processed =
        guarded(|| pipeline.process(&report)).and_then(|r| r.map_err(|e| e.to_string()));
    match processed {
        Ok(processed) => Incoming::Doc(Box::new(NewDoc {
            hash,
            source: report.source,
            record: report.record,
            encoding: report.encoding.to_string(),
            raw: report.raw,
            doc: processed.doc,
            removed: processed.removed,
            html_map: processed.html_map,
        })),
        Err(reason) => Incoming::Rejected {
            source: report.source,
            record: report.record,
            reason,
        },
    }
}

pub(crate) use dragoman_contract::annotate::guarded;

/// Processes and stores every report, in batches: while one batch is
/// written, the next is processed.
pub(crate) fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    reports: impl Iterator<Item = Result<Report, IngestError>>,
    progress: &ProgressBar,
) -> anyhow::Result<Tally> {
    let run = store.begin_run()?;
    let mut tally = Tally::default();
    let mut reports = reports.peekable();
    let mut pending: Vec<Incoming> = Vec::new();
    let mut writing: HashSet<String> = HashSet::new();
    while reports.peek().is_some() || !pending.is_empty() {
        let mut here = HashSet::new();
        let steps = reports
            .by_ref()
            .take(BATCH)
            .map(|item| triage(store, item, &writing, &mut here))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let to_write = std::mem::take(&mut pending);
        let (written, prepared) = rayon::join(
            || store.write_batch(Some(run), &to_write),
            || {
                steps
                    .into_par_iter()
                    .map(|s| prepare(pipeline, s))
                    .collect()
            },
        );
        tally.record(to_write, written?, progress);
        (pending, writing) = (prepared, here);
    }
    store.finish_run(run, tally.new, tally.duplicate, tally.rejected.len() as u64)?;
    tally.stories = crate::cmd::place::update(store, dragoman_stories::IndexConfig::default())?;
    Ok(tally)
}

impl Tally {
    /// Counts a written batch, printing each rejection as it is met.
    fn record(
        &mut self,
        batch: Vec<Incoming>,
        outcomes: Vec<Option<Inserted>>,
        progress: &ProgressBar,
    ) {
        for (item, outcome) in batch.into_iter().zip(outcomes) {
            match (item, outcome) {
                (_, Some(Inserted::New(id))) => {
                    self.new += 1;
                    self.ids.push(id);
                }
                (_, Some(Inserted::Duplicate(id))) => {
                    self.duplicate += 1;
                    self.ids.push(id);
                }
                (
                    Incoming::Rejected {
                        source,
                        record,
                        reason,
                    },
                    None,
                ) => {
                    let r = Rejection {
                        source,
                        record,
                        reason,
                    };
                    progress.suspend(|| eprintln!("rejected: {r}"));
                    self.rejected.push(r);
                }
                (_, None) => unreachable!("only rejections have no outcome"),
            }
            progress.inc(1);
        }
        progress.set_message(format!(
            "{} new, {} duplicate, {} rejected",
            self.new,
            self.duplicate,
            self.rejected.len()
        ));
    }
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
