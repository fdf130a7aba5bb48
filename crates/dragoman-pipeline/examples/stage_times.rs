//! Where the time goes: runs the standard pipeline over a contract input file
//! and prints the time and words/s of cleaning and of each stage, one core.
//!
//! cargo run --release -p dragoman-pipeline --example stage_times -- ../shared/data/quotes/polnear-dev.input.jsonl

use dragoman_ingest::parse_input_line;
use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: stage_times FILE.jsonl");
    let data = std::fs::read_to_string(&path).expect("readable input");
    let pipeline = Pipeline::standard();
    let names = pipeline.names();
    let mut times = vec![Duration::ZERO; names.len() + 1];
    let mut words = 0usize;
    for line in data.lines() {
        let Ok(input) = parse_input_line(line) else {
            continue;
        };
        let Some(text) = input.text else { continue };
        words += text.split_whitespace().count();
        let t0 = Instant::now();
        let cleaned = dragoman_clean::clean(&text);
        let mut doc = cleaned.into_doc(
            input.id,
            text,
            Meta {
                date: input.date,
                ..Meta::default()
            },
        );
        times[0] += t0.elapsed();
        for (i, stage) in pipeline.stages().iter().enumerate() {
            let t = Instant::now();
            stage.run(&mut doc);
            times[i + 1] += t.elapsed();
        }
    }
    println!("{words} words");
    for (name, t) in std::iter::once(&"clean").chain(names.iter()).zip(&times) {
        println!(
            "{name:>10}  {:>8.3} s  {:>12.0} words/s",
            t.as_secs_f64(),
            words as f64 / t.as_secs_f64()
        );
    }
}
