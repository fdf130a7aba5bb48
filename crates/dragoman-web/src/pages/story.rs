//! Story: a story's reports in date order, each copy folded under its
//! original with the share of its text found there (schema 6's tables,
//! filled by `dragoman restory`).

use crate::layout::page;
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{Path, State};
use axum::response::Response;
use dragoman_store::Store;
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
    first_date: Option<String>,
    last_date: Option<String>,
    outlets: Vec<String>,
    reports: Vec<Member>,
}

fn load(store: &Store, id: i64) -> Result<Story, WebError> {
    let Some((s, members)) = store.story(id)? else {
        return Err(WebError::NotFound(format!("no story {id}")));
    };
    let mut reports: Vec<Member> = Vec::new();
    let mut copies = Vec::new();
    for m in members {
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
        first_date: s.first_date,
        last_date: s.last_date,
        outlets: s.outlets,
        reports,
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
    let title = s.title.clone().unwrap_or_else(|| format!("Story {}", s.id));
    page(
        &title,
        html! {
            h1 { (title) }
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
        },
    )
}
