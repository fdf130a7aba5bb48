//! Turns the chosen elements into paragraphs: block elements and `<br>` end a paragraph, inline
//! text joins it with white space collapsed; each paragraph remembers the source bytes it came from.

use std::ops::Range;

use crate::analysis::Analysis;
use crate::dom::{Child, Dom, ElementId};
use crate::tag::Tag;
use crate::ParagraphKind;

/// A paragraph before filtering, in decoded-source coordinates.
#[derive(Debug)]
pub(crate) struct RawBlock {
    pub(crate) text: String,
    pub(crate) kind: ParagraphKind,
    pub(crate) source: Range<usize>,
    /// Characters (not white space) inside links, and in all.
    pub(crate) link_chars: usize,
    pub(crate) chars: usize,
}

/// The paragraphs of `roots` in document order.
pub(crate) fn collect(dom: &Dom, analysis: &Analysis, roots: &[ElementId]) -> Vec<RawBlock> {
    let mut collector = Collector {
        dom,
        analysis,
        blocks: Vec::new(),
        current: None,
    };
    for &root in roots {
        collector.walk(root, ParagraphKind::Paragraph, false);
        collector.flush();
    }
    collector.blocks
}

struct Collector<'a> {
    dom: &'a Dom,
    analysis: &'a Analysis,
    blocks: Vec<RawBlock>,
    current: Option<RawBlock>,
}

impl Collector<'_> {
    fn walk(&mut self, id: ElementId, kind: ParagraphKind, in_link: bool) {
        let element = &self.dom.elements[id];
        if self.analysis.junk[id] {
            if element.tag.is_block() {
                self.flush();
            }
            return;
        }
        let block = element.tag.is_block();
        if block {
            self.flush();
        }
        let kind = kind_of(element.tag).unwrap_or(kind);
        let in_link = in_link || element.tag == Tag::A;
        for child in &element.children {
            match *child {
                Child::Element(child) => self.walk(child, kind, in_link),
                Child::Text(run) => self.push_text(run, kind, in_link),
            }
        }
        if block {
            self.flush();
        }
    }

    fn push_text(&mut self, run: usize, kind: ParagraphKind, in_link: bool) {
        let text = self.dom.run_text(run);
        let source = self.dom.texts[run].source.clone();
        let block = self.current.get_or_insert_with(|| RawBlock {
            text: String::new(),
            kind,
            source: source.clone(),
            link_chars: 0,
            chars: 0,
        });
        let mut pending_space = block.text.ends_with(' ');
        let mut chars = 0;
        for c in text.chars() {
            if c.is_whitespace() {
                pending_space = true;
                continue;
            }
            if pending_space && !block.text.is_empty() && !block.text.ends_with(' ') {
                block.text.push(' ');
            }
            pending_space = false;
            block.text.push(c);
            chars += 1;
        }
        if pending_space && !block.text.is_empty() && !block.text.ends_with(' ') {
            block.text.push(' ');
        }
        if chars > 0 {
            if block.chars == 0 {
                block.source.start = source.start;
            }
            block.source.end = source.end;
        }
        block.chars += chars;
        if in_link {
            block.link_chars += chars;
        }
    }

    fn flush(&mut self) {
        if let Some(mut block) = self.current.take() {
            let trimmed = block.text.trim_end().len();
            block.text.truncate(trimmed);
            if block.chars > 0 {
                self.blocks.push(block);
            }
        }
    }
}

/// The paragraph kind an element gives the text inside it, if it sets one (a `<p>` inside a
/// quote or a list item keeps the outer kind).
fn kind_of(tag: Tag) -> Option<ParagraphKind> {
    match tag {
        Tag::H(level) => Some(ParagraphKind::Heading(level)),
        Tag::Li | Tag::Dd | Tag::Dt => Some(ParagraphKind::ListItem),
        Tag::Blockquote => Some(ParagraphKind::Quote),
        Tag::Pre => Some(ParagraphKind::Preformatted),
        Tag::Td | Tag::Th => Some(ParagraphKind::TableCell),
        _ => None,
    }
}
