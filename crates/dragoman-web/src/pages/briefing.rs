//! The parts of a story's briefing (`dragoman_briefing`) as HTML, shared by
//! the Story page (citations, meetings, events, plans) and the Proposals page
//! (a plan's versions). Reports are linked by id; `label` names them.

use dragoman_briefing::Linked;
use dragoman_stories::compare::{EventAccount, EventClaim, Meeting, Source};
use dragoman_stories::plans::{PlanHistory, Version};
use maud::{html, Markup};

/// How a report is named in a link.
pub type Label<'a> = &'a dyn Fn(i64) -> String;

fn report(id: i64, label: Label<'_>) -> Markup {
    html! { a href={ "/report/" (id) } { (label(id)) } }
}

fn reports(ids: impl IntoIterator<Item = i64>, label: Label<'_>) -> Markup {
    html! { @for (i, id) in ids.into_iter().enumerate() { @if i > 0 { ", " } (report(id, label)) } }
}

fn source(s: &Source, label: Label<'_>) -> Markup {
    html! {
        (s.said_by.as_deref().unwrap_or("unattributed")) " · " (s.sourcing)
        @if !s.via.is_empty() { " · via " (s.via.join(", ")) }
        @if let Some(d) = s.cited { " · cited report " (report(d, label)) }
        @if let Some(d) = &s.said_on { " · on " (d) }
    }
}

/// Each citation of another outlet, linked to the cited report when found.
pub fn citations(links: &[Linked], label: Label<'_>) -> Markup {
    html! {
        h2 { "Citations" }
        @if links.is_empty() { p { "No report of the story cites another outlet." } }
        ul.citations { @for c in links { li {
            (report(c.doc, label)) " cites " (c.outlet) " (“" (c.cue) "”): "
            @match c.cited {
                Some(d) => { (report(d, label)) @if let Some(o) = c.overlap { span.meta { " " (format!("{:.0}%", o * 100.0)) " of its words shared" } } }
                None => { "no report of " (c.outlet) " found in the store" }
            }
        } } }
    }
}

/// Who met whom, when, where, and which reports say so.
pub fn meetings(list: &[Meeting], label: Label<'_>) -> Markup {
    html! {
        h2 { "Meetings" }
        @if list.is_empty() { p { "No meeting found." } }
        ul.meetings { @for m in list { li {
            (m.parties.join(" – ")) " · " (m.date.as_deref().unwrap_or("undated"))
            @if let Some(p) = &m.place { " · " (p) } " · " (m.status)
            span.meta { " (" (reports(m.reports.iter().copied(), label)) ")" }
        } } }
    }
}

fn account(a: &EventAccount, label: Label<'_>) -> Markup {
    html! { tr {
        td { (report(a.doc, label)) " " (a.outlet.as_deref().unwrap_or(""))
             @if let Some(o) = a.copy_of { " " span.copy { "copy of " (report(o, label)) } } }
        td { (a.source.said_by.as_deref().unwrap_or("unattributed")) }
        td { (a.source.sourcing) }
        td { (a.source.via.join(", "))
             @if let Some(d) = a.source.cited { " " (report(d, label)) } }
        td { (a.date.as_deref().unwrap_or("")) }
        td { (a.place.as_deref().unwrap_or("")) }
        td { (a.parties.join(", ")) }
        td { (a.status) }
    } }
}

/// Each event with its accounts side by side, and where they differ.
pub fn events(list: &[EventClaim], label: Label<'_>) -> Markup {
    html! {
        h2 { "Events compared" }
        @if list.is_empty() { p { "No event found." } }
        @for e in list { section.claim {
            h3 { (e.kind) " · " (e.actor) span.meta { " " (e.independent) " independent of " (e.accounts.len()) } }
            table { thead { tr { th { "report" } th { "who says so" } th { "sourcing" } th { "via" } th { "date" } th { "place" } th { "parties" } th { "status" } } }
                tbody { @for a in &e.accounts { (account(a, label)) } } }
            @if !e.disagreements.is_empty() { ul.differ { @for d in &e.disagreements { li { "differ: " (d) } } } }
        } }
    }
}

fn version(v: &Version, label: Label<'_>) -> Markup {
    html! { tr {
        td { @if let Some(n) = v.points { (n) } }
        td { (v.sections.join("; ")) }
        td { (v.proposer.as_deref().unwrap_or("")) }
        td { (v.status.as_deref().unwrap_or("")) @if let Some(d) = &v.step_date { " " (d) } }
        td { @for (i, (doc, s)) in v.reports.iter().enumerate() { @if i > 0 { "; " } (report(*doc, label)) " (" (source(s, label)) ")" } }
    } }
}

/// A plan's versions across reports, and where they differ.
pub fn plan(p: &PlanHistory, label: Label<'_>) -> Markup {
    html! {
        table.versions { thead { tr { th { "points" } th { "sections" } th { "proposer" } th { "status" } th { "reports" } } }
            tbody { @for v in &p.versions { (version(v, label)) } } }
        @if !p.disagreements.is_empty() { ul.differ { @for d in &p.disagreements { li { "differ: " (d) } } } }
    }
}

/// Each plan of the story with its versions.
pub fn plans(list: &[PlanHistory], label: Label<'_>) -> Markup {
    html! {
        h2 { "Plans" }
        @if list.is_empty() { p { "No plan found." } }
        @for p in list { section.plan { h3 { (p.name) } (plan(p, label)) } }
    }
}
