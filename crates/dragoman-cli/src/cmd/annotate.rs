//! `dragoman annotate`: the JSON Lines contract, streaming over all cores.
//!
//! Lines are read in batches (bounded by count and bytes), annotated in
//! parallel, and written in input order; memory stays bounded whatever the
//! input's length.

use crate::args::AnnotateArgs;
use crate::Outcome;
use anyhow::Context;
use dragoman_contract::annotate;
use dragoman_pipeline::Pipeline;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};

const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 16 << 20;

pub(crate) fn run(args: AnnotateArgs) -> anyhow::Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let input: Box<dyn BufRead> = if args.input.as_os_str() == "-" {
        Box::new(BufReader::with_capacity(1 << 20, std::io::stdin().lock()))
    } else {
        let f =
            File::open(&args.input).with_context(|| format!("opening {}", args.input.display()))?;
        Box::new(BufReader::with_capacity(1 << 20, f))
    };
    let output: Box<dyn Write> = if args.output.as_os_str() == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(
            File::create(&args.output)
                .with_context(|| format!("creating {}", args.output.display()))?,
        )
    };
    let mut out = BufWriter::with_capacity(1 << 20, output);
    let mut input = input;
    let stages = if args.stages.is_empty() {
        Pipeline::standard()
    } else {
        Pipeline::up_to(&args.stages.iter().map(String::as_str).collect::<Vec<_>>())?
    };
    let pipeline = args.text_limits.apply(stages);
    let (mut rejected, mut first_line) = (0usize, 1usize);
    loop {
        let batch = read_batch(&mut input)?;
        if batch.is_empty() {
            break;
        }
        tracing::debug!(lines = batch.len(), "annotating a batch");
        let results: Vec<Result<String, String>> = pool.install(|| {
            batch
                .par_iter()
                .enumerate()
                .map(|(i, l)| annotate_line(&pipeline, l, first_line + i))
                .collect()
        });
        first_line += batch.len();
        for result in results {
            let line = result.unwrap_or_else(|error| {
                rejected += 1;
                eprintln!("dragoman annotate: rejected: {error}");
                error
            });
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if rejected > 0 {
        eprintln!("dragoman annotate: {rejected} line(s) rejected");
        return Ok(Outcome::SomeRejected);
    }
    Ok(Outcome::Ok)
}

/// Reads up to a batch of lines (without their newlines).
fn read_batch(input: &mut dyn BufRead) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        if input
            .read_until(b'\n', &mut line)
            .context("reading input")?
            == 0
        {
            break;
        }
        if line.ends_with(b"\n") {
            line.pop();
            if line.ends_with(b"\r") {
                line.pop();
            }
        }
        bytes += line.len();
        batch.push(line);
    }
    Ok(batch)
}

/// The output line for one input line (`number` counts from 1): the
/// annotated document, or the error line of a rejected one.
fn annotate_line(pipeline: &Pipeline, line: &[u8], number: usize) -> Result<String, String> {
    annotate::annotate_line(pipeline, line, number, |out| {
        serde_json::to_string(out).expect("output serializes")
    })
    .map_err(|error| error.to_string())
}
