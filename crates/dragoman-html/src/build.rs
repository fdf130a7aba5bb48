//! Builds a [`Dom`] from html5gum's token events, with the few tree-construction rules that
//! matter for text (implied `</p>`, `</li>`, table cells, `<head>` left open) and a nesting limit.

use std::ops::Range;

use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, Tokenizer};

use crate::dom::{Attrs, Child, Dom, Element, ElementId, JsonLdBlock, TextRun, ROOT};
use crate::tag::Tag;

/// Parses `source` (UTF-8 or close to it) into a tree no deeper than `max_depth`; the page is
/// cut short after `max_elements` elements.
pub(crate) fn parse(source: &[u8], max_depth: usize, max_elements: usize) -> Dom {
    let mut builder = Builder::new(source.len(), max_depth, max_elements);
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, span: Span<usize>| {
        builder.on_event(event, span.start..span.end);
        None::<()>
    });
    emitter.naively_switch_states(true);
    for _ in Tokenizer::new_with_emitter(source, Quiet(emitter)) {}
    builder.finish()
}

/// Forwards to the callback emitter but asks the tokenizer not to validate characters for
/// error reporting (we ignore parse errors, and the check costs a fifth of the parse).
struct Quiet<E>(E);

impl<F: Callback<(), usize>> ForwardingEmitter for Quiet<CallbackEmitter<F, (), usize>> {
    type Token = ();

    fn inner(&mut self) -> &mut impl Emitter<Token = ()> {
        &mut self.0
    }

    fn should_emit_errors(&mut self) -> bool {
        false
    }
}

/// Which attribute of the pending start tag the next value belongs to.
#[derive(Clone, Copy)]
enum AttrName {
    Class,
    Id,
    Itemprop,
    Role,
    AriaHidden,
    Style,
    MetaKey,
    Content,
    Datetime,
    Type,
    Rel,
    Ignored,
}

impl AttrName {
    fn from_name(name: &[u8]) -> AttrName {
        match name {
            b"class" => AttrName::Class,
            b"id" => AttrName::Id,
            b"itemprop" => AttrName::Itemprop,
            b"role" => AttrName::Role,
            b"aria-hidden" => AttrName::AriaHidden,
            b"style" => AttrName::Style,
            b"name" | b"property" | b"http-equiv" => AttrName::MetaKey,
            b"content" => AttrName::Content,
            b"datetime" => AttrName::Datetime,
            b"type" => AttrName::Type,
            b"rel" => AttrName::Rel,
            _ => AttrName::Ignored,
        }
    }
}

/// A start tag whose attributes are still being read.
struct PendingTag {
    tag: Tag,
    name_hash: u32,
    start: usize,
    attr: AttrName,
    attrs: Attrs,
}

struct Builder {
    dom: Dom,
    /// Open elements, root first.
    stack: Vec<ElementId>,
    pending: Option<PendingTag>,
    max_depth: usize,
    max_elements: usize,
    source_len: usize,
}

impl Builder {
    fn new(source_len: usize, max_depth: usize, max_elements: usize) -> Builder {
        let root = Element {
            tag: Tag::Html,
            name_hash: 0,
            attrs: None,
            parent: ROOT,
            children: Vec::new(),
            source: 0..source_len,
        };
        let mut builder = Builder {
            dom: Dom {
                elements: Vec::with_capacity(source_len / 64 + 1),
                texts: Vec::with_capacity(source_len / 64),
                text: String::with_capacity(source_len / 8),
                json_ld: Vec::new(),
                depth_limited: false,
                truncated: false,
            },
            stack: vec![ROOT],
            pending: None,
            max_depth: max_depth.max(2),
            max_elements: max_elements.max(1),
            source_len,
        };
        builder.dom.elements.push(root);
        builder
    }

