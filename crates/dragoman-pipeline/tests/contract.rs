//! The stage contract tells the truth: each stage, run on a document that
//! holds only the layers it declares (made by running exactly the stages that
//! assign them, and what those need in turn), assigns what it assigns in the
//! full pipeline; and a stage changes no layer it does not declare.
//!
//! The reports are written for this test.

use dragoman_model::{Doc, Layer, Meta, Stage};
use dragoman_pipeline::Pipeline;

const REPORTS: [(&str, &str); 3] = [
    (
        "2025-03-04",
        "PARIS, March 4 (Wire) - French President Emmanuel Macron met German \
         Chancellor Olaf Scholz in Paris on Tuesday and said the two countries \
         would sign a defence pact next month.\n\n\
         \"We will not wait for others,\" Macron told reporters. Officials \
         familiar with the talks said Berlin had rejected an earlier draft.",
    ),
    (
        "2024-11-20",
        "Russian Foreign Minister Sergey Lavrov accused Ukraine of attacking \
         an energy plant near Kursk last week, according to a ministry \
         statement. Ukrainian troops denied the claim on Wednesday.\n\n\
         The United Nations called on both sides to resume talks in Geneva.",
    ),
    (
        "2023-06-12",
        "Chinese and Indian diplomats held two days of talks in Beijing, the \
         foreign ministry said on Monday. Israeli soldiers arrested three men \
         in Hebron, police said. The plan has four points, including a \
         ceasefire and an exchange of prisoners.",
    ),
];

/// A layer of a document, printed, to compare two documents by.
fn layer(doc: &Doc, layer: Layer) -> String {
    match layer {
        Layer::Text => format!("{:?} {:?}", doc.text, doc.alignment),
        Layer::Meta => format!("{:?}", doc.meta),
        Layer::Tokens => format!("{:?}", doc.tokens),
        Layer::Sentences => format!("{:?}", doc.sentences),
        Layer::Syntax => format!("{:?}", doc.syntax),
        Layer::Entities => format!("{:?}", doc.entities),
        Layer::Actors => format!(
            "{:?}",
            doc.entities
                .iter()
                .filter_map(|e| Some((e.span, e.actor.as_ref()?)))
                .collect::<Vec<_>>()
        ),
        Layer::Timexes => format!("{:?}", doc.timexes),
        Layer::Quotes => format!("{:?}", doc.quotes),
        Layer::Events => format!("{:?}", doc.events),
        Layer::Proposals => format!("{:?}", doc.proposals),
    }
}

const ALL: [Layer; 11] = [
    Layer::Text,
    Layer::Meta,
    Layer::Tokens,
    Layer::Sentences,
    Layer::Syntax,
    Layer::Entities,
    Layer::Actors,
    Layer::Timexes,
    Layer::Quotes,
    Layer::Events,
    Layer::Proposals,
];

/// The documents cleaning makes of the reports.
fn cleaned() -> Vec<Doc> {
    let clean = Pipeline::up_to(&["clean"]).unwrap();
    REPORTS
        .iter()
        .enumerate()
        .map(|(k, (date, text))| {
            let meta = Meta {
                date: Some(date.parse().unwrap()),
                ..Meta::default()
            };
            clean
                .process_text(&k.to_string(), text.to_string(), meta)
                .doc
        })
        .collect()
}

/// Which of the stages before `stages[i]` must run for it: every stage that
/// assigns a layer it requires, and, in turn, what those require.
fn prerequisites(stages: &[Box<dyn Stage>], i: usize) -> Vec<usize> {
    let mut needed: Vec<Layer> = stages[i].requires().to_vec();
    let mut chosen = Vec::new();
    for j in (0..i).rev() {
        if stages[j].assigns().iter().any(|l| needed.contains(l)) {
            chosen.push(j);
            needed.extend_from_slice(stages[j].requires());
        }
    }
    chosen.reverse();
    chosen
}

#[test]
fn each_stage_needs_only_the_layers_it_declares() {
    // Every stage, the on-demand syntax stage included.
    let pipeline = Pipeline::up_to(&["syntax", "events"]).unwrap();
    let stages = pipeline.stages();
    for doc in cleaned() {
        let mut full = doc.clone();
        for (i, stage) in stages.iter().enumerate() {
            let mut alone = doc.clone();
            for j in prerequisites(stages, i) {
                stages[j].run(&mut alone);
            }
            stage.run(&mut alone);
            stage.run(&mut full);
            for &l in stage.assigns() {
                assert_eq!(
                    layer(&alone, l),
                    layer(&full, l),
                    "stage `{}` on report {}: {l:?} differs when only {:?} are there",
                    stage.name(),
                    doc.id,
                    stage.requires(),
                );
            }
        }
    }
}

#[test]
fn each_stage_changes_only_the_layers_it_assigns() {
    // Every stage, the on-demand syntax stage included.
    let pipeline = Pipeline::up_to(&["syntax", "events"]).unwrap();
    let stages = pipeline.stages();
    for mut doc in cleaned() {
        for stage in stages {
            let before = doc.clone();
            stage.run(&mut doc);
            for l in ALL.into_iter().filter(|l| !stage.assigns().contains(l)) {
                assert_eq!(
                    layer(&before, l),
                    layer(&doc, l),
                    "stage `{}` changed {l:?}, which it does not assign",
                    stage.name(),
                );
            }
        }
    }
}

#[test]
fn the_reports_give_every_stage_work() {
    let pipeline = Pipeline::standard();
    let mut docs = cleaned();
    docs.iter_mut().for_each(|d| pipeline.run(d));
    let any = |f: &dyn Fn(&Doc) -> bool| docs.iter().any(f);
    assert!(any(&|d| d.entities.iter().any(|e| e.actor.is_some())));
    assert!(any(&|d| !d.timexes.is_empty()));
    assert!(any(&|d| !d.quotes.is_empty()));
    assert!(any(&|d| !d.events.is_empty()));
}

#[test]
fn prerequisites_are_the_stages_that_assign_what_is_required() {
    let pipeline = Pipeline::standard();
    let stages = pipeline.stages();
    let names = |i: usize| -> Vec<&str> {
        prerequisites(stages, i)
            .into_iter()
            .map(|j| stages[j].name())
            .collect()
    };
    let at = |name: &str| stages.iter().position(|s| s.name() == name).unwrap();
    assert_eq!(names(at("entities")), ["tokenize"]);
    assert_eq!(names(at("timex")), ["tokenize"]);
    assert_eq!(names(at("actors")), ["tokenize", "entities"]);
}
