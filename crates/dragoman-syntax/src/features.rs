//! Feature extraction: the one place that says what the tagger and the
//! parser look at. Training (`dragoman-train`) and decoding call the same
//! functions, so a model always sees at run time the features it was
//! trained on.

use crate::hash::feature;
use crate::lex::Lex;
use crate::system::{State, NONE};

/// The tag value of a position before the sentence (no previous tag).
pub const NO_TAG: u8 = 100;
/// The tag value of the artificial root.
pub const ROOT_TAG: u8 = 101;
const NO_LABEL: u64 = 200;

/// The tagger's features for token `i` of a sentence, given the two tags
/// predicted before it (`p1` nearest; [`NO_TAG`] at the start). `amb[i]` is
/// the token's ambiguity class (the set of tags its word took in training,
/// 0 when unknown).
pub fn tagger_features(lx: &[Lex], amb: &[u32], i: usize, p1: u8, p2: u8, out: &mut Vec<u64>) {
    out.clear();
    let at = |k: isize| -> &Lex {
        usize::try_from(i as isize + k)
            .ok()
            .and_then(|j| lx.get(j))
            .unwrap_or(&Lex::NONE)
    };
    let amb_at = |k: isize| -> u64 {
        usize::try_from(i as isize + k)
            .ok()
            .and_then(|j| amb.get(j))
            .map_or(1 << 20, |a| u64::from(*a))
    };
    let (w, m1, m2, n1, n2) = (at(0), at(-1), at(-2), at(1), at(2));
    let (p1, p2) = (u64::from(p1), u64::from(p2));
    let f = [
        feature(0, 0, 0, 0),
        feature(1, w.word, 0, 0),
        feature(2, w.suffix[0], 0, 0),
        feature(3, w.suffix[1], 0, 0),
        feature(4, w.suffix[2], 0, 0),
        feature(5, w.suffix[3], 0, 0),
        feature(6, w.prefix[0], 0, 0),
        feature(7, w.prefix[1], 0, 0),
        feature(8, w.shape, 0, 0),
        feature(9, u64::from(w.flags), 0, 0),
        feature(10, m1.word, 0, 0),
        feature(11, n1.word, 0, 0),
        feature(12, m2.word, 0, 0),
        feature(13, n2.word, 0, 0),
        feature(14, m1.suffix[2], 0, 0),
        feature(15, n1.suffix[2], 0, 0),
        feature(16, m1.shape, 0, 0),
        feature(17, n1.shape, 0, 0),
        feature(18, p1, 0, 0),
        feature(19, p1, p2, 0),
        feature(20, p1, w.word, 0),
        feature(21, amb_at(0), 0, 0),
        feature(22, amb_at(1), 0, 0),
        feature(23, amb_at(2), 0, 0),
        feature(24, amb_at(0), amb_at(1), 0),
        feature(25, p1, amb_at(0), 0),
        feature(26, w.word, n1.word, 0),
        feature(27, m1.word, w.word, 0),
        feature(28, w.suffix[2], amb_at(1), 0),
        feature(29, u64::from(n1.flags), w.shape, 0),
        feature(30, p1, w.suffix[2], 0),
        feature(31, n1.suffix[1], 0, 0),
        feature(32, m1.word, p1, 0),
        feature(33, w.shape, p1, 0),
    ];
    out.extend_from_slice(&f);
}

/// What the parser knows of a sentence: token attributes and predicted tags,
/// both indexed by node (0 is the artificial root, tokens are 1..=n).
pub struct ParseCtx<'a> {
    /// Attributes of tokens 1..=n at indices 0..n.
    pub lex: &'a [Lex],
    /// Tags of tokens 1..=n at indices 0..n.
    pub tags: &'a [u8],
}

impl ParseCtx<'_> {
    #[inline]
    fn w(&self, x: u32) -> u64 {
        match x {
            NONE => 1,
            0 => 2,
            _ => self.lex[x as usize - 1].word,
        }
    }
    #[inline]
    fn p(&self, x: u32) -> u64 {
        u64::from(match x {
            NONE => NO_TAG,
            0 => ROOT_TAG,
            _ => self.tags[x as usize - 1],
        })
    }
    #[inline]
    fn suf(&self, x: u32) -> u64 {
        match x {
            NONE | 0 => 1,
            _ => self.lex[x as usize - 1].suffix[2],
        }
    }
}

fn dist(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    match b.abs_diff(a) {
        d @ 0..=4 => u64::from(d),
        5..=7 => 5,
        _ => 6,
    }
}

