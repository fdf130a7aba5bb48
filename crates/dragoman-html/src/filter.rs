//! Paragraph filters that run once the article's container is chosen: the headline,
//! furniture lines and links that stand apart from the running text.

use crate::blocks::RawBlock;
use crate::{boilerplate, ParagraphKind};

/// Paragraphs with more of their text in links than this are links, not text.
const MAX_LINK_DENSITY: f64 = 0.5;

/// A line in capitals, as inline links to other stories are often written.
fn is_all_caps(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Drops the headline, boilerplate lines and links that stand apart: a paragraph that is mostly
/// a link stays only between two paragraphs of running text (a source cited in the article),
/// unless written in capitals (a promoted story); list items and table cells that are mostly
/// links go (navigation, related stories).
pub(crate) fn keep_content(blocks: Vec<RawBlock>, title: Option<&str>) -> Vec<RawBlock> {
    let is_link =
        |block: &RawBlock| block.link_chars as f64 / block.chars.max(1) as f64 > MAX_LINK_DENSITY;
    let candidates: Vec<RawBlock> = blocks
        .into_iter()
        .filter(|block| {
            let is_title = block.kind == ParagraphKind::Heading(1)
                || title.is_some_and(|t| t.eq_ignore_ascii_case(&block.text));
            !is_title && !boilerplate::is_boilerplate(&block.text)
        })
        .collect();
    let first_text = candidates.iter().position(|b| !is_link(b));
    let last_text = candidates.iter().rposition(|b| !is_link(b));
    candidates
        .into_iter()
        .enumerate()
        .filter(|(index, block)| {
            let inside =
                first_text.is_some_and(|f| f < *index) && last_text.is_some_and(|l| *index < l);
            !is_link(block)
                || (inside && block.kind == ParagraphKind::Paragraph && !is_all_caps(&block.text))
        })
        .map(|(_, block)| block)
        .collect()
}
