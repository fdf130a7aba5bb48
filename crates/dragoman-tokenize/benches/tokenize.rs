//! Throughput of tokenizing and sentence splitting on news-like English.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_tokenize::{sentences, tokens};

fn corpus() -> String {
    let para = "MOSCOW, Nov. 20 (Wire) - Russian Foreign Minister Ivan Petrov said on Tuesday that \
        talks with U.S. envoys had made “real progress,” according to officials familiar with the \
        matter. “We are not there yet,” he told reporters, adding that a 12-point draft—covering \
        security, trade and prisoners—was on the table. The U.S. State Department declined to comment; \
        a spokesman said Washington's position hadn't changed since Aug. 15... See https://example.org/x.\n\n";
    para.repeat(2000)
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokens", |b| b.iter(|| tokens(&text)));
    let toks = tokens(&text);
    g.bench_function("sentences", |b| b.iter(|| sentences(&text, &toks)));
    g.bench_function("tokens+sentences", |b| {
        b.iter(|| {
            let t = tokens(&text);
            sentences(&text, &t)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
