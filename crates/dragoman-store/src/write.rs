//! Writing: documents with their annotations and the ingest log. A batch of
//! reports is one transaction (whole documents only, whatever stops the
//! process); every report received is logged with its own id and metadata,
//! also when its content was stored already.

use crate::{codec, tables};
use crate::{Store, StoreError};
use dragoman_model::{Doc, Entity, Event, Meta, Proposal, Quote, Timex};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
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

/// A report as it was received: where from, the caller's id for it and the
/// metadata it came with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Received {
    /// Where it came from (a path, "-").
    pub source: String,
    /// Which record of the source.
    pub record: Option<String>,
    /// The caller's id (a JSON `id`, a feed item's link, the path).
    pub report_id: String,
    /// The metadata it came with.
    pub meta: Meta,
}

/// One report of a batch to write.
#[derive(Debug)]
pub enum Incoming {
    /// Processed: stored unless its content is there already.
    Doc(Box<NewDoc>),
    /// Content known to be stored (or stored earlier in the batch) under this
    /// hash: only its reception is logged, no pipeline was run for it.
    Known {
        /// The content hash.
        hash: String,
        /// The report as received.
        received: Received,
    },
    /// Refused before storing.
    Rejected {
        /// Where it came from.
        source: String,
        /// Which record of the source.
        record: Option<String>,
        /// Why.
        reason: String,
    },
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
    /// The caller's id for the report.
    pub report_id: Option<String>,
    /// The metadata it came with, as JSON.
    pub meta: Option<String>,
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

    /// The id of the document with this content hash, if stored.
    pub fn find_hash(&self, hash: &str) -> Result<Option<i64>, StoreError> {
        hash_id(&self.conn, hash)
    }

