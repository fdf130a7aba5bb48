//! `dragoman restory` (rebuild stories and copy links from the stored
//! documents), `dragoman stories` (list them) and `dragoman story ID` (one
//! story's reports in date order, copies folded under their original).

use crate::args::{RestoryArgs, StoriesArgs, StoryArgs};
use crate::cmd::docs::one_line;
use crate::Outcome;
use dragoman_model::Stage;
use dragoman_store::{CopyRow, Store, StoryFilter, StoryMember};
use dragoman_stories::{
    cluster, find_copies, ClusterConfig, CopyConfig, IndexConfig, Profile, Text,
};
use dragoman_tokenize::Tokenize;
use std::io::Write;

/// Rebuilds every story and copy link from the stored documents: one at a
/// time through the incremental index, or with `--batch` all at once.
pub(crate) fn restory(store: &mut Store, args: RestoryArgs) -> anyhow::Result<Outcome> {
    if !args.batch {
        let defaults = IndexConfig::default();
        let config = IndexConfig {
            join_cut: args.cut.unwrap_or(defaults.join_cut),
            window_days: args.window_days.unwrap_or(defaults.window_days),
            ..defaults
        };
        config.validate()?;
        let done = crate::cmd::place::rebuild(store, config)?;
        println!(
            "{} documents: {} stories, {} copy links",
            done.docs, done.opened, done.links
        );
        return Ok(Outcome::Ok);
    }
    batch(store, args)
}

/// `restory --batch`: average link over every stored document.
fn batch(store: &mut Store, args: RestoryArgs) -> anyhow::Result<Outcome> {
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
        .map(|l| crate::cmd::place::copy_row(l, |i| ids[i]))
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

/// Lists stories, largest first, each with its generated label.
pub(crate) fn list(store: &Store, args: StoriesArgs) -> anyhow::Result<Outcome> {
    let rows = store.stories_where(&StoryFilter {
        limit: args.limit,
        id: None,
        since: args.since.clone(),
        actor: args.actor.clone(),
    })?;
    let mut out = std::io::stdout().lock();
    for s in &rows {
        let label = dragoman_briefing::label(store, s.id)?;
        if args.json {
            let v = serde_json::json!({
                "id": s.id, "title": s.title, "label": label, "first_date": s.first_date,
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
            let label = label.map(|l| format!("  [{}]", one_line(&l, 70)));
            writeln!(
                out,
                "{:>5}  {:>4} reports  {:<22}  {:>2} copies  {:<24}  {}{}",
                s.id,
                s.size,
                span,
                s.copies,
                one_line(&s.outlets.join(", "), 24),
                one_line(s.title.as_deref().unwrap_or("-"), 60),
                label.unwrap_or_default()
            )?;
        }
    }
    if !args.json && rows.is_empty() {
        let filtered = args.since.is_some() || args.actor.is_some();
        let hint = if filtered {
            "none match"
        } else {
            "ingest reports, or run `dragoman restory`"
        };
        writeln!(out, "(no stories: {hint})")?;
    }
    Ok(Outcome::Ok)
}

/// One story: its reports in date order, each copy under its original,
/// citations, claims compared and plans' versions.
pub(crate) fn show(store: &Store, args: StoryArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    if args.json {
        let v = crate::cmd::briefing::json(store, args.id)?;
        writeln!(out, "{v}")?;
    } else {
        briefing(&mut out, store, args.id)?;
    }
    Ok(Outcome::Ok)
}

/// A story's briefing as text.
pub(crate) fn briefing(out: &mut impl Write, store: &Store, id: i64) -> anyhow::Result<()> {
    crate::cmd::briefing_text::text(out, store, id)
}
