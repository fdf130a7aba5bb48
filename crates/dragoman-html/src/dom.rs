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

/// The attributes of an element that has none.
static NO_ATTRS: Attrs = Attrs {
    class_id: String::new(),
    itemprop: None,
    role: None,
    hidden: false,
    meta_key: None,
    content: None,
    datetime: None,
    kind: None,
    rel: None,
};

impl Attrs {
    fn is_empty(&self) -> bool {
        self.class_id.is_empty()
            && !self.hidden
            && [
                &self.itemprop,
                &self.role,
                &self.meta_key,
                &self.content,
                &self.datetime,
                &self.kind,
                &self.rel,
            ]
            .iter()
            .all(|value| value.is_none())
    }

    /// Boxed when not empty, for [`Element::attrs`].
    pub(crate) fn boxed(self) -> Option<Box<Attrs>> {
        (!self.is_empty()).then(|| Box::new(self))
    }
}

/// One element with its children in document order.
#[derive(Debug)]
pub(crate) struct Element {
    pub(crate) tag: Tag,
    /// Hash of the name, to match end tags of [`Tag::Other`] elements.
    pub(crate) name_hash: u32,
    /// `None` when the element has none of the attributes kept (most elements).
    pub(crate) attrs: Option<Box<Attrs>>,
    pub(crate) parent: ElementId,
    pub(crate) children: Vec<Child>,
    /// From the `<` of the start tag to the `>` of the end tag (or the last byte of content).
    pub(crate) source: Range<usize>,
}

impl Element {
    /// The element's kept attributes.
    pub(crate) fn attrs(&self) -> &Attrs {
        self.attrs.as_deref().unwrap_or(&NO_ATTRS)
    }
}

/// A run of character data, entities decoded.
#[derive(Debug)]
pub(crate) struct TextRun {
    /// Range in [`Dom::text`].
    pub(crate) text: Range<usize>,
    /// Range in the source.
    pub(crate) source: Range<usize>,
}

/// The body of one `<script type="application/ld+json">`.
#[derive(Debug)]
pub(crate) struct JsonLdBlock {
    pub(crate) text: String,
    /// Range of the body in the source.
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
    pub(crate) json_ld: Vec<JsonLdBlock>,
    /// Set when the nesting limit flattened part of the tree.
    pub(crate) depth_limited: bool,
    /// Set when the element limit cut the page short.
    pub(crate) truncated: bool,
}

/// The root element id.
pub(crate) const ROOT: ElementId = 0;

impl Dom {
    /// The decoded text of one run.
    pub(crate) fn run_text(&self, run: usize) -> &str {
        &self.text[self.texts[run].text.clone()]
    }
}
