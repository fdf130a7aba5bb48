//! [`StoreError`]: what can go wrong with the database.

use std::path::PathBuf;

/// An error of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database file could not be opened.
    #[error("cannot open database {path}: {source}")]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// A command that reads found no database file.
    #[error("no database at {path}: ingest reports into it first (`dragoman ingest --db {path} FILES`), or name another with --db")]
    Missing {
        /// The file that is not there.
        path: PathBuf,
    },
    /// A database that needs migrating, where it cannot be written.
    #[error("database {path} has schema version {found} and this dragoman reads {supported}; it cannot be upgraded where it is (read-only): copy it somewhere writable, or open it once with write access")]
    ReadOnlyOld {
        /// The file.
        path: PathBuf,
        /// Version in the file.
        found: i64,
        /// Version this build reads.
        supported: i64,
    },
    /// The database was written by a newer dragoman.
    #[error("database schema version {found} is newer than this dragoman understands ({supported}); upgrade dragoman")]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// An annotation stored in the database could not be read back.
    #[error("document {doc}: corrupt {what}: {source}")]
    Corrupt {
        /// The document id.
        doc: i64,
        /// What was being read.
        what: &'static str,
        /// The decoding error.
        source: serde_json::Error,
    },
    /// Stored bytes (raw input, alignment) could not be decoded.
    #[error("document {doc}: cannot decode the stored {what}: {reason}")]
    Undecodable {
        /// The document id.
        doc: i64,
        /// What was being read.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// A report said to be stored already, whose content hash is not in the database.
    #[error("no stored document has content hash {0} (a report was taken for a duplicate of it)")]
    UnknownHash(String),
    /// The database file is damaged.
    #[error("the database is damaged ({0}); restore it from a copy, or recover what can be read with `sqlite3 FILE .recover`")]
    Damaged(String),
    /// Any other SQLite error.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Whether SQLite refused because the file or its folder cannot be written.
    pub(crate) fn is_read_only(&self) -> bool {
        let code = match self {
            StoreError::Open { source, .. } | StoreError::Sqlite(source) => {
                source.sqlite_error_code()
            }
            _ => None,
        };
        matches!(
            code,
            Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen)
        )
    }
}
