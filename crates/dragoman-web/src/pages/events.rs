//! Events: a timeline by day and type and the network of who acted on whom
//! for the filter (actor, dates, type), both SVG, then a table of the
//! events with their evidence sentence and a link to the exact place in the
//! report, and export links for the same filter.

use crate::layout::{page, pager};
use crate::reply::Want;
use crate::svg::{self, Edge};
use crate::{params, App, WebError};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use dragoman_store::{EventPoint, EventQuery, Store};
use maud::{html, Markup};
use serde::{Deserialize, Serialize};

/// The parameters of `/events` (and of `/export/events`).
#[derive(Default, Deserialize, Serialize, Clone)]
#[serde(default, deny_unknown_fields)]
pub struct Params {
    pub(crate) actor: Option<String>,
    pub(crate) since: Option<String>,
    pub(crate) until: Option<String>,
    #[serde(rename = "type")]
    pub(crate) kind: Option<String>,
    /// Only the events of this story's reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) story: Option<i64>,
    pub(crate) limit: Option<usize>,
    pub(crate) offset: Option<usize>,
    /// The export format (`/export/events` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) format: Option<String>,
}

impl Params {
    /// The store's filter, checked.
    pub(crate) fn query(&self) -> Result<EventQuery, WebError> {
        Ok(EventQuery {
            actor: params::text("actor", self.actor.clone(), params::MAX_TEXT)?,
            since: params::day("since", self.since.clone())?,
            until: params::day("until", self.until.clone())?,
            kind: params::event_type(self.kind.clone())?,
            story: self.story,
            limit: params::limit(self.limit)?,
            offset: params::offset(self.offset)?,
        })
    }

    /// The query string of the filter, without paging.
    pub(crate) fn filter_string(&self) -> String {
        let mut p = self.clone();
        (p.limit, p.offset, p.format) = (None, None, None);
        serde_urlencoded::to_string(&p).unwrap_or_default()
    }
}

/// An event as the table lists it.
#[derive(Serialize)]
pub struct Row {
    doc: i64,
    n: usize,
    /// The event's own date; `None` when its clause gives none.
    day: Option<String>,
    /// The date of the report it is read from.
    reported: Option<String>,
    kind: String,
    mode: Option<String>,
    actor: Option<String>,
    recipient: Option<String>,
    status: &'static str,
    place: Option<String>,
    evidence: String,
    report_title: Option<String>,
}

/// The events page's value.
#[derive(Serialize)]
pub struct Events {
    filter: Params,
    /// Events drawn in the charts (at most [`CHARTED`]).
    charted: usize,
    timeline: Vec<(String, String)>,
    network: Vec<Edge>,
    rows: Vec<Row>,
    more: bool,
}

/// How many events the charts read at most.
pub const CHARTED: usize = 5000;

/// The events of a filter as table rows (`q.limit` + 1 read, to know if more).
pub(crate) fn rows(store: &Store, q: &EventQuery) -> Result<Vec<Row>, WebError> {
    let mut q = q.clone();
    q.limit += 1;
    let found = store.events_page(&q)?;
    Ok(found
        .iter()
        .map(|f| {
            let e = &f.item;
            let n = f.doc.id;
            Row {
                doc: n,
                n: 0,
                day: e.date.clone(),
                reported: f.doc.date.as_ref().map(|d| d.chars().take(10).collect()),
                kind: e.kind.clone(),
                mode: e.mode.clone(),
                actor: e.actor.as_ref().map(|p| p.name.clone()),
                recipient: e.recipient.as_ref().map(|p| p.name.clone()),
                status: e.status.as_str(),
                place: e.place.clone(),
                evidence: f
                    .text
                    .get(e.evidence.range())
                    .unwrap_or_default()
                    .to_string(),
                report_title: f.doc.title.clone(),
            }
        })
        .collect())
}

