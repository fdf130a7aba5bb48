//! The schema and its migrations.
//!
//! Each migration is a SQL script; `PRAGMA user_version` counts how many have
//! been applied. A migration is appended, never edited, once released.

use crate::StoreError;
use rusqlite::Connection;

/// The migrations, in order. Version N is the state after the first N.
const MIGRATIONS: &[&str] = &[
    // 1: documents, annotations, ingest runs and log.
    r#"
    CREATE TABLE documents (
        id              INTEGER PRIMARY KEY,
        hash            TEXT NOT NULL UNIQUE,      -- blake3 of the raw bytes, hex
        source          TEXT NOT NULL,             -- file path, 'stdin', ...
        record          TEXT,                      -- line number / record inside the source
        ext_id          TEXT,                      -- the caller's id for the report
        raw             BLOB NOT NULL,             -- the input, byte for byte
        encoding        TEXT NOT NULL,             -- how raw was decoded
        clean           TEXT NOT NULL,             -- the text every span indexes
        alignment       TEXT NOT NULL,             -- JSON: clean -> decoded raw pieces
        title           TEXT,
        date            TEXT,                      -- ISO date, the anchor of relative dates
        outlet          TEXT,
        author          TEXT,
        url             TEXT,
        place           TEXT,
        dateline_start  INTEGER,                   -- bytes of clean
        dateline_end    INTEGER,
        ingested_at     TEXT NOT NULL
    );
    CREATE INDEX documents_date ON documents(date);
    CREATE TABLE annotations (
        id      INTEGER PRIMARY KEY,
        doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer   TEXT NOT NULL,                     -- entity, timex, quote, event, proposal, removal
        start   INTEGER NOT NULL,                  -- bytes of clean
        end     INTEGER NOT NULL,
        label   TEXT,                              -- type, kind
        value   TEXT,                              -- normalized value, speaker, canonical name
        data    TEXT NOT NULL                      -- JSON of the whole annotation
    );
    CREATE INDEX annotations_doc ON annotations(doc_id, layer);
    CREATE INDEX annotations_value ON annotations(layer, value);
    CREATE TABLE ingest_runs (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        new         INTEGER NOT NULL DEFAULT 0,
        duplicate   INTEGER NOT NULL DEFAULT 0,
        rejected    INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE ingest_log (
        id      INTEGER PRIMARY KEY,
        run_id  INTEGER REFERENCES ingest_runs(id),
        at      TEXT NOT NULL,
        source  TEXT NOT NULL,
        record  TEXT,
        status  TEXT NOT NULL CHECK (status IN ('new', 'duplicate', 'rejected')),
        reason  TEXT,
        doc_id  INTEGER REFERENCES documents(id)
    );
    "#,
    // 2: provenance for pages: the extracted text the alignment indexes, and
    // each extracted paragraph's byte range in the page.
    r#"
    ALTER TABLE documents ADD COLUMN source_text TEXT;   -- NULL: the decoded raw bytes
    ALTER TABLE documents ADD COLUMN html_map TEXT;      -- JSON [[[text_start, text_end], [html_start, html_end]], ...]
    "#,
    // 3: every report as received, also when its content was stored already:
    // the caller's id and the metadata it came with (two JSON lines with the
    // same text and different ids are one document received twice).
    r#"
    ALTER TABLE ingest_log ADD COLUMN report_id TEXT;    -- the caller's id (JSON id, feed link, path)
    ALTER TABLE ingest_log ADD COLUMN meta TEXT;         -- JSON: title, date, url, outlet as received
    CREATE INDEX ingest_log_doc ON ingest_log(doc_id);
    "#,
];

/// The schema version this build writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations the database lacks, each in its own transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
