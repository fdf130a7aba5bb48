//! Finds the element that holds the article: paragraphs score their ancestors (more for long,
//! comma-rich text, less for link-heavy text), the best-scored element wins, and its siblings
//! that look like more of the same article join it.

use crate::analysis::Analysis;
use crate::dom::{Child, Dom, ElementId, ROOT};
use crate::hints::Hint;
use crate::tag::Tag;

/// Paragraphs shorter than this (non-space characters) give no score.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// How many ancestors a paragraph's score reaches.
const ANCESTOR_LEVELS: usize = 5;

/// The elements whose content forms the article, in document order.
pub(crate) fn select(dom: &Dom, analysis: &Analysis) -> Vec<ElementId> {
    let scores = score(dom, analysis);
    let Some(best) = best(&scores) else {
        return vec![ROOT];
    };
    let best_score = scores[best].unwrap_or(0.0);
    let top = widen(dom, &scores, best);
    with_siblings(dom, analysis, &subtree_best(dom, &scores), best_score, top)
}

/// Readability-style scores; `None` for elements no paragraph reached.
fn score(dom: &Dom, analysis: &Analysis) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; dom.elements.len()];
    for (id, element) in dom.elements.iter().enumerate() {
        let counts = &analysis.counts[id];
        if analysis.junk[id]
            || counts.chars < MIN_PARAGRAPH_CHARS
            || !is_paragraph_like(dom, analysis, id)
        {
            continue;
        }
        let points = 1.0 + counts.commas as f64 + (counts.chars as f64 / 100.0).min(3.0);
        let mut ancestor = element.parent;
        for level in 0..ANCESTOR_LEVELS {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let entry =
                scores[ancestor].get_or_insert_with(|| initial_score(dom, analysis, ancestor));
            *entry += points / divider;
            if ancestor == ROOT {
                break;
            }
            ancestor = dom.elements[ancestor].parent;
        }
    }
    for (id, score) in scores.iter_mut().enumerate() {
        if let Some(score) = score {
            *score *= 1.0 - analysis.counts[id].link_density();
        }
    }
    scores
}

/// Paragraphs, and elements used as paragraphs (only inline content below them).
fn is_paragraph_like(dom: &Dom, analysis: &Analysis, id: ElementId) -> bool {
    match dom.elements[id].tag {
        Tag::P | Tag::Pre | Tag::Td | Tag::Blockquote => true,
        Tag::Div | Tag::Section | Tag::Article | Tag::Main | Tag::Other => {
            !analysis.counts[id].has_block_child
        }
        _ => false,
    }
}

fn initial_score(dom: &Dom, analysis: &Analysis, id: ElementId) -> f64 {
    let element = &dom.elements[id];
    let by_tag = match element.tag {
        Tag::Div | Tag::Article | Tag::Main => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H(_) | Tag::Th => -5.0,
        _ => 0.0,
    };
    let by_hint = match analysis.hints[id] {
        Hint::Content => 25.0,
        Hint::Boilerplate => -25.0,
        Hint::Neutral => 0.0,
    };
    let by_itemprop = match element.attrs().itemprop.as_deref() {
        Some("articleBody") => 50.0,
        _ => 0.0,
    };
    by_tag + by_hint + by_itemprop
}

fn best(scores: &[Option<f64>]) -> Option<ElementId> {
    scores
        .iter()
        .enumerate()
        .filter_map(|(id, s)| s.map(|s| (id, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}

/// Moves up from `top` while the parent is a better or only home for the article.
fn widen(dom: &Dom, scores: &[Option<f64>], mut top: ElementId) -> ElementId {
    let top_score = scores[top].unwrap_or(0.0);
    // An only child says nothing its parent does not.
    while top != ROOT {
        let parent = dom.elements[top].parent;
        let element_children = dom.elements[parent]
            .children
            .iter()
            .filter(|c| matches!(c, Child::Element(_)))
            .count();
        if element_children != 1 || parent == ROOT {
            break;
        }
        top = parent;
    }
    let mut last = scores[top].unwrap_or(top_score);
    let mut candidate = top;
    while candidate != ROOT {
        let parent = dom.elements[candidate].parent;
        if dom.elements[parent].tag == Tag::Body {
            break;
        }
        let Some(parent_score) = scores[parent] else {
            candidate = parent;
            continue;
        };
        if parent_score < top_score / 3.0 {
            break;
        }
        if parent_score > last {
            top = parent;
            break;
        }
        last = parent_score;
        candidate = parent;
    }
    top
}

/// For each element, the best score within its subtree (deeply nested sections of an article
/// are then comparable with the section that won).
fn subtree_best(dom: &Dom, scores: &[Option<f64>]) -> Vec<f64> {
    let mut best: Vec<f64> = scores.iter().map(|s| s.unwrap_or(0.0)).collect();
    for id in (1..dom.elements.len()).rev() {
        let parent = dom.elements[id].parent;
        best[parent] = best[parent].max(best[id]);
    }
    best
}

/// `top` and the siblings that continue it: those holding a paragraph group scored at least a
/// fifth of the best one, and plain long paragraphs.
fn with_siblings(
    dom: &Dom,
    analysis: &Analysis,
    subtree_best: &[f64],
    best_score: f64,
    top: ElementId,
) -> Vec<ElementId> {
    if top == ROOT {
        return vec![ROOT];
    }
    let threshold = (best_score * 0.2).max(10.0);
    let parent = dom.elements[top].parent;
    let mut chosen = Vec::new();
    for child in &dom.elements[parent].children {
        let Child::Element(sibling) = *child else {
            continue;
        };
        if sibling == top {
            chosen.push(sibling);
            continue;
        }
        if analysis.junk[sibling] {
            continue;
        }
        let counts = &analysis.counts[sibling];
        let by_score = subtree_best[sibling] >= threshold;
        let by_text = dom.elements[sibling].tag == Tag::P
            && counts.chars > 80
            && counts.link_density() < 0.25;
        if by_score || by_text {
            chosen.push(sibling);
        }
    }
    chosen
}
