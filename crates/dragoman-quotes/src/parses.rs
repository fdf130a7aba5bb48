//! Dependency trees for the few readings the words leave open, parsed on
//! demand one sentence at a time (the syntax layer when the pipeline filled
//! it, else `dragoman_syntax::sentence_syntax`), the last one kept.
//!
//! Token indices in and out are document token indices. Parsing costs far
//! more than the rest of the stage: a rule asks for a tree only after its
//! words have singled a reading out.

use dragoman_model::{Doc, Syntax, Upos};
use dragoman_syntax::Tree;
use std::ops::Range;

/// The trees of a document's sentences, parsed when first asked for.
pub struct Parses<'d> {
    doc: &'d Doc,
    /// The sentence parsed last: its index and its syntax.
    last: Option<(usize, Syntax)>,
    /// How many sentences were parsed.
    parsed: usize,
}

impl<'d> Parses<'d> {
    /// No sentence parsed yet.
    pub fn new(doc: &'d Doc) -> Parses<'d> {
        Parses {
            doc,
            last: None,
            parsed: 0,
        }
    }

    /// The index of the sentence holding token `i`.
    fn sentence_of(&self, i: usize) -> Option<usize> {
        let s = &self.doc.sentences;
        let k = s.partition_point(|x| (x.end_token as usize) <= i);
        (k < s.len() && (s[k].first_token as usize) <= i).then_some(k)
    }

    /// The first token of sentence `si` and its syntax, parsed once.
    fn syntax(&mut self, si: usize) -> (usize, &Syntax) {
        let sentence = &self.doc.sentences[si];
        if self.last.as_ref().is_none_or(|(k, _)| *k != si) {
            self.parsed += 1;
            let syn = dragoman_syntax::sentence_syntax(self.doc, sentence);
            self.last = Some((si, syn));
        }
        let syn = &self.last.as_ref().expect("parsed just above").1;
        (sentence.first_token as usize, syn)
    }

    /// The part of speech the tagger gives token `i`.
    pub fn upos(&mut self, i: usize) -> Option<Upos> {
        let (first, syn) = self.syntax(self.sentence_of(i)?);
        syn.get(i - first).map(|t| t.upos)
    }

    /// True when token `i` hangs on a word among tokens `first..=last` that
    /// is no verb ("nearly half", "only a third", the parser's "half" an
    /// adverb or a noun): it opens a phrase, not a clause.
    pub fn opens_phrase(&mut self, i: usize, first: usize, last: usize) -> bool {
        let Some(si) = self.sentence_of(i) else {
            return false;
        };
        let (start, syn) = self.syntax(si);
        let Some(h) = syn.get(i - start).and_then(|t| t.head) else {
            return false;
        };
        let h = start + h as usize;
        (first..=last).contains(&h)
            && syn
                .get(h - start)
                .is_some_and(|t| !matches!(t.upos, Upos::Verb | Upos::Aux))
    }

    /// The subject the tree gives the cue at token `cue`, as a token range
    /// (its noun phrase, without clauses): the cue's own subject, else, for
    /// a participle, an infinitive or a coordinated verb hung on another
    /// verb ("Thousands marched, demanding ...", "X spent the day praising
    /// ..."), that verb's, at most three verbs up.
    pub fn subject_of(&mut self, cue: usize) -> Option<Range<usize>> {
        let (first, syn) = self.syntax(self.sentence_of(cue)?);
        let tree = Tree::new(syn);
        let mut p = cue - first;
        for _ in 0..3 {
            if let Some(subject) = tree.subject(p) {
                let r = tree.phrase(subject);
                return Some(first + r.start..first + r.end);
            }
            let rel = tree.deprel(p).map(|d| d.universal())?;
            if !matches!(rel, "advcl" | "acl" | "xcomp" | "conj") {
                return None;
            }
            p = tree.head(p)?;
        }
        None
    }

    /// How many sentences were parsed so far.
    #[cfg(test)]
    pub fn parsed(&self) -> usize {
        self.parsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        doc.sentences = dragoman_tokenize::sentences(&doc.text, &doc.tokens);
        doc
    }

    fn word(d: &Doc, w: &str) -> usize {
        d.tokens.iter().position(|t| d.slice(t.span) == w).unwrap()
    }

    #[test]
    fn a_participle_takes_the_subject_of_its_verb_and_one_parse_serves_the_sentence() {
        let d = doc("It rained. The farmers marched through the town, demanding lower taxes.");
        let mut p = Parses::new(&d);
        let r = p.subject_of(word(&d, "demanding")).unwrap();
        let first = d.tokens[r.start].span.start as usize;
        let last = d.tokens[r.end - 1].span.end as usize;
        assert_eq!(&d.text[first..last], "The farmers");
        assert_eq!(p.upos(word(&d, "marched")), Some(Upos::Verb));
        assert_eq!(p.parsed(), 1);
    }
}
