//! A story's briefing (`dragoman story ID`, and the demo's last section):
//! its reports in date order with copies folded under their original, the
//! reports each one cites (linked to the cited outlet's report in the store
//! when it is there), every event and plan compared across the reports, and
//! each plan's versions.

use crate::cmd::docs::one_line;
use dragoman_model::{Doc, Stage};
use dragoman_store::{MemberRow, Store, StorySummary};
use dragoman_stories::cite::{citations, content_words, overlap, CITE_WINDOW_DAYS, MIN_OVERLAP};
use dragoman_stories::compare::{EventClaim, Source};
use dragoman_stories::plans::{PlanHistory, Version};
use dragoman_stories::{compare, Comparison, Report};
use dragoman_tokenize::Tokenize;
use jiff::civil::Date;
use jiff::ToSpan;
use serde_json::json;
use std::io::Write;

/// A citation in a report, with the report in the store it points to.
#[derive(Debug, serde::Serialize)]
struct Linked {
    /// The citing report.
    doc: i64,
    outlet: String,
    cue: String,
    /// The cited report, when found.
    cited: Option<i64>,
    /// The share of the citing report's content words in the cited one.
    overlap: Option<f32>,
}

/// Everything a briefing shows.
struct Loaded {
    summary: StorySummary,
    members: Vec<MemberRow>,
    links: Vec<Linked>,
    compared: Comparison,
}

fn load(store: &Store, id: i64) -> anyhow::Result<Loaded> {
    let Some((summary, members)) = store.story(id)? else {
        anyhow::bail!("no story {id} (list them with `dragoman stories`)");
    };
    let mut docs: Vec<Doc> = Vec::with_capacity(members.len());
    for m in &members {
        let (_, mut doc) = store
            .doc(m.doc)?
            .ok_or_else(|| anyhow::anyhow!("story {id} names a missing document {}", m.doc))?;
        Tokenize.run(&mut doc);
        docs.push(doc);
    }
    let dates: Vec<Option<Date>> = members
        .iter()
        .map(|m| m.date.as_deref().and_then(|d| d.get(..10)?.parse().ok()))
        .collect();
    let reports: Vec<Report<'_>> = members
        .iter()
        .zip(&docs)
        .zip(&dates)
        .map(|((m, doc), date)| Report {
            id: m.doc,
            date: *date,
            outlet: m.outlet.as_deref(),
            copy_of: m.copy_of.map(|(o, _)| o),
            doc,
        })
        .collect();
    let compared = compare(&reports);
    let links = link_citations(store, &reports)?;
    Ok(Loaded {
        summary,
        members,
        links,
        compared,
    })
}

