//! Decoding: greedy tagging left to right, then greedy arc-hybrid parsing,
//! then lemmas, over reused buffers (no allocation per token).

use crate::features::{parser_features, tagger_features, ParseCtx, NO_TAG};
use crate::lex::{lex, Lex, LexBuf};
use crate::model::SyntaxModel;
use crate::system::{Move, State};
use dragoman_model::{Deprel, Upos};

/// Reused buffers for decoding; one per thread.
#[derive(Default)]
pub struct Scratch {
    lexbuf: LexBuf,
    lex: Vec<Lex>,
    amb: Vec<u32>,
    /// Tags predicted for the last sentence (indices into [`Upos::ALL`]).
    pub tags: Vec<u8>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    rows: Vec<(u32, u32)>,
    state: State,
    lower: String,
    caps: String,
}

/// The parser class for a move and a label.
pub fn class_of(mv: Move, label: u8, n_labels: usize) -> usize {
    match mv {
        Move::Shift => 0,
        Move::Left => 1 + usize::from(label),
        Move::Right => 1 + n_labels + usize::from(label),
    }
}

/// The move and label of a parser class.
pub fn move_of(class: usize, n_labels: usize) -> (Move, u8) {
    if class == 0 {
        (Move::Shift, 0)
    } else if class <= n_labels {
        (Move::Left, (class - 1) as u8)
    } else {
        (Move::Right, (class - 1 - n_labels) as u8)
    }
}

/// Which classes may be taken in a state: a move must be valid, and the
/// root label is used exactly for the arc from the root. The moves'
/// validity is computed once per state, not once per class.
#[derive(Clone, Copy, Debug)]
pub struct Allowed {
    shift: bool,
    left: bool,
    right: bool,
    to_root: bool,
    n_labels: usize,
    root: usize,
}

impl Allowed {
    /// The classes allowed in `st`.
    #[inline]
    pub fn new(st: &State, n_labels: usize, root_label: u8) -> Allowed {
        Allowed {
            shift: st.valid(Move::Shift),
            left: st.valid(Move::Left),
            right: st.valid(Move::Right),
            to_root: st.right_is_root(),
            n_labels,
            root: usize::from(root_label),
        }
    }

    /// Whether class `c` is allowed.
    #[inline]
    pub fn ok(&self, c: usize) -> bool {
        match c {
            0 => self.shift,
            c if c <= self.n_labels => self.left && c - 1 != self.root,
            c => self.right && ((c - 1 - self.n_labels == self.root) == self.to_root),
        }
    }
}

/// Whether class `c` may be taken in `st` (see [`Allowed`]).
pub fn allowed(st: &State, class: usize, n_labels: usize, root_label: u8) -> bool {
    Allowed::new(st, n_labels, root_label).ok(class)
}

impl SyntaxModel {
    /// Fills `sc.lex`/`sc.amb` for the sentence whose token `i` is `form(i)`.
    pub fn prepare<'a>(&self, n: usize, form: impl Fn(usize) -> &'a str, sc: &mut Scratch) {
        sc.lex.clear();
        sc.amb.clear();
        for i in 0..n {
            let l = lex(form(i), i == 0, &mut sc.lexbuf);
            sc.amb.push(self.amb.get(&l.word).copied().unwrap_or(0));
            sc.lex.push(l);
        }
    }

    /// Tags the prepared sentence into `sc.tags`.
    pub fn tag_prepared(&self, sc: &mut Scratch) {
        sc.tags.clear();
        sc.scores.resize(Upos::ALL.len(), 0);
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        for i in 0..sc.lex.len() {
            tagger_features(&sc.lex, &sc.amb, i, p1, p2, &mut sc.feats);
            sc.scores.fill(0);
            self.tagger.add_all(&sc.feats, &mut sc.scores, &mut sc.rows);
            let best = argmax(&sc.scores, |_| true) as u8;
            sc.tags.push(best);
            (p2, p1) = (p1, best);
        }
    }

    /// Parses the prepared, tagged sentence; `sc` then holds the final state.
    pub fn parse_prepared(&self, sc: &mut Scratch) {
        let n_labels = self.labels.len();
        let Scratch {
            lex,
            tags,
            feats,
            scores,
            state,
            rows,
            ..
        } = sc;
        let ctx = ParseCtx { lex, tags };
        state.reset(lex.len());
        scores.resize(self.parser.n_classes(), 0);
        while !state.is_final() {
            parser_features(&ctx, state, feats);
            scores.fill(0);
            self.parser.add_all(feats, scores, rows);
            let ok = Allowed::new(state, n_labels, self.root_label);
            let best = argmax(scores, |c| ok.ok(c));
            let (mv, label) = move_of(best, n_labels);
            state.apply(mv, label);
        }
    }

    /// Tags, parses and lemmatizes one sentence, calling `emit(i, upos,
    /// head, deprel, lemma)` for each token in order (`head` 1-based, 0 for
    /// the root).
    pub fn analyze<'a>(
        &self,
        n: usize,
        form: impl Fn(usize) -> &'a str + Copy,
        sc: &mut Scratch,
        mut emit: impl FnMut(usize, Upos, u32, Deprel, &str),
    ) {
        self.prepare(n, form, sc);
        self.tag_prepared(sc);
        self.parse_prepared(sc);
        let mut out = String::new();
        let Scratch {
            state,
            tags,
            lower,
            caps,
            ..
        } = sc;
        for (i, (head, label)) in state.arcs().enumerate() {
            let upos = Upos::from_index(usize::from(tags[i])).unwrap_or(Upos::X);
            let mut f = form(i);
            // A headline's capitals are not the word's: "TALKS" is "talk".
            if upos != Upos::Propn && is_caps(f) {
                caps.clear();
                caps.extend(f.chars().flat_map(char::to_lowercase));
                f = caps;
            }
            out.clear();
            self.lemmas.lemma(f, upos, lower, &mut out);
            emit(i, upos, head, self.labels[usize::from(label)], &out);
        }
    }
}

/// Whether `form` has two or more letters, all upper case.
fn is_caps(form: &str) -> bool {
    let mut letters = 0;
    for c in form.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_uppercase());
    }
    letters >= 2
}

/// The index of the highest score among the classes `ok` accepts (the
/// lowest index on ties).
#[inline]
pub fn argmax(scores: &[i32], ok: impl Fn(usize) -> bool) -> usize {
    let mut best = (usize::MAX, i32::MIN);
    for (c, s) in scores.iter().enumerate() {
        if (best.0 == usize::MAX || *s > best.1) && ok(c) {
            best = (c, *s);
        }
    }
    best.0.min(scores.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_classes_follow_the_moves_and_the_root_label() {
        let (n_labels, root) = (4usize, 2u8);
        let mut st = State::default();
        st.reset(2);
        let ok = |st: &State| {
            let a = Allowed::new(st, n_labels, root);
            (0..1 + 2 * n_labels)
                .filter(|c| a.ok(*c))
                .collect::<Vec<_>>()
        };
        assert_eq!(ok(&st), [0], "only SHIFT at the start");
        st.apply(Move::Shift, 0);
        assert_eq!(
            ok(&st),
            [0, 1, 2, 4],
            "SHIFT or LEFT without the root label"
        );
        st.apply(Move::Shift, 0);
        st.apply(Move::Right, 0);
        assert_eq!(
            ok(&st),
            [7],
            "the last RIGHT, to the root, with the root label"
        );
        for c in 0..1 + 2 * n_labels {
            let (mv, l) = move_of(c, n_labels);
            assert_eq!(class_of(mv, l, n_labels), c);
        }
    }
}
