//! The schema and its migrations.
//!
//! Each migration is a SQL script; `PRAGMA user_version` counts how many have
//! been applied. A migration is appended, never edited, once released.

use crate::{codec, StoreError};
use dragoman_model::Alignment;
use rusqlite::{Connection, TransactionBehavior};

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
    // 4: one view per layer for SQL users (sqlite3, datasette): typed
    // columns, the covered text, and offsets both in bytes of the clean text
    // (`start`, `end`) and in characters (`char_start`, `char_end`, what
    // SQLite's substr counts).
    r#"
    CREATE VIEW annotation_spans AS
        SELECT a.id, a.doc_id, a.layer, a.start, a.end, a.label, a.value, a.data,
               length(CAST(substr(CAST(d.clean AS BLOB), 1, a.start) AS TEXT)) AS char_start,
               length(CAST(substr(CAST(d.clean AS BLOB), 1, a.end) AS TEXT)) AS char_end,
               CAST(substr(CAST(d.clean AS BLOB), a.start + 1, a.end - a.start) AS TEXT) AS text
        FROM annotations a JOIN documents d ON d.id = a.doc_id
        WHERE a.layer <> 'removal';
    CREATE VIEW entities AS
        SELECT id, doc_id, start, end, char_start, char_end, text, label AS type,
               json_extract(data, '$.subtype') AS subtype, value AS canonical,
               json_extract(data, '$.role') AS role, json_extract(data, '$.country') AS country,
               json_extract(data, '$.actor') AS actor
        FROM annotation_spans WHERE layer = 'entity';
    CREATE VIEW timexes AS
        SELECT id, doc_id, start, end, char_start, char_end, text, label AS type, value
        FROM annotation_spans WHERE layer = 'timex';
    CREATE VIEW quotes AS
        SELECT id, doc_id, start, end, char_start, char_end, text AS content,
               lower(label) AS kind, value AS speaker,
               lower(json_extract(data, '$.sourcing')) AS sourcing,
               json_extract(data, '$.date') AS date,
               json_extract(data, '$.via') AS via
        FROM annotation_spans WHERE layer = 'quote';
    CREATE VIEW events AS
        SELECT a.id, a.doc_id, a.start, a.end, a.char_start, a.char_end, a.text AS trigger,
               a.label AS type, json_extract(a.data, '$.mode') AS mode,
               json_extract(a.data, '$.cameo') AS cameo,
               json_extract(a.data, '$.actor.name') AS actor,
               json_extract(a.data, '$.actor.country') AS actor_country,
               json_extract(a.data, '$.recipient.name') AS recipient,
               json_extract(a.data, '$.recipient.country') AS recipient_country,
               json_extract(a.data, '$.date') AS date, json_extract(a.data, '$.place') AS place,
               lower(json_extract(a.data, '$.status')) AS status,
               CAST(substr(CAST(d.clean AS BLOB), json_extract(a.data, '$.evidence.start') + 1,
                    json_extract(a.data, '$.evidence.end') - json_extract(a.data, '$.evidence.start')) AS TEXT)
                    AS evidence
        FROM annotation_spans a JOIN documents d ON d.id = a.doc_id WHERE a.layer = 'event';
    CREATE VIEW proposals AS
        SELECT id, doc_id, start, end, char_start, char_end, text, value AS name,
               json_extract(data, '$.proposer') AS proposer, json_extract(data, '$.points') AS points,
               json_array_length(json_extract(data, '$.sections')) AS sections
        FROM annotation_spans WHERE layer = 'proposal';
    CREATE VIEW actors AS
        SELECT json_extract(data, '$.actor') AS actor, max(value) AS name,
               max(json_extract(data, '$.country')) AS country, count(*) AS mentions,
               count(DISTINCT doc_id) AS documents
        FROM annotations WHERE layer = 'entity' AND json_extract(data, '$.actor') IS NOT NULL
        GROUP BY 1;
    CREATE VIEW reports AS
        SELECT l.id, l.doc_id, l.report_id, l.source, l.record, l.status, l.reason, l.at,
               json_extract(l.meta, '$.title') AS title, json_extract(l.meta, '$.date') AS date,
               json_extract(l.meta, '$.outlet') AS outlet, json_extract(l.meta, '$.url') AS url
        FROM ingest_log l;
    "#,
    // 5: compact storage: typed tables per layer, raw bytes as edits of the
    // clean text, the alignment deflated (see the file's comments); the
    // documents stored before are then re-encoded (`compact_documents`).
    include_str!("migration5.sql"),
    // 6: stories, their members and copies (issue 13), empty until `restory`.
    include_str!("migration6.sql"),
    // 7: full-text search over reports, quotes and names (issue 14; FTS5),
    // filled for the documents stored before and kept by triggers.
    include_str!("migration7.sql"),
    // 8: the incremental story index that ingest keeps between runs.
    include_str!("migration8.sql"),
];