/// Finds each report's citations of other outlets and the cited reports.
fn link_citations(store: &Store, reports: &[Report<'_>]) -> anyhow::Result<Vec<Linked>> {
    let outlets = store.outlets()?;
    let mut out = Vec::new();
    for r in reports {
        let found = citations(&r.doc.text, &outlets, r.outlet);
        if found.is_empty() {
            continue;
        }
        let words = content_words(&r.doc.text);
        let (from, to) = match r.date {
            Some(d) => (
                d.checked_sub(CITE_WINDOW_DAYS.days())
                    .unwrap_or(d)
                    .to_string(),
                d.to_string(),
            ),
            None => ("0000-01-01".to_string(), "9999-12-31".to_string()),
        };
        let mut seen: Vec<String> = Vec::new();
        for c in found {
            if seen.contains(&c.outlet) {
                continue;
            }
            seen.push(c.outlet.clone());
            let mut best: Option<(f32, i64)> = None;
            for (cand, _) in store.outlet_docs(&c.outlet, &from, &to, r.id)? {
                let text = store.clean_text(cand)?.unwrap_or_default();
                let o = overlap(&words, &content_words(&text));
                if o >= MIN_OVERLAP && best.is_none_or(|(b, _)| o > b) {
                    best = Some((o, cand));
                }
            }
            out.push(Linked {
                doc: r.id,
                outlet: c.outlet,
                cue: c.cue,
                cited: best.map(|(_, d)| d),
                overlap: best.map(|(o, _)| o),
            });
        }
    }
    Ok(out)
}

/// The briefing as one JSON object.
pub(crate) fn json(store: &Store, id: i64) -> anyhow::Result<serde_json::Value> {
    let l = load(store, id)?;
    let s = &l.summary;
    let reports: Vec<serde_json::Value> = l
        .members
        .iter()
        .map(|r| {
            json!({
                "doc": r.doc, "date": r.date, "outlet": r.outlet, "title": r.title,
                "copy_of": r.copy_of.map(|(o, _)| o),
                "containment": r.copy_of.map(|(_, c)| c),
            })
        })
        .collect();
    Ok(json!({
        "id": s.id, "title": s.title, "first_date": s.first_date,
        "last_date": s.last_date, "size": s.size, "outlets": s.outlets,
        "reports": reports, "citations": l.links,
        "events": l.compared.events, "plans": l.compared.plans,
    }))
}

/// The briefing as text.
pub(crate) fn text(out: &mut impl Write, store: &Store, id: i64) -> anyhow::Result<()> {
    let l = load(store, id)?;
    let s = &l.summary;
    writeln!(
        out,
        "story {}: {}\n{} reports, {} copies; {} .. {}; outlets: {}",
        s.id,
        one_line(s.title.as_deref().unwrap_or("-"), 80),
        s.size,
        s.copies,
        s.first_date.as_deref().unwrap_or("-"),
        s.last_date.as_deref().unwrap_or("-"),
        if s.outlets.is_empty() {
            "-".to_string()
        } else {
            s.outlets.join(", ")
        }
    )?;
    reports(out, &l)?;
    events(out, &l.compared.events)?;
    plans(out, &l.compared.plans)?;
    Ok(())
}

fn report_line(r: &MemberRow) -> String {
    format!(
        "[{}] {:<10}  {:<14}  {}",
        r.doc,
        r.date.as_deref().unwrap_or("-"),
        one_line(r.outlet.as_deref().unwrap_or("-"), 14),
        one_line(&r.title, 60)
    )
}

/// Reports in date order, copies under their original, citations under the
/// citing report.
fn reports(out: &mut impl Write, l: &Loaded) -> anyhow::Result<()> {
    writeln!(out, "Reports:")?;
    let in_story = |o: i64| l.members.iter().any(|r| r.doc == o);
    for r in &l.members {
        match r.copy_of {
            Some((o, _)) if in_story(o) => continue,
            Some((o, _)) => writeln!(out, "  {}  (copy of [{o}])", report_line(r))?,
            None => writeln!(out, "  {}", report_line(r))?,
        }
        for c in l
            .members
            .iter()
            .filter(|c| c.copy_of.is_some_and(|(o, _)| o == r.doc))
        {
            let share = c.copy_of.map_or(0.0, |(_, s)| s);
            writeln!(
                out,
                "      copy ({:.0}% shared) {}",
                share * 100.0,
                report_line(c)
            )?;
        }
        for c in l.links.iter().filter(|c| c.doc == r.doc) {
            let target = match (c.cited, c.overlap) {
                (Some(d), Some(o)) => format!("[{d}] ({:.0}% of the words shared)", o * 100.0),
                _ => "(no report of it in the store)".to_string(),
            };
            writeln!(out, "      cites {} ({:?}): {target}", c.outlet, c.cue)?;
        }
    }
    Ok(())
}

fn source(s: &Source) -> String {
    let who = s.said_by.as_deref().unwrap_or("unattributed");
    let via = if s.via.is_empty() {
        String::new()
    } else {
        format!(", via {}", s.via.join(" > "))
    };
    let when = s
        .said_on
        .as_deref()
        .map(|d| format!(", on {d}"))
        .unwrap_or_default();
    format!("{who} ({}{via}{when})", s.sourcing)
}

/// Each event told by the story's reports, every account side by side.
fn events(out: &mut impl Write, claims: &[EventClaim]) -> anyhow::Result<()> {
    if claims.is_empty() {
        return Ok(());
    }
    writeln!(out, "Events compared:")?;
    for c in claims {
        let reports: std::collections::BTreeSet<i64> = c.accounts.iter().map(|a| a.doc).collect();
        writeln!(
            out,
            "  {} by {}: {} report(s), {} independent",
            c.kind,
            c.actor,
            reports.len(),
            c.independent
        )?;
        for a in &c.accounts {
            let copy = a
                .copy_of
                .map(|o| format!(" copy of [{o}]"))
                .unwrap_or_default();
            writeln!(
                out,
                "    [{}]{copy} {}: {} | {} | {}{} | {}",
                a.doc,
                a.outlet.as_deref().unwrap_or("-"),
                source(&a.source),
                a.date.as_deref().unwrap_or("no date"),
                a.parties.join(", "),
                a.place
                    .as_deref()
                    .map(|p| format!(" in {p}"))
                    .unwrap_or_default(),
                a.status
            )?;
        }
        for d in &c.disagreements {
            writeln!(out, "    differ: {d}")?;
        }
    }
    Ok(())
}

/// Each plan's versions, with the reports that say so.
fn plans(out: &mut impl Write, plans: &[PlanHistory]) -> anyhow::Result<()> {
    if plans.is_empty() {
        return Ok(());
    }
    writeln!(out, "Plans and their versions:")?;
    for p in plans {
        writeln!(
            out,
            "  {}{}",
            p.name,
            p.proposer
                .as_deref()
                .map(|x| format!(" ({x})"))
                .unwrap_or_default()
        )?;
        for (k, v) in p.versions.iter().enumerate() {
            writeln!(out, "    v{} {}", k + 1, version_line(v))?;
        }
        for d in &p.disagreements {
            writeln!(out, "    differ: {d}")?;
        }
    }
    Ok(())
}

/// One version: points, sections, proposer, status, and who says so.
pub(crate) fn version_line(v: &Version) -> String {
    let points = v
        .points
        .map_or("points not given".to_string(), |n| format!("{n} points"));
    let sections = if v.sections.is_empty() {
        String::new()
    } else {
        format!("; {}", v.sections.join(" / "))
    };
    let said: Vec<String> = v
        .reports
        .iter()
        .map(|(d, s)| format!("[{d}] {}", source(s)))
        .collect();
    let step = v
        .step_date
        .as_deref()
        .map(|d| format!(" {d}"))
        .unwrap_or_default();
    format!(
        "{}: {points}{sections}; proposer {}; {}{step} — {}",
        v.first_date.as_deref().unwrap_or("undated"),
        v.proposer.as_deref().unwrap_or("-"),
        v.status.as_deref().unwrap_or("status not given"),
        said.join("; ")
    )
}

/// `proposals --history NAME`: in each story with a plan whose name or
/// proposer contains `name`, that plan's versions. Returns whether any was
/// found.
pub(crate) fn history(
    out: &mut impl Write,
    store: &Store,
    name: &str,
    as_json: bool,
) -> anyhow::Result<bool> {
    let needle = name.to_lowercase();
    let matches = |p: &PlanHistory| {
        p.name.to_lowercase().contains(&needle)
            || p.versions.iter().any(|v| {
                v.proposer
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase().contains(&needle))
            })
    };
    let mut found = false;
    for story in store.stories_with_proposal(name)? {
        let l = load(store, story)?;
        for p in l.compared.plans.iter().filter(|p| matches(p)) {
            found = true;
            if as_json {
                writeln!(out, "{}", json!({"story": story, "plan": p}))?;
                continue;
            }
            writeln!(
                out,
                "story {story} ({}):",
                one_line(l.summary.title.as_deref().unwrap_or("-"), 60)
            )?;
            plans(out, std::slice::from_ref(p))?;
        }
    }
    Ok(found)
}
