//! Properties of the alignment on generated input: a raw text cut into runs
//! that are copied, replaced (folded) or dropped, as cleaning does. Every
//! span of the clean text maps to a valid raw range, and where the span lies
//! in a verbatim piece the raw range reads the very same text.

use dragoman_text::{AlignedBuilder, Alignment};
use proptest::prelude::*;
use std::ops::Range;

/// What to do with the next run of raw characters.
#[derive(Clone, Debug)]
enum Op {
    Copy(usize),
    Replace(usize, String),
    Drop(usize),
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    let op = prop_oneof![
        3 => (1usize..8).prop_map(Op::Copy),
        1 => (0usize..4, "\\PC{0,3}").prop_map(|(n, s)| Op::Replace(n, s)),
        1 => (1usize..5).prop_map(Op::Drop),
    ];
    prop::collection::vec(op, 0..24)
}

/// The byte range of the next `n` characters of `raw` from `at`.
fn take(raw: &str, at: usize, n: usize) -> Range<usize> {
    let end = raw[at..]
        .char_indices()
        .nth(n)
        .map_or(raw.len(), |(i, _)| at + i);
    at..end
}

fn build(raw: &str, ops: &[Op]) -> (String, Alignment) {
    let mut b = AlignedBuilder::new(raw);
    let mut at = 0;
    for op in ops {
        match op {
            Op::Copy(n) => {
                let r = take(raw, at, *n);
                at = r.end;
                b.copy(r);
            }
            Op::Replace(n, with) => {
                let r = take(raw, at, *n);
                at = r.end;
                b.replace(r, with);
            }
            Op::Drop(n) => at = take(raw, at, *n).end,
        }
    }
    b.finish()
}

/// Every non-empty char-boundary range of `text` of at most `width` characters.
fn spans(text: &str, width: usize) -> Vec<Range<usize>> {
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    (0..cuts.len())
        .flat_map(|i| (i + 1..cuts.len().min(i + width + 1)).map(move |j| (i, j)))
        .map(|(i, j)| cuts[i]..cuts[j])
        .collect()
}

proptest! {
    #[test]
    fn every_mapped_span_reads_the_same_text_where_the_piece_is_verbatim(
        raw in "\\PC{0,60}",
        ops in ops(),
    ) {
        let (clean, a) = build(&raw, &ops);
        prop_assert_eq!(a.clean_len(), clean.len());
        for span in spans(&clean, 6) {
            let r = a.to_raw(span.clone());
            prop_assert!(r.start <= r.end && r.end <= raw.len(), "{:?} -> {:?}", span, r);
            prop_assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
            let inside_verbatim = a.pieces().iter().any(|p| {
                let (s, e) = (p.clean as usize, (p.clean + p.clean_len) as usize);
                p.verbatim && s <= span.start && span.end <= e
            });
            if inside_verbatim {
                prop_assert_eq!(&raw[r.clone()], &clean[span.clone()], "{:?} -> {:?}", span, r);
                prop_assert_eq!(a.to_clean(r), Some(span));
            }
        }
        // A verbatim piece holds the raw bytes it stands for.
        for p in a.pieces().iter().filter(|p| p.verbatim) {
            let c = p.clean as usize..(p.clean + p.clean_len) as usize;
            let r = p.raw as usize..(p.raw + p.raw_len) as usize;
            prop_assert_eq!(&clean[c], &raw[r]);
        }
    }
}
