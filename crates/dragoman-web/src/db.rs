//! A few read-only connections to the database, used from tokio's blocking
//! threads: SQLite connections are not shared between threads, so each
//! request takes one (round robin) for the time of its queries. The
//! database is in WAL mode, so `dragoman ingest` may write meanwhile.

use crate::WebError;
use dragoman_store::Store;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Read-only connections to one database.
pub struct Pool {
    conns: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Pool {
    /// Opens `n` read-only connections (at least one).
    pub fn open(path: &Path, n: usize) -> Result<Pool, WebError> {
        let conns = (0..n.max(1))
            .map(|_| Store::open_read_only(path).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(Pool {
            conns,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `f` with a connection on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, WebError>
    where
        F: FnOnce(&Store) -> Result<T, WebError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let i = pool.next.fetch_add(1, Ordering::Relaxed) % pool.conns.len();
            let store = pool.conns[i].lock().unwrap_or_else(|e| e.into_inner());
            f(&store)
        })
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
    }
}
