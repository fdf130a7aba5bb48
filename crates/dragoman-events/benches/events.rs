//! Throughput of the event stage alone over prepared documents (tokens,
//! entities, time expressions and quotes made beforehand): `stage` parses
//! the sentences it needs itself, `on_parsed` finds the syntax layer
//! filled (the stage's own cost on top of the parse).
//!
//! `cargo bench -p dragoman-events --bench events`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_entities::EntityStage;
use dragoman_events::EventStage;
use dragoman_model::{Date, Doc, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;

/// Wire-style sentences written for this bench.
const REPORT: &str = "ATHENS, Oct. 2 — Rumours of contacts between the Greek envoy and the Turkish envoy \
spread on Monday, according to two diplomats. Foreign Minister Sergei Lavrov said on Monday that \
Russia rejected the European proposal. On Sept. 30, German Chancellor Friedrich Merz accused Moscow of stalling the \
talks. \"We will visit Kyiv next week,\" Finnish President Alexander Stubb said on Wednesday. The Kremlin denied \
that Russian officials had met the Ukrainian delegation in Istanbul last week. Ottawa circulated a 12-point \
Canadian plan on Tuesday, and Oslo replied with its own proposals. The plan consists of three parts—fishing \
quotas in the Arctic, a joint coast guard, and shared weather stations. The European Union imposed \
new sanctions on Iran on Friday. Iran threatened to close the Strait of Hormuz, and Britain urged both sides to \
show restraint. Turkish police arrested dozens of protesters in Ankara after a rally against the government. \
Israeli troops withdrew from two villages, and the army said a ceasefire would hold through the weekend.";

fn prepared(copies: usize) -> Doc {
    let text = vec![REPORT; copies].join("\n\n");
    let mut doc = Doc::from_text("bench", text);
    doc.meta.date = "2026-10-02".parse::<Date>().ok();
    let stages: [Box<dyn Stage>; 4] = [
        Box::new(Tokenize),
        Box::new(EntityStage::new()),
        Box::new(TimexStage::new()),
        Box::new(QuoteStage::new()),
    ];
    for stage in &stages {
        stage.run(&mut doc);
    }
    doc
}

fn bench(c: &mut Criterion) {
    let doc = prepared(50);
    let words = doc.text.split_whitespace().count() as u64;
    let stage = EventStage::new();
    stage.run(&mut doc.clone());
    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Elements(words));
    group.bench_function("stage", |b| {
        b.iter_batched_ref(
            || doc.clone(),
            |d| stage.run(d),
            criterion::BatchSize::LargeInput,
        )
    });
    let mut parsed = doc.clone();
    dragoman_syntax::SyntaxStage::new().run(&mut parsed);
    group.bench_function("on_parsed", |b| {
        b.iter_batched_ref(
            || parsed.clone(),
            |d| stage.run(d),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
