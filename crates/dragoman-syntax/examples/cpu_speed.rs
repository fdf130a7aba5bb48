//! Tagger + parser + lemmas speed of model files, in words per second of
//! the thread's own CPU time (Linux: `/proc/thread-self/schedstat`; wall
//! time elsewhere), so that models can be compared on a machine shared with
//! other work, where wall-clock benches (`cargo bench`) swing by ±20%:
//!
//!     cargo run --release -p dragoman-syntax --example cpu_speed -- \
//!         ../shared/data/parse/en_ewt-ud-dev.conllu crates/dragoman-syntax/model/syntax.bin
//!
//! The sentences are the CoNLL-U file's word forms (multiword tokens and
//! empty nodes left out); each model runs over all of them eight times and
//! the fastest pass counts. Only forms are read: the file's annotation is
//! not looked at.

use dragoman_syntax::{Scratch, SyntaxModel};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (conllu, models) = args
        .split_first()
        .ok_or("usage: cpu_speed CONLLU MODEL...")?;
    let sents = forms(&std::fs::read_to_string(conllu)?);
    let words: usize = sents.iter().map(Vec::len).sum();
    for path in models {
        let model = SyntaxModel::from_bytes(&std::fs::read(path)?)?;
        let secs = (0..8)
            .map(|_| pass(&model, &sents))
            .fold(f64::MAX, f64::min);
        println!("{path}: {:.0} words/s ({words} words)", words as f64 / secs);
    }
    Ok(())
}

/// Seconds of CPU time (or wall time) for one pass over `sents`.
fn pass(model: &SyntaxModel, sents: &[Vec<String>]) -> f64 {
    let mut sc = Scratch::default();
    let (t, wall) = (cpu_seconds(), Instant::now());
    let mut heads = 0u64;
    for s in sents {
        model.analyze(
            s.len(),
            |i| s[i].as_str(),
            &mut sc,
            |_, _, h, _, _| {
                heads += u64::from(h);
            },
        );
    }
    std::hint::black_box(heads);
    match (t, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    }
}

/// The calling thread's CPU time, where the system tells it.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// The word forms of each sentence of a CoNLL-U file.
fn forms(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![vec![]];
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push(vec![]);
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or("");
            if let (false, Some(form), Some(last)) =
                (id.contains(['-', '.']), cols.next(), out.last_mut())
            {
                last.push(form.to_string());
            }
        }
    }
    out.retain(|s| !s.is_empty());
    out
}
