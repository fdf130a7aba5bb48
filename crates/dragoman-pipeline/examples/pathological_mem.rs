//! Memory of each stage on generated hostile inputs
//! ([`dragoman_pipeline::pathological`]), read from `/proc/self/status`
//! (Linux): for cleaning and every stage, the resident set after it and its
//! high mark while it ran, less what was resident before the report was made
//! (the models, loaded by a first small run), in MiB; then the bytes of the
//! document's layers and the peak as a multiple of the report size.
//!
//! cargo run --release -p dragoman-pipeline --example pathological_mem -- 16 [KIND]
//!
//! The size is in MiB; kinds by name, all when none is given.

use dragoman_model::{Doc, Meta};
use dragoman_pipeline::pathological::{generate, Kind};
use dragoman_pipeline::Pipeline;
use std::fs;

const MIB: f64 = (1u64 << 20) as f64;

/// A field of `/proc/self/status` ("VmRSS", "VmHWM") in bytes.
fn status(field: &str) -> usize {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok());
    kb.unwrap_or(0) * 1024
}

/// Starts a new high mark of the resident set from its size now.
fn reset_peak() {
    // Linux: writing 5 to clear_refs resets VmHWM to VmRSS.
    if fs::write("/proc/self/clear_refs", "5").is_err() {
        eprintln!("cannot reset the peak: the figures are of the whole run");
    }
}

/// "live/peak" resident MiB beyond `base`.
fn mark(base: usize) -> String {
    let live = status("VmRSS").saturating_sub(base) as f64 / MIB;
    let peak = status("VmHWM").saturating_sub(base) as f64 / MIB;
    format!("{live:.0}/{peak:.0}")
}

/// The bytes each layer of `doc` holds in its vectors (not their strings).
fn layers(doc: &Doc) -> String {
    fn mib<T>(v: &[T], cap: usize) -> f64 {
        (cap.max(v.len()) * std::mem::size_of::<T>()) as f64 / MIB
    }
    format!(
        "tokens {:.0} sentences {:.0} entities {:.0} ({}) timexes {:.0} quotes {:.0} events {:.0}",
        mib(&doc.tokens, doc.tokens.capacity()),
        mib(&doc.sentences, doc.sentences.capacity()),
        mib(&doc.entities, doc.entities.capacity()),
        doc.entities.len(),
        mib(&doc.timexes, doc.timexes.capacity()),
        mib(&doc.quotes, doc.quotes.capacity()),
        mib(&doc.events, doc.events.capacity()),
    )
}

fn run(pipeline: &Pipeline, kind: Kind, mb: f64) {
    let text = generate(kind, (mb * MIB) as usize);
    let size = text.len() as f64 / MIB;
    let base = status("VmRSS") - text.len();
    reset_peak();
    let cleaned = dragoman_clean::clean(&text);
    let mut doc = cleaned.into_doc("p", text, Meta::default());
    println!("{} {mb} MiB (live/peak MiB beyond the models)", kind.name());
    println!("  clean {}", mark(base));
    let mut top = status("VmHWM");
    for stage in pipeline.stages() {
        reset_peak();
        stage.run(&mut doc);
        top = top.max(status("VmHWM"));
        println!("  {} {}", stage.name(), mark(base));
    }
    println!("  {}", layers(&doc));
    let over = (top - base) as f64 / MIB;
    println!("  peak {over:.0} MiB = {:.1}x the report", over / size);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let only: Vec<&String> = args.iter().filter(|a| a.parse::<f64>().is_err()).collect();
    let pipeline = Pipeline::standard();
    for kind in Kind::ALL {
        // The models and tables load on first use: counted as the base.
        let _ = pipeline.process_text("warm", generate(kind, 1 << 16), Meta::default());
    }
    for kind in Kind::ALL {
        if !only.is_empty() && !only.iter().any(|o| *o == kind.name()) {
            continue;
        }
        for &mb in &sizes {
            run(&pipeline, kind, mb);
        }
    }
}
