//! `dragoman demo`: ingest the sample reports that ship in the binary and
//! print a briefing of what was found.
//!
//! The samples (in `crates/dragoman-cli/demo/`) are written by the dragoman
//! authors: an invented negotiation, told the way scraped news arrives.

use crate::cmd::docs::one_line;
use crate::process;
use crate::Outcome;
use dragoman_ingest::{read_sources, Limits};
use dragoman_model::{Doc, Entity, EntityType, Stage};
use dragoman_pipeline::Pipeline;
use dragoman_store::{EventFilter, Store};
use dragoman_tokenize::Tokenize;
use indicatif::ProgressBar;
use std::io::Write;
use std::path::Path;

/// The sample reports: file name and content.
const SAMPLES: &[(&str, &str)] = &[
    (
        "01_geneva_talks.txt",
        include_str!("../../demo/01_geneva_talks.txt"),
    ),
    (
        "02_kestria_rejects.txt",
        include_str!("../../demo/02_kestria_rejects.txt"),
    ),
    (
        "03_meridian.jsonl",
        include_str!("../../demo/03_meridian.jsonl"),
    ),
    (
        "04_geneva_talks_repost.txt",
        include_str!("../../demo/04_geneva_talks_repost.txt"),
    ),
    (
        "05_courier_copy.jsonl",
        include_str!("../../demo/05_courier_copy.jsonl"),
    ),
    (
        "06_ledger_rewrite.jsonl",
        include_str!("../../demo/06_ledger_rewrite.jsonl"),
    ),
    (
        "07_revised_plan.jsonl",
        include_str!("../../demo/07_revised_plan.jsonl"),
    ),
];

pub(crate) fn run(store: &mut Store, db: &Path) -> anyhow::Result<Outcome> {
    let dir = tempfile::Builder::new().prefix("dragoman-demo").tempdir()?;
    for (name, content) in SAMPLES {
        std::fs::write(dir.path().join(name), content)?;
    }
    let pipeline = Pipeline::standard();
    // Name the samples by where they live in the repository, not the temporary copy.
    let tmp = format!("{}/", dir.path().display());
    let reports = read_sources(vec![dir.path().to_path_buf()], Limits::default()).map(|r| {
        r.map(|mut rep| {
            rep.source = rep.source.replace(&tmp, "demo/");
            rep
        })
    });
    let tally = process::ingest(store, &pipeline, reports, &ProgressBar::hidden())?;

    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "dragoman demo: {} sample reports into {}",
        SAMPLES.len(),
        db.display()
    )?;
    writeln!(
        out,
        "  {} new, {} duplicate (already stored: same content), {} rejected",
        tally.new,
        tally.duplicate,
        tally.rejected.len()
    )?;
    writeln!(out, "  pipeline: clean → {}", pipeline.names().join(" → "))?;
    let mut seen = Vec::new();
    for &id in &tally.ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let Some((row, mut doc)) = store.doc(id)? else {
            continue;
        };
        Tokenize.run(&mut doc);
        let removed = store.removals(id)?;
        writeln!(out)?;
        writeln!(
            out,
            "[{}] {}  {}  {}",
            id,
            doc.meta
                .date
                .map_or("(no date)".to_string(), |d| d.to_string()),
            doc.meta.outlet.as_deref().unwrap_or("(no outlet)"),
            row.title.clone().unwrap_or_else(|| one_line(&doc.text, 80))
        )?;
        briefing(&mut out, &doc, removed.len())?;
    }
    timeline(&mut out, store)?;
    if let Some(story) = store.story_of(tally.ids.first().copied().unwrap_or(0))? {
        writeln!(out)?;
        writeln!(out, "The story of [{}] across the reports:", tally.ids[0])?;
        crate::cmd::stories::briefing(&mut out, store, story)?;
    }
    writeln!(out)?;
    let flag = format!("--db {}", db.display());
    let me = invoked_as();
    writeln!(
        out,
        "Next: `{me} docs {flag}`, `{me} show 1 {flag}`, `{me} stories {flag}`, `{me} proposals --history 12-point {flag}`."
    )?;
    if me != "dragoman" {
        writeln!(
            out,
            "(`dragoman` is not on your PATH: `cargo install --path crates/dragoman-cli` puts it there.)"
        )?;
    }
    Ok(Outcome::Ok)
}

/// How to call this binary in the next command: `dragoman` when that name on
/// the PATH is this binary, else the path of the running binary (after
/// `cargo run`, `target/release/dragoman`).
fn invoked_as() -> String {
    let me = std::env::current_exe().ok();
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("dragoman"))
            .find(|p| p.is_file())
    });
    let same = |a: &std::path::Path, b: &std::path::Path| {
        a.canonicalize()
            .ok()
            .zip(b.canonicalize().ok())
            .is_some_and(|(a, b)| a == b)
    };
    match (me, on_path) {
        (Some(me), Some(found)) if same(&me, &found) => "dragoman".into(),
        (Some(me), _) => std::env::current_dir()
            .ok()
            .and_then(|cwd| me.strip_prefix(&cwd).ok().map(|p| p.display().to_string()))
            .unwrap_or_else(|| me.display().to_string()),
        (None, _) => "dragoman".into(),
    }
}

/// Every stored event in date order, across the reports.
fn timeline(out: &mut impl Write, store: &Store) -> anyhow::Result<()> {
    let events = store.events(&EventFilter {
        limit: 200,
        ..EventFilter::default()
    })?;
    if events.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "Timeline ({} events, by date):", events.len())?;
    for f in &events {
        let e = &f.item;
        let (when, reported) = crate::render::event_day(e.date.as_deref(), f.doc.date.as_deref());
        let who = e.actor.as_ref().map_or("?", |a| a.name.as_str());
        let whom = e
            .recipient
            .as_ref()
            .map(|r| format!(" → {}", r.name))
            .unwrap_or_default();
        writeln!(
            out,
            "  {when:<10}  {:<9} {who}{whom} ({})  [doc {}{reported}]",
            e.kind,
            e.status.as_str(),
            f.doc.id
        )?;
    }
    Ok(())
}

