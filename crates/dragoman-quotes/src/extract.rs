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

use crate::extent::{
    can_end_source, content_end, content_start, is_cue_word, is_separator, object_end, phrase_back,
    phrase_forward, plausible_source, skip_back, takes_object, trim_end,
};
use crate::lexicon::{CueClass, LEXICON};
use crate::view::View;
use dragoman_model::{Sentence, Span};

/// The longest source phrase written after its cue ("..., said a senior official in Oslo").
const MAX_SOURCE_AFTER: usize = 6;

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
    /// An attribution with its cue and source, content still to read.
    fn head(cue: Span, source: Span) -> Found {
        Found {
            content: Vec::new(),
            cue,
            source: Some(source),
            via: Vec::new(),
        }
    }
}

/// Reads every attribution of a document.
pub fn extract(v: &View, sentences: &[Sentence]) -> Vec<Found> {
    let mut x = Extractor {
        v,
        sentences,
        used: vec![false; v.regions.len()],
        out: Vec::new(),
    };
    for si in 0..sentences.len() {
        x.sentence(si);
    }
    x.signed_quotations();
    x.out
}

struct Extractor<'v, 'd> {
    v: &'v View<'d>,
    sentences: &'v [Sentence],
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
        if let Some(found) = self
            .passed_on_quotation(a, b)
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
                CueClass::According => self.according(a, b, i, ce),
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

    /// A reporting verb at tokens `cs..ce`.
    fn speech(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
        word: &str,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        let cue = v.cover(cs, ce - 1);
        // "“...,” she told reporters.": the addressee does not keep the clause open.
        let ce_clause = if takes_object(word) && ce < b && v.is_wordlike(ce) {
            phrase_forward(v, ce, b).map_or(ce, |e| e + 1)
        } else {
            ce
        };
        let last = skip_back(v, cs.checked_sub(1), a)?;
        let p = self.before_bracket(a, last)?;
        // "X went on to say", "X began by saying": the subject speaks.
        let after_preposition =
            LEXICON.prepositions.contains(v.lower(p)) || matches!(v.lower(p), "and" | "but");
        if can_end_source(v, p) && !after_preposition {
            let mut q = phrase_back(v, p, a);
            if !plausible_source(v, q, p) {
                // "At a rally Trump said": keep the words after the last preposition.
                q = (q..p)
                    .rev()
                    .find(|&j| LEXICON.prepositions.contains(v.lower(j)))
                    .map_or(p, |j| j + 1);
                if !plausible_source(v, q, p) {
                    return None;
                }
            }
            let subject = v.cover(q, last);
            if q > a && is_separator(v, q - 1) {
                let fronted = self.fronted(a, q - 1);
                if let Some(fronted) = fronted.filter(|_| !self.clause_ends(ce, b)) {
                    let (source, via) = match fronted {
                        Fronted::Citing(inner) => (inner, subject),
                        Fronted::Outer(outer) => (subject, outer),
                    };
                    let (content, resume) = self.content_right(b, ce, word, false)?;
                    return Some((
                        Found {
                            content,
                            cue,
                            source: Some(source),
                            via: vec![via],
                        },
                        resume,
                    ));
                }
                let after_quotation = v.closes_region(q - 1).is_some();
                if after_quotation || (self.clause_ends(ce_clause, b) && !(ce < b && v.is(ce, ":")))
                {
                    return self.fronted_content(
                        (a, b),
                        q - 1,
                        ce_clause,
                        Found::head(cue, subject),
                        true,
                    );
                }
            }
            // “Who would have thought?” Ann said. (The splitter ends the sentence at the mark.)
            if q == a
                && q > 0
                && v.closes_region(q - 1).is_some()
                && v.same_paragraph(q - 1, q)
                && self.clause_ends(ce_clause, b)
            {
                return self.fronted_content(
                    (a, b),
                    q - 1,
                    ce_clause,
                    Found::head(cue, subject),
                    true,
                );
            }
            let (content, resume) = self.content_right(b, ce, word, false)?;
            return Some((
                Found {
                    content,
                    cue,
                    source: Some(subject),
                    via: Vec::new(),
                },
                resume,
            ));
        }
        if after_preposition || (word.ends_with("ing") && v.is(p, ",")) {
            // "X did this and said ...", "..., adding that ...", "X went on to say": the subject speaks,
            // nearest first: "she laughed and said".
            let near = p.checked_sub(2).filter(|&j| {
                j >= a
                    && matches!(v.lower(p), "and" | "but")
                    && (LEXICON.pronoun(v.lower(j)).is_some() || v.is_capitalized(j))
                    && can_end_source(v, j)
            });
            let source = near
                .map(|j| v.cover(phrase_back(v, j, a), j))
                .or_else(|| self.subject(a, p));
            let (content, resume) = self.content_right(b, ce, word, false)?;
            return Some((
                Found {
                    content,
                    cue,
                    source,
                    via: Vec::new(),
                },
                resume,
            ));
        }
        if !is_separator(v, p) {
            return None;
        }
        let citing_apposition = v.is(p, ",")
            && (a..p)
                .rev()
                .find(|&j| v.is(j, ","))
                .is_some_and(|r| v.lower(r + 1) == "citing");
        if let Some(se) = self
            .source_after(ce, b)
            .filter(|_| !takes_object(word) && !citing_apposition)
        {
            return self.fronted_content(
                (a, b),
                p,
                se + 1,
                Found::head(cue, v.cover(ce, se)),
                false,
            );
        }
        if v.is(p, ",") {
            let (oq, outer) = self.apposition(a, p)?;
            if let Some(inner) = self.citing_in(a, p) {
                let (content, resume) = self.content_right(b, ce, word, false)?;
                let found = Found {
                    content,
                    cue,
                    source: Some(inner),
                    via: vec![outer],
                };
                return Some((found, resume));
            }
            let after_quotation = oq > a && v.closes_region(oq - 1).is_some();
            if after_quotation
                || (oq > a && is_separator(v, oq - 1) && self.clause_ends(ce_clause, b))
            {
                return self.fronted_content(
                    (a, b),
                    oq - 1,
                    ce_clause,
                    Found::head(cue, outer),
                    true,
                );
            }
            let (content, resume) = self.content_right(b, ce, word, false)?;
            return Some((
                Found {
                    content,
                    cue,
                    source: Some(outer),
                    via: Vec::new(),
                },
                resume,
            ));
        }
        None
    }

