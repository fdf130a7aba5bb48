//! `dragoman export`: every stored event as PLOVER JSON, GDELT 2.0 event
//! rows, or dragoman's JSON Lines; or every layer as Parquet tables.

use crate::args::{ExportArgs, ExportFormat};
use crate::cmd::events::record;
use crate::Outcome;
use anyhow::Context;
use dragoman_export::parquet::{ExportDoc, ParquetExport, TABLES};
use dragoman_export::{gdelt, jsonl, plover};
use dragoman_store::{EventFilter, Store};
use std::io::{BufWriter, Write};

pub(crate) fn run(store: &Store, args: ExportArgs) -> anyhow::Result<Outcome> {
    if args.format == ExportFormat::Parquet {
        return parquet(store, &args);
    }
    let rows = store.events(&EventFilter {
        limit: usize::MAX >> 1,
        ..EventFilter::default()
    })?;
    let sink: Box<dyn Write> = match &args.output {
        Some(p) if p.as_os_str() != "-" => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        _ => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    if args.format == ExportFormat::Gdelt && args.header {
        writeln!(out, "{}", gdelt::COLUMNS.join("\t"))?;
    }
    let mut without_actor = 0;
    for (n, f) in rows.iter().enumerate() {
        let r = record(f);
        match args.format {
            ExportFormat::Plover => match plover::record(&r) {
                Some(v) => writeln!(out, "{v}")?,
                None => without_actor += 1,
            },
            ExportFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(&jsonl::record(&r))?)?,
            ExportFormat::Gdelt => writeln!(out, "{}", gdelt::row(&r, n as u64 + 1))?,
            ExportFormat::Parquet => unreachable!("written by `parquet`"),
        }
    }
    out.flush()?;
    if without_actor > 0 {
        eprintln!(
            "left out {without_actor} event(s) without an actor: PLOVER records need one \
             (`--format jsonl` keeps them)"
        );
    }
    Ok(Outcome::Ok)
}

/// How many documents are read from the store at a time.
const PAGE: usize = 256;

/// Every stored document with its layers, as Parquet tables under `--output`.
fn parquet(store: &Store, args: &ExportArgs) -> anyhow::Result<Outcome> {
    let Some(dir) = args.output.as_deref().filter(|p| p.as_os_str() != "-") else {
        anyhow::bail!("--format parquet writes a directory of tables: give it with --output DIR");
    };
    let mut export = ParquetExport::create(dir)?;
    let mut offset = 0;
    loop {
        let page = store.docs(PAGE, offset)?;
        if page.is_empty() {
            break;
        }
        offset += page.len();
        for row in page {
            let Some((row, doc)) = store.doc(row.id)? else {
                continue;
            };
            export.add(ExportDoc {
                doc_id: Some(row.id),
                hash: row.hash,
                ext_id: row.ext_id,
                source: row.source,
                record: row.record,
                doc,
            })?;
        }
    }
    let written = export.finish()?;
    let counts: Vec<String> = TABLES
        .iter()
        .zip(written.rows)
        .map(|(t, n)| format!("{n} {t}"))
        .collect();
    eprintln!(
        "wrote {} to {} ({} files)",
        counts.join(", "),
        dir.display(),
        written.files
    );
    Ok(Outcome::Ok)
}
