//! `dragoman restory` (rebuild stories and copy links from the stored
//! documents) and `dragoman stories` (list them).

use crate::args::{RestoryArgs, StoriesArgs};
use crate::cmd::docs::one_line;
use crate::Outcome;
use dragoman_model::Stage;
use dragoman_store::{CopyRow, Store};
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
    let members: Vec<(i64, i64)> = ids
        .iter()
        .zip(&labels)
        .map(|(&id, &label)| (id, label as i64 + 1))
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
