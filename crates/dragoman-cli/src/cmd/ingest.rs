//! `dragoman ingest`: read, clean, annotate and store reports.

use crate::args::IngestArgs;
use crate::process;
use crate::Outcome;
use dragoman_ingest::{read_sources, Limits};
use dragoman_pipeline::Pipeline;
use dragoman_store::Store;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};

pub(crate) fn run(store: &mut Store, args: IngestArgs) -> anyhow::Result<Outcome> {
    store.check_integrity()?;
    let limits = Limits {
        max_bytes: args.max_bytes,
        encoding: args.encoding,
    };
    let reports = read_sources(args.paths, limits);
    let progress = if std::io::stderr().is_terminal() {
        let p = ProgressBar::new_spinner();
        p.set_style(
            ProgressStyle::with_template("{spinner} {pos} reports, {per_sec}: {msg}")
                .expect("valid template"),
        );
        p.enable_steady_tick(std::time::Duration::from_millis(120));
        p
    } else {
        ProgressBar::hidden()
    };
    let budget = std::time::Duration::try_from_secs_f64(args.time_budget)
        .map_err(|_| anyhow::anyhow!("--time-budget must be a positive number of seconds"))?;
    let pipeline = args
        .text_limits
        .apply(Pipeline::standard().with_budget(budget));
    let tally = process::ingest(store, &pipeline, reports, &progress)?;
    progress.finish_and_clear();
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer(&mut out, &tally)?;
        writeln!(out)?;
    } else {
        let total = tally.new + tally.duplicate + tally.rejected.len() as u64;
        writeln!(
            out,
            "{total} reports: {} new, {} duplicate, {} rejected",
            tally.new,
            tally.duplicate,
            tally.rejected.len()
        )?;
    }
    Ok(if tally.rejected.is_empty() {
        Outcome::Ok
    } else {
        Outcome::SomeRejected
    })
}
