//! Cost of the whole pipeline (cleaning and every standard stage) on the
//! generated hostile inputs of [`dragoman_pipeline::pathological`], at 1 MiB
//! and 4 MiB: with linear stages the throughput (MiB/s) is the same at both
//! sizes. The 16 MiB figures come from the `pathological` example, too slow
//! for criterion's repeated samples.
//!
//! cargo bench -p dragoman-pipeline --bench pathological

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dragoman_model::Meta;
use dragoman_pipeline::pathological::{generate, Kind};
use dragoman_pipeline::Pipeline;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::standard();
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(10));
    for kind in Kind::ALL {
        for mib in [1usize, 4] {
            let text = generate(kind, mib << 20);
            g.throughput(Throughput::Bytes(text.len() as u64));
            let id = BenchmarkId::new(kind.name(), format!("{mib}MiB"));
            g.bench_with_input(id, &text, |b, text| {
                b.iter(|| pipeline.process_text("p", text.clone(), Meta::default()))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