/// Timeline items and network edges of chart points.
pub(crate) fn charts(points: &[EventPoint]) -> (Vec<(String, String)>, Vec<Edge>) {
    let timeline = points
        .iter()
        .filter_map(|p| Some((p.day.clone()?.chars().take(10).collect(), p.kind.clone())))
        .collect();
    let edges = svg::edges(points.iter().filter_map(|p| {
        Some((
            p.actor.as_deref()?,
            p.recipient.as_deref()?,
            p.kind.as_str(),
        ))
    }));
    (timeline, edges)
}

fn load(store: &Store, filter: Params, q: EventQuery) -> Result<Events, WebError> {
    let points = store.event_points(&EventQuery {
        limit: CHARTED,
        offset: 0,
        ..q.clone()
    })?;
    let (timeline, network) = charts(&points);
    let mut rows = rows(store, &q)?;
    let more = rows.len() > q.limit;
    rows.truncate(q.limit);
    Ok(Events {
        filter,
        charted: points.len(),
        timeline,
        network,
        rows,
        more,
    })
}

/// `/events` and `/api/events`.
pub async fn handler(State(app): State<App>, want: Want, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::query::<Params>(raw.as_deref()).and_then(|p| Ok((p.query()?, p)));
    let result = match parsed {
        Ok((q, p)) => app.pool.read(move |s| load(s, p, q)).await,
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

/// The export links of a filter.
pub(crate) fn exports(filter: &str) -> Markup {
    html! {
        p.exports { "Export these events: "
            @for (f, label) in [("jsonl", "JSON Lines"), ("plover", "PLOVER"), ("gdelt", "GDELT")] {
                a href={ "/export/events?format=" (f) "&" (filter) } { (label) } " "
            }
        }
    }
}

/// The table of events.
pub(crate) fn table(rows: &[Row]) -> Markup {
    html! {
        table.events {
            thead { tr { th { "day" } th { "type" } th { "actor" } th { "recipient" } th { "status" } th { "evidence" } } }
            tbody {
                @for r in rows {
                    tr {
                        td {
                            @match (&r.day, &r.reported) {
                                (Some(day), _) => (day),
                                (None, Some(reported)) => small { "undated, reported " (reported) },
                                (None, None) => small { "undated" },
                            }
                        }
                        td { (r.kind) @if let Some(m) = &r.mode { " " small { (m) } } }
                        td { @if let Some(a) = &r.actor { a href={ "/events?" (party(a)) } { (a) } } }
                        td { @if let Some(a) = &r.recipient { a href={ "/events?" (party(a)) } { (a) } } }
                        td { (r.status) }
                        td { (r.evidence) " " a href={ "/report/" (r.doc) } { "report" } }
                    }
                }
            }
        }
    }
}

/// The query string of the events of one party.
pub(crate) fn party(name: &str) -> String {
    serde_urlencoded::to_string([("actor", name)]).unwrap_or_default()
}

fn render(e: &Events) -> Markup {
    let f = &e.filter;
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    let filter = f.filter_string();
    page(
        "Events",
        html! {
            h1 { "Events" }
            form.filters action="/events" method="get" {
                input type="text" name="actor" value=(v(&f.actor)) placeholder="actor" maxlength="100";
                input type="date" name="since" value=(v(&f.since)) title="from";
                input type="date" name="until" value=(v(&f.until)) title="to";
                input type="text" name="type" value=(v(&f.kind)) placeholder="type, e.g. CONSULT" maxlength="40";
                button type="submit" { "Filter" }
            }
            (exports(&filter))
            h2 { "By day and type" }
            @if e.timeline.is_empty() { p { "No dated events." } } @else { (svg::timeline(&e.timeline)) }
            p.meta { (e.charted) " events charted" @if e.charted >= CHARTED { " (the first " (CHARTED) ")" } }
            h2 { "Who acted on whom" }
            @if e.network.is_empty() { p { "No event with both an actor and a recipient." } } @else { (svg::network(&e.network)) }
            h2 { "Events" }
            (table(&e.rows))
            (pager(&format!("/events?{filter}&"), f.offset.unwrap_or(0), f.limit.unwrap_or(params::DEFAULT_LIMIT), e.more))
        },
    )
}
