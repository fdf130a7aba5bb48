//! The questions later stages ask of the syntax layer: a token's head and
//! dependents, a predicate's subject, object, obliques and clausal
//! complement, passive voice, negation, modal and conditional marking, the
//! clause a token belongs to, and the extent of a noun phrase.
//!
//! Token indices are indices into `Doc::tokens`, as in the syntax layer.

use dragoman_model::{Deprel, Doc, Syntax, Upos};

/// A view of a document's dependency trees, with each token's dependents
/// indexed once.
pub struct Tree<'a> {
    syn: &'a Syntax,
    /// Dependents of token i: `kids[offsets[i]..offsets[i + 1]]`, in order.
    offsets: Vec<u32>,
    kids: Vec<u32>,
}

const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought",
];
const NEGATIONS: &[&str] = &["not", "never", "n't", "no", "cannot"];
const CONDITIONS: &[&str] = &["if", "unless", "provided", "providing", "whether"];
const CLAUSAL: &[&str] = &[
    "root",
    "ccomp",
    "xcomp",
    "advcl",
    "acl",
    "csubj",
    "parataxis",
    "list",
];

impl<'a> Tree<'a> {
    /// The trees of `doc` (empty when its syntax layer is).
    pub fn of(doc: &'a Doc) -> Tree<'a> {
        Tree::new(&doc.syntax)
    }

    /// The trees of a syntax layer.
    pub fn new(syn: &'a Syntax) -> Tree<'a> {
        let n = syn.len();
        let mut offsets = vec![0u32; n + 1];
        for t in syn.tokens() {
            if let Some(h) = t.head.filter(|h| (*h as usize) < n) {
                offsets[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut kids = vec![0u32; offsets[n] as usize];
        for (i, t) in syn.tokens().iter().enumerate() {
            if let Some(h) = t.head.filter(|h| (*h as usize) < n) {
                kids[fill[h as usize] as usize] = i as u32;
                fill[h as usize] += 1;
            }
        }
        Tree { syn, offsets, kids }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.syn.len()
    }

    /// Whether there are no tokens (no syntax).
    pub fn is_empty(&self) -> bool {
        self.syn.is_empty()
    }

    /// Token `i`'s head (`None` for a root).
    pub fn head(&self, i: usize) -> Option<usize> {
        self.syn.get(i)?.head.map(|h| h as usize)
    }

    /// Token `i`'s relation to its head.
    pub fn deprel(&self, i: usize) -> Option<Deprel> {
        self.syn.get(i).map(|t| t.deprel)
    }

    /// Token `i`'s part of speech.
    pub fn upos(&self, i: usize) -> Option<Upos> {
        self.syn.get(i).map(|t| t.upos)
    }

    /// Token `i`'s lemma.
    pub fn lemma(&self, i: usize) -> &'a str {
        self.syn.lemma(i)
    }

    /// Token `i`'s dependents, left to right.
    pub fn dependents(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(a), Some(b)) => &self.kids[*a as usize..*b as usize],
            _ => &[],
        }
    }

    /// The first dependent of `i` whose universal relation is one of `rels`.
    pub fn child(&self, i: usize, rels: &[&str]) -> Option<usize> {
        self.children(i, rels).next()
    }

    /// The dependents of `i` whose universal relation is one of `rels`.
    pub fn children<'s>(&'s self, i: usize, rels: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.dependents(i)
            .iter()
            .map(|k| *k as usize)
            .filter(move |k| {
                self.deprel(*k)
                    .is_some_and(|d| rels.contains(&d.universal()))
            })
    }

    /// The subject of predicate `p` (`nsubj`, `csubj`, passive or not); for
    /// a predicate without one that is coordinated with or controlled by
    /// another (`conj`, `xcomp`), that predicate's subject.
    pub fn subject(&self, p: usize) -> Option<usize> {
        let mut p = p;
        for _ in 0..8 {
            if let Some(s) = self.child(p, &["nsubj", "csubj"]) {
                return Some(s);
            }
            match self.deprel(p).map(Deprel::universal) {
                Some("conj" | "xcomp") => p = self.head(p)?,
                _ => return None,
            }
        }
        None
    }

    /// The direct object of predicate `p`.
    pub fn object(&self, p: usize) -> Option<usize> {
        self.child(p, &["obj"])
    }

    /// The indirect object of predicate `p`.
    pub fn indirect_object(&self, p: usize) -> Option<usize> {
        self.child(p, &["iobj"])
    }

    /// The obliques of predicate `p` (`obl`, `obl:tmod`, `obl:agent`, ...).
    pub fn obliques(&self, p: usize) -> Vec<usize> {
        self.children(p, &["obl"]).collect()
    }

    /// The agent of a passive predicate ("by the ministry" → "ministry").
    pub fn agent(&self, p: usize) -> Option<usize> {
        self.dependents(p)
            .iter()
            .map(|k| *k as usize)
            .find(|k| self.deprel(*k).is_some_and(|d| d.as_str() == "obl:agent"))
    }

    /// The clausal complement of predicate `p` (`ccomp`, else `xcomp`).
    pub fn clausal_complement(&self, p: usize) -> Option<usize> {
        self.child(p, &["ccomp"])
            .or_else(|| self.child(p, &["xcomp"]))
    }

    /// Whether predicate `p` is in the passive voice.
    pub fn is_passive(&self, p: usize) -> bool {
        self.dependents(p).iter().any(|k| {
            self.deprel(*k as usize)
                .is_some_and(|d| matches!(d.as_str(), "nsubj:pass" | "csubj:pass" | "aux:pass"))
        })
    }

    /// Whether predicate `p` is negated ("did not sign", "never met",
    /// "cannot accept": the tokenizer keeps "cannot" whole, so the auxiliary
    /// carries the negation).
    pub fn is_negated(&self, p: usize) -> bool {
        self.children(p, &["advmod", "det", "aux"])
            .any(|k| NEGATIONS.contains(&self.lemma(k).to_lowercase().as_str()))
    }

    /// The modal auxiliary of predicate `p` ("would", "could"), if any.
    pub fn modal(&self, p: usize) -> Option<usize> {
        self.children(p, &["aux"])
            .find(|k| MODALS.contains(&self.lemma(*k).to_lowercase().as_str()))
    }

    /// The conditional clause attached to predicate `p` ("if talks fail"
    /// in "if talks fail, Moscow will respond"): its predicate.
    pub fn condition(&self, p: usize) -> Option<usize> {
        self.children(p, &["advcl"]).find(|c| self.is_condition(*c))
    }

    /// Whether `p` heads a clause introduced by "if", "unless", ...
    pub fn is_condition(&self, p: usize) -> bool {
        self.children(p, &["mark"])
            .any(|m| CONDITIONS.contains(&self.lemma(m).to_lowercase().as_str()))
    }

    /// Whether predicate `p` is hypothetical by syntax: its clause is a
    /// condition, or it has a conditional clause of its own.
    pub fn is_conditional(&self, p: usize) -> bool {
        self.is_condition(self.clause_of(p)) || self.condition(p).is_some()
    }

    /// The predicate heading the clause token `i` belongs to: the nearest
    /// token, from `i` up, that is a root or attached by a clausal relation
    /// (or by `conj` to one).
    pub fn clause_of(&self, i: usize) -> usize {
        let mut x = i;
        for _ in 0..self.len() {
            let Some(d) = self.deprel(x) else { return x };
            let verbal = self
                .upos(x)
                .is_some_and(|u| matches!(u, Upos::Verb | Upos::Aux));
            if CLAUSAL.contains(&d.universal()) || (d.universal() == "conj" && verbal) {
                return x;
            }
            match self.head(x) {
                Some(h) => x = h,
                None => return x,
            }
        }
        x
    }

    /// The tokens of the noun phrase headed by `i`, as a range `first..end`:
    /// `i` and what hangs on it by nominal relations (determiners,
    /// modifiers, compounds, flat names, possessors, numbers, prepositional
    /// modifiers), without clauses, coordination or punctuation.
    pub fn phrase(&self, i: usize) -> std::ops::Range<usize> {
        let (mut first, mut last) = (i, i);
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            for k in self.dependents(x) {
                let k = *k as usize;
                let keep = self.deprel(k).is_some_and(|d| {
                    matches!(
                        d.universal(),
                        "det"
                            | "amod"
                            | "compound"
                            | "flat"
                            | "nummod"
                            | "nmod"
                            | "case"
                            | "fixed"
                            | "goeswith"
                    ) && !(x == i && d.universal() == "case")
                });
                if keep {
                    first = first.min(k);
                    last = last.max(k);
                    stack.push(k);
                }
            }
        }
        first..last + 1
    }
}
