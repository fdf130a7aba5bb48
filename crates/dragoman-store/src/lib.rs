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

mod error;
mod read;
mod schema;
mod write;

pub use error::StoreError;
pub use read::{ActorRow, DocRow, EventFilter, Found, QuoteRow};
pub use write::{Inserted, LogEntry, LogStatus, NewDoc};

use rusqlite::Connection;
use std::path::Path;

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

    /// An in-memory database, for tests and one-off runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// The schema version of this database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}