    fn on_event(&mut self, event: CallbackEvent<'_>, span: Range<usize>) {
        if self.dom.truncated {
            return;
        }
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.pending = Some(PendingTag {
                    tag: Tag::from_name(name),
                    name_hash: hash_name(name),
                    start: span.start,
                    attr: AttrName::Ignored,
                    attrs: Attrs::default(),
                });
            }
            CallbackEvent::AttributeName { name } => {
                if let Some(pending) = &mut self.pending {
                    pending.attr = AttrName::from_name(name);
                    if name == b"hidden" {
                        pending.attrs.hidden = true;
                    }
                }
            }
            CallbackEvent::AttributeValue { value } => {
                if let Some(pending) = &mut self.pending {
                    set_attr(&mut pending.attrs, pending.attr, value);
                }
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                if let Some(pending) = self.pending.take() {
                    self.open(pending, span.end, self_closing);
                }
            }
            CallbackEvent::EndTag { name } => {
                self.pending = None;
                self.close(Tag::from_name(name), hash_name(name), span);
            }
            CallbackEvent::String { value } => self.text(value, span),
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {}
        }
    }

    fn top(&self) -> ElementId {
        *self.stack.last().unwrap_or(&ROOT)
    }

    fn tag_at(&self, depth: usize) -> Tag {
        self.dom.elements[self.stack[depth]].tag
    }

    fn open(&mut self, pending: PendingTag, end: usize, self_closing: bool) {
        let tag = pending.tag;
        if !is_head_content(tag) {
            self.close_open_head(pending.start);
        }
        self.close_implied_by(tag, pending.start);
        let parent = self.top();
        let id = self.dom.elements.len();
        if id >= self.max_elements {
            self.dom.truncated = true;
            return;
        }
        self.dom.elements.push(Element {
            tag,
            name_hash: pending.name_hash,
            attrs: pending.attrs.boxed(),
            parent,
            children: Vec::new(),
            source: pending.start..end,
        });
        self.dom.elements[parent].children.push(Child::Element(id));
        let foreign_leaf = self_closing && matches!(tag, Tag::Other);
        if tag.is_void() || foreign_leaf {
            return;
        }
        // Raw-text elements always go on the stack so that their text never leaks out.
        let raw_text = matches!(
            tag,
            Tag::Script | Tag::Style | Tag::Title | Tag::Textarea | Tag::Noscript | Tag::Iframe
        );
        if self.stack.len() >= self.max_depth && !raw_text {
            self.dom.depth_limited = true;
            return;
        }
        self.stack.push(id);
    }

    /// Closes the elements a start tag of `tag` implicitly ends.
    /// The closed elements end at `at`, where the new start tag begins.
    fn close_implied_by(&mut self, tag: Tag, at: usize) {
        if tag.closes_p() {
            self.close_in_scope(at, |t| t == Tag::P, |_| false);
        }
        match tag {
            Tag::Li => {
                self.close_in_scope(at, |t| t == Tag::Li, |t| matches!(t, Tag::Ul | Tag::Ol))
            }
            Tag::Dd | Tag::Dt => {
                self.close_in_scope(at, |t| matches!(t, Tag::Dd | Tag::Dt), |t| t == Tag::Dl)
            }
            Tag::Tr => self.close_in_scope(at, |t| t == Tag::Tr, |t| t == Tag::Table),
            Tag::Td | Tag::Th => {
                self.close_in_scope(at, |t| matches!(t, Tag::Td | Tag::Th), |t| t == Tag::Tr)
            }
            Tag::Option => self.close_in_scope(at, |t| t == Tag::Option, |t| t == Tag::Select),
            _ => {}
        }
    }

    /// Pops up to and including the nearest open element matching `target`, unless a scope
    /// boundary or an element matching `stop` comes first.
    fn close_in_scope(
        &mut self,
        at: usize,
        target: impl Fn(Tag) -> bool,
        stop: impl Fn(Tag) -> bool,
    ) {
        for depth in (1..self.stack.len()).rev() {
            let tag = self.tag_at(depth);
            if target(tag) {
                self.pop_to(depth, at);
                return;
            }
            if stop(tag) || tag.is_scope_boundary() {
                return;
            }
        }
    }

    fn close_open_head(&mut self, at: usize) {
        // `<head>` sits right under the root or under `<html>`.
        let shallow = self.stack.len().min(3);
        if let Some(depth) = (1..shallow).find(|&d| self.tag_at(d) == Tag::Head) {
            self.pop_to(depth, at);
        }
    }

    /// Pops the stack down to (and including) `depth`; the popped elements end at `end`.
    fn pop_to(&mut self, depth: usize, end: usize) {
        while self.stack.len() > depth {
            if let Some(id) = self.stack.pop() {
                let element = &mut self.dom.elements[id];
                element.source.end = end.max(element.source.start);
            }
        }
    }

    fn close(&mut self, tag: Tag, name_hash: u32, span: Range<usize>) {
        if matches!(tag, Tag::Body | Tag::Html) {
            return;
        }
        for depth in (1..self.stack.len()).rev() {
            let element = &self.dom.elements[self.stack[depth]];
            if element.tag == tag && (tag != Tag::Other || element.name_hash == name_hash) {
                // Elements left open inside end where this end tag starts.
                while self.stack.len() > depth + 1 {
                    self.pop_to(self.stack.len() - 1, span.start);
                }
                self.pop_to(depth, span.end);
                return;
            }
            if element.tag.is_scope_boundary() {
                return;
            }
        }
    }

    fn text(&mut self, value: &[u8], span: Range<usize>) {
        let top = self.top();
        let element = &self.dom.elements[top];
        match element.tag {
            Tag::Script => {
                let is_json_ld = element
                    .attrs()
                    .kind
                    .as_deref()
                    .is_some_and(|kind| kind.contains("ld+json"));
                if is_json_ld {
                    self.dom.json_ld.push(JsonLdBlock {
                        text: String::from_utf8_lossy(value).into_owned(),
                        source: span,
                    });
                }
            }
            Tag::Style => {}
            _ => {
                let start = self.dom.text.len();
                self.dom.text.push_str(&String::from_utf8_lossy(value));
                let run = self.dom.texts.len();
                self.dom.texts.push(TextRun {
                    text: start..self.dom.text.len(),
                    source: span,
                });
                self.dom.elements[top].children.push(Child::Text(run));
            }
        }
    }

    fn finish(mut self) -> Dom {
        let end = self.source_len;
        self.pop_to(1, end);
        self.dom
    }
}

