//! Proposals: each plan with its proposer, points, sections, how far it got
//! and when, and the report it was read from; its versions across the
//! reports of its story, and the quotes about it (`plan_context`).

use crate::layout::{doc_link, page, pager};
use crate::pages::briefing;
use crate::pages::plan_context::{Context, PlanQuote};
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use dragoman_store::Store;
use dragoman_stories::plans::PlanHistory;
use maud::{html, Markup};
use serde::{Deserialize, Serialize};

#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    limit: Option<usize>,
    offset: Option<usize>,
}

/// A proposal as listed.
#[derive(Serialize)]
pub struct Item {
    doc: i64,
    report_title: Option<String>,
    report_date: Option<String>,
    name: String,
    proposer: Option<String>,
    points: Option<u32>,
    sections: Vec<String>,
    status: Option<String>,
    date: Option<String>,
    mentions: usize,
    /// The story of its report, when the plan has versions there.
    story: Option<i64>,
    /// Its versions across that story's reports.
    versions: Option<PlanHistory>,
    /// The quotes about it in its report.
    quotes: Vec<PlanQuote>,
}

/// The proposals page's value.
#[derive(Serialize)]
pub struct Proposals {
    items: Vec<Item>,
    offset: usize,
    limit: usize,
    more: bool,
}

fn load(store: &Store, limit: usize, offset: usize) -> Result<Proposals, WebError> {
    let all = store.proposals(offset + limit + 1)?;
    let more = all.len() > offset + limit;
    let mut context = Context::default();
    let mut items = Vec::new();
    for f in all.into_iter().skip(offset).take(limit) {
        let story = context.versions(store, f.doc.id, &f.item.name)?;
        let quotes = context.quotes(store, f.doc.id, &f.item)?;
        items.push(Item {
            doc: f.doc.id,
            report_title: f.doc.title,
            report_date: f.doc.date,
            mentions: f.item.mentions.len(),
            name: f.item.name,
            proposer: f.item.proposer,
            points: f.item.points,
            sections: f.item.sections.into_iter().map(|s| s.title).collect(),
            status: f.item.status,
            date: f.item.date,
            story: story.as_ref().map(|(s, _)| *s),
            versions: story.map(|(_, p)| p),
            quotes,
        });
    }
    Ok(Proposals {
        items,
        offset,
        limit,
        more,
    })
}

/// `/proposals` and `/api/proposals`.
pub async fn handler(State(app): State<App>, want: Want, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::query::<Params>(raw.as_deref())
        .and_then(|p| Ok((params::limit(p.limit)?, params::offset(p.offset)?)));
    let result = match parsed {
        Ok((l, o)) => app.pool.read(move |s| load(s, l, o)).await,
        Err(e) => Err(e),
    };
    want.reply(result, render)
}

fn render(p: &Proposals) -> Markup {
    page(
        "Proposals",
        html! {
            h1 { "Proposals" }
            @if p.items.is_empty() { p { "No proposal found in the stored reports." } }
            @for i in &p.items {
                section.proposal {
                    h2 { (i.name) }
                    p.meta {
                        "proposed by " (i.proposer.as_deref().unwrap_or("unknown"))
                        @if let Some(n) = i.points { " · " (n) " points" }
                        @if let Some(s) = &i.status { " · " (s) }
                        @if let Some(d) = &i.date { " · " (d) }
                        " · named " (i.mentions) " times in "
                        (doc_link(i.doc, i.report_title.as_deref(), "the report"))
                        " (" (i.report_date.as_deref().unwrap_or("undated")) ")"
                    }
                    @if !i.sections.is_empty() { ol { @for s in &i.sections { li { (s) } } } }
                    @if let (Some(story), Some(v)) = (i.story, &i.versions) {
                        h3 { "Versions across " a href={ "/story/" (story) } { "story " (story) } }
                        (briefing::plan(v, &|d| format!("report {d}")))
                    }
                    @if !i.quotes.is_empty() {
                        h3 { "Quotes about it" }
                        ul.quotes { @for q in &i.quotes { li {
                            "“" (q.text) "” — " (q.speaker.as_deref().unwrap_or("unattributed")) span.meta { " · " (q.sourcing) }
                        } } }
                    }
                }
            }
            (pager("/proposals?", p.offset, p.limit, p.more))
        },
    )
}
