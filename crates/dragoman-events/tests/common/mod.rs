//! Shared helpers: run the prerequisite stages and the event stage, and draw
//! the result as carets.
//!
//! Entities are given by hand (every occurrence of each name), so that the
//! tests check this stage, not the tagger's current model.

#![allow(dead_code)]

use dragoman_events::EventStage;
use dragoman_model::{Date, Doc, Entity, EntityType, Event, Proposal, Span, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_testkit::draw_items;
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;

/// A hand-given entity: its text, type, country and role.
pub type Given<'a> = (&'a str, EntityType, Option<&'a str>, Option<&'a str>);

/// `text` with the given entities, run through tokenize, timex, quotes and
/// events, dated `date`.
pub fn annotate(text: &str, date: &str, entities: &[Given]) -> Doc {
    let mut doc = Doc::from_text("test", text);
    doc.meta.date = date.parse::<Date>().ok();
    Tokenize.run(&mut doc);
    doc.entities = entities_of(text, entities);
    TimexStage::new().run(&mut doc);
    QuoteStage::new().run(&mut doc);
    EventStage::new().run(&mut doc);
    doc
}

/// (type, status, actor country, recipient country, CAMEO) of an event.
pub type Coded = (String, &'static str, String, String, String);

/// Each event of `text` (dated `date`, with the given entities), coded.
pub fn coded_with(text: &str, date: &str, entities: &[Given]) -> Vec<Coded> {
    let doc = annotate(text, date, entities);
    let country = |p: &Option<dragoman_model::Participant>| {
        p.as_ref()
            .and_then(|p| p.country.clone())
            .unwrap_or_else(|| "-".into())
    };
    doc.events
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.status.as_str(),
                country(&e.actor),
                country(&e.recipient),
                e.cameo.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// Every occurrence of every given name, as entities in text order.
fn entities_of(text: &str, given: &[Given]) -> Vec<Entity> {
    let mut found: Vec<Entity> = given
        .iter()
        .flat_map(|&(name, kind, country, role)| {
            text.match_indices(name).map(move |(at, _)| Entity {
                span: Span::new(at, at + name.len()),
                kind,
                subtype: (kind == EntityType::Misc).then(|| "NATIONALITY".into()),
                canonical: Some(name.into()),
                role: role.map(Into::into),
                country: country.map(Into::into),
                actor: None,
            })
        })
        .collect();
    found.sort_by_key(|e| e.span);
    found
}

/// The events and proposals of `doc` drawn by the testkit's one renderer:
/// carets, then every event and proposal with all its fields.
pub fn render(doc: &Doc) -> String {
    format!(
        "{}\n{}",
        draw_items::<Event>(doc),
        draw_items::<Proposal>(doc)
    )
}