    /// A write transaction that holds the write lock from its start: a
    /// deferred one reads first and then fails at once ("database is
    /// locked", no busy wait) when another process wrote in between, as a
    /// second ingest into the same database does.
    fn writing(&mut self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Stores a document with all its annotations, in one transaction.
    pub fn insert(&mut self, run: Option<i64>, new: &NewDoc) -> Result<Inserted, StoreError> {
        let tx = self.writing()?;
        let outcome = store_doc(&tx, run, new)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Writes a batch in one transaction: each document stored (or found
    /// stored), each reception and rejection logged. One outcome per item,
    /// `None` for a rejection.
    pub fn write_batch(
        &mut self,
        run: Option<i64>,
        items: &[Incoming],
    ) -> Result<Vec<Option<Inserted>>, StoreError> {
        let tx = self.writing()?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(match item {
                Incoming::Doc(new) => {
                    let stored = store_doc(&tx, run, new)?;
                    crash_point(&stored);
                    Some(stored)
                }
                Incoming::Known { hash, received } => Some(log_known(&tx, run, hash, received)?),
                Incoming::Rejected {
                    source,
                    record,
                    reason,
                } => {
                    log(&tx, run, &rejection(source, record.as_deref(), reason))?;
                    None
                }
            });
        }
        tx.commit()?;
        Ok(out)
    }

    /// Records a rejected input in the log.
    pub fn log_rejected(
        &mut self,
        run: Option<i64>,
        source: &str,
        record: Option<&str>,
        reason: &str,
    ) -> Result<(), StoreError> {
        let tx = self.writing()?;
        log(&tx, run, &rejection(source, record, reason))?;
        tx.commit()?;
        Ok(())
    }
}

fn rejection(source: &str, record: Option<&str>, reason: &str) -> LogEntry {
    LogEntry {
        source: source.to_string(),
        record: record.map(str::to_string),
        status: LogStatus::Rejected,
        reason: Some(reason.to_string()),
        doc_id: None,
        report_id: None,
        meta: None,
    }
}

/// The id of the document with this content hash (on the connection or
/// inside a transaction, which derefs to it).
fn hash_id(conn: &rusqlite::Connection, hash: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row("SELECT id FROM documents WHERE hash = ?1", [hash], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Stores a processed document unless its content is there, and logs it.
/// New documents this process has written (committed or not).
static WRITTEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Test hook: with `DRAGOMAN_TEST_CRASH_AFTER=N` set, the process aborts (as
/// a kill would: nothing rolled back or flushed by us) right after writing
/// its N-th new document, inside the open transaction of its batch: the
/// known mid-batch point the CLI's interrupted-ingest test needs. Not for any
/// other use.
fn crash_point(stored: &Inserted) {
    use std::sync::atomic::Ordering;
    if !matches!(stored, Inserted::New(_)) {
        return;
    }
    // Read once per process, not once per stored document.
    static AT: std::sync::LazyLock<Option<u64>> = std::sync::LazyLock::new(|| {
        std::env::var("DRAGOMAN_TEST_CRASH_AFTER")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    let Some(at) = *AT else {
        return;
    };
    let n = WRITTEN.fetch_add(1, Ordering::Relaxed) + 1;
    if n == at {
        std::process::abort();
    }
}

fn store_doc(tx: &Transaction<'_>, run: Option<i64>, new: &NewDoc) -> Result<Inserted, StoreError> {
    let outcome = match hash_id(tx, &new.hash)? {
        Some(id) => Inserted::Duplicate(id),
        None => Inserted::New(insert_doc(tx, new)?),
    };
    let (status, id) = match outcome {
        Inserted::New(id) => (LogStatus::New, id),
        Inserted::Duplicate(id) => (LogStatus::Duplicate, id),
    };
    let entry = LogEntry {
        source: new.source.clone(),
        record: new.record.clone(),
        status,
        reason: None,
        doc_id: Some(id),
        report_id: Some(new.doc.id.clone()),
        meta: Some(json(&new.doc.meta)),
    };
    log(tx, run, &entry)?;
    Ok(outcome)
}

/// Logs a report whose content is stored already (no pipeline ran for it).
fn log_known(
    tx: &Transaction<'_>,
    run: Option<i64>,
    hash: &str,
    received: &Received,
) -> Result<Inserted, StoreError> {
    let id = hash_id(tx, hash)?.ok_or_else(|| StoreError::UnknownHash(hash.to_string()))?;
    let entry = LogEntry {
        source: received.source.clone(),
        record: received.record.clone(),
        status: LogStatus::Duplicate,
        reason: None,
        doc_id: Some(id),
        report_id: Some(received.report_id.clone()),
        meta: Some(json(&received.meta)),
    };
    log(tx, run, &entry)?;
    Ok(Inserted::Duplicate(id))
}

fn log(tx: &Transaction<'_>, run: Option<i64>, e: &LogEntry) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO ingest_log (run_id, at, source, record, status, reason, doc_id, report_id, meta)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![run, now(), e.source, e.record, e.status.as_str(), e.reason, e.doc_id, e.report_id, e.meta],
    )?;
    Ok(())
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("model types serialize")
}

fn insert_doc(tx: &Transaction<'_>, new: &NewDoc) -> Result<i64, StoreError> {
    let d = &new.doc;
    let m = &d.meta;
    let (raw, codec) = codec::compact_raw(&new.raw, &d.text, &d.alignment);
    tx.execute(
        "INSERT INTO documents (hash, source, record, ext_id, raw, encoding, clean, alignment, title, date, outlet,
                                author, url, place, dateline_start, dateline_end, ingested_at, source_text, html_map,
                                raw_codec)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        params![
            new.hash,
            new.source,
            new.record,
            d.id,
            raw,
            new.encoding,
            d.text,
            codec::encode_alignment(&d.alignment),
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
            codec,
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_layers(tx, id, d)?;
    // Removals index the raw text (not the clean text): what cleaning took out.
    let mut stmt = tx.prepare_cached(
        "INSERT INTO removals (doc_id, n, start, end, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (n, (r, why)) in new.removed.iter().enumerate() {
        stmt.execute(params![id, n as i64, r.start as i64, r.end as i64, why])?;
    }
    Ok(id)
}

/// Every annotation layer of `doc` into its table.
fn write_layers(tx: &Transaction<'_>, id: i64, doc: &Doc) -> rusqlite::Result<()> {
    tables::write::<Entity>(tx, id, doc)?;
    tables::write::<Timex>(tx, id, doc)?;
    tables::write::<Quote>(tx, id, doc)?;
    tables::write::<Event>(tx, id, doc)?;
    tables::write::<Proposal>(tx, id, doc)
}
