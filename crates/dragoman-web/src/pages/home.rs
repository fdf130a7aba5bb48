//! Home: counts, the search box, and the stories of the latest days when
//! `dragoman restory` has filled them, else the latest reports by date.

use crate::layout::{doc_link, page};
use crate::reply::Want;
use crate::{App, WebError};
use axum::extract::State;
use axum::response::Response;
use dragoman_store::{Counts, DocRow, Store};
use maud::{html, Markup};
use serde::Serialize;

/// The home page's value.
#[derive(Serialize)]
pub struct Home {
    counts: Counts,
    stories: Vec<StoryItem>,
    reports: Vec<DocRow>,
}

/// A story as listed.
#[derive(Serialize)]
pub struct StoryItem {
    id: i64,
    title: Option<String>,
    /// Its generated label (`dragoman_briefing::label`).
    label: Option<String>,
    first_date: Option<String>,
    last_date: Option<String>,
    size: i64,
    outlets: Vec<String>,
    copies: i64,
}

/// How many stories or reports the home page lists.
const SHOWN: usize = 30;

fn load(store: &Store) -> Result<Home, WebError> {
    let counts = store.counts()?;
    let mut stories: Vec<StoryItem> = store
        .stories(usize::MAX >> 1)?
        .into_iter()
        .map(|s| StoryItem {
            id: s.id,
            title: s.title,
            label: None,
            first_date: s.first_date,
            last_date: s.last_date,
            size: s.size,
            outlets: s.outlets,
            copies: s.copies,
        })
        .collect();
    stories.sort_by(|a, b| b.last_date.cmp(&a.last_date).then(b.size.cmp(&a.size)));
    stories.truncate(SHOWN);
    for s in &mut stories {
        s.label = dragoman_briefing::label(store, s.id).map_err(briefing_error)?;
    }
    let reports = if stories.is_empty() {
        store.recent_docs(SHOWN, 0)?
    } else {
        Vec::new()
    };
    Ok(Home {
        counts,
        stories,
        reports,
    })
}

/// A briefing's error as the workbench's.
fn briefing_error(e: dragoman_briefing::BriefingError) -> WebError {
    match e {
        dragoman_briefing::BriefingError::Store(e) => WebError::Store(e),
        other => WebError::Internal(other.to_string()),
    }
}

/// `/` and `/api/`.
pub async fn handler(State(app): State<App>, want: Want) -> Response {
    want.reply(app.pool.read(load).await, render)
}

fn render(h: &Home) -> Markup {
    let c = &h.counts;
    page(
        "Home",
        html! {
            h1 { "The record" }
            p.counts {
                (c.documents) " reports · " (c.quotes) " quotes · " (c.events) " events · "
                (c.proposals) " proposals · " (c.entities) " names · " (c.stories) " stories"
            }
            form.search action="/search" method="get" {
                input type="search" name="q" placeholder="Search" maxlength="200";
                button type="submit" { "Search" }
            }
            @if !h.stories.is_empty() {
                h2 { "Stories, latest first" }
                ul.list {
                    @for s in &h.stories {
                        li {
                            a href={ "/story/" (s.id) } { (s.title.as_deref().unwrap_or("(untitled)")) }
                            @if let Some(l) = &s.label { " " span.label { "[" (l) "]" } }
                            span.meta { " " (s.first_date.as_deref().unwrap_or("?")) " – " (s.last_date.as_deref().unwrap_or("?"))
                                " · " (s.size) " reports · " (s.outlets.join(", ")) }
                        }
                    }
                }
            } @else {
                h2 { "Reports by date" }
                ul.list {
                    @for d in &h.reports {
                        li {
                            span.date { (d.date.as_deref().unwrap_or("undated")) } " "
                            (doc_link(d.id, d.title.as_deref(), &d.snippet))
                            span.meta { " " (d.outlet.as_deref().unwrap_or("")) }
                        }
                    }
                }
            }
        },
    )
}
