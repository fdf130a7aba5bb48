//! `dragoman events`: a timeline of who did what to whom, with the sentence
//! that says so; `dragoman proposals`: the plans on the table.

use crate::args::{EventsArgs, ProposalsArgs};
use crate::cmd::docs::one_line;
use crate::views::ProposalView;
use crate::Outcome;
use dragoman_export::EventRecord;
use dragoman_model::Event;
use dragoman_store::{EventFilter, Found, Store};
use std::io::Write;

pub(crate) fn run(store: &Store, args: EventsArgs) -> anyhow::Result<Outcome> {
    let filter = EventFilter {
        actor: args.actor,
        since: args.since,
        kind: args.kind,
        limit: args.limit.saturating_add(1),
    };
    let rows = crate::cmd::cut(store.events(&filter)?, args.limit, "events");
    let mut out = std::io::stdout().lock();
    for f in &rows {
        let r = record(f);
        if args.json {
            serde_json::to_writer(&mut out, &dragoman_export::jsonl::record(&r))?;
            writeln!(out)?;
            continue;
        }
        let e = &f.item;
        let who = parties(&e.actor, &e.actors).unwrap_or_else(|| "?".into());
        let whom = parties(&e.recipient, &e.recipients)
            .map(|p| format!(" → {p}"))
            .unwrap_or_default();
        let (when, reported) = crate::render::event_day(e.date.as_deref(), f.doc.date.as_deref());
        let mode = e.mode.as_ref().map(|m| format!("/{m}")).unwrap_or_default();
        let place = e
            .place
            .as_ref()
            .map(|p| format!(" in {p}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{when:<10}  {}{mode} ({})  {who}{whom}{place}  [doc {}{reported}]",
            e.kind,
            e.status.as_str(),
            f.doc.id
        )?;
        writeln!(out, "            {}", one_line(r.evidence(), 160))?;
    }
    if rows.is_empty() && !args.json {
        writeln!(out, "no events found")?;
    }
    Ok(Outcome::Ok)
}

/// A stored event with its report, as the export formats take it; its
/// index is its position among its report's events, as stored.
pub(crate) fn record(f: &Found<Event>) -> EventRecord<'_> {
    EventRecord {
        doc_id: f.doc.id,
        doc_hash: &f.doc.hash,
        doc_date: f.doc.date.as_deref(),
        url: f.url.as_deref(),
        text: &f.text,
        event: &f.item,
        index: f.n,
    }
}

pub(crate) fn proposals(store: &Store, args: ProposalsArgs) -> anyhow::Result<Outcome> {
    if let Some(name) = &args.history {
        let mut out = std::io::stdout().lock();
        let found = crate::cmd::briefing::history(&mut out, store, name, args.json)?;
        if !found && !args.json {
            writeln!(
                out,
                "no plan named {name:?} in a story (stories are made by ingest and restory)"
            )?;
        }
        return Ok(Outcome::Ok);
    }
    let rows = store.proposals(args.limit.saturating_add(1))?;
    let rows = crate::cmd::cut(rows, args.limit, "proposals");
    let mut out = std::io::stdout().lock();
    for f in &rows {
        let p = &f.item;
        let v = ProposalView::of(f);
        if args.json {
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
            continue;
        }
        let sections = v.sections;
        let points = p
            .points
            .map(|n| format!(", {n} points"))
            .unwrap_or_default();
        let by = p
            .proposer
            .as_ref()
            .map(|b| format!(" by {b}"))
            .unwrap_or_default();
        let status = p
            .status
            .as_ref()
            .map(|s| match &p.date {
                Some(d) => format!(", {s} {d}"),
                None => format!(", {s}"),
            })
            .unwrap_or_default();
        writeln!(
            out,
            "{}{by}{points}{status}  [doc {}, {}]",
            p.name,
            f.doc.id,
            f.doc.date.as_deref().unwrap_or("undated")
        )?;
        for s in &sections {
            writeln!(out, "    - {s}")?;
        }
    }
    if rows.is_empty() && !args.json {
        writeln!(out, "no proposals found")?;
    }
    Ok(Outcome::Ok)
}

/// A party's name, or every coordinated party's ("Armenia, Azerbaijan").
fn parties(
    first: &Option<dragoman_model::Participant>,
    all: &[dragoman_model::Participant],
) -> Option<String> {
    if all.is_empty() {
        return first.as_ref().map(|p| p.name.clone());
    }
    let names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
    Some(names.join(", "))
}
