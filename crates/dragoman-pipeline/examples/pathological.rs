//! Cost per megabyte of each stage on generated hostile inputs
//! ([`dragoman_pipeline::pathological`]), at each size asked for: a stage
//! whose cost per MB grows with the size is not linear.
//!
//! cargo run --release -p dragoman-pipeline --example pathological -- 0.25 1 4 [KIND]
//!
//! Sizes are in MiB; kinds by name, all when none is given.

use dragoman_model::Meta;
use dragoman_pipeline::pathological::{generate, Kind};
use dragoman_pipeline::Pipeline;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let only: Vec<&String> = args.iter().filter(|a| a.parse::<f64>().is_err()).collect();
    let pipeline = Pipeline::standard();
    let names = pipeline.names();
    println!("kind MB clean {}", names.join(" "));
    for kind in Kind::ALL {
        if !only.is_empty() && !only.iter().any(|o| *o == kind.name()) {
            continue;
        }
        for &mb in &sizes {
            let text = generate(kind, (mb * f64::from(1u32 << 20)) as usize);
            let per_mb = (text.len() as f64) / f64::from(1u32 << 20);
            let t0 = Instant::now();
            let cleaned = dragoman_clean::clean(&text);
            let mut doc = cleaned.into_doc("p", text, Meta::default());
            let mut line = format!(
                "{} {mb} {:.3}",
                kind.name(),
                t0.elapsed().as_secs_f64() / per_mb
            );
            for stage in pipeline.stages() {
                let t = Instant::now();
                stage.run(&mut doc);
                line.push_str(&format!(" {:.3}", t.elapsed().as_secs_f64() / per_mb));
            }
            println!("{line}  (s/MB; {} diagnostics)", doc.diagnostics.len());
        }
    }
}
