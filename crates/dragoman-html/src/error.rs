//! Errors of [`crate::extract`].

/// Why a page could not be extracted at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HtmlError {
    /// The input is larger than [`crate::Limits::max_bytes`].
    #[error("page of {size} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input is not an HTML page (binary data, an image, a PDF...).
    #[error("not an HTML page: {0}")]
    NotHtml(&'static str),
}
