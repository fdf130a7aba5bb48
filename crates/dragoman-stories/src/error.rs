//! The crate's typed errors: settings out of range, a report added twice,
//! and a saved index that cannot be read back.

use thiserror::Error;

/// What can go wrong in the stories crate.
#[derive(Debug, Error, PartialEq)]
pub enum StoryError {
    /// A setting is outside the range it can take.
    #[error("setting `{name}` is {value}, outside {range}")]
    Setting {
        /// The setting's name.
        name: &'static str,
        /// The value given.
        value: f64,
        /// The range it must lie in, in words.
        range: &'static str,
    },
    /// A report id was added to the index twice.
    #[error("report `{0}` is in the index already")]
    Duplicate(String),
    /// A saved index could not be read back.
    #[error("the saved story index is damaged: {0}")]
    Snapshot(&'static str),
}

/// Checks that `value` lies in `[lo, hi]`.
pub(crate) fn in_range(
    name: &'static str,
    value: f64,
    lo: f64,
    hi: f64,
    range: &'static str,
) -> Result<(), StoryError> {
    if value.is_finite() && (lo..=hi).contains(&value) {
        Ok(())
    } else {
        Err(StoryError::Setting { name, value, range })
    }
}
