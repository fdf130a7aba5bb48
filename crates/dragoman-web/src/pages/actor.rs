//! Actor: an actor's names and dated roles, their quotes by sourcing, the
//! events they take part in as a timeline, and their counterparts (whom
//! they met, accused, …) as a network and a table.

use super::events::{charts, exports, party, rows, table, Row};
use crate::layout::{doc_link, page};
use crate::reply::Want;
use crate::svg::{self, Edge};
use crate::{params, App, WebError};
use axum::extract::{Path, State};
use axum::response::Response;
use dragoman_store::{ActorRole, EventQuery, Store};
use maud::{html, Markup};
use serde::Serialize;
use std::collections::BTreeMap;

/// A quote of the actor.
#[derive(Serialize)]
pub struct QuoteItem {
    doc: i64,
    n: usize,
    title: Option<String>,
    date: Option<String>,
    sourcing: &'static str,
    text: String,
}

/// The actor page's value.
#[derive(Serialize)]
pub struct Actor {
    id: String,
    name: String,
    roles: Vec<ActorRole>,
    quotes: BTreeMap<&'static str, Vec<QuoteItem>>,
    timeline: Vec<(String, String)>,
    counterparts: Vec<Edge>,
    events: Vec<Row>,
}

/// How many quotes and events the page lists.
const SHOWN: usize = 100;

fn load(store: &Store, id: String) -> Result<Actor, WebError> {
    let roles = store.actor_roles(&id)?;
    let Some(name) = roles.first().map(|r| r.name.clone()) else {
        return Err(WebError::NotFound(format!("no actor {id:?}")));
    };
    let mut quotes: BTreeMap<&'static str, Vec<QuoteItem>> = BTreeMap::new();
    for q in store.quotes(Some(&name), None, SHOWN)? {
        let span = q
            .quote
            .content
            .first()
            .map(|s| s.start)
            .zip(q.quote.content.last().map(|s| s.end));
        let text = span
            .and_then(|(a, b)| q.text.get(a as usize..b as usize))
            .unwrap_or_default();
        let n = q
            .quote
            .content
            .first()
            .map(|s| s.start as usize)
            .unwrap_or(0);
        quotes
            .entry(q.quote.sourcing.as_str())
            .or_default()
            .push(QuoteItem {
                doc: q.doc.id,
                n,
                title: q.doc.title.clone(),
                date: q.doc.date.clone(),
                sourcing: q.quote.sourcing.as_str(),
                text: text.to_string(),
            });
    }
    let q = EventQuery {
        actor: Some(name.clone()),
        limit: super::events::CHARTED,
        ..EventQuery::default()
    };
    let points = store.event_points(&q)?;
    let (timeline, counterparts) = charts(&points);
    let mut events = rows(store, &EventQuery { limit: SHOWN, ..q })?;
    events.truncate(SHOWN);
    Ok(Actor {
        id,
        name,
        roles,
        quotes,
        timeline,
        counterparts,
        events,
    })
}

/// `/actor/{id}` and `/api/actor/{id}`.
pub async fn handler(State(app): State<App>, want: Want, Path(id): Path<String>) -> Response {
    let result = match params::text("actor id", Some(id), params::MAX_TEXT) {
        Ok(Some(id)) => app.pool.read(move |s| load(s, id)).await,
        Ok(None) => Err(WebError::BadRequest("empty actor id".into())),
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

fn render(a: &Actor) -> Markup {
    page(
        &a.name,
        html! {
            h1 { (a.name) } p.meta { "actor " code { (a.id) } }
            h2 { "Names and roles" }
            table.roles {
                thead { tr { th { "name" } th { "role" } th { "country" } th { "mentions" } th { "reports dated" } } }
                tbody { @for r in &a.roles { tr {
                    td { (r.name) } td { (r.role.as_deref().unwrap_or("")) } td { (r.country.as_deref().unwrap_or("")) }
                    td { (r.mentions) } td { (r.first_date.as_deref().unwrap_or("?")) " – " (r.last_date.as_deref().unwrap_or("?")) }
                } } }
            }
            h2 { "Quotes by sourcing" }
            @if a.quotes.is_empty() { p { "No quote attributed to this name." } }
            @for (sourcing, items) in &a.quotes {
                h3 { (sourcing) " (" (items.len()) ")" }
                ul.quotes { @for q in items { li {
                    q { (q.text) } " " span.meta { (q.date.as_deref().unwrap_or("")) " " } (doc_link(q.doc, q.title.as_deref(), "report"))
                } } }
            }
            h2 { "Events over time" }
            @if a.timeline.is_empty() { p { "No dated events." } } @else { (svg::timeline(&a.timeline)) }
            h2 { "Counterparts" }
            @if a.counterparts.is_empty() { p { "No event with a counterpart." } } @else {
                (svg::network(&a.counterparts))
                table.counterparts {
                    thead { tr { th { "actor" } th { "type" } th { "recipient" } th { "events" } } }
                    tbody { @for e in &a.counterparts { tr { td { (e.from) } td { (e.kind) } td { (e.to) } td { (e.count) } } } }
                }
            }
            h2 { "Events" }
            (table(&a.events))
            (exports(&party(&a.name)))
        },
    )
}
