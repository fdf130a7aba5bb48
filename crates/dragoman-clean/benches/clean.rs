//! Throughput of cleaning scraped text (paragraphs doubled, dateline inside).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_clean::clean;

fn corpus() -> String {
    let a = "Envoys from both capitals met for a third round of talks on Tuesday, officials said, \
        and a draft framework of twelve points was circulated among the delegations.";
    let b =
        "“We are not there yet,” the deputy minister told reporters, adding that the next meeting \
        would take place “within weeks” in a neutral country.";
    let mut s = String::new();
    for i in 0..500 {
        s.push_str(&format!("{a} Dec. 2, 2025 (Wire)—{a}\n{b} {b}\nParagraph {i} stands alone here and says something new.\n"));
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("clean", |b| b.iter(|| clean(&text)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
