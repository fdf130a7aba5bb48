//! Tagger + parser + lemmatizer speed on news sentences of our own
//! (`cargo bench -p dragoman-syntax`): words per second on one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_model::{Doc, Stage};
use dragoman_syntax::{analyze_doc, Scratch, SyntaxModel};

const TEXT: &str = "ANKARA, March 3 (Reuters) - Turkish Foreign Minister Hakan Fidan met his Iranian counterpart on Tuesday. \
The ceasefire agreement was signed by both delegations in Doha on Friday, the ministry said in a statement. \
If the talks fail, Moscow will respond, a Kremlin spokesman told reporters. \
According to two officials familiar with the plan, Washington has not rejected the proposal but wants changes to its third section. \
\"We are ready to negotiate,\" the deputy foreign minister said after a meeting with envoys from the European Union and China.";

fn bench(c: &mut Criterion) {
    let mut doc = Doc::from_text("bench", TEXT.repeat(20));
    dragoman_tokenize::Tokenize.run(&mut doc);
    let model = SyntaxModel::standard();
    let mut sc = Scratch::default();
    let mut g = c.benchmark_group("syntax");
    g.throughput(Throughput::Elements(doc.tokens.len() as u64));
    g.bench_function("tag+parse+lemma", |b| {
        b.iter(|| analyze_doc(model, &doc, &mut sc).map(|s| s.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
