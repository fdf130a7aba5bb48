//! A story's briefing (`dragoman story ID`, the demo's last section,
//! `proposals --history`): its reports read back and compared, the reports
//! each one cites linked to the cited outlet's report in the store when it is
//! there; as JSON here, as text in `briefing_text`.

use crate::cmd::docs::one_line;
use dragoman_model::{Doc, Stage};
use dragoman_store::{MemberRow, Store, StorySummary};
use dragoman_stories::cite::{citations, content_words, overlap, CITE_WINDOW_DAYS, MIN_OVERLAP};
use dragoman_stories::plans::PlanHistory;
use dragoman_stories::{compare, Comparison, Report};
use dragoman_tokenize::Tokenize;
use jiff::civil::Date;
use jiff::ToSpan;
use serde_json::json;
use std::io::Write;

/// A citation in a report, with the report in the store it points to.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Linked {
    /// The citing report.
    pub(crate) doc: i64,
    /// The outlet cited.
    pub(crate) outlet: String,
    /// The words that make it a citation.
    pub(crate) cue: String,
    /// The cited report, when found.
    pub(crate) cited: Option<i64>,
    /// The share of the citing report's content words in the cited one.
    pub(crate) overlap: Option<f32>,
}

/// Everything a briefing shows.
pub(crate) struct Loaded {
    pub(crate) summary: StorySummary,
    pub(crate) members: Vec<MemberRow>,
    pub(crate) links: Vec<Linked>,
    pub(crate) compared: Comparison,
}

/// A story with its reports read back, compared and their citations linked.
pub(crate) fn load(store: &Store, id: i64) -> anyhow::Result<Loaded> {
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
        "meetings": l.compared.meetings, "events": l.compared.events,
        "plans": l.compared.plans,
    }))
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
            crate::cmd::briefing_text::plans(out, std::slice::from_ref(p))?;
        }
    }
    Ok(found)
}
