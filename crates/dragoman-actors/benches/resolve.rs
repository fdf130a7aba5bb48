//! Throughput of [`ActorStage`] alone, in words per second, over a report we
//! wrote with its entities already marked (as the entity stage leaves them).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dragoman_actors::{ActorStage, Actors};
use dragoman_model::{Date, Doc, Entity, EntityType, Span, Stage};

/// One paragraph of the report; the bench repeats it.
const PARAGRAPH: &str =
    "Russian President Vladimir Putin received U.S. special envoy Steve Witkoff \
    at the Kremlin on Wednesday, presidential aide Yury Ushakov told reporters in Moscow. Kirill \
    Dmitriev said the sides had made progress, and Foreign Minister Sergey Lavrov said Washington \
    knew Russia's position. Ukrainian President Volodymyr Zelensky spoke from Kyiv with Emmanuel \
    Macron and Keir Starmer, while Ivan Smith of the Widget Fund and Anna Petrova of Nowhere \
    Analytics said the talks in Geneva could go on for weeks. ";

/// The names the entity stage would mark in the paragraph, with their types.
const NAMES: [(&str, EntityType); 17] = [
    ("Russian", EntityType::Misc),
    ("Vladimir Putin", EntityType::Per),
    ("U.S.", EntityType::Loc),
    ("Steve Witkoff", EntityType::Per),
    ("Kremlin", EntityType::Loc),
    ("Yury Ushakov", EntityType::Per),
    ("Moscow", EntityType::Loc),
    ("Kirill Dmitriev", EntityType::Per),
    ("Sergey Lavrov", EntityType::Per),
    ("Washington", EntityType::Loc),
    ("Volodymyr Zelensky", EntityType::Per),
    ("Kyiv", EntityType::Loc),
    ("Emmanuel Macron", EntityType::Per),
    ("Keir Starmer", EntityType::Per),
    ("Ivan Smith", EntityType::Per),
    ("Widget Fund", EntityType::Org),
    ("Geneva", EntityType::Loc),
];

fn report(paragraphs: usize) -> Doc {
    let text = PARAGRAPH.repeat(paragraphs);
    let mut doc = Doc::from_text("bench", text.clone());
    doc.meta.date = Some(Date::constant(2025, 11, 19));
    for p in 0..paragraphs {
        let base = p * PARAGRAPH.len();
        for (name, kind) in NAMES {
            let start = base + PARAGRAPH.find(name).expect("the name is in the paragraph");
            doc.entities.push(Entity {
                span: Span::new(start, start + name.len()),
                kind,
                subtype: None,
                canonical: Some(name.into()),
                role: None,
                country: None,
                actor: None,
            });
        }
    }
    doc.entities.sort_by_key(|e| e.span);
    doc
}

fn bench(c: &mut Criterion) {
    Actors::shipped();
    let stage = ActorStage::new();
    let doc = report(200);
    let words = doc.text.split_whitespace().count() as u64;
    let mut group = c.benchmark_group("actors");
    group.throughput(Throughput::Elements(words));
    group.bench_function("stage", |b| {
        b.iter_batched_ref(|| doc.clone(), |d| stage.run(d), BatchSize::LargeInput)
    });
    group.finish();
    c.bench_function("actors/build_table", |b| {
        b.iter(|| {
            Actors::from_tsv(
                include_str!("../data/phoenix.tsv"),
                include_str!("../data/current.tsv"),
            )
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
