//! A story's briefing as text: the reports with copies and citations under
//! them, the events compared account by account, and each plan's versions.

use crate::cmd::briefing::{load, Loaded};
use crate::cmd::docs::one_line;
use dragoman_store::{MemberRow, Store};
use dragoman_stories::compare::{EventClaim, Meeting, Source};
use dragoman_stories::plans::{PlanHistory, Version};
use std::io::Write;

/// The briefing as text.
pub(crate) fn text(out: &mut impl Write, store: &Store, id: i64) -> anyhow::Result<()> {
    let l = load(store, id)?;
    let s = &l.summary;
    writeln!(
        out,
        "story {}: {}\nlabel: {}\n{} reports, {} copies; {} .. {}; outlets: {}",
        s.id,
        one_line(s.title.as_deref().unwrap_or("-"), 80),
        l.label.as_deref().unwrap_or("- (no event told)"),
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
    meetings(out, &l.compared.meetings)?;
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
            let words = if !c.quotes.is_empty() {
                "of the quote's words"
            } else {
                "of the words"
            };
            let target = match (c.cited, c.overlap) {
                (Some(d), Some(o)) => format!("[{d}] ({:.0}% {words} shared)", o * 100.0),
                _ => "(no report of it in the store)".to_string(),
            };
            writeln!(out, "      cites {} ({:?}): {target}", c.outlet, c.cue)?;
        }
    }
    Ok(())
}

fn source(s: &Source) -> String {
    let who = s.said_by.as_deref().unwrap_or("unattributed");
    let cited = s.cited.map(|d| format!(" → [{d}]")).unwrap_or_default();
    let via = match (s.via.is_empty(), s.cited) {
        (false, _) => format!(", via {}{cited}", s.via.join(" > ")),
        (true, Some(d)) => format!(", its report [{d}]"),
        (true, None) => String::new(),
    };
    let when = s
        .said_on
        .as_deref()
        .map(|d| format!(", on {d}"))
        .unwrap_or_default();
    format!("{who} ({}{via}{when})", s.sourcing)
}

/// Who met whom, when and where, with the reports that say so.
fn meetings(out: &mut impl Write, meetings: &[Meeting]) -> anyhow::Result<()> {
    if meetings.is_empty() {
        return Ok(());
    }
    writeln!(out, "Who met whom:")?;
    for m in meetings {
        let reports: Vec<String> = m.reports.iter().map(|d| format!("[{d}]")).collect();
        writeln!(
            out,
            "  {:<10}  {}{} ({})  {}",
            m.date.as_deref().unwrap_or("no date"),
            m.parties.join(", "),
            m.place
                .as_deref()
                .map(|p| format!(" in {p}"))
                .unwrap_or_default(),
            m.status,
            reports.join(" ")
        )?;
    }
    Ok(())
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
pub(crate) fn plans(out: &mut impl Write, plans: &[PlanHistory]) -> anyhow::Result<()> {
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
fn version_line(v: &Version) -> String {
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
