//! The verb a time expression hangs on in the dependency tree, and its
//! tense, for the expressions whose sentence holds no tense cue of the words
//! ([`crate::tense`]): "The truce expires on Sunday", "Parliament votes on
//! Tuesday" tell a schedule in the present, which lies ahead.
//!
//! Sentences are parsed on demand, one at a time (the syntax layer when the
//! pipeline filled it, else `dragoman_syntax::sentence_syntax`), the last
//! one kept: only a weekday without a cue asks for a tree.

use crate::tense::Tense;
use dragoman_model::{Doc, Syntax, Upos};
use dragoman_syntax::Tree;

/// The trees of a document's sentences, parsed when first asked for.
pub struct Governing<'d> {
    doc: &'d Doc,
    /// The sentence parsed last: its index and its syntax.
    last: Option<(usize, Syntax)>,
}

/// How many heads up from the expression the verb may stand.
const CLIMB: usize = 3;

impl<'d> Governing<'d> {
    /// No sentence parsed yet.
    pub fn new(doc: &'d Doc) -> Governing<'d> {
        Governing { doc, last: None }
    }

    /// The tense of the verb that document token `i`, inside sentence `si`,
    /// hangs on: past for a past form ("met", "was held"), future for a
    /// future or an infinitive ("will meet", "to meet") and for a present
    /// that is no verb of saying ("expires", "vote"), else unknown (a
    /// progressive, "is meeting", is read by the words' cues before the tree
    /// is asked). A headline (a sentence with no closing mark) tells past
    /// events in the present ("Pope Visits Iraq On Friday"): unknown.
    pub fn tense(&mut self, si: usize, i: usize) -> Tense {
        let Some(sentence) = self.doc.sentences.get(si) else {
            return Tense::Unknown;
        };
        if !closed(self.doc, sentence) {
            return Tense::Unknown;
        }
        let first = sentence.first_token as usize;
        if self.last.as_ref().is_none_or(|(k, _)| *k != si) {
            let syn = dragoman_syntax::sentence_syntax(self.doc, sentence);
            self.last = Some((si, syn));
        }
        let Some((_, syn)) = self.last.as_ref() else {
            return Tense::Unknown;
        };
        let tree = Tree::new(syn);
        let Some(verb) = verb_above(&tree, i.wrapping_sub(first)) else {
            return Tense::Unknown;
        };
        let word = |k: usize| {
            self.doc
                .tokens
                .get(first + k)
                .map_or("", |t| t.span.of(&self.doc.text))
        };
        verb_tense(&tree, verb, word)
    }
}

/// True when `sentence` ends with a closing mark (".", "?", "!", before any
/// closing quotation marks or brackets): a sentence of running text, not a
/// headline.
fn closed(doc: &Doc, sentence: &dragoman_model::Sentence) -> bool {
    let tokens = &doc.tokens[sentence.first_token as usize..sentence.end_token as usize];
    tokens
        .iter()
        .rev()
        .map(|t| t.span.of(&doc.text))
        .find(|w| !matches!(*w, "\"" | "”" | "’" | "'" | ")"))
        .is_some_and(|w| matches!(w, "." | "?" | "!"))
}

/// The first verb at most [`CLIMB`] heads above token `p`.
fn verb_above(tree: &Tree, mut p: usize) -> Option<usize> {
    for _ in 0..CLIMB {
        p = tree.head(p)?;
        if tree.upos(p) == Some(Upos::Verb) {
            return Some(p);
        }
    }
    None
}

/// The tense of `verb` from its auxiliaries, its infinitive mark and its
/// own form (`word` gives a token's text).
fn verb_tense<'w>(tree: &Tree, verb: usize, word: impl Fn(usize) -> &'w str) -> Tense {
    for &c in tree.dependents(verb) {
        let c = c as usize;
        let rel = tree.deprel(c).map(|d| d.universal());
        let w = word(c).to_ascii_lowercase();
        match (rel, w.as_str()) {
            (Some("aux"), "will" | "shall" | "'ll" | "’ll" | "would") => return Tense::Future,
            (Some("mark"), "to") => return Tense::Future,
            (Some("aux" | "aux:pass"), "was" | "were" | "had" | "did" | "has" | "have") => {
                return Tense::Past
            }
            (Some("aux" | "aux:pass"), _) => return Tense::Unknown,
            _ => {}
        }
    }
    let lemma = tree.lemma(verb);
    let form = word(verb).to_ascii_lowercase();
    if SAYING.contains(&lemma) || (form == lemma && SAME_PAST.contains(&lemma)) {
        Tense::Unknown
    } else if form == lemma || form == format!("{lemma}s") || form == format!("{lemma}es") {
        Tense::Future
    } else if form.ends_with("ed") || !form.ends_with('s') && !form.ends_with("ing") {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// Lemmas of verbs of saying: a present of theirs reports ("Kyiv says on
/// Monday"), it schedules nothing.
const SAYING: &[&str] = &[
    "say", "tell", "announce", "report", "add", "state", "note", "warn", "confirm", "claim",
];

/// Verbs whose past is written as their present ("set", "put"): the form
/// tells no tense.
const SAME_PAST: &[&str] = &[
    "set", "put", "hit", "cut", "let", "shut", "spread", "cost", "hurt", "quit", "cast", "split",
    "upset", "read", "bid", "beat",
];
