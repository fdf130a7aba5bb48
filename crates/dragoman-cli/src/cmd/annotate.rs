//! `dragoman annotate`: the JSON Lines contract, streaming over all cores.
//!
//! Lines are read in batches (bounded by count and bytes), annotated in
//! parallel, and written in input order; memory stays bounded whatever the
//! input's length.

use crate::args::AnnotateArgs;
use crate::process::guarded;
use crate::Outcome;
use anyhow::Context;
use dragoman_contract::{error_line, output, with_syntax, OffsetsOf};
use dragoman_ingest::parse_input_line;
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
    let pipeline = if args.stages.is_empty() {
        Pipeline::standard()
    } else {
        Pipeline::up_to(&args.stages.iter().map(String::as_str).collect::<Vec<_>>())?
    }
    .with_sentence_limit(args.max_sentence_tokens);
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
    let reject = |id, why: &str| Err(error_line(id, number, why).to_string());
    let Ok(text) = std::str::from_utf8(line) else {
        return reject(None, "line is not valid UTF-8");
    };
    let input = match parse_input_line(text) {
        Ok(i) => i,
        Err((id, why)) => return reject(id.or_else(|| salvage_id(text)), &why),
    };
    let meta = input.meta();
    // Text input: offsets index the input text. HTML input: the extracted
    // text, which the output carries.
    let id = input.id.clone();
    let tokens = input.tokens;
    let has_tokens = tokens.is_some();
    let result = guarded(|| match (input.text, input.html, tokens) {
        (Some(text), _, _) => Ok((pipeline.process_text(&id, text, meta), OffsetsOf::Raw)),
        // Offsets index the tokens joined by spaces: the text, uncleaned.
        (None, None, Some(tokens)) => {
            Ok((pipeline.process_tokens(&id, &tokens, meta), OffsetsOf::Raw))
        }
        (None, Some(html), _) => pipeline
            .process_html(&id, html.as_bytes(), Some("utf-8"), meta)
            .map(|p| (p, OffsetsOf::Clean))
            .map_err(|e| e.to_string()),
        (None, None, None) => unreachable!("parse_input_line requires text, html or tokens"),
    });
    let (processed, offsets) = match result.and_then(|r| r) {
        Ok(done) => done,
        Err(why) => return reject(Some(input.id_value), &why),
    };
    let mut out = output(input.id_value, &processed.doc, offsets);
    if has_tokens {
        with_syntax(&mut out, &processed.doc);
    }
    Ok(serde_json::to_string(&out).expect("output serializes"))
}

/// The `"id"` of a line that is not valid JSON, when it can still be read
/// (a string or a number right after `"id":`), so the error names the record.
pub(crate) fn salvage_id(text: &str) -> Option<serde_json::Value> {
    let after = text
        .split_once("\"id\"")?
        .1
        .trim_start()
        .strip_prefix(':')?;
    let after = after.trim_start();
    if let Some(rest) = after.strip_prefix('"') {
        let end = rest.find('"')?;
        return Some(rest[..end].into());
    }
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse::<u64>().ok().map(Into::into)
}
