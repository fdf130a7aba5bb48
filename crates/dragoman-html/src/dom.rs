//! The light document tree the extractor works on: elements and text runs in one arena,
//! each carrying its byte range in the source it was parsed from.

use std::ops::Range;

use crate::tag::Tag;

/// Index of an element in [`Dom::elements`]; the root is 0.
pub(crate) type ElementId = usize;

/// A child of an element: another element, or a run of text.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Child {
    Element(ElementId),
    Text(usize),
}

/// The attributes the extractor looks at; all others are dropped while parsing.
#[derive(Debug, Default)]
pub(crate) struct Attrs {
    /// `class` and `id` joined by a space, lower-cased.
    pub(crate) class_id: String,
    pub(crate) itemprop: Option<String>,
    pub(crate) role: Option<String>,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
    pub(crate) hidden: bool,
    /// `name`, `property` or `http-equiv` of a `<meta>`, lower-cased.
    pub(crate) meta_key: Option<String>,
    pub(crate) content: Option<String>,
    pub(crate) datetime: Option<String>,
    pub(crate) kind: Option<String>,
    pub(crate) rel: Option<String>,
}

/// One element with its children in document order.
#[derive(Debug)]
pub(crate) struct Element {
    pub(crate) tag: Tag,
    /// Hash of the name, to match end tags of [`Tag::Other`] elements.
    pub(crate) name_hash: u32,
    pub(crate) attrs: Attrs,
    pub(crate) parent: ElementId,
    pub(crate) children: Vec<Child>,
    /// From the `<` of the start tag to the `>` of the end tag (or the last byte of content).
    pub(crate) source: Range<usize>,
}

/// A run of character data, entities decoded.
#[derive(Debug)]
pub(crate) struct TextRun {
    /// Range in [`Dom::text`].
    pub(crate) text: Range<usize>,
    /// Range in the source.
    pub(crate) source: Range<usize>,
}

/// The parsed document.
#[derive(Debug)]
pub(crate) struct Dom {
    pub(crate) elements: Vec<Element>,
    pub(crate) texts: Vec<TextRun>,
    /// All text runs, concatenated.
    pub(crate) text: String,
    /// Bodies of `<script type="application/ld+json">`.
    pub(crate) json_ld: Vec<String>,
    /// Set when the nesting limit flattened part of the tree.
    pub(crate) depth_limited: bool,
}

/// The root element id.
pub(crate) const ROOT: ElementId = 0;

impl Dom {
    /// The decoded text of one run.
    pub(crate) fn run_text(&self, run: usize) -> &str {
        &self.text[self.texts[run].text.clone()]
    }
}
