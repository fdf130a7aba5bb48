//! Text alignment: the bridge between what a report said byte for byte and the
//! clean text every stage reads.
//!
//! Cleaning (whitespace folding, Unicode NFC, removal of doubled paragraphs) is a
//! sequence of *edits* over the raw text. [`AlignedBuilder`] records each edit as
//! it builds the clean text, and the resulting [`Alignment`] maps any byte range
//! of the clean text back to the exact byte range of the raw text it came from.
//!
//! Offsets are bytes everywhere inside dragoman; [`CharIndex`] converts byte
//! offsets to Unicode code points (and back) at the JSON edge.

mod alignment;
mod carets;
mod offsets;

pub use alignment::{AlignedBuilder, Alignment, Piece};
pub use carets::carets;
pub use offsets::CharIndex;