/// The oldest schema a read-only database may have and still be read (the
/// migrations after it only add tables that readers find empty).
pub(crate) const READABLE_FROM: i64 = 5;

/// The version that added the story tables.
pub(crate) const STORIES: i64 = 6;

/// The version that added full-text search (`search`).
pub(crate) const SEARCH: i64 = 7;

/// The schema version this build writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations the database lacks, each in its own transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version = |c: &Connection| -> Result<i64, StoreError> {
        let found: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > VERSION {
            return Err(StoreError::TooNew {
                found,
                supported: VERSION,
            });
        }
        Ok(found)
    };
    if version(conn)? == VERSION {
        return Ok(());
    }
    // Another process may be migrating the same file (two ingests into a new
    // database): each step takes the write lock first, then reads the
    // version again, so a migration already applied is never run twice.
    let mut compacted = false;
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found = version(&tx)?;
        let Some(sql) = MIGRATIONS.get(found as usize) else {
            break;
        };
        tx.execute_batch(sql)?;
        if found + 1 == COMPACT {
            compact_documents(&tx)?;
        }
        tx.pragma_update(None, "user_version", found + 1)?;
        tx.commit()?;
        compacted |= found + 1 == COMPACT;
    }
    if compacted {
        reclaim(conn);
    }
    Ok(())
}

/// The version that replaced the JSON annotation rows by typed tables.
const COMPACT: i64 = 5;

/// Stores the raw bytes and alignment of the documents written before
/// schema 5 as schema 5 writes them (see `codec`), one document at a time.
fn compact_documents(tx: &Connection) -> Result<(), StoreError> {
    let mut ids = tx.prepare("SELECT id FROM documents WHERE raw_codec IS NULL ORDER BY id")?;
    let ids: Vec<i64> = ids.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut read = tx.prepare("SELECT raw, clean, alignment FROM documents WHERE id = ?1")?;
    let mut write =
        tx.prepare("UPDATE documents SET raw = ?2, raw_codec = ?3, alignment = ?4 WHERE id = ?1")?;
    for id in ids {
        let (raw, clean, json): (Vec<u8>, String, String) =
            read.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let alignment: Alignment =
            serde_json::from_str(&json).map_err(|source| StoreError::Corrupt {
                doc: id,
                what: "alignment",
                source,
            })?;
        let (raw, codec) = codec::compact_raw(&raw, &clean, &alignment);
        write.execute(rusqlite::params![
            id,
            raw,
            codec,
            codec::encode_alignment(&alignment)
        ])?;
    }
    Ok(())
}

/// Gives the pages the compact schema freed back to the file system
/// (`VACUUM`), once, right after the migration, when they are most of the
/// file. Best effort: the database is whole and correct without it (another
/// process may hold it open, or the disk may lack room for the copy VACUUM
/// writes), and `sqlite3 FILE VACUUM` does it later.
fn reclaim(conn: &Connection) {
    let pages = |pragma: &str| -> i64 {
        conn.pragma_query_value(None, pragma, |r| r.get(0))
            .unwrap_or(0)
    };
    if pages("freelist_count") * 2 > pages("page_count") {
        let _ = conn.execute_batch("VACUUM");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freed_pages_go_back_when_they_are_most_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let conn = Connection::open(dir.path().join("f.db")).unwrap();
        let count =
            |pragma: &str| -> i64 { conn.pragma_query_value(None, pragma, |r| r.get(0)).unwrap() };
        conn.execute_batch(
            "CREATE TABLE kept (x); INSERT INTO kept VALUES (1);
             CREATE TABLE big (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO big SELECT randomblob(300) FROM n; DROP TABLE big;",
        )
        .unwrap();
        assert!(count("freelist_count") * 2 > count("page_count"));
        reclaim(&conn);
        assert_eq!(count("freelist_count"), 0);
        assert_eq!(
            conn.query_row("SELECT x FROM kept", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            1
        );
    }
}
