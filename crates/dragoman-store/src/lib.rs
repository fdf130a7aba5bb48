//! The embedded store: SQLite (bundled, WAL) holding documents with their raw
//! bytes, clean text and alignment, their annotations, and an ingest log.
//!
//! Invariants:
//! - a document is identified by the content hash of its raw bytes: inserting
//!   the same content twice stores it once ([`Inserted::Duplicate`]);
//! - each document, with all its annotations and its log line, is written in
//!   one transaction, so an interrupted ingest leaves whole documents only;
//! - the schema carries a version (`PRAGMA user_version`); [`Store::open`]
//!   migrates older databases forward and refuses newer ones.
//!
//! Writes go through one connection; callers that work in parallel send their
//! finished documents to a single writer (see `dragoman-cli`'s ingest).

mod browse;
mod codec;
mod error;
mod read;
mod schema;
mod stories;
mod story_index;
mod tables;
mod timeline;
mod write;

pub use browse::{fts_query, ActorRole, Counts, EventPoint, EventQuery, Hit, SearchQuery};
pub use error::StoreError;
pub use read::{ActorRow, DocRow, EventFilter, Found, QuoteRow};
pub use stories::{CopyRow, MemberRow, StoryFilter, StoryMember, StorySummary};
pub use story_index::Peer;
pub use timeline::start_day;
pub use write::{Incoming, Inserted, LogEntry, LogStatus, NewDoc, Received};

use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// A path as the path part of an SQLite `file:` URI (`%`, `?` and `#` escaped).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// The schema version this build writes (the number of migrations), what
/// [`Store::schema_version`] reads after [`Store::open`].
pub const SCHEMA_VERSION: i64 = schema::VERSION;

/// An open dragoman database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        Store::init(conn)
    }

    /// Opens the database at `path` for a command that only reads: a missing
    /// file is an error (a typo in `--db` must not create an empty database),
    /// and a database in a folder the user cannot write (a shared archive, a
    /// read-only mount) is opened read-only. An older schema is migrated when
    /// the file is writable, and refused with a clear error when it is not.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        match Connection::open_with_flags(path, flags).map_err(StoreError::from) {
            Ok(conn) => match Store::init(conn) {
                Err(e) if e.is_read_only() => Store::read_only(path),
                other => other,
            },
            Err(e) if e.is_read_only() => Store::read_only(path),
            Err(e) => Err(e),
        }
    }

    /// A read-only connection; `immutable` when SQLite cannot create the
    /// write-ahead log's shared-memory file beside the database.
    fn read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = |p: &str, f: OpenFlags| -> Result<Store, StoreError> {
            let conn = Connection::open_with_flags(p, f)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            timeline::register(&conn)?;
            let store = Store { conn };
            let found = store.schema_version()?;
            // Schema 6 only added the (empty until `restory`) story tables,
            // so a read-only schema-5 database is read as it is.
            if !(schema::READABLE_FROM..=schema::VERSION).contains(&found) {
                return Err(StoreError::ReadOnlyOld {
                    path: path.to_path_buf(),
                    found,
                    supported: schema::VERSION,
                });
            }
            Ok(store)
        };
        let plain = path.to_string_lossy();
        match open(&plain, flags) {
            Err(e) if e.is_read_only() => {
                let uri = format!("file:{}?immutable=1", uri_path(path));
                open(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
            }
            other => other,
        }
    }

    /// An in-memory database, for tests and one-off runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        timeline::register(&conn)?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// Checks the database file's structure (`PRAGMA quick_check`, linear in
    /// its size) before it is written to, so that a damaged file is reported
    /// instead of being written over.
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check(5)")?;
        let found: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if found.len() == 1 && found[0] == "ok" {
            return Ok(());
        }
        Err(StoreError::Damaged(found.join("; ")))
    }

    /// The schema version of this database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tests run as root in CI, where file modes do not stop writes, so the
    // read-only fallback is tested directly.
    #[test]
    fn the_read_only_fallback_reads_and_refuses_writes_and_old_schemas() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        Store::open(&path).unwrap();
        let s = Store::read_only(&path).unwrap();
        assert_eq!(s.doc_count().unwrap(), 0);
        assert!(s.conn.execute("DELETE FROM documents", []).is_err());
        drop(s);
        let old = dir.path().join("v1.db");
        std::fs::copy(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema-v1.db"),
            &old,
        )
        .unwrap();
        let err = Store::read_only(&old).unwrap_err();
        assert!(
            matches!(err, StoreError::ReadOnlyOld { found: 1, .. }),
            "{err}"
        );
    }

    #[test]
    fn uri_paths_escape_what_sqlite_would_read_as_query() {
        assert_eq!(uri_path(Path::new("/a/b 1%?#.db")), "/a/b 1%25%3f%23.db");
    }
}
