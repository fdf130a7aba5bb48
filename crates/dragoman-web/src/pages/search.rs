//! Search: full text over reports, quotes and names (schema 7's FTS5
//! table), with filters (dates, outlet, actor, sourcing, event type), pages
//! of at most 100, and snippets whose matched words are marked (the
//! snippet is escaped first; the marks come from control characters the
//! store puts around matches, never from the text).

use crate::layout::{doc_link, page, pager};
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use dragoman_store::{Hit, SearchQuery, Store};
use maud::{html, Markup};
use serde::{Deserialize, Serialize};

/// The parameters of `/search`.
#[derive(Default, Deserialize, Serialize, Clone)]
#[serde(default, deny_unknown_fields)]
pub struct Params {
    q: Option<String>,
    kind: Option<String>,
    since: Option<String>,
    until: Option<String>,
    outlet: Option<String>,
    actor: Option<String>,
    sourcing: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    sort: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// The search page's value.
#[derive(Serialize)]
pub struct Search {
    query: Params,
    hits: Vec<Hit>,
    more: bool,
    available: bool,
}

fn checked(p: Params) -> Result<(Params, SearchQuery), WebError> {
    let q = SearchQuery {
        words: params::text("q", p.q.clone(), params::MAX_QUERY)?.unwrap_or_default(),
        kind: params::one_of("kind", p.kind.clone(), &["report", "quote", "name"])?,
        since: params::day("since", p.since.clone())?,
        until: params::day("until", p.until.clone())?,
        outlet: params::text("outlet", p.outlet.clone(), params::MAX_TEXT)?,
        actor: params::text("actor", p.actor.clone(), params::MAX_TEXT)?,
        sourcing: params::one_of("sourcing", p.sourcing.clone(), params::SOURCINGS)?,
        event_type: params::event_type(p.event_type.clone())?,
        limit: params::limit(p.limit)?,
        offset: params::offset(p.offset)?,
        relevance: params::one_of("sort", p.sort.clone(), &["recent", "relevance"])?.as_deref()
            == Some("relevance"),
    };
    Ok((p, q))
}

fn load(store: &Store, p: Params, mut q: SearchQuery) -> Result<Search, WebError> {
    let limit = q.limit;
    q.limit += 1;
    let mut hits = store.search(&q)?;
    let more = hits.len() > limit;
    hits.truncate(limit);
    Ok(Search {
        query: p,
        hits,
        more,
        available: store.has_search()?,
    })
}

/// `/search` and `/api/search`.
pub async fn handler(State(app): State<App>, want: Want, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::query::<Params>(raw.as_deref()).and_then(checked);
    let result = match parsed {
        Ok((p, q)) => app.pool.read(move |s| load(s, p, q)).await,
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

/// The snippet with its matches in `<mark>`.
fn snippet(s: &str) -> Markup {
    html! {
        @for (i, part) in s.split(['\u{2}', '\u{3}']).enumerate() {
            @if i % 2 == 1 { mark { (part) } } @else { (part) }
        }
    }
}

fn base(p: &Params) -> String {
    let mut p = p.clone();
    (p.limit, p.offset) = (None, None);
    let qs = serde_urlencoded::to_string(&p).unwrap_or_default();
    format!("/search?{qs}&")
}

fn render(s: &Search) -> Markup {
    let p = &s.query;
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    page(
        "Search",
        html! {
            h1 { "Search" }
            form.filters action="/search" method="get" {
                input type="search" name="q" value=(v(&p.q)) maxlength="200" placeholder="words";
                select name="kind" {
                    option value="" { "reports, quotes, names" }
                    @for k in ["report", "quote", "name"] { option value=(k) selected[p.kind.as_deref() == Some(k)] { (k) } }
                }
                input type="date" name="since" value=(v(&p.since)) title="from";
                input type="date" name="until" value=(v(&p.until)) title="to";
                input type="text" name="outlet" value=(v(&p.outlet)) placeholder="outlet" maxlength="100";
            input type="text" name="actor" value=(v(&p.actor)) placeholder="actor" maxlength="100";
                select name="sourcing" {
                    option value="" { "any sourcing" }
                    @for k in crate::params::SOURCINGS { option value=(k) selected[p.sourcing.as_deref() == Some(*k)] { (k) } }
                }
                input type="text" name="type" value=(v(&p.event_type)) placeholder="event type" maxlength="40";
            select name="sort" {
                option value="recent" { "newest stored first" }
                option value="relevance" selected[p.sort.as_deref() == Some("relevance")] { "best match first" }
            }
                button type="submit" { "Search" }
            }
            @if !s.available { p.error { "This database predates full-text search (schema 7): open it once with a writing command, e.g. dragoman docs, to migrate it." } }
            @if p.q.as_deref().is_some_and(|q| !q.trim().is_empty()) {
                @if s.hits.is_empty() { p { "Nothing found." } }
                ol.hits {
                    @for h in &s.hits {
                        li {
                            span class={ "kind kind-" (h.kind) } { (h.kind) } " "
                            (doc_link(h.doc.id, h.doc.title.as_deref(), &h.doc.snippet))
                            span.meta { " " (h.doc.date.as_deref().unwrap_or("undated")) " " (h.doc.outlet.as_deref().unwrap_or("")) }
                            p.snippet { (snippet(&h.snippet)) }
                        }
                    }
                }
                (pager(&base(p), p.offset.unwrap_or(0), p.limit.unwrap_or(crate::params::DEFAULT_LIMIT), s.more))
            }
            @if let Some(filter) = event_filter(p) { (super::events::exports(&filter)) }
        },
    )
}

/// The events export's query for the filters of a search that it shares
/// (actor, dates, event type), when any is set: the hits themselves are the
/// JSON twin, `/api/search`.
fn event_filter(p: &Params) -> Option<String> {
    let set = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
    let events = super::events::Params {
        actor: set(&p.actor),
        since: set(&p.since),
        until: set(&p.until),
        kind: set(&p.event_type),
        ..Default::default()
    };
    Some(events.filter_string()).filter(|f| !f.is_empty())
}
