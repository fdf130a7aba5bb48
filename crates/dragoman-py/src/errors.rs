//! The package's exceptions: `DragomanError` and its kinds, with the CLI's
//! messages (the `kind` of `--json` errors names the class).

use dragoman_store::StoreError;
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::PyErr;

create_exception!(
    dragoman,
    DragomanError,
    PyException,
    "Any failure of dragoman."
);
create_exception!(
    dragoman,
    InputError,
    DragomanError,
    "A report that cannot be read (the reason the CLI gives for the line)."
);
create_exception!(
    dragoman,
    NotFoundError,
    DragomanError,
    "No such document or database file."
);
create_exception!(
    dragoman,
    DatabaseError,
    DragomanError,
    "The database cannot be opened or read."
);
create_exception!(
    dragoman,
    CorruptError,
    DatabaseError,
    "The database holds what cannot be decoded."
);

/// A store error as the exception of its kind, with the CLI's message.
pub(crate) fn store(e: StoreError) -> PyErr {
    let message = e.to_string();
    match e {
        StoreError::Missing { .. } => NotFoundError::new_err(message),
        StoreError::Corrupt { .. } | StoreError::Undecodable { .. } => {
            CorruptError::new_err(message)
        }
        _ => DatabaseError::new_err(message),
    }
}