/// The items in their first order, each once.
fn unique(items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .filter(|i| seen.insert(i.clone()))
        .collect()
}

/// What one document says, section by section.
fn briefing(out: &mut impl Write, doc: &Doc, removed: usize) -> std::io::Result<()> {
    brief_cleaning(out, doc, removed)?;
    brief_names(out, doc)?;
    brief_quotes(out, doc)?;
    brief_times(out, doc)?;
    brief_events(out, doc)?;
    brief_proposals(out, doc)
}

/// What cleaning removed, the dateline, and the document's size.
fn brief_cleaning(out: &mut impl Write, doc: &Doc, removed: usize) -> std::io::Result<()> {
    let dateline = doc
        .meta
        .dateline
        .map_or("none".to_string(), |s| format!("{:?}", doc.slice(s)));
    writeln!(
        out,
        "    cleaned: {} doubled or repeated passage(s) removed; dateline {dateline}",
        removed
    )?;
    writeln!(
        out,
        "    {} paragraph(s), {} sentence(s), {} tokens",
        doc.text.split("\n\n").count(),
        doc.sentences.len(),
        doc.tokens.len()
    )
}

/// The people (with role and country) and bodies (with subtype) named, each once.
fn brief_names(out: &mut impl Write, doc: &Doc) -> std::io::Result<()> {
    let name = |e: &Entity| {
        e.canonical
            .as_deref()
            .unwrap_or_else(|| doc.slice(e.span))
            .to_string()
    };
    let of_kind = |kind| doc.entities.iter().filter(move |e| e.kind == kind);
    let people = unique(
        of_kind(EntityType::Per)
            .map(|e| match (&e.role, &e.country) {
                (Some(r), Some(c)) => format!("{} ({r}, {c})", name(e)),
                (Some(r), None) => format!("{} ({r})", name(e)),
                (None, Some(c)) => format!("{} ({c})", name(e)),
                (None, None) => name(e),
            })
            .collect(),
    );
    if !people.is_empty() {
        writeln!(out, "    people: {}", people.join("; "))?;
    }
    let bodies = unique(
        of_kind(EntityType::Org)
            .map(|e| {
                e.subtype
                    .as_ref()
                    .map_or(name(e), |s| format!("{} ({})", name(e), s.to_lowercase()))
            })
            .collect(),
    );
    if !bodies.is_empty() {
        writeln!(out, "    bodies: {}", bodies.join("; "))?;
    }
    Ok(())
}

/// Who said what, when, and through whom, led by the report's own cue
/// ("denied", "according to"): a denial reads as one, not as a statement.
fn brief_quotes(out: &mut impl Write, doc: &Doc) -> std::io::Result<()> {
    for q in &doc.quotes {
        let cue: Vec<&str> = q.cue.iter().map(|s| doc.slice(*s)).collect();
        let cue = match cue.join(" ").to_lowercase() {
            c if c.is_empty() => "said".to_string(),
            c => c,
        };
        let who = q
            .speaker
            .as_deref()
            .map(|s| format!("{s} "))
            .unwrap_or_default();
        let via: Vec<&str> = q.via.iter().filter_map(|v| v.speaker.as_deref()).collect();
        let via = if via.is_empty() {
            String::new()
        } else {
            format!(", via {}", via.join(" > "))
        };
        let content: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
        let when = q
            .date
            .as_ref()
            .map(|d| format!(" on {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            "    {cue}{when}: {who}({}, {}{}): {}",
            q.sourcing.as_str(),
            q.kind.as_str(),
            via,
            one_line(&content.join(" … "), 160)
        )?;
    }
    Ok(())
}

/// The time expressions with their values.
fn brief_times(out: &mut impl Write, doc: &Doc) -> std::io::Result<()> {
    if doc.timexes.is_empty() {
        return Ok(());
    }
    let t: Vec<String> = doc
        .timexes
        .iter()
        .map(|t| format!("{:?} = {}", doc.slice(t.span), t.value))
        .collect();
    writeln!(out, "    when: {}", t.join("; "))
}

/// One line per event: when, who to whom, what, where.
fn brief_events(out: &mut impl Write, doc: &Doc) -> std::io::Result<()> {
    for e in &doc.events {
        let who = e.actor.as_ref().map_or("?", |a| a.name.as_str());
        let whom = e
            .recipient
            .as_ref()
            .map_or(String::new(), |r| format!(" → {}", r.name));
        writeln!(
            out,
            "    event: {} {}{} {} ({}){}",
            e.date.as_deref().unwrap_or("(undated)"),
            who,
            whom,
            e.kind,
            e.status.as_str(),
            e.place
                .as_ref()
                .map(|p| format!(" in {p}"))
                .unwrap_or_default()
        )?;
    }
    Ok(())
}

/// One line per proposal, with its points and sections.
fn brief_proposals(out: &mut impl Write, doc: &Doc) -> std::io::Result<()> {
    for p in &doc.proposals {
        let sections: Vec<&str> = p.sections.iter().map(|s| s.title.as_str()).collect();
        writeln!(
            out,
            "    proposal: {}{}{}",
            p.name,
            p.points
                .map(|n| format!(", {n} points"))
                .unwrap_or_default(),
            if sections.is_empty() {
                String::new()
            } else {
                format!(": {}", sections.join("; "))
            }
        )?;
    }
    Ok(())
}
