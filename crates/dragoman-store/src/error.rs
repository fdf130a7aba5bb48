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
    /// Any other SQLite error.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}
