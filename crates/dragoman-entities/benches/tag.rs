//! Tagging throughput (words per second) of the shipped model on text we write,
//! tokens and sentences given (the tokenizer has its own bench).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dragoman_entities::{shipped_tagger, EntityStage, Model};
use dragoman_model::Doc;
use dragoman_tokenize::{sentences, tokens};

/// 2,000 paragraphs of our own news-like sentences.
fn corpus() -> String {
    let paragraphs = [
        "GENEVA, March 3 - Foreign Minister Anna Kovalenko of Ukraine met her Turkish counterpart \
         Mehmet Ozturk in Geneva on Tuesday, a spokesman for the ministry said. The two discussed a \
         grain corridor through the Black Sea and the exchange of prisoners held since last year.",
        "The European Union and the United Nations welcomed the talks. \"We are close to an agreement,\" \
         Ozturk told reporters at the Palais des Nations, adding that Ankara would host the next round.",
        "In Washington, State Department spokesman Daniel Reyes said the United States supported any \
         step toward a ceasefire, while officials at the Kremlin declined to comment on the report by \
         the Financial Review.",
        "FOOTBALL - CITY BEAT ROVERS 3-1 IN CUP REPLAY\nLONDON 2026-02-14\nManchester City beat \
         Blackburn Rovers 3-1 on Saturday, with Joao Silva scoring twice for the visitors before the break.",
    ];
    paragraphs
        .iter()
        .cycle()
        .take(2000)
        .map(|p| format!("{p}\n\n"))
        .collect()
}

/// The corpus cut into documents of `n` paragraphs, tokenized.
fn documents(text: &str, n: usize) -> Vec<Doc> {
    let paragraphs: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    paragraphs
        .chunks(n)
        .enumerate()
        .map(|(i, ps)| {
            let mut doc = Doc::from_text(i.to_string(), ps.join("\n\n"));
            doc.tokens = tokens(&doc.text);
            doc.sentences = sentences(&doc.text, &doc.tokens);
            doc
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let words = text.split_whitespace().count() as u64;
    let toks = tokens(&text);
    let sents = sentences(&text, &toks);
    let tagger = shipped_tagger();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Elements(words));
    g.sample_size(20);
    g.bench_function("tag (words)", |b| {
        b.iter(|| tagger.entities(&text, &toks, &sents))
    });
    let stage = EntityStage::new();
    let mut docs = documents(&text, 8);
    g.bench_function("stage, 8-paragraph documents (words)", |b| {
        b.iter(|| {
            for doc in &mut docs {
                dragoman_model::Stage::run(&stage, doc);
            }
        })
    });
    g.finish();
    c.bench_function("entities/load shipped model", |b| {
        b.iter(|| Model::from_bytes(SHIPPED).expect("valid model"))
    });
}

/// The shipped model file, to time its decoding.
const SHIPPED: &[u8] = include_bytes!("../model/ner.bin");

criterion_group!(benches, bench);
criterion_main!(benches);
