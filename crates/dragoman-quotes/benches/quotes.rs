//! Throughput of the quote stage alone (tokens and sentences made beforehand),
//! in words per second, on generated news-like text.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_model::{Doc, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_tokenize::Tokenize;
use std::hint::black_box;

/// Paragraphs in our own words, in the styles the stage reads.
const PARAGRAPHS: &[&str] = &[
    "The envoy said on Tuesday that the talks would resume next week in Geneva.",
    "“We are not there yet,” Maria Santos told reporters, “but the outline is on the table.”",
    "According to officials familiar with the plan, the draft has four sections and a timetable.",
    "The Daily Ledger, citing unnamed sources, claims the memo was written in August.",
    "Markets rose slightly as traders waited for the figures due on Friday.",
    "As the Evening Post reported then, “Aide Tomas Berg also said that contacts had never stopped.”",
    "The minister denied the report, saying the ministry had made no such offer.",
    "Santos believes the agreement can be signed before the end of the year.",
];

fn text(words: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.split_whitespace().count() < words {
        out.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = text(20_000);
    let words = text.split_whitespace().count() as u64;
    let mut doc = Doc::from_text("bench", text);
    Tokenize.run(&mut doc);
    let stage = QuoteStage::new();
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Elements(words));
    group.bench_function("stage", |b| {
        b.iter(|| {
            stage.run(black_box(&mut doc));
            black_box(doc.quotes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
