//! `dragoman restory` (rebuild stories and copy links from the stored
//! documents), `dragoman stories` (list them) and `dragoman story ID` (one
//! story's reports in date order, copies folded under their original).

use crate::args::{RestoryArgs, StoriesArgs, StoryArgs};
use crate::cmd::docs::one_line;
use crate::Outcome;
use dragoman_model::Stage;
use dragoman_store::{CopyRow, Store, StoryMember};
use dragoman_stories::{cluster, find_copies, ClusterConfig, CopyConfig, Profile, Text};
use dragoman_tokenize::Tokenize;
use std::io::Write;

/// Rebuilds every story and copy link from the stored documents.
pub(crate) fn restory(store: &mut Store, args: RestoryArgs) -> anyhow::Result<Outcome> {
    let defaults = ClusterConfig::default();
    let config = ClusterConfig {
        cut: args.cut.unwrap_or(defaults.cut),
        window_days: args.window_days.unwrap_or(defaults.window_days),
        ..defaults
    };
    config.validate()?;
    let count = usize::try_from(store.doc_count()?)?;
    let rows = store.docs(count, 0)?;
    let (mut ids, mut profiles, mut texts) = (Vec::new(), Vec::new(), Vec::new());
    for row in &rows {
        let Some((_, mut doc)) = store.doc(row.id)? else {
            continue;
        };
        // Tokens are not stored: the profile's content words need them.
        Tokenize.run(&mut doc);
        profiles.push(Profile::of(&doc));
        texts.push((doc.text, doc.meta.date));
        ids.push(row.id);
    }
    let labels = cluster(&profiles, &config)?;
    let input: Vec<Text<'_>> = texts
        .iter()
        .map(|(text, date)| Text {
            id: "",
            text,
            date: *date,
        })
        .collect();
    let links = find_copies(&input, &CopyConfig::default())?;
    let members: Vec<StoryMember> = ids
        .iter()
        .zip(&labels)
        .zip(&profiles)
        .map(|((&doc, &label), p)| StoryMember {
            doc,
            story: label as i64 + 1,
            date: p.date.map(|d| d.to_string()),
        })
        .collect();
    let copies: Vec<CopyRow> = links
        .iter()
        .map(|l| CopyRow {
            copy: ids[l.copy],
            original: ids[l.original],
            containment: f64::from(l.containment),
            passages: l
                .passages
                .iter()
                .map(|p| [p.copy.start, p.copy.end, p.original.start, p.original.end])
                .collect(),
        })
        .collect();
    store.replace_stories(&members, &copies)?;
    let stories = labels.iter().copied().max().map_or(0, |m| m + 1);
    println!(
        "{} documents: {stories} stories, {} copies",
        ids.len(),
        copies.len()
    );
    Ok(Outcome::Ok)
}

/// Lists stories, largest first.
pub(crate) fn list(store: &Store, args: StoriesArgs) -> anyhow::Result<Outcome> {
    let rows = store.stories(args.limit)?;
    let mut out = std::io::stdout().lock();
    for s in &rows {
        if args.json {
            let v = serde_json::json!({
                "id": s.id, "title": s.title, "first_date": s.first_date,
                "last_date": s.last_date, "size": s.size, "first_doc": s.first_doc,
                "outlets": s.outlets, "copies": s.copies,
            });
            writeln!(out, "{v}")?;
        } else {
            let span = match (&s.first_date, &s.last_date) {
                (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
                (Some(a), _) => a.clone(),
                _ => "-".to_string(),
            };
            writeln!(
                out,
                "{:>5}  {:>4} reports  {:<22}  {:>2} copies  {:<24}  {}",
                s.id,
                s.size,
                span,
                s.copies,
                one_line(&s.outlets.join(", "), 24),
                one_line(s.title.as_deref().unwrap_or("-"), 60)
            )?;
        }
    }
    if !args.json && rows.is_empty() {
        writeln!(out, "(no stories: run `dragoman restory`)")?;
    }
    Ok(Outcome::Ok)
}

/// One story: its reports in date order, each copy under its original.
pub(crate) fn show(store: &Store, args: StoryArgs) -> anyhow::Result<Outcome> {
    let Some((story, reports)) = store.story(args.id)? else {
        anyhow::bail!("no story {} (list them with `dragoman stories`)", args.id);
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        let reports: Vec<serde_json::Value> = reports
            .iter()
            .map(|r| {
                serde_json::json!({
                    "doc": r.doc, "date": r.date, "outlet": r.outlet, "title": r.title,
                    "copy_of": r.copy_of.map(|(o, _)| o),
                    "containment": r.copy_of.map(|(_, c)| c),
                })
            })
            .collect();
        let v = serde_json::json!({
            "id": story.id, "title": story.title, "first_date": story.first_date,
            "last_date": story.last_date, "size": story.size, "outlets": story.outlets,
            "reports": reports,
        });
        writeln!(out, "{v}")?;
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "story {}: {}\n{} reports, {} copies; {} .. {}; outlets: {}",
        story.id,
        one_line(story.title.as_deref().unwrap_or("-"), 80),
        story.size,
        story.copies,
        story.first_date.as_deref().unwrap_or("-"),
        story.last_date.as_deref().unwrap_or("-"),
        if story.outlets.is_empty() {
            "-".to_string()
        } else {
            story.outlets.join(", ")
        }
    )?;
    let line = |r: &dragoman_store::MemberRow| {
        format!(
            "[{}] {:<10}  {:<14}  {}",
            r.doc,
            r.date.as_deref().unwrap_or("-"),
            one_line(r.outlet.as_deref().unwrap_or("-"), 14),
            one_line(&r.title, 60)
        )
    };
    for r in reports.iter().filter(|r| r.copy_of.is_none()) {
        writeln!(out, "  {}", line(r))?;
        for c in reports
            .iter()
            .filter(|c| c.copy_of.is_some_and(|(o, _)| o == r.doc))
        {
            let share = c.copy_of.map_or(0.0, |(_, s)| s);
            writeln!(out, "      copy ({:.0}% shared) {}", share * 100.0, line(c))?;
        }
    }
    // Copies whose original is in another story.
    for c in reports.iter().filter(|c| {
        c.copy_of
            .is_some_and(|(o, _)| !reports.iter().any(|r| r.doc == o))
    }) {
        let original = c.copy_of.map_or(0, |(o, _)| o);
        writeln!(out, "  {}  (copy of [{original}])", line(c))?;
    }
    Ok(Outcome::Ok)
}
