//! Per-element facts the extractor decides on: how much text and link text lies below each
//! element, and which subtrees are boilerplate (by tag, visibility or class/id hints).

use crate::dom::{Child, Dom, ElementId, ROOT};
use crate::hints::{classify, Hint};
use crate::tag::Tag;

/// A boilerplate-hinted element is kept when it holds more than this share of the page's text
/// (it is then a wrapper such as `<body class="has-sidebar">`, not a widget).
const WRAPPER_SHARE: f64 = 0.5;
/// ... or when most of its text sits in one element marked as content, with at least this many
/// characters (a wrapper such as `<div class="sidebar-layout">` around the article).
const MIN_MARKED_CONTENT: usize = 200;

/// Text counts of one element's subtree, over the parts that are not junk.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Counts {
    /// Characters that are not white space.
    pub(crate) chars: usize,
    /// Of those, characters inside links.
    pub(crate) link_chars: usize,
    pub(crate) commas: usize,
    /// Whether any child element starts a block of its own.
    pub(crate) has_block_child: bool,
}

impl Counts {
    /// Share of the text that sits in links.
    pub(crate) fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Junk flags, text counts and hints for every element of a [`Dom`].
pub(crate) struct Analysis {
    pub(crate) junk: Vec<bool>,
    pub(crate) counts: Vec<Counts>,
    pub(crate) hints: Vec<Hint>,
}

/// Marks junk and counts text for every element.
pub(crate) fn analyze(dom: &Dom) -> Analysis {
    let run_counts: Vec<(usize, usize)> = (0..dom.texts.len())
        .map(|run| {
            let text = dom.run_text(run);
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            (chars, memchr::memchr_iter(b',', text.as_bytes()).count())
        })
        .collect();
    let hints: Vec<Hint> = dom
        .elements
        .iter()
        .map(|e| classify(&e.attrs().class_id, e.attrs().role.as_deref()))
        .collect();
    let mut junk: Vec<bool> = dom
        .elements
        .iter()
        .map(|e| e.tag.is_never_content() || e.attrs().hidden)
        .collect();
    junk[ROOT] = false;
    inherit_junk(dom, &mut junk);
    let counts = count(dom, &junk, &run_counts);
    let page_chars = counts[ROOT].chars as f64;
    let marked = marked_content_chars(dom, &counts);
    for id in 1..dom.elements.len() {
        let chars = counts[id].chars;
        let is_wrapper = chars as f64 > page_chars * WRAPPER_SHARE
            || (marked[id] >= MIN_MARKED_CONTENT && marked[id] * 2 >= chars);
        if hints[id] == Hint::Boilerplate && !is_wrapper && !is_marked_content(dom, id) {
            junk[id] = true;
        }
    }
    inherit_junk(dom, &mut junk);
    let counts = count(dom, &junk, &run_counts);
    Analysis {
        junk,
        counts,
        hints,
    }
}

/// Elements that say they hold the article: `<article>`, `<main>`, `itemprop=articleBody`.
fn is_marked_content(dom: &Dom, id: ElementId) -> bool {
    let element = &dom.elements[id];
    matches!(
        element.tag,
        Tag::Body | Tag::Html | Tag::Main | Tag::Article
    ) || element.attrs().itemprop.as_deref() == Some("articleBody")
}

/// For each element, the characters of the largest marked-content element within it.
fn marked_content_chars(dom: &Dom, counts: &[Counts]) -> Vec<usize> {
    let mut marked = vec![0; dom.elements.len()];
    for id in (0..dom.elements.len()).rev() {
        if is_marked_content(dom, id) && !matches!(dom.elements[id].tag, Tag::Body | Tag::Html) {
            marked[id] = marked[id].max(counts[id].chars);
        }
        if id != ROOT {
            let parent = dom.elements[id].parent;
            marked[parent] = marked[parent].max(marked[id]);
        }
    }
    marked
}

/// Children come after their parents in the arena, so one forward pass spreads junk down.
fn inherit_junk(dom: &Dom, junk: &mut [bool]) {
    for id in 1..dom.elements.len() {
        if junk[dom.elements[id].parent] {
            junk[id] = true;
        }
    }
}

/// Bottom-up text counts; one backward pass, as children come after their parents.
fn count(dom: &Dom, junk: &[bool], run_counts: &[(usize, usize)]) -> Vec<Counts> {
    let mut counts = vec![Counts::default(); dom.elements.len()];
    for id in (0..dom.elements.len()).rev() {
        if junk[id] {
            continue;
        }
        let element = &dom.elements[id];
        let mut total = Counts::default();
        for child in &element.children {
            match *child {
                Child::Text(run) => {
                    total.chars += run_counts[run].0;
                    total.commas += run_counts[run].1;
                }
                Child::Element(child) => {
                    let c = counts[child];
                    total.chars += c.chars;
                    total.link_chars += c.link_chars;
                    total.commas += c.commas;
                    total.has_block_child |= dom.elements[child].tag.is_block() && !junk[child];
                }
            }
        }
        if element.tag == Tag::A {
            total.link_chars = total.chars;
        }
        counts[id] = total;
    }
    counts
}