/// The parser's features for a configuration.
#[allow(
    clippy::too_many_lines,
    reason = "the feature template table: one line per template"
)]
pub fn parser_features(ctx: &ParseCtx, st: &State, out: &mut Vec<u64>) {
    out.clear();
    let (s0, s1, s2) = (st.stack_at(0), st.stack_at(1), st.stack_at(2));
    let (b0, b1, b2) = (st.buffer_at(0), st.buffer_at(1), st.buffer_at(2));
    let k0 = st.kids(s0);
    let k1 = st.kids(s1);
    let kb = st.kids(b0);
    let lab = |x: u32| st.label(x).map_or(NO_LABEL, u64::from);
    let (w, p) = (|x| ctx.w(x), |x| ctx.p(x));
    let (s0w, s0p, s1w, s1p, b0w, b0p) = (w(s0), p(s0), w(s1), p(s1), w(b0), p(b0));
    let (s0l1, s0l2, s0r1, s0r2) = (k0.l1, k0.l2, k0.r1, k0.r2);
    let (b0l1, b0l2, s1l1, s1r1) = (kb.l1, kb.l2, k1.l1, k1.r1);
    let d = dist(s0, b0);
    let d1 = dist(s1, s0);
    let f = [
        // single positions
        feature(100, s0w, 0, 0),
        feature(101, s0p, 0, 0),
        feature(102, s0w, s0p, 0),
        feature(103, b0w, 0, 0),
        feature(104, b0p, 0, 0),
        feature(105, b0w, b0p, 0),
        feature(106, w(b1), 0, 0),
        feature(107, p(b1), 0, 0),
        feature(108, w(b1), p(b1), 0),
        feature(109, w(b2), 0, 0),
        feature(110, p(b2), 0, 0),
        feature(111, s1w, 0, 0),
        feature(112, s1p, 0, 0),
        feature(113, s1w, s1p, 0),
        feature(114, p(s2), 0, 0),
        feature(115, ctx.suf(s0), s0p, 0),
        feature(116, ctx.suf(b0), b0p, 0),
        // pairs
        feature(120, s0w, s0p, b0w ^ b0p.rotate_left(32)),
        feature(121, s0w, s0p, b0w),
        feature(122, s0w, b0w, b0p),
        feature(123, s0w, s0p, b0p),
        feature(124, s0p, b0w, b0p),
        feature(125, s0w, b0w, 0),
        feature(126, s0p, b0p, 0),
        feature(127, b0p, p(b1), 0),
        feature(128, s1p, s0p, 0),
        feature(129, s1w, s0w, 0),
        feature(130, s1w, s1p, s0p),
        feature(131, s1p, s0w, s0p),
        feature(132, s1w, b0w, 0),
        feature(133, s1p, b0p, 0),
        // triples
        feature(140, b0p, p(b1), p(b2)),
        feature(141, s0p, b0p, p(b1)),
        feature(142, s1p, s0p, b0p),
        feature(143, p(s2), s1p, s0p),
        feature(144, s0p, p(s0l1), b0p),
        feature(145, s0p, p(s0r1), b0p),
        feature(146, s0p, b0p, p(b0l1)),
        feature(147, s1p, p(s1r1), s0p),
        feature(148, s1p, p(s1l1), s0p),
        // distance
        feature(150, s0w, d, 0),
        feature(151, s0p, d, 0),
        feature(152, b0w, d, 0),
        feature(153, b0p, d, 0),
        feature(154, s0w, b0w, d),
        feature(155, s0p, b0p, d),
        feature(156, s1p, s0p, d1),
        feature(157, s1w, s0w, d1),
        // valency
        feature(160, s0w, u64::from(k0.nl), 0),
        feature(161, s0p, u64::from(k0.nl), 0),
        feature(162, s0w, u64::from(k0.nr), 0),
        feature(163, s0p, u64::from(k0.nr), 0),
        feature(164, b0w, u64::from(kb.nl), 0),
        feature(165, b0p, u64::from(kb.nl), 0),
        feature(166, s1p, u64::from(k1.nr), 0),
        feature(167, s1w, u64::from(k1.nr), 0),
        // children
        feature(170, w(s0l1), 0, 0),
        feature(171, p(s0l1), 0, 0),
        feature(172, lab(s0l1), 0, 0),
        feature(173, w(s0r1), 0, 0),
        feature(174, p(s0r1), 0, 0),
        feature(175, lab(s0r1), 0, 0),
        feature(176, w(b0l1), 0, 0),
        feature(177, p(b0l1), 0, 0),
        feature(178, lab(b0l1), 0, 0),
        feature(179, p(s1r1), lab(s1r1), 0),
        feature(180, p(s1l1), lab(s1l1), 0),
        // second children
        feature(181, w(s0l2), 0, 0),
        feature(182, p(s0l2), lab(s0l2), 0),
        feature(183, w(s0r2), 0, 0),
        feature(184, p(s0r2), lab(s0r2), 0),
        feature(185, w(b0l2), 0, 0),
        feature(186, p(b0l2), lab(b0l2), 0),
        feature(187, s0p, p(s0l1), p(s0l2)),
        feature(188, s0p, p(s0r1), p(s0r2)),
        feature(189, b0p, p(b0l1), p(b0l2)),
        // label sets
        feature(190, s0w, k0.rset, 0),
        feature(191, s0p, k0.rset, 0),
        feature(192, s0w, k0.lset, 0),
        feature(193, s0p, k0.lset, 0),
        feature(194, b0w, kb.lset, 0),
        feature(195, b0p, kb.lset, 0),
        feature(196, s1p, k1.rset, 0),
    ];
    out.extend_from_slice(&f);
}