    /// The token before a bracket closing a source phrase at `last`
    /// ("Rep. Ann Lee (D-Ore.) said"), or `last` itself.
    fn before_bracket(&self, a: usize, last: usize) -> Option<usize> {
        let v = self.v;
        if v.word(last) != ")" {
            return Some(last);
        }
        (a..last)
            .rev()
            .take(8)
            .find(|&j| v.word(j) == "(")
            .and_then(|j| j.checked_sub(1))
            .filter(|&j| j >= a)
    }

    /// A headline or lead-in signed by its source: "Ann Lee: Talks Will Go On"
    /// (at least three words after the colon; not "Update: ...").
    fn headline(&mut self, a: usize, b: usize) -> Option<Found> {
        let v = self.v;
        let colon = (a..b.min(a + 5)).find(|&j| v.is(j, ":"))?;
        let words_after = (colon + 1..b)
            .filter(|&j| v.kind(j) == dragoman_model::TokenKind::Word)
            .count();
        if colon == a
            || words_after < 3
            || !(a..colon).all(|j| v.is_capitalized(j))
            || LEXICON.not_sources.contains(v.lower(a))
        {
            return None;
        }
        let e = trim_end(v, colon + 1, b);
        Some(Found {
            content: vec![v.cover(colon + 1, e)],
            cue: v.span(colon),
            source: Some(v.cover(a, colon - 1)),
            via: Vec::new(),
        })
    }

    /// Content of sentence `a..b` before the separator `sep` for the cue and
    /// source in `found`, then the quotations that continue it. When the
    /// source stands before the cue (`parenthetical`) and the clause goes on
    /// after a comma at `after`, the rest of it too: "Acts of protest, he said,
    /// are ..." (but not the apposition of "..., said Ann Lee, an aide").
    fn fronted_content(
        &mut self,
        (a, b): (usize, usize),
        sep: usize,
        after: usize,
        mut found: Found,
        parenthetical: bool,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        found.content.push(self.content_left(a, sep)?);
        let goes_on = after + 1 < b
            && v.is(after, ",")
            && v.is_wordlike(after + 1)
            && !is_cue_word(v, after + 1)
            && v.lower(after + 1) != "according";
        if parenthetical && goes_on && v.closes_region(sep).is_none() {
            let e = content_end(v, after + 1, b);
            found.content.push(v.cover(after + 1, e));
            return Some((found, e + 1));
        }
        let resume = self.continuation(&mut found, after);
        Some((found, resume))
    }

