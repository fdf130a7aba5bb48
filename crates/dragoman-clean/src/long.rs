//! Long paragraphs cut to a length limit (issue 17): a paragraph longer than
//! the limit is split at the last sentence end before it, else at the last
//! space, else at the limit itself, so that no later stage reads an
//! unbounded paragraph (an unclosed quotation mark ends at its paragraph).
//! The cut only adds paragraph breaks to the clean text: every byte of the
//! raw text is still there, and the alignment maps it.

use crate::paragraphs::Para;

/// Splits every paragraph of `paras` longer than `max` bytes; returns the
/// paragraphs and how many were split.
pub(crate) fn cap(raw: &str, paras: Vec<Para>, max: usize) -> (Vec<Para>, usize) {
    let max = max.max(MIN_LIMIT);
    if paras.iter().all(|p| p.end - p.start <= max) {
        return (paras, 0);
    }
    let mut out = Vec::with_capacity(paras.len());
    let mut split = 0;
    for p in paras {
        if p.end - p.start <= max {
            out.push(p);
            continue;
        }
        split += 1;
        let mut start = p.start;
        while p.end - start > max {
            let cut = cut_point(raw, start, start + max);
            out.push(Para { start, end: cut });
            start = skip_spaces(raw, cut, p.end);
        }
        if start < p.end {
            out.push(Para { start, end: p.end });
        }
    }
    (out, split)
}

/// A limit below this is raised to it: a paragraph is at least a sentence.
pub(crate) const MIN_LIMIT: usize = 256;

/// Where to end a piece of `raw[start..limit]`: after its last sentence end
/// in the second half, else before its last space there, else at the last
/// character boundary at or before `limit`. Always after `start`.
fn cut_point(raw: &str, start: usize, limit: usize) -> usize {
    let mut limit = limit;
    while !raw.is_char_boundary(limit) {
        limit -= 1;
    }
    let half = start + (limit - start) / 2;
    let window = &raw.as_bytes()[half..limit];
    let sentence_end = window
        .windows(2)
        .rposition(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ')
        .map(|k| half + k + 1);
    let space = window.iter().rposition(|&c| c == b' ').map(|k| half + k);
    match sentence_end.or(space) {
        Some(cut) if cut > start => cut,
        _ => limit,
    }
}

fn skip_spaces(raw: &str, mut at: usize, end: usize) -> usize {
    while at < end && raw.as_bytes()[at].is_ascii_whitespace() {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces(raw: &str, max: usize) -> (Vec<&str>, usize) {
        let whole = vec![Para {
            start: 0,
            end: raw.len(),
        }];
        let (paras, n) = cap(raw, whole, max);
        (paras.iter().map(|p| &raw[p.start..p.end]).collect(), n)
    }

    #[test]
    fn short_paragraphs_are_kept_whole() {
        let (p, n) = pieces("The talks resumed.", 1000);
        assert_eq!((p, n), (vec!["The talks resumed."], 0));
    }

    #[test]
    fn a_long_paragraph_is_cut_after_a_sentence() {
        let raw = "The envoys met again. ".repeat(40);
        let (p, n) = pieces(raw.trim_end(), 300);
        assert_eq!(n, 1);
        assert!(p.len() >= 3);
        assert!(p.iter().all(|s| s.len() <= 300 && s.ends_with('.')));
    }

    #[test]
    fn text_without_spaces_is_cut_at_a_character_boundary() {
        let raw = "é".repeat(400);
        let (p, _) = pieces(&raw, 301);
        assert!(p.iter().all(|s| s.len() <= 301));
        assert_eq!(p.concat(), raw);
    }

    proptest! {
        /// The pieces are in order, within the limit, and only spaces lie between them.
        #[test]
        fn pieces_cover_the_paragraph(raw in "[a-zé .!?]{0,2000}", max in 256usize..700) {
            let raw = raw.trim();
            let (p, _) = pieces(raw, max);
            let mut at = 0;
            for s in p {
                prop_assert!(s.len() <= max);
                let start = s.as_ptr() as usize - raw.as_ptr() as usize;
                prop_assert!(raw[at..start].trim().is_empty());
                at = start + s.len();
            }
            prop_assert!(raw[at..].trim().is_empty());
        }
    }
}
