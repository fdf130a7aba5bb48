//! The syntax layer: per token a Universal Dependencies part of speech, a
//! lemma, a head and a relation (filled by `dragoman-syntax`).

/// A Universal Dependencies part of speech (the 17 UPOS tags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

const UPOS_NAMES: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

impl Upos {
    /// Every tag, in index order.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD name ("NOUN").
    pub fn as_str(self) -> &'static str {
        UPOS_NAMES[self as usize]
    }

    /// The tag's index in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag at an index of [`Upos::ALL`].
    pub fn from_index(i: usize) -> Option<Upos> {
        Upos::ALL.get(i).copied()
    }

    /// The tag named `name` ("NOUN"), if it is one.
    pub fn parse(name: &str) -> Option<Upos> {
        UPOS_NAMES
            .iter()
            .position(|n| *n == name)
            .and_then(Upos::from_index)
    }
}

/// Every dependency relation the syntax layer can carry: the UD universal
/// relations and the English subtypes of UD English EWT. One source of truth
/// for the label set: the parser's model file names its labels and is
/// refused when one is not here.
pub const DEPRELS: [&str; 51] = [
    "acl",
    "acl:relcl",
    "advcl",
    "advcl:relcl",
    "advmod",
    "amod",
    "appos",
    "aux",
    "aux:pass",
    "case",
    "cc",
    "cc:preconj",
    "ccomp",
    "compound",
    "compound:prt",
    "conj",
    "cop",
    "csubj",
    "csubj:outer",
    "csubj:pass",
    "dep",
    "det",
    "det:predet",
    "discourse",
    "dislocated",
    "expl",
    "fixed",
    "flat",
    "goeswith",
    "iobj",
    "list",
    "mark",
    "nmod",
    "nmod:desc",
    "nmod:poss",
    "nmod:unmarked",
    "nsubj",
    "nsubj:outer",
    "nsubj:pass",
    "nummod",
    "obj",
    "obl",
    "obl:agent",
    "obl:unmarked",
    "orphan",
    "parataxis",
    "punct",
    "reparandum",
    "root",
    "vocative",
    "xcomp",
];

/// A dependency relation: an index into [`DEPRELS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Deprel(u8);

impl Deprel {
    /// The relation named `name` ("nsubj:pass"), if it is in [`DEPRELS`].
    pub fn parse(name: &str) -> Option<Deprel> {
        DEPRELS
            .iter()
            .position(|n| *n == name)
            .map(|i| Deprel(i as u8))
    }

    /// The relation at an index of [`DEPRELS`].
    pub fn from_index(i: usize) -> Option<Deprel> {
        (i < DEPRELS.len()).then_some(Deprel(i as u8))
    }

    /// Its index in [`DEPRELS`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The full name ("nsubj:pass").
    pub fn as_str(self) -> &'static str {
        DEPRELS[self.index()]
    }

    /// The universal relation, without the subtype ("nsubj" for "nsubj:pass").
    pub fn universal(self) -> &'static str {
        let s = self.as_str();
        s.split_once(':').map_or(s, |(u, _)| u)
    }
}

/// The syntax of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenSyntax {
    /// Part of speech.
    pub upos: Upos,
    /// The head: an index into `Doc::tokens` in the same sentence; `None` for
    /// the sentence's root.
    pub head: Option<u32>,
    /// The relation to the head (`root` for the root).
    pub deprel: Deprel,
    /// Where the lemma lies in [`Syntax`]'s lemma text.
    lemma: (u32, u32),
}

/// The syntax layer: one [`TokenSyntax`] per token of the document, in
/// order, and the lemmas (kept in one string, so filling the layer does not
/// allocate per token). Empty when the syntax stage did not run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Syntax {
    tokens: Vec<TokenSyntax>,
    lemmas: String,
}

impl Syntax {
    /// An empty layer with room for `n` tokens.
    pub fn with_capacity(n: usize) -> Syntax {
        Syntax {
            tokens: Vec::with_capacity(n),
            lemmas: String::with_capacity(n * 6),
        }
    }

    /// Appends the next token's syntax.
    pub fn push(&mut self, upos: Upos, head: Option<u32>, deprel: Deprel, lemma: &str) {
        let start = self.lemmas.len() as u32;
        self.lemmas.push_str(lemma);
        self.tokens.push(TokenSyntax {
            upos,
            head,
            deprel,
            lemma: (start, self.lemmas.len() as u32),
        });
    }

    /// Gives token `i` a new head and relation (for a stage that joins
    /// trees parsed apart).
    pub fn attach(&mut self, i: usize, head: Option<u32>, deprel: Deprel) {
        if let Some(t) = self.tokens.get_mut(i) {
            t.head = head;
            t.deprel = deprel;
        }
    }

    /// The tokens' syntax, parallel to `Doc::tokens`.
    pub fn tokens(&self) -> &[TokenSyntax] {
        &self.tokens
    }

    /// Token `i`'s syntax.
    pub fn get(&self, i: usize) -> Option<&TokenSyntax> {
        self.tokens.get(i)
    }

    /// Token `i`'s lemma ("say" for "said").
    pub fn lemma(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lemmas[t.lemma.0 as usize..t.lemma.1 as usize])
    }

    /// How many tokens have syntax.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the layer is empty (the stage did not run).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
        }
        assert_eq!(Upos::parse("NOPE"), None);
        let d = Deprel::parse("nsubj:pass").unwrap();
        assert_eq!(d.as_str(), "nsubj:pass");
        assert_eq!(d.universal(), "nsubj");
        assert_eq!(Deprel::parse("obj").unwrap().universal(), "obj");
        assert_eq!(Deprel::parse("made:up"), None);
    }

    #[test]
    fn lemmas_are_kept_per_token() {
        let mut s = Syntax::with_capacity(2);
        let root = Deprel::parse("root").unwrap();
        s.push(Upos::Pron, Some(1), Deprel::parse("nsubj").unwrap(), "they");
        s.push(Upos::Verb, None, root, "meet");
        assert_eq!(s.lemma(0), "they");
        assert_eq!(s.lemma(1), "meet");
        assert_eq!(s.lemma(2), "");
        assert_eq!(s.get(1).unwrap().head, None);
        assert_eq!(s.len(), 2);
    }
}