    /// The source before an apposition closing with the comma at `p`: "X, a
    /// senior aide, said" gives X (and the name in "The chairman, Ann Lee,
    /// said"). Returns the first token of the source and its span.
    fn apposition(&self, a: usize, p: usize) -> Option<(usize, Span)> {
        let v = self.v;
        let r = (a..p)
            .rev()
            .find(|&j| v.is(j, ",") && v.region_of(j).is_none())?;
        let outer_last = skip_back(v, r.checked_sub(1), a)?;
        let op = self
            .before_bracket(a, outer_last)
            .filter(|&op| can_end_source(v, op))?;
        let oq = phrase_back(v, op, a);
        if !plausible_source(v, oq, op) {
            return None;
        }
        let named_apposition = p - (r + 1) <= 4 && (r + 1..p).all(|j| v.is_capitalized(j));
        Some((
            oq,
            v.cover(oq, if named_apposition { p - 1 } else { outer_last }),
        ))
    }

    /// The inner source of an apposition "citing Y" closing with the comma at `p`.
    fn citing_in(&self, a: usize, p: usize) -> Option<Span> {
        let v = self.v;
        let r = (a..p)
            .rev()
            .find(|&j| v.is(j, ",") && v.region_of(j).is_none())?;
        (v.lower(r + 1) == "citing")
            .then(|| phrase_forward(v, r + 2, p).map(|e| v.cover(r + 2, e)))?
    }

    /// A verb of thought or stance: only `X believes C`.
    fn belief(&mut self, a: usize, b: usize, cs: usize, ce: usize) -> Option<(Found, usize)> {
        let v = self.v;
        let p = skip_back(v, cs.checked_sub(1), a)?;
        if matches!(v.lower(p), "and" | "but") {
            // "X criticized the deal and called for tariffs": the subject holds the stance.
            let source = self.subject(a, p);
            let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
            return Some((
                Found {
                    content,
                    cue: v.cover(cs, ce - 1),
                    source,
                    via: Vec::new(),
                },
                resume,
            ));
        }
        if v.is(p, ",") {
            // "X, a professor at Y, described ...".
            let (_, source) = self.apposition(a, p)?;
            let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
            return Some((
                Found {
                    content,
                    cue: v.cover(cs, ce - 1),
                    source: Some(source),
                    via: Vec::new(),
                },
                resume,
            ));
        }
        if !can_end_source(v, p) {
            return None;
        }
        let q = phrase_back(v, p, a);
        if !plausible_source(v, q, p) {
            return None;
        }
        let cue = v.cover(cs, ce - 1);
        if q > a
            && is_separator(v, q - 1)
            && self.fronted(a, q - 1).is_none()
            && self.clause_ends(ce, b)
        {
            // "..., a new analysis shows."
            return self.fronted_content((a, b), q - 1, ce, Found::head(cue, v.cover(q, p)), false);
        }
        let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
        Some((
            Found {
                content,
                cue: v.cover(cs, ce - 1),
                source: Some(v.cover(q, p)),
                via: Vec::new(),
            },
            resume,
        ))
    }

    /// `according to X` (or `citing X`): the clause around it is the content.
    fn according(&mut self, a: usize, b: usize, cs: usize, ce: usize) -> Option<(Found, usize)> {
        let v = self.v;
        let se = phrase_forward(v, ce, b)?;
        let source = v.cover(ce, se);
        let cue = v.cover(cs, ce - 1);
        let lead = self.clause_start(a);
        if v.lower(cs) == "citing" && self.has_cue_between(se + 1, b) {
            return None; // "X, citing Y, claims ...": read at the claim
        }
        let mut rs = se + 1;
        while rs < b && v.is(rs, ",") {
            rs += 1;
        }
        if cs <= lead {
            if self.has_cue_between(rs, b) {
                return None; // "According to X, Y said ...": read at Y's cue
            }
            if rs >= b {
                return None;
            }
            let (content, resume) = self.content_from(rs, b, false)?;
            return Some((
                Found {
                    content,
                    cue,
                    source: Some(source),
                    via: Vec::new(),
                },
                resume,
            ));
        }
        let left_end = trim_end(v, a, cs);
        let mut content = vec![v.cover(a, left_end)];
        let mut resume = se + 1;
        if rs > se + 1 && rs < b && v.is_wordlike(rs) && !v.is(cs - 1, ".") {
            let e = content_end(v, rs, b);
            if e >= rs {
                content.push(v.cover(rs, e));
                resume = e + 1;
            }
        }
        Some((
            Found {
                content,
                cue,
                source: Some(source),
                via: Vec::new(),
            },
            resume,
        ))
    }

