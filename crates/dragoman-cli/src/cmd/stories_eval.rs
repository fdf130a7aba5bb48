//! `dragoman stories-eval`: story clustering over contract input lines, the
//! command the eval runner calls with `--stories-cmd`.
//!
//! A batch is clustered as a whole, so every line is read first; the pipeline
//! (up to entities and time expressions) runs on all cores, each report
//! becomes a [`Profile`], and [`dragoman_stories::cluster`] labels them.

use crate::args::StoriesEvalArgs;
use crate::process::guarded;
use crate::Outcome;
use anyhow::Context;
use dragoman_contract::annotate::salvage_id;
use dragoman_contract::error_line;
use dragoman_ingest::parse_input_line;
use dragoman_pipeline::Pipeline;
use dragoman_stories::{cluster, ClusterConfig, IndexConfig, Profile, StoryIndex};
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};

pub(crate) fn run(args: StoriesEvalArgs) -> anyhow::Result<Outcome> {
    let defaults = ClusterConfig::default();
    let config = ClusterConfig {
        cut: args.cut.unwrap_or(defaults.cut),
        window_days: args.window_days.unwrap_or(defaults.window_days),
        near_bonus: args.near_bonus.unwrap_or(defaults.near_bonus),
    };
    config.validate()?;
    let lines = read_lines(&args.input)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let pipeline = Pipeline::up_to(&["entities", "timex"])?;
    let profiles: Vec<Result<(serde_json::Value, Profile), String>> = pool.install(|| {
        lines
            .par_iter()
            .enumerate()
            .map(|(i, l)| profile_line(&pipeline, l, i + 1))
            .collect()
    });
    let good: Vec<Profile> = profiles
        .iter()
        .filter_map(|r| r.as_ref().ok().map(|(_, p)| p.clone()))
        .collect();
    let labels = if args.incremental {
        let index_defaults = IndexConfig::default();
        let index_config = IndexConfig {
            join_cut: args.cut.unwrap_or(index_defaults.join_cut),
            window_days: config.window_days,
            near_bonus: config.near_bonus,
            prior_docs: args.prior_docs.unwrap_or(index_defaults.prior_docs),
            ..index_defaults
        };
        let mut index = StoryIndex::new(index_config)?;
        let placed: Result<Vec<usize>, _> = good
            .iter()
            .map(|p| index.add(p).map(|x| x.story as usize))
            .collect();
        placed?
    } else {
        cluster(&good, &config)?
    };
    write_output(&args.output, &profiles, &labels)
}

/// Every line of the input, as text (a line that is not UTF-8 is kept as an
/// error to report in its place).
fn read_lines(path: &std::path::Path) -> anyhow::Result<Vec<Result<String, String>>> {
    let input: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin().lock()))
    } else {
        Box::new(BufReader::new(
            File::open(path).with_context(|| format!("opening {}", path.display()))?,
        ))
    };
    input
        .split(b'\n')
        .map(|l| {
            let mut l = l.context("reading input")?;
            if l.ends_with(b"\r") {
                l.pop();
            }
            Ok(String::from_utf8(l).map_err(|_| "line is not valid UTF-8".to_string()))
        })
        .collect()
}

/// One line's profile with its id as given, or its error line.
fn profile_line(
    pipeline: &Pipeline,
    line: &Result<String, String>,
    number: usize,
) -> Result<(serde_json::Value, Profile), String> {
    let reject = |id, why: &str| Err(error_line(id, number, why).to_string());
    let text = match line {
        Ok(text) => text,
        Err(why) => return reject(None, why),
    };
    let input = match parse_input_line(text) {
        Ok(i) => i,
        Err((id, why)) => return reject(id.or_else(|| salvage_id(text)), &why),
    };
    let meta = input.meta();
    let id = input.id.clone();
    let result = guarded(|| match (input.text, input.html) {
        (Some(text), _) => Ok(pipeline.process_text(&id, text, meta)),
        (None, Some(html)) => pipeline
            .process_html(&id, html.as_bytes(), Some("utf-8"), meta)
            .map_err(|e| e.to_string()),
        (None, None) => Err("stories need `text` or `html`".to_string()),
    });
    match result.and_then(|r| r) {
        Ok(processed) => Ok((input.id_value, Profile::of(&processed.doc))),
        Err(why) => reject(Some(input.id_value), &why),
    }
}

/// Writes one line per input line: `{"id", "cluster"}` or the error line.
fn write_output(
    path: &std::path::Path,
    profiles: &[Result<(serde_json::Value, Profile), String>],
    labels: &[usize],
) -> anyhow::Result<Outcome> {
    let output: Box<dyn Write> = if path.as_os_str() == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?)
    };
    let mut out = BufWriter::new(output);
    let (mut labels, mut rejected) = (labels.iter(), 0usize);
    for p in profiles {
        let line = match p {
            Ok((id, profile)) => {
                let label = labels.next().expect("one label per profile");
                let date = profile.date.map(|d| d.to_string());
                serde_json::json!({"id": id, "cluster": format!("s{label}"), "date": date})
                    .to_string()
            }
            Err(error) => {
                rejected += 1;
                eprintln!("dragoman stories-eval: rejected: {error}");
                error.clone()
            }
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(if rejected > 0 {
        Outcome::SomeRejected
    } else {
        Outcome::Ok
    })
}
