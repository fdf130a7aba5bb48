//! Article extraction from HTML pages.
//!
//! [`extract`] turns the bytes of a web page into the article's text (headings, paragraphs,
//! list items and block quotes in order, separated by blank lines), keeping for every paragraph
//! the byte range of the raw HTML it came from, plus the page's metadata ([`PageMeta`]).
//!
//! ```
//! let page = b"<html><body><nav><a href='/'>Home</a></nav><article>\
//!     <p>The envoys met in Vienna on Tuesday and agreed to talk again.</p></article></body></html>";
//! let article = dragoman_html::extract(page, None, Some("https://example.org/2025/11/19/talks"))?;
//! assert_eq!(article.text, "The envoys met in Vienna on Tuesday and agreed to talk again.");
//! assert_eq!(&page[article.paragraphs[0].html_range.clone()], article.text.as_bytes());
//! assert_eq!(article.meta.date.map(|d| d.to_string()).as_deref(), Some("2025-11-19"));
//! # Ok::<(), dragoman_html::HtmlError>(())
//! ```
//!
//! The pipeline: `sniff` refuses binary payloads, `charset` picks the encoding, `decode`
//! decodes it keeping a way back to raw offsets, `build` parses with html5gum into a light
//! `dom` (nesting bounded by [`Limits`]), `analysis` marks boilerplate (by tag, visibility and
//! the class/id `hints`) and counts text, `select` finds the article's container, `blocks`
//! cuts it into paragraphs and `filter` drops some (`boilerplate` lines, link lists); `embedded` reads JSON-LD `articleBody`
//! when the markup holds no article;
//! `meta` reads the metadata.

mod analysis;
mod blocks;
mod boilerplate;
mod build;
mod charset;
mod decode;
mod dom;
mod embedded;
mod error;
mod extract;
mod filter;
mod hints;
mod meta;
mod select;
mod sniff;
mod tag;

use std::ops::Range;

pub use error::HtmlError;
pub use extract::{extract, extract_with};
pub use meta::PageMeta;

/// An extracted article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The paragraphs' texts joined by `"\n\n"`.
    pub text: String,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Title, date, outlet, author and URL.
    pub meta: PageMeta,
    /// What went wrong without stopping the extraction (charset overridden, tree flattened...).
    pub warnings: Vec<String>,
}

/// One paragraph of an [`Article`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in [`Article::text`].
    pub text_range: Range<usize>,
    /// Byte range in the raw HTML input, from the first to the last character of text used.
    pub html_range: Range<usize>,
    /// What kind of block it was.
    pub kind: ParagraphKind,
}

/// The kind of block a paragraph came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// `<p>` or loose text.
    Paragraph,
    /// `<h1>`..`<h6>`, with the level.
    Heading(u8),
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// `<blockquote>`.
    Quote,
    /// `<pre>`.
    Preformatted,
    /// `<td>`, `<th>`.
    TableCell,
}

/// Bounds on the work done for one page.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Larger inputs are refused with [`HtmlError::TooLarge`].
    pub max_bytes: usize,
    /// Elements nested deeper are flattened into their ancestor (with a warning).
    pub max_depth: usize,
    /// The page is read up to this many elements (with a warning); bounds memory on hostile
    /// input (real pages have tens of thousands).
    pub max_elements: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 64 << 20,
            max_depth: 256,
            max_elements: 1_000_000,
        }
    }
}
