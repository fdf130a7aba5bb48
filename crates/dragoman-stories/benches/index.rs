//! The incremental index: the cost of adding one report to a generated
//! archive of 10k and of 100k reports, the index's memory per report, and
//! the size and cost of saving it and reading it back (what `ingest` does
//! once per run).

use criterion::{criterion_group, criterion_main, Criterion};
use dragoman_stories::synth::{archive, report, Rng};
use dragoman_stories::{IndexConfig, StoryIndex};
use std::time::{Duration, Instant};

/// Reports added to one copy of the base index before it is copied again.
const CHUNK: u64 = 500;

fn add(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_add");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for n in [10_000usize, 100_000] {
        let a = archive(n, 7);
        let mut base = StoryIndex::new(IndexConfig::default()).expect("default settings");
        for p in &a.profiles {
            base.add(p).expect("fresh ids");
        }
        eprintln!(
            "index of {n} reports: {} stories, {:.0} bytes per report",
            base.stories(),
            base.memory_bytes() as f64 / n as f64
        );
        let start = Instant::now();
        let bytes = base.to_bytes();
        let saved = start.elapsed();
        let start = Instant::now();
        let back = StoryIndex::from_bytes(&bytes).expect("reads back");
        let read = start.elapsed();
        eprintln!(
            "saved index of {n} reports: {:.0} bytes per report, written in {saved:.1?}, read back in {read:.1?} ({} stories)",
            bytes.len() as f64 / n as f64,
            back.stories()
        );
        let mut rng = Rng::new(99);
        let mut fresh = 0u64;
        group.bench_function(format!("{}k", n / 1000), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                let mut left = iters;
                while left > 0 {
                    let mut index = base.clone();
                    let batch: Vec<_> = (0..left.min(CHUNK))
                        .map(|_| {
                            fresh += 1;
                            let p = &a.profiles[rng.below(n as u64) as usize];
                            let story: Vec<String> =
                                p.terms.iter().take(12).map(|t| t.text.clone()).collect();
                            report(&mut rng, &format!("new{fresh}"), &story, 3 * 365)
                        })
                        .collect();
                    let start = Instant::now();
                    for p in &batch {
                        index.add(p).expect("fresh ids");
                    }
                    spent += start.elapsed();
                    left -= batch.len() as u64;
                }
                spent
            });
        });
    }
    group.finish();
}

criterion_group!(benches, add);
criterion_main!(benches);
