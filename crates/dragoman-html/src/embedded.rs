//! The last resort for pages whose markup holds no article (text rendered by scripts): the
//! `articleBody` of their JSON-LD, one paragraph per line. Its paragraphs all point at the
//! `<script>` body they came from.

use std::ops::Range;

use crate::blocks::RawBlock;
use crate::dom::Dom;
use crate::{meta, ParagraphKind};

/// Paragraphs of the JSON-LD `articleBody`, if the page has one.
pub(crate) fn json_ld_paragraphs(dom: &Dom) -> Vec<RawBlock> {
    let Some((body, source)) = meta::embedded_body(dom) else {
        return Vec::new();
    };
    without_tags(&body)
        .lines()
        .map(meta::clean)
        .filter(|line| !line.is_empty())
        .map(|text| paragraph(text, source.clone()))
        .collect()
}

fn paragraph(text: String, source: Range<usize>) -> RawBlock {
    RawBlock {
        chars: text.chars().filter(|c| !c.is_whitespace()).count(),
        text,
        kind: ParagraphKind::Paragraph,
        source,
        link_chars: 0,
    }
}

/// Some sites put HTML in `articleBody`: tags become line breaks.
fn without_tags(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_become_line_breaks() {
        assert_eq!(
            without_tags("<p>One</p><p>Two &amp; three</p>")
                .lines()
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>(),
            ["One", "Two &amp; three"]
        );
    }
}
