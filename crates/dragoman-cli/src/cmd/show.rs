//! `dragoman show ID`: one document with its metadata and marked text.

use crate::args::ShowArgs;
use crate::render::marked;
use crate::views::{NotFound, RemovedView, ShowView};
use crate::Outcome;
use dragoman_contract::{output, OffsetsOf};
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: ShowArgs) -> anyhow::Result<Outcome> {
    let Some((row, doc)) = store.doc(args.id)? else {
        let missing = format!("no document {} (see `dragoman docs`)", args.id);
        return Err(NotFound(missing).into());
    };
    let mut out = std::io::stdout().lock();
    if args.raw {
        out.write_all(&store.raw(args.id)?.unwrap_or_default())?;
        return Ok(Outcome::Ok);
    }
    if args.syntax {
        // Syntax is not stored: tokenize and parse the stored clean text again.
        let mut doc = doc;
        dragoman_pipeline::Pipeline::up_to(&["syntax"])?.run(&mut doc);
        write!(out, "{}", crate::trees::syntax_table(&doc))?;
        return Ok(Outcome::Ok);
    }
    let removed = store.removals(args.id)?;
    if args.json {
        let v = ShowView {
            output: output(
                serde_json::Value::from(row.ext_id.clone()),
                &doc,
                OffsetsOf::Clean,
            ),
            doc: &row,
            removed: RemovedView::of(&removed),
        };
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(Outcome::Ok);
    }
    let m = &doc.meta;
    let field = |v: Option<&str>| v.unwrap_or("-").to_string();
    writeln!(
        out,
        "document {}  ({})",
        row.id,
        row.ext_id.as_deref().unwrap_or("-")
    )?;
    writeln!(
        out,
        "source    {}{}",
        row.source,
        row.record.map(|r| format!(" ({r})")).unwrap_or_default()
    )?;
    writeln!(out, "hash      {}", row.hash)?;
    writeln!(out, "title     {}", field(m.title.as_deref()))?;
    writeln!(
        out,
        "date      {}",
        m.date.map_or("-".to_string(), |d| d.to_string())
    )?;
    writeln!(out, "outlet    {}", field(m.outlet.as_deref()))?;
    writeln!(out, "place     {}", field(m.place.as_deref()))?;
    writeln!(
        out,
        "dateline  {}",
        m.dateline
            .map_or("-".to_string(), |s| format!("{:?}", doc.slice(s)))
    )?;
    writeln!(
        out,
        "removed   {} passage(s) of the raw text{}",
        removed.len(),
        summary(&removed)
    )?;
    writeln!(out)?;
    write!(out, "{}", marked(&doc))?;
    Ok(Outcome::Ok)
}

fn summary(removed: &[(std::ops::Range<usize>, String)]) -> String {
    if removed.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = removed
        .iter()
        .map(|(r, why)| format!("{}..{} {why}", r.start, r.end))
        .collect();
    format!(": {}", parts.join(", "))
}
