//! Throughput of the time stage (pieces, grammar, tense, normalization) on
//! news-like English written for this bench; tokens and sentences are made
//! once, outside the timed loop, as the pipeline does before this stage.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_model::{Date, Doc, Stage};
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;

fn corpus() -> String {
    let para = "GENEVA, Nov. 18 (Wire) - Envoys of the two governments met on Monday for the third \
        time this month, and officials said the next round will open on Friday. The talks, which began \
        in August, had stalled for nearly two months before a meeting last week. \"We have been waiting \
        for three years,\" a delegate told reporters at 3 p.m. on Tuesday, adding that prisoners would \
        be exchanged every week until the end of the year. Trade fell 12 percent in the third quarter \
        from a year earlier, and recently the central bank said it now expects growth in the first half \
        of 2026. Two days ago the ministers spoke by phone; a summit is planned for early next year.\n\n";
    para.repeat(1000)
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let words = text.split_whitespace().count() as u64;
    let mut doc = Doc::from_text("bench", text);
    doc.meta.date = Some(Date::constant(2025, 11, 19));
    Tokenize.run(&mut doc);
    let mut g = c.benchmark_group("timex");
    g.throughput(Throughput::Elements(words));
    g.bench_function("stage (words)", |b| b.iter(|| TimexStage.run(&mut doc)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
