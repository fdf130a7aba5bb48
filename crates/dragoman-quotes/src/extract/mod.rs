//! Cue-driven extraction: every cue outside quotation marks, read with the
//! words around it into content, cue and source spans.
//!
//! The shapes read, for a reporting verb (see `data/cues.txt` for the classes):
//!
//! - source first: `X said (that) C`, `X told Y C`, `X said: “C”`;
//! - content first: `C, X said`, `“C,” X said`, `“C,” said X`;
//! - interrupted: `“C1,” X said, “C2”` and a quotation in the next sentence of
//!   the paragraph with no cue of its own;
//! - apposition: `X, a senior aide, said C`;
//! - participles: `..., adding that C` (the source is the subject before);
//! - nested: `X, citing Y, claims C`, `Citing Y, X claims C`,
//!   `According to X, Y said C`, `As X reported, Y said C` (Y speaks, X in `via`).
//!
//! Verbs of thought and stance read only `X believes C`; `according to X` reads
//! the clause around it.

mod content;
mod layouts;
mod sources;
mod subjects;
mod verbs;

use crate::extent::is_cue_word;
use crate::lexicon::{CueClass, LEXICON};
use crate::parses::Parses;
use crate::view::View;
use dragoman_model::{Doc, Sentence, Span};

/// The longest source phrase written after its cue ("..., said a senior official in Oslo").
const MAX_SOURCE_AFTER: usize = 6;

/// The longest source phrase written after its cue and a quotation
/// ("“...,” said Montclair State University political scientist Ann Lee").
const MAX_SOURCE_AFTER_QUOTATION: usize = 10;

/// The most words read past an attribution in search of its next quotation.
const MAX_ATTRIBUTION_TAIL: usize = 40;

/// One attribution as read off the text, before its speaker is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// What was said.
    pub content: Vec<Span>,
    /// The cue words.
    pub cue: Span,
    /// Where the source is written, if it is.
    pub source: Option<Span>,
    /// Outer sources, outermost first.
    pub via: Vec<Span>,
}

impl Found {
    /// An attribution with no outer source.
    fn new(content: Vec<Span>, cue: Span, source: Option<Span>) -> Found {
        Found {
            content,
            cue,
            source,
            via: Vec::new(),
        }
    }

    /// An attribution with its cue and source, content still to read.
    fn head(cue: Span, source: Span) -> Found {
        Found::new(Vec::new(), cue, Some(source))
    }
}

/// Reads every attribution of a document.
pub fn extract<'d>(doc: &'d Doc, v: &View<'d>) -> Vec<Found> {
    let mut x = Extractor {
        v,
        sentences: &doc.sentences,
        parses: Parses::new(doc),
        used: vec![false; v.regions.len()],
        out: Vec::new(),
    };
    for si in 0..doc.sentences.len() {
        x.sentence(si);
    }
    x.signed_quotations();
    x.colon_quotations();
    x.subjects_from_tree();
    // Content of punctuation alone is no statement.
    x.out.retain(|f| {
        f.content
            .iter()
            .any(|c| c.of(v.text).chars().any(char::is_alphanumeric))
    });
    x.out
}

/// The reading state of one document.
struct Extractor<'v, 'd> {
    v: &'v View<'d>,
    sentences: &'v [Sentence],
    /// The sentences' trees, parsed when a rule asks.
    parses: Parses<'d>,
    /// Quotation regions already taken as some attribution's content.
    used: Vec<bool>,
    out: Vec<Found>,
}

/// A fronted clause that passes a statement on.
enum Fronted {
    /// "Citing Y, X claims": Y speaks, via X.
    Citing(Span),
    /// "According to X, Y said" or "As X reported, Y said": Y speaks, via X.
    Outer(Span),
}

impl Extractor<'_, '_> {
    fn bounds(&self, si: usize) -> (usize, usize) {
        let s = self.sentences[si];
        (s.first_token as usize, s.end_token as usize)
    }

    fn cue_at(&self, i: usize, b: usize) -> Option<&'static crate::lexicon::Cue> {
        LEXICON.cue_at(|k| (i + k < b).then(|| self.v.lower(i + k)))
    }

    fn sentence(&mut self, si: usize) {
        let (a, b) = self.bounds(si);
        let prev = si.checked_sub(1).map(|p| self.bounds(p));
        if let Some(found) = self
            .reported_by_next(prev, a, b)
            .or_else(|| self.passed_on_quotation(a, b))
            .or_else(|| self.headline(a, b))
        {
            self.out.push(found);
            return;
        }
        let found_before = self.out.len();
        let start = self.as_prefix_end(a, b).unwrap_or(a);
        self.read_cues(start, a, b);
        if start > a && self.out.len() == found_before {
            self.read_cues(a, a, b); // nothing inside: the outer attribution stands alone
        }
    }

    /// Reads the cues of sentence `a..b` from token `from` on.
    fn read_cues(&mut self, from: usize, a: usize, b: usize) {
        let headline = self.is_headline(a, b);
        let mut i = from;
        while i < b {
            // Inside quotation marks, or capitalized inside a clause ("the United States")
            // unless the sentence is a headline in title case ("Envoy Says Talks Resume").
            let capitalized_inside =
                !headline && self.v.is_capitalized(i) && i > a && self.v.is_wordlike(i - 1);
            if self.v.region_of(i).is_some() || capitalized_inside {
                i += 1;
                continue;
            }
            let Some(cue) = self.cue_at(i, b) else {
                i += 1;
                continue;
            };
            let ce = i + cue.words.len();
            let read = match cue.class {
                CueClass::Speech => self.speech(a, b, i, ce, cue.words[0]),
                CueClass::Belief => self.belief(a, b, i, ce),
                CueClass::Raising => self.raising(a, b, i, ce),
                CueClass::According => self.according(a, b, i, ce),
                CueClass::NotCue => None,
            };
            match read {
                Some((found, resume)) => {
                    self.out.push(found);
                    i = resume.max(ce);
                }
                None => i = ce,
            }
        }
    }

    /// True when sentence `a..b` is written in title case, as headlines are.
    fn is_headline(&self, a: usize, b: usize) -> bool {
        let v = self.v;
        let words =
            (a..b).filter(|&j| v.kind(j) == dragoman_model::TokenKind::Word && v.word(j).len() > 3);
        let (mut all, mut capitalized) = (0, 0);
        for j in words {
            all += 1;
            capitalized += usize::from(v.is_capitalized(j));
        }
        all >= 3 && capitalized * 10 >= all * 8
    }

    /// The token after "As X reported (then)," opening sentence `a..b`.
    fn as_prefix_end(&self, a: usize, b: usize) -> Option<usize> {
        let v = self.v;
        if v.lower(a) != "as" {
            return None;
        }
        let comma = (a + 1..b.min(a + 12)).find(|&j| v.is(j, ","))?;
        (a + 1..comma)
            .any(|j| is_cue_word(v, j))
            .then_some(comma + 1)
    }

    /// The first token of the clause, past a leading conjunction.
    fn clause_start(&self, a: usize) -> usize {
        match self.v.lower(a) {
            "but" | "and" | "yet" | "so" => a + 1,
            _ => a,
        }
    }

    fn has_cue_between(&self, from: usize, b: usize) -> bool {
        (from..b).any(|j| self.v.region_of(j).is_none() && is_cue_word(self.v, j))
    }
}