    /// "As EIR News reported then, “Aide Y also reiterated that ...”": a whole
    /// quotation passed on by an outer source, with the inner source inside it.
    fn passed_on_quotation(&mut self, a: usize, b: usize) -> Option<Found> {
        let v = self.v;
        if v.lower(a) != "as" {
            return None;
        }
        let comma = (a + 1..b.min(a + 12)).find(|&j| v.is(j, ","))?;
        let outer_cue = (a + 1..comma).find(|&j| is_cue_word(v, j))?;
        let outer_end = skip_back(v, Some(outer_cue - 1), a + 1)?;
        let r = v.opens_region(comma + 1)?;
        let region = v.regions[r].span;
        let first = comma + 2;
        let inner_cue = (first..v.len())
            .take_while(|&j| v.region_of(j) == Some(r))
            .find(|&j| is_cue_word(v, j))?;
        let p = skip_back(v, inner_cue.checked_sub(1), first)?;
        if p - first > 8 || !(first..=p).all(|j| v.is_wordlike(j)) {
            return None;
        }
        let start = content_start(v, inner_cue + 1, v.len(), v.lower(inner_cue));
        let content = Span {
            start: v.span(start).start,
            end: region.end,
        };
        self.used[r] = true;
        Some(Found {
            content: vec![content],
            cue: v.span(inner_cue),
            source: Some(v.cover(first, p)),
            via: vec![v.cover(a + 1, outer_end)],
        })
    }

    /// Quotations signed with a dash and a name closing their paragraph
    /// (“...” ― Ann Lee): the dash is the cue, the name the source.
    fn signed_quotations(&mut self) {
        let v = self.v;
        for r in 0..v.regions.len() {
            if self.used[r] {
                continue;
            }
            let dash = v.token_at_or_after(v.regions[r].span.end);
            let first = dash + 1;
            if first >= v.len()
                || v.kind(dash) != dragoman_model::TokenKind::Dash
                || v.word(dash) == "-"
                || !v.is_capitalized(first)
            {
                continue;
            }
            let mut last = first;
            while last + 1 < v.len() && v.same_paragraph(first, last + 1) && last - first < 6 {
                last += 1;
            }
            let closes_paragraph = last + 1 >= v.len() || !v.same_paragraph(first, last + 1);
            if closes_paragraph
                && (first..=last).all(|j| v.is_wordlike(j) || v.is(j, ".") || v.is(j, ","))
            {
                self.used[r] = true;
                self.out.push(Found {
                    content: vec![v.regions[r].span],
                    cue: v.span(dash),
                    source: Some(v.cover(first, trim_end(v, first, last + 1))),
                    via: Vec::new(),
                });
            }
        }
    }

    /// A fronted clause ending at the separator `sep` that passes the statement on.
    fn fronted(&self, a: usize, sep: usize) -> Option<Fronted> {
        let v = self.v;
        let lead = self.clause_start(a);
        match v.lower(lead) {
            "citing" => Some(Fronted::Citing(
                v.cover(lead + 1, phrase_forward(v, lead + 1, sep)?),
            )),
            "according" if lead + 1 < sep && v.lower(lead + 1) == "to" => Some(Fronted::Outer(
                v.cover(lead + 2, phrase_forward(v, lead + 2, sep)?),
            )),
            "as" => {
                let cue = (lead + 1..sep).find(|&j| is_cue_word(v, j))?;
                let end = skip_back(v, Some(cue - 1), lead + 1)?;
                Some(Fronted::Outer(v.cover(lead + 1, end)))
            }
            _ => None,
        }
    }

