//! Sources the words read wrong, checked against the tree: a source read
//! back from its cue that opens with a word no noun phrase opens with
//! ("speaking at a rally in Salem", "facing a hard race", "after remaining
//! neutral") is replaced by the subject the tree gives the cue.

use super::Extractor;
use crate::lexicon::LEXICON;
use dragoman_model::{Span, TokenKind, Upos};

impl Extractor<'_, '_> {
    /// Replaces every implausible source written before its cue by the
    /// cue's subject in the tree, when the tree has one before the cue.
    pub(super) fn subjects_from_tree(&mut self) {
        for k in 0..self.out.len() {
            let (cue, source) = (self.out[k].cue, self.out[k].source);
            let Some(source) = source.filter(|s| s.end <= cue.start) else {
                continue;
            };
            if !self.opens_no_phrase(source, cue) {
                continue;
            }
            // (A subject inside the content says the words were read
            // another way round: the reading is left as it is.)
            let subject = self
                .tree_subject(cue, source)
                .filter(|s| !self.out[k].content.iter().any(|c| c.overlaps(*s)));
            if let Some(subject) = subject {
                self.out[k].source = Some(subject);
            }
        }
    }

    /// True when `source` opens with a lower-case word shaped like a verb,
    /// an adverb or a preposition ("speaking", "joined", "recently",
    /// "without", "will"): maybe a clause, not a noun phrase. (Only these are parsed: a
    /// source opening with any other lower-case word is most often a
    /// noun phrase, "critics", "most", and the parse costs more than the
    /// few it would mend.) Before a participle cue a source of one
    /// lower-case word but a determiner or a pronoun may be a predicate's
    /// last word: "She rejected it, only saying ...", "He began dismissing".
    fn opens_no_phrase(&self, source: Span, cue: Span) -> bool {
        let v = self.v;
        let j = v.token_at_or_after(source.start);
        if j >= v.len() || v.kind(j) != TokenKind::Word || v.is_capitalized(j) {
            return false;
        }
        let w = v.lower(j);
        let shaped = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
        let one_word = v.token_at_or_after(source.end) == j + 1;
        let participle = one_word
            && v.lower(v.token_at_or_after(cue.start)).ends_with("ing")
            && !LEXICON.determiners.contains(w)
            && LEXICON.pronoun(w).is_none();
        shaped || participle || LEXICON.prepositions.contains(w) || LEXICON.auxiliaries.contains(w)
    }

    /// The subject the tree gives the cue at `cue`, when the tagger reads
    /// the source's opening word as a verb, auxiliary, preposition, adverb
    /// or subordinator that opens no phrase of the source, and the subject
    /// ends before the cue and does not overlap `source`.
    fn tree_subject(&mut self, cue: Span, source: Span) -> Option<Span> {
        let v = self.v;
        let j = v.token_at_or_after(source.start);
        let last = v.token_at_or_after(source.end).saturating_sub(1);
        let clause_word = matches!(
            self.parses.upos(j)?,
            Upos::Verb | Upos::Aux | Upos::Adp | Upos::Adv | Upos::Sconj
        );
        if !clause_word || self.parses.opens_phrase(j, j, last) {
            return None;
        }
        let c = v.token_at_or_after(cue.start);
        let r = self.parses.subject_of(c)?;
        let span = v.cover(r.start, r.end - 1);
        (span.end <= cue.start && !span.overlaps(source)).then_some(span)
    }
}
