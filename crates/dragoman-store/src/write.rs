//! Writing: documents with their annotations, one transaction each, and the ingest log.

use crate::{Store, StoreError};
use dragoman_model::Doc;
use rusqlite::{params, OptionalExtension, Transaction};
use std::ops::Range;

/// A document ready to be stored.
#[derive(Debug)]
pub struct NewDoc {
    /// Content hash of `raw` (hex).
    pub hash: String,
    /// Where it came from (a path, "stdin").
    pub source: String,
    /// Which record of the source (a line number, a WARC offset).
    pub record: Option<String>,
    /// The input bytes, as read.
    pub raw: Vec<u8>,
    /// The encoding `raw` was decoded with.
    pub encoding: String,
    /// The cleaned and annotated document.
    pub doc: Doc,
    /// Raw ranges removed by cleaning, with the reason.
    pub removed: Vec<(Range<usize>, String)>,
    /// For an HTML page: ranges of the extracted text (`doc.raw`) and the
    /// page byte ranges they came from. Empty for text input.
    pub html_map: Vec<(Range<usize>, Range<usize>)>,
}

/// The outcome of storing a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inserted {
    /// Stored under this id.
    New(i64),
    /// The same content was already stored under this id; nothing was written but the log.
    Duplicate(i64),
}

/// How an input fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogStatus {
    /// Stored.
    New,
    /// Already there.
    Duplicate,
    /// Refused, with a reason.
    Rejected,
}

impl LogStatus {
    fn as_str(self) -> &'static str {
        match self {
            LogStatus::New => "new",
            LogStatus::Duplicate => "duplicate",
            LogStatus::Rejected => "rejected",
        }
    }
}

/// A line of the ingest log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// The source.
    pub source: String,
    /// The record inside it.
    pub record: Option<String>,
    /// The outcome.
    pub status: LogStatus,
    /// Why, for rejections.
    pub reason: Option<String>,
    /// The document, when stored or found.
    pub doc_id: Option<i64>,
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

impl Store {
    /// Starts an ingest run; its id tags the log lines.
    pub fn begin_run(&mut self) -> Result<i64, StoreError> {
        self.conn
            .execute("INSERT INTO ingest_runs (started_at) VALUES (?1)", [now()])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Closes an ingest run with its counts.
    pub fn finish_run(
        &mut self,
        run: i64,
        new: u64,
        duplicate: u64,
        rejected: u64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE ingest_runs SET finished_at = ?1, new = ?2, duplicate = ?3, rejected = ?4 WHERE id = ?5",
            params![now(), new as i64, duplicate as i64, rejected as i64, run],
        )?;
        Ok(())
    }

    /// Stores a document with all its annotations, in one transaction.
    pub fn insert(&mut self, run: Option<i64>, new: &NewDoc) -> Result<Inserted, StoreError> {
        let tx = self.conn.transaction()?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM documents WHERE hash = ?1",
                [&new.hash],
                |r| r.get(0),
            )
            .optional()?;
        let outcome = match existing {
            Some(id) => Inserted::Duplicate(id),
            None => Inserted::New(insert_doc(&tx, new)?),
        };
        let (status, id) = match outcome {
            Inserted::New(id) => (LogStatus::New, id),
            Inserted::Duplicate(id) => (LogStatus::Duplicate, id),
        };
        log(
            &tx,
            run,
            &LogEntry {
                source: new.source.clone(),
                record: new.record.clone(),
                status,
                reason: None,
                doc_id: Some(id),
            },
        )?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Records a rejected input in the log.
    pub fn log_rejected(
        &mut self,
        run: Option<i64>,
        source: &str,
        record: Option<&str>,
        reason: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        log(
            &tx,
            run,
            &LogEntry {
                source: source.to_string(),
                record: record.map(str::to_string),
                status: LogStatus::Rejected,
                reason: Some(reason.to_string()),
                doc_id: None,
            },
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn log(tx: &Transaction<'_>, run: Option<i64>, e: &LogEntry) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO ingest_log (run_id, at, source, record, status, reason, doc_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![run, now(), e.source, e.record, e.status.as_str(), e.reason, e.doc_id],
    )?;
    Ok(())
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("model types serialize")
}

fn insert_doc(tx: &Transaction<'_>, new: &NewDoc) -> Result<i64, StoreError> {
    let d = &new.doc;
    let m = &d.meta;
    tx.execute(
        "INSERT INTO documents (hash, source, record, ext_id, raw, encoding, clean, alignment, title, date, outlet,
                                author, url, place, dateline_start, dateline_end, ingested_at, source_text, html_map)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        params![
            new.hash,
            new.source,
            new.record,
            d.id,
            new.raw,
            new.encoding,
            d.text,
            json(&d.alignment),
            m.title,
            m.date.map(|d| d.to_string()),
            m.outlet,
            m.author,
            m.url,
            m.place,
            m.dateline.map(|s| s.start),
            m.dateline.map(|s| s.end),
            now(),
            (!new.html_map.is_empty()).then_some(&d.raw),
            (!new.html_map.is_empty()).then(|| json(&new.html_map)),
        ],
    )?;
    let id = tx.last_insert_rowid();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO annotations (doc_id, layer, start, end, label, value, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut add = |layer: &str,
                   start: u32,
                   end: u32,
                   label: Option<&str>,
                   value: Option<&str>,
                   data: String| {
        stmt.execute(params![id, layer, start, end, label, value, data])
            .map(|_| ())
    };
    for e in &d.entities {
        add(
            "entity",
            e.span.start,
            e.span.end,
            Some(e.kind.as_str()),
            e.canonical.as_deref(),
            json(e),
        )?;
    }
    for t in &d.timexes {
        add(
            "timex",
            t.span.start,
            t.span.end,
            Some(t.kind.as_str()),
            Some(&t.value),
            json(t),
        )?;
    }
    for q in &d.quotes {
        let cover = q
            .content
            .iter()
            .copied()
            .reduce(|a, b| a.cover(b))
            .unwrap_or_default();
        add(
            "quote",
            cover.start,
            cover.end,
            Some(q.kind.as_str()),
            q.speaker.as_deref(),
            json(q),
        )?;
    }
    for ev in &d.events {
        let actor = ev.actor.as_ref().map(|a| a.name.as_str());
        add(
            "event",
            ev.trigger.start,
            ev.trigger.end,
            Some(&ev.kind),
            actor,
            json(ev),
        )?;
    }
    for p in &d.proposals {
        add(
            "proposal",
            p.span.start,
            p.span.end,
            None,
            Some(&p.name),
            json(p),
        )?;
    }
    // Removals index the raw text (not the clean text): what cleaning took out.
    for (r, why) in &new.removed {
        add(
            "removal",
            r.start as u32,
            r.end as u32,
            Some(why),
            None,
            "{}".to_string(),
        )?;
    }
    Ok(id)
}