    /// True when the clause ends right after the cue ending at `ce`: at the
    /// sentence end, a punctuation mark, a quotation, or after a short
    /// prepositional tail ("she said of the vote.").
    fn clause_ends(&self, ce: usize, b: usize) -> bool {
        let v = self.v;
        if ce + 1 < b && (v.is(ce, ",") || v.is(ce, ":")) && v.opens_region(ce + 1).is_some() {
            return false; // "..., Trump said, “...”": the quotation is the content
        }
        if ce >= b || !v.is_wordlike(ce) || v.opens_region(ce).is_some() {
            return true;
        }
        let limit = if LEXICON.time_words.contains(v.lower(ce)) {
            4
        } else if LEXICON.prepositions.contains(v.lower(ce)) {
            10
        } else {
            return false;
        };
        for j in ce..b.min(ce + limit) {
            if v.lower(j) == "that" || v.opens_region(j).is_some() {
                return false;
            }
            if matches!(v.word(j), "." | "," | ";" | "?" | "!") {
                return true;
            }
        }
        b <= ce + limit
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

    /// "..., said the official": a source phrase after the cue that ends the sentence.
    fn source_after(&self, ce: usize, b: usize) -> Option<usize> {
        let v = self.v;
        if ce >= b {
            return None;
        }
        // ("said he would" is content; "said he." is rare.)
        let starts_source = v.is_capitalized(ce) || matches!(v.lower(ce), "the" | "a" | "an");
        if !starts_source || LEXICON.time_words.contains(v.lower(ce)) {
            return None;
        }
        let se = phrase_forward(v, ce, b)?;
        let after = se + 1;
        let ends = after >= b || v.is(after, ".") || v.is(after, ",") || v.is(after, ":");
        // A longer phrase is a clause: "X, an aide, said the talks were over."
        (ends && se - ce < MAX_SOURCE_AFTER).then_some(se)
    }

    /// The subject of the sentence a participle ("..., adding that") hangs on.
    fn subject(&self, a: usize, p: usize) -> Option<Span> {
        if let Some(last) = self.out.last() {
            let s = self.v.span(a);
            if last.cue.start >= s.start {
                return last.source;
            }
        }
        let v = self.v;
        let start = (a..p).find(|&j| v.region_of(j).is_none() && v.is_wordlike(j))?;
        let end = phrase_forward(v, start, p)?;
        Some(v.cover(start, end))
    }

    /// Content before the separator `sep`: a quotation closing there, or the clause from `a`.
    fn content_left(&mut self, a: usize, sep: usize) -> Option<Span> {
        let v = self.v;
        let e = if v.closes_region(sep).is_some() {
            sep
        } else {
            sep.checked_sub(1)?
        };
        if let Some(r) = v.closes_region(e) {
            if !self.used[r] {
                self.used[r] = true;
                return Some(v.regions[r].span);
            }
        }
        if e < a {
            return None;
        }
        let e = trim_end(v, a, e + 1);
        let start = self.clause_start(a).min(e);
        let start = if v.is_wordlike(start) || v.region_of(start).is_some() {
            start
        } else {
            a
        };
        Some(v.cover(start, e))
    }

    /// Content after the cue ending at `ce`.
    /// With `object`, content that is not a "that" clause stops at the end of
    /// the verb's object ("described X as “Y”, after ...").
    fn content_right(
        &mut self,
        b: usize,
        ce: usize,
        word: &str,
        object: bool,
    ) -> Option<(Vec<Span>, usize)> {
        let mut s = content_start(self.v, ce, b, word);
        // "said on Friday:" closing the sentence, the quotation after it.
        if let Some(colon) = (s..b.min(s + 10))
            .find(|&j| self.v.is(j, ":"))
            .filter(|&c| c + 1 >= b || self.v.opens_region(c + 1).is_some())
        {
            s = colon + 1;
        }
        if s < b && LEXICON.auxiliaries.contains(self.v.lower(s)) {
            return None; // "Health worries have dogged": the cue word was a noun
        }
        if s < b && self.v.lower(s) != "to" && LEXICON.prepositions.contains(self.v.lower(s)) {
            // "said on the other hand, “...”" reads on after the comma; "backed out" is no attribution.
            let comma = (s..b.min(s + 10))
                .find(|&j| self.v.is(j, ","))
                .filter(|&j| j + 1 < b)?;
            s = comma + 1;
        }
        if s >= b {
            // "He said:" closing a sentence or paragraph: the quotation after it.
            let r = self
                .v
                .opens_region(b.min(self.v.len().checked_sub(1)?))
                .filter(|&r| !self.used[r])?;
            self.used[r] = true;
            let mut found = Found {
                content: vec![self.v.regions[r].span],
                cue: Span::default(),
                source: None,
                via: Vec::new(),
            };
            let end = self.v.token_at_or_after(self.v.regions[r].span.end);
            let resume = self.continuation(&mut found, end);
            return Some((found.content, resume.max(b)));
        }
        self.content_from(s, b, object)
    }

    /// Content from token `s` to the end of its clause (or the quotation it opens).
    fn content_from(&mut self, s: usize, b: usize, object: bool) -> Option<(Vec<Span>, usize)> {
        let v = self.v;
        let quotation = v.opens_region(s).filter(|&r| !self.used[r]);
        // A quotation that is the whole content (not one followed by more words: “X” and Y).
        let whole = quotation.filter(|&r| {
            let after = v.token_at_or_after(v.regions[r].span.end);
            after >= b || !v.is_wordlike(after) || !v.same_paragraph(s, after)
        });
        if let Some(r) = whole {
            self.used[r] = true;
            let mut found = Found {
                content: vec![v.regions[r].span],
                cue: Span::default(),
                source: None,
                via: Vec::new(),
            };
            let end = v.token_at_or_after(v.regions[r].span.end);
            let resume = self.continuation(&mut found, end);
            return Some((found.content, resume));
        }
        let mut e = content_end(v, s, b);
        if object && v.lower(s) != "that" {
            e = object_end(v, s, e);
        }
        let mut span = v.cover(s, e);
        if let Some(r) = v.region_of(e) {
            if v.regions[r].span.end > span.end && !self.used[r] {
                self.used[r] = true;
                span.end = v.regions[r].span.end;
            }
        }
        Some((vec![span], e + 1))
    }

    /// Adds the quotations that go on after an attribution from token `k`:
    /// `, “C2”` (interrupted), then quotations that follow in the same
    /// paragraph with no cue of their own. Returns where reading resumes.
    /// (The sentence splitter may leave an opening straight quote at the end
    /// of the sentence before, so this walks tokens, not sentences.)
    fn continuation(&mut self, found: &mut Found, k: usize) -> usize {
        let v = self.v;
        let anchor = k.min(v.len().saturating_sub(1));
        let mut k = k;
        loop {
            // Past the rest of the attribution ("Melanie said to the TV.", "he said
            // when asked about it."), but not past another attribution.
            let mut j = k;
            while j < v.len()
                && j < k + MAX_ATTRIBUTION_TAIL
                && v.opens_region(j).is_none()
                && !(is_cue_word(v, j) && !self.subordinate(j))
                && v.region_of(j).is_none()
            {
                j += 1;
            }
            let Some(r) = (j < v.len())
                .then(|| v.opens_region(j))
                .flatten()
                .filter(|&r| !self.used[r])
            else {
                break;
            };
            let after = v.token_at_or_after(v.regions[r].span.end);
            if !v.same_paragraph(anchor, j) || self.attributed_after(after) {
                break;
            }
            self.used[r] = true;
            found.content.push(v.regions[r].span);
            k = after;
        }
        k
    }

    /// True when the cue at `j` opens a subordinate clause ("when asked",
    /// "who said"), not an attribution of its own.
    fn subordinate(&self, j: usize) -> bool {
        j > 0
            && matches!(
                self.v.lower(j - 1),
                "when" | "after" | "as" | "while" | "who" | "before" | "if"
            )
    }

    /// True when a cue follows token `from` before the sentence ends ("“...,” she said").
    fn attributed_after(&self, from: usize) -> bool {
        let v = self.v;
        (from..v.len().min(from + 8))
            .take_while(|&j| {
                !matches!(v.word(j), "." | "?" | "!")
                    && from > 0
                    && v.same_paragraph(from - 1, j)
                    && v.opens_region(j).is_none()
            })
            .any(|j| is_cue_word(v, j))
    }
}