/// Elements that may stay inside an unclosed `<head>`.
fn is_head_content(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Meta
            | Tag::Link
            | Tag::Title
            | Tag::Script
            | Tag::Style
            | Tag::Noscript
            | Tag::Template
            | Tag::OtherVoid
            | Tag::Head
            | Tag::Html
    )
}

fn set_attr(attrs: &mut Attrs, name: AttrName, value: &[u8]) {
    let text = || String::from_utf8_lossy(value).trim().to_owned();
    match name {
        AttrName::Class | AttrName::Id => {
            if !attrs.class_id.is_empty() {
                attrs.class_id.push(' ');
            }
            attrs.class_id.push_str(&text().to_ascii_lowercase());
        }
        AttrName::Itemprop => attrs.itemprop = Some(text()),
        AttrName::Role => attrs.role = Some(text().to_ascii_lowercase()),
        AttrName::AriaHidden => attrs.hidden |= value.eq_ignore_ascii_case(b"true"),
        AttrName::Style => {
            let style: String = text()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            attrs.hidden |= style.contains("display:none") || style.contains("visibility:hidden");
        }
        AttrName::MetaKey => {
            if attrs.meta_key.is_none() {
                attrs.meta_key = Some(text().to_ascii_lowercase());
            }
        }
        AttrName::Content => attrs.content = Some(text()),
        AttrName::Datetime => attrs.datetime = Some(text()),
        AttrName::Type => attrs.kind = Some(text().to_ascii_lowercase()),
        AttrName::Rel => attrs.rel = Some(text().to_ascii_lowercase()),
        AttrName::Ignored => {}
    }
}

/// FNV-1a of an element name, to match end tags of elements without a [`Tag`] variant.
fn hash_name(name: &[u8]) -> u32 {
    name.iter().fold(0x811c_9dc5_u32, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}
