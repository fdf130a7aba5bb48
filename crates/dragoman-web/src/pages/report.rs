//! Report: the clean text with every annotation marked (entities, dates
//! with their values, quotes with speaker and sourcing, events, proposals),
//! a panel that shows the selected annotation's fields and highlights its
//! exact characters (`assets/app.js`), what cleaning removed, and the raw
//! bytes one link away (`/report/{id}/raw`, served as plain text or bytes,
//! never as a page).

use super::marks::{marks, segments, Mark};
use crate::layout::page;
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use dragoman_store::{DocRow, Store};
use maud::{html, Markup, PreEscaped};
use serde::Serialize;

/// The report page's value.
#[derive(Serialize)]
pub struct Report {
    doc: DocRow,
    url: Option<String>,
    author: Option<String>,
    place: Option<String>,
    text: String,
    marks: Vec<Mark>,
    removed: Vec<Removed>,
    raw_url: String,
}

/// A passage cleaning took out of the raw text.
#[derive(Serialize)]
pub struct Removed {
    /// Bytes of the raw (decoded) text.
    start: usize,
    /// See `start`.
    end: usize,
    /// Why.
    reason: String,
    /// The passage (at most 400 characters).
    text: String,
}

fn load(store: &Store, id: i64) -> Result<Report, WebError> {
    let Some((row, doc)) = store.doc(id)? else {
        return Err(WebError::NotFound(format!("no report {id}")));
    };
    let removed = store
        .removals(id)?
        .into_iter()
        .map(|(r, reason)| Removed {
            text: doc
                .raw
                .get(r.clone())
                .unwrap_or_default()
                .chars()
                .take(400)
                .collect(),
            start: r.start,
            end: r.end,
            reason,
        })
        .collect();
    Ok(Report {
        marks: marks(&doc),
        url: doc.meta.url.clone(),
        author: doc.meta.author.clone(),
        place: doc.meta.place.clone(),
        raw_url: format!("/report/{id}/raw"),
        text: doc.text,
        removed,
        doc: row,
    })
}

/// `/report/{id}` and `/api/report/{id}`.
pub async fn handler(State(app): State<App>, want: Want, Path(id): Path<String>) -> Response {
    let result = match params::id(&id, "report") {
        Ok(id) => app.pool.read(move |s| load(s, id)).await,
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

/// `/report/{id}/raw`: the bytes as received; UTF-8 as plain text, anything
/// else as bytes to download. A sandboxing policy keeps even a browser that
/// sniffs from running it.
pub async fn raw(State(app): State<App>, want: Want, Path(id): Path<String>) -> Response {
    let result = match params::id(&id, "report") {
        Ok(id) => {
            app.pool
                .read(move |s| {
                    s.raw(id)?
                        .ok_or_else(|| WebError::NotFound(format!("no report {id}")))
                })
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(bytes) => {
            let kind = if std::str::from_utf8(&bytes).is_ok() {
                "text/plain; charset=utf-8"
            } else {
                "application/octet-stream"
            };
            let headers = [
                (header::CONTENT_TYPE, kind),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "sandbox; default-src 'none'",
                ),
            ];
            (headers, bytes).into_response()
        }
        Err(e) => want.error(&e),
    }
}

/// JSON for a `<script type="application/json">` block: no `<`, `>` or `&`
/// survives, so the text cannot close the element.
fn data_block(v: &impl Serialize) -> PreEscaped<String> {
    let json = serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    PreEscaped(
        json.replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    )
}

fn render(r: &Report) -> Markup {
    let d = &r.doc;
    let title = d
        .title
        .clone()
        .unwrap_or_else(|| format!("Report {}", d.id));
    page(
        &title,
        html! {
            h1 { (title) }
            p.meta {
                (d.date.as_deref().unwrap_or("undated")) " · " (d.outlet.as_deref().unwrap_or("no outlet"))
                @if let Some(a) = &r.author { " · " (a) }
                @if let Some(p) = &r.place { " · " (p) }
                " · " a href=(r.raw_url) { "raw bytes" }
                " · " a href={ "/api/report/" (d.id) } { "JSON" }
                @if let Some(u) = &r.url { " · source: " span.url { (u) } }
            }
            div.report {
                article #text.text {
                    @for s in segments(&r.text, &r.marks) {
                        @if s.tokens.is_empty() { (s.text) }
                        @else { span class={ "m m-" (s.kind.unwrap_or("none")) } data-a=(s.tokens) { (s.text) } }
                    }
                }
                aside.panel {
                    section #detail { p.hint { "Select a mark in the text or an item below to see its fields." } }
                    (lists(&r.marks))
                }
            }
            @if !r.removed.is_empty() {
                h2 { "What cleaning removed" }
                ul.removed {
                    @for x in &r.removed {
                        li { span.reason { (x.reason) } " bytes " (x.start) "–" (x.end) ": " q { (x.text) } }
                    }
                }
            }
            script #marks type="application/json" { (data_block(&r.marks)) }
        },
    )
}

fn lists(marks: &[Mark]) -> Markup {
    let kinds = [
        ("quote", "Quotes"),
        ("event", "Events"),
        ("proposal", "Proposals"),
        ("entity", "Names"),
        ("date", "Dates"),
    ];
    html! {
        @for (kind, heading) in kinds {
            @let items: Vec<&Mark> = marks.iter().filter(|m| m.kind == kind).collect();
            @if !items.is_empty() {
                details open[kind == "quote" || kind == "event"] {
                    summary { (heading) " (" (items.len()) ")" }
                    ul class={ "items items-" (kind) } {
                        @for m in items {
                            li { button type="button" data-select=(m.id) {
                                span.label { (m.label) } " " span.excerpt { (excerpt(&m.text)) }
                            } }
                        }
                    }
                }
            }
        }
    }
}

fn excerpt(s: &str) -> String {
    let short: String = s.chars().take(90).collect();
    if short.len() < s.len() {
        short + "…"
    } else {
        short
    }
}
