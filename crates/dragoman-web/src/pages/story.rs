//! Story: a story's reports in date order, each copy folded under its
//! original with the share of its text found there (schema 6's tables,
//! filled by `dragoman restory`), then its briefing (`dragoman_briefing`, as
//! `dragoman story ID` reads it): citations, meetings, events compared
//! across reports, plan versions.

use crate::layout::page;
use crate::pages::briefing;
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{Path, State};
use axum::response::Response;
use dragoman_briefing::{BriefingError, Linked};
use dragoman_store::Store;
use dragoman_stories::compare::{EventClaim, Meeting};
use dragoman_stories::plans::PlanHistory;
use maud::{html, Markup};
use serde::Serialize;

/// A report of the story.
#[derive(Serialize)]
pub struct Member {
    doc: i64,
    date: Option<String>,
    outlet: Option<String>,
    title: String,
    copies: Vec<Copy>,
}

/// A copy folded under its original.
#[derive(Serialize)]
pub struct Copy {
    doc: i64,
    outlet: Option<String>,
    title: String,
    containment: f64,
}

/// The story page's value.
#[derive(Serialize)]
pub struct Story {
    id: i64,
    title: Option<String>,
    /// Its generated label (main actors, action, place).
    label: Option<String>,
    first_date: Option<String>,
    last_date: Option<String>,
    outlets: Vec<String>,
    reports: Vec<Member>,
    /// Citations of other outlets, with the cited report when found.
    citations: Vec<Linked>,
    /// Who met whom.
    meetings: Vec<Meeting>,
    /// Each event with its accounts across reports.
    events: Vec<EventClaim>,
    /// Each plan with its versions across reports.
    plans: Vec<PlanHistory>,
    /// Each report's title, for links (not serialized: `reports` has them).
    #[serde(skip)]
    titles: Vec<(i64, String)>,
}

fn load(store: &Store, id: i64) -> Result<Story, WebError> {
    let l = dragoman_briefing::load(store, id).map_err(|e| match e {
        BriefingError::NoStory(_) => WebError::NotFound(format!("no story {id}")),
        BriefingError::Store(e) => WebError::Store(e),
        other => WebError::Internal(other.to_string()),
    })?;
    let titles = l.members.iter().map(|m| (m.doc, m.title.clone())).collect();
    let s = l.summary;
    let mut reports: Vec<Member> = Vec::new();
    let mut copies = Vec::new();
    for m in l.members {
        match m.copy_of {
            Some((original, containment)) => copies.push((
                original,
                Copy {
                    doc: m.doc,
                    outlet: m.outlet,
                    title: m.title,
                    containment,
                },
            )),
            None => reports.push(Member {
                doc: m.doc,
                date: m.date,
                outlet: m.outlet,
                title: m.title,
                copies: Vec::new(),
            }),
        }
    }
    for (original, c) in copies {
        match reports.iter_mut().find(|r| r.doc == original) {
            Some(r) => r.copies.push(c),
            None => reports.push(Member {
                doc: c.doc,
                date: None,
                outlet: c.outlet,
                title: c.title,
                copies: Vec::new(),
            }),
        }
    }
    Ok(Story {
        id: s.id,
        title: s.title,
        label: l.label,
        first_date: s.first_date,
        last_date: s.last_date,
        outlets: s.outlets,
        reports,
        citations: l.links,
        meetings: l.compared.meetings,
        events: l.compared.events,
        plans: l.compared.plans,
        titles,
    })
}

/// `/story/{id}` and `/api/story/{id}`.
pub async fn handler(State(app): State<App>, want: Want, Path(id): Path<String>) -> Response {
    let result = match params::id(&id, "story") {
        Ok(id) => app.pool.read(move |s| load(s, id)).await,
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

fn render(s: &Story) -> Markup {
    let label = |id: i64| {
        s.titles
            .iter()
            .find(|(d, _)| *d == id)
            .map_or_else(|| format!("report {id}"), |(_, t)| t.clone())
    };
    let title = s.title.clone().unwrap_or_else(|| format!("Story {}", s.id));
    page(
        &title,
        html! {
            h1 { (title) }
            @if let Some(l) = &s.label { p.label { (l) } }
            p.meta { (s.first_date.as_deref().unwrap_or("?")) " – " (s.last_date.as_deref().unwrap_or("?")) " · " (s.outlets.join(", ")) }
            ol.story {
                @for r in &s.reports {
                    li {
                        span.date { (r.date.as_deref().unwrap_or("undated")) } " "
                        a href={ "/report/" (r.doc) } { (r.title) } span.meta { " " (r.outlet.as_deref().unwrap_or("")) }
                        @if !r.copies.is_empty() {
                            details { summary { (r.copies.len()) " copies" }
                                ul { @for c in &r.copies { li {
                                    a href={ "/report/" (c.doc) } { (c.title) } span.meta { " " (c.outlet.as_deref().unwrap_or("")) " · " (format!("{:.0}%", c.containment * 100.0)) " shared" }
                                } } }
                            }
                        }
                    }
                }
            }
            (briefing::citations(&s.citations, &label))
            (briefing::meetings(&s.meetings, &label))
            (briefing::events(&s.events, &label))
            (super::events::exports(&format!("story={}", s.id)))
            (briefing::plans(&s.plans, &label))
        },
    )
}
