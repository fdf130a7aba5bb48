//! Where the source of a cue stands: before a bracket, before an apposition,
//! after the cue, or as the subject of the sentence; fronted clauses that pass a
//! statement on; whether the clause ends after a cue.

use super::{Extractor, Fronted, MAX_SOURCE_AFTER, MAX_SOURCE_AFTER_QUOTATION};
use crate::extent::{
    can_end_source, is_cue_word, phrase_back, phrase_forward, plausible_source, skip_back, verb_led,
};
use crate::lexicon::LEXICON;
use crate::view::View;
use dragoman_model::{Span, TokenKind};

impl Extractor<'_, '_> {
    /// The token before a bracket closing a source phrase at `last`
    /// ("Rep. Ann Lee (D-Ore.) said"), or `last` itself.
    pub(super) fn before_bracket(&self, a: usize, last: usize) -> Option<usize> {
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

    /// The source before an apposition closing with the comma at `p`: "X, a
    /// senior aide, said" gives X (and the name in "The chairman, Ann Lee,
    /// said"). Returns the first token of the source and its span.
    ///
    /// An apposition of several parts ("X, 34, of Tucson, Ariz., said") is
    /// read back over up to three commas, to the first phrase that can be a
    /// source.
    ///
    /// The nearest such phrase gives way to the name before it when it is a
    /// description of that name ("Ann Lee, the editor of the Ledger, said")
    /// or when a relative clause follows the name ("Ann Lee, who grew up in
    /// Tucson, Ariz., said").
    pub(super) fn apposition(&self, a: usize, p: usize) -> Option<(usize, Span)> {
        let v = self.v;
        let commas = (a..p)
            .rev()
            .filter(|&j| v.is(j, ",") && v.region_of(j).is_none())
            .take(MAX_APPOSITION_COMMAS);
        let mut nearest: Option<(usize, Span)> = None;
        for r in commas {
            let Some((oq, span)) = self.apposition_at(a, r, p) else {
                continue;
            };
            let relative = matches!(v.lower(r + 1), "who" | "whose");
            if relative && v.is_capitalized(v.token_at_or_after(span.end) - 1) {
                return Some((oq, span));
            }
            match nearest {
                None => nearest = Some((oq, span)),
                Some((nq, _)) if r + 1 == nq && describes(v, nq) && v.is_capitalized(r - 1) => {
                    return Some((oq, span));
                }
                Some(_) => {}
            }
        }
        nearest
    }

    /// The source before the comma `r` of an apposition closing at `p`.
    fn apposition_at(&self, a: usize, r: usize, p: usize) -> Option<(usize, Span)> {
        let v = self.v;
        let outer_last = skip_back(v, r.checked_sub(1), a)?;
        let op = self
            .before_bracket(a, outer_last)
            .filter(|&op| can_end_source(v, op))?;
        let oq = phrase_back(v, op, a);
        // (An age, "X, 34, said", is no source.)
        let wordless = (oq..=op).all(|j| !v.word(j).chars().any(char::is_alphabetic));
        if !plausible_source(v, oq, op) || wordless {
            return None;
        }
        let named_apposition = p - (r + 1) <= 4 && (r + 1..p).all(|j| v.is_capitalized(j));
        Some((
            oq,
            v.cover(oq, if named_apposition { p - 1 } else { outer_last }),
        ))
    }

    /// The inner source of an apposition "citing Y" closing with the comma at `p`.
    pub(super) fn citing_in(&self, a: usize, p: usize) -> Option<Span> {
        let v = self.v;
        let r = (a..p)
            .rev()
            .find(|&j| v.is(j, ",") && v.region_of(j).is_none())?;
        (v.lower(r + 1) == "citing")
            .then(|| phrase_forward(v, r + 2, p).map(|e| v.cover(r + 2, e)))?
    }

    /// "..., said the official": a source phrase after the cue that ends the sentence.
    pub(super) fn source_after(&self, ce: usize, b: usize, after_quotation: bool) -> Option<usize> {
        let v = self.v;
        if ce >= b {
            return None;
        }
        // ("said he would" is content; "said he." is rare.) After a quotation the
        // content is already read, so any word but a preposition may open the
        // source: "“...,” said former adviser Ann Lee", "said one of the aides".
        let starts_source = v.is_capitalized(ce)
            || matches!(v.lower(ce), "the" | "a" | "an")
            || counted_or_unnamed(v.lower(ce))
            || (after_quotation
                && v.kind(ce) == TokenKind::Word
                && !LEXICON.prepositions.contains(v.lower(ce)));
        if !starts_source || LEXICON.time_words.contains(v.lower(ce)) {
            return None;
        }
        // The phrase stops before a relative clause or a prepositional tail:
        // "said Sen. Ann Lee who represents ...", "said Ann Lee in a statement";
        // but a preposition that completes an anonymity phrase of the lexicon
        // belongs to the source: "said a diplomat close to the talks".
        let completes = |j: usize| {
            j > ce
                && LEXICON
                    .anonymous
                    .iter()
                    .any(|p| matches!(p[..], [a, b] if a == v.lower(j - 1) && b == v.lower(j)))
        };
        // After a quotation the narrator's adverbial also ends it: "“...,”
        // said Ann Lee when asked", "... said the chief known as Ola".
        let tail = |j: usize| {
            LEXICON.prepositions.contains(v.lower(j)) && v.lower(j) != "of" && !completes(j)
                || matches!(v.lower(j), "who" | "whose")
                || (after_quotation && j > ce && LEXICON.adverbial_starts.contains(v.lower(j)))
        };
        let se = phrase_forward(v, ce, b)?;
        // (Only after a quotation: elsewhere "said the economy in May grew" is
        // content.) A relative clause ends the source in either case: "...,
        // said a diplomat who asked not to be named" describes the source.
        let relative = |j: usize| matches!(v.lower(j), "who" | "whose");
        let se = if after_quotation {
            (ce + 1..=se).find(|&j| tail(j)).map_or(se, |j| j - 1)
        } else {
            (ce + 1..=se).find(|&j| relative(j)).map_or(se, |j| j - 1)
        };
        let after = se + 1;
        let ends = after >= b
            || matches!(v.word(after), "." | "," | ":")
            || relative(after)
            || (after_quotation && tail(after));
        // A longer phrase is a clause: "X, an aide, said the talks were over."
        let longest = if after_quotation {
            MAX_SOURCE_AFTER_QUOTATION
        } else {
            MAX_SOURCE_AFTER
        };
        // A phrase with an auxiliary is a clause: "X, speaking on condition of
        // anonymity, said the vote would be delayed."
        let clause = (ce..=se).any(|j| LEXICON.auxiliaries.contains(v.lower(j)));
        (ends && se - ce < longest && !clause).then_some(se)
    }

    /// The subject of the sentence a participle ("..., adding that") hangs on.
    pub(super) fn subject(&self, a: usize, p: usize) -> Option<Span> {
        // The source of the attribution read last in this clause, if it has
        // one ("X seemed to waver, adding that ..." has none: its subject is).
        if let Some(last) = self.out.last() {
            let s = self.v.span(a);
            if last.cue.start >= s.start && last.source.is_some_and(|s| self.reads_as_source(s)) {
                return last.source;
            }
        }
        self.subject_phrase(a, p)
    }

    /// True when the span `s` of an earlier source can be a source phrase,
    /// not a predicate ("pushed back against") read as one.
    fn reads_as_source(&self, s: Span) -> bool {
        let v = self.v;
        let q = v.token_at_or_after(s.start);
        let p = v.token_at_or_after(s.end).saturating_sub(1);
        q <= p && plausible_source(v, q, p) && !verb_led(v, q, p)
    }

    /// The first phrase of the clause `a..p`, past a fronted adverbial or a
    /// leading conjunction: "At a rally in Ohio, the senator ..., saying",
    /// "And he ..." (a subject pronoun is the whole phrase).
    pub(super) fn subject_phrase(&self, a: usize, p: usize) -> Option<Span> {
        let v = self.v;
        let first = |from: usize| (from..p).find(|&j| v.region_of(j).is_none() && v.is_wordlike(j));
        let mut start = first(a)?;
        // "But a few days later, X ...": the conjunction before the adverbial.
        if matches!(v.lower(start), "and" | "but" | "so" | "yet") {
            start = first(start + 1)?;
        }
        // Past a fronted adverbial: "At a rally in Ohio, the senator ..., saying",
        // "While his rivals debated, the senator ..., saying".
        let comma_after =
            |from: usize| (from + 1..p).find(|&j| v.is(j, ",") && v.region_of(j).is_none());
        let fronted = |c: usize| {
            opens_adverbial(v, start) || opens_fronted(v.lower(start)) || frames_clause(v, start, c)
        };
        if let Some(comma) = comma_after(start).filter(|&c| fronted(c)) {
            start = first(comma + 1)?;
            // "In Salem, New Hampshire, Trump ...": the state after the city.
            if let Some(c) = comma_after(start).filter(|&c| frames_clause(v, start, c)) {
                start = first(c + 1)?;
            }
        }
        // A conjunction or sentence adverb without a comma: "Then she ...".
        // ("This week" and "last year" are no lead: a time word with a noun.)
        let lead = v.lower(start);
        let time = LEXICON.time_words.contains(lead) && !matches!(lead, "this" | "last");
        if matches!(lead, "and" | "but" | "so" | "yet")
            || LEXICON.sentence_adverbs.contains(lead)
            || time
        {
            start = first(start + 1)?;
        }
        if matches!(v.lower(start), "he" | "she" | "they" | "we" | "it" | "i") {
            return Some(v.span(start));
        }
        let end = phrase_forward(v, start, p)?;
        Some(v.cover(start, name_end(v, start, end)))
    }

    /// A fronted clause ending at the separator `sep` that passes the statement on.
    pub(super) fn fronted(&self, a: usize, sep: usize) -> Option<Fronted> {
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
    pub(super) fn clause_ends(&self, ce: usize, b: usize) -> bool {
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
}

/// The most commas read back over an apposition to its source.
const MAX_APPOSITION_COMMAS: usize = 4;

/// True when the phrase starting at `q` is a description: an article and a
/// lower-case noun ("the editor of the Ledger", "a supporter of the plan").
fn describes(v: &View, q: usize) -> bool {
    matches!(v.lower(q), "the" | "a" | "an") && q + 1 < v.len() && !v.is_capitalized(q + 1)
}

/// True for a word that opens an unnamed source after its cue: a count ("...,
/// said two diplomats", "said several officials familiar with the talks") or a
/// plural of the anonymity vocabulary ("said diplomats familiar with ...").
fn counted_or_unnamed(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "several" | "some" | "many" | "senior"
    ) || LEXICON
        .anonymous
        .iter()
        .any(|p| matches!(p[..], [one] if one == w))
}

/// True when the words `a..end` before a source are one fronted adverbial
/// ("During the meeting, X asked ...", "As talks stalled, X pledged ..."):
/// opened by a preposition, subordinator, time word or participle, with no
/// separator or quotation inside.
pub(super) fn fronted_adverbial(v: &View, a: usize, end: usize) -> bool {
    let Some(first) = (a..end).find(|&j| v.is_wordlike(j)) else {
        return false;
    };
    let opens = opens_adverbial(v, first) || SUBORDINATORS.contains(&v.lower(first));
    opens
        && (first..end)
            .all(|j| v.region_of(j).is_none() && !matches!(v.word(j), "," | ";" | ":" | "—" | "–"))
}

/// True for a word that opens a fronted clause or phrase before the subject
/// a participle hangs on: a subordinator, or "despite", "besides", "shortly".
fn opens_fronted(w: &str) -> bool {
    SUBORDINATORS.contains(&w) || matches!(w, "despite" | "besides" | "shortly")
}

/// Words that open a fronted adverbial clause.
const SUBORDINATORS: [&str; 11] = [
    "as", "while", "when", "although", "though", "because", "since", "if", "unless", "once",
    "whereas",
];

/// True when token `j` opens an adverbial phrase rather than a subject: a
/// preposition, a time word, a sentence adverb or a participle ("Speaking to
/// reporters, ...").
fn opens_adverbial(v: &View, j: usize) -> bool {
    let w = v.lower(j);
    LEXICON.prepositions.contains(w)
        || LEXICON.time_words.contains(w)
        || LEXICON.sentence_adverbs.contains(w)
        || (w.len() > 5 && w.ends_with("ing") && v.kind(j) == TokenKind::Word)
        || (w.len() > 4 && w.ends_with("ly") && j + 1 < v.len() && v.is(j + 1, ","))
}

/// True when the words `from..comma` before a comma are a time or a place
/// that frames the clause after them: "Hours later,", "Two days ago,", or
/// the state after a city ("In Salem, New Hampshire, Trump ...": the words
/// before `from` end with a capitalized place).
fn frames_clause(v: &View, from: usize, comma: usize) -> bool {
    let last = v.lower(comma - 1);
    let ago = matches!(last, "later" | "ago" | "earlier" | "before") && comma - from <= 4;
    let state = from >= 2
        && v.is(from - 1, ",")
        && v.is_capitalized(from - 2)
        && comma - from <= 2
        && (from..comma).all(|j| v.is_capitalized(j) || v.is(j, "."));
    ago || state
}

/// The end of a subject phrase `start..=end` that opens with a name: the
/// name stops before its verb ("Ann Lee spoke for an hour" gives "Ann Lee").
fn name_end(v: &View, start: usize, end: usize) -> usize {
    if !v.is_capitalized(start) || LEXICON.determiners.contains(v.lower(start)) {
        return end;
    }
    let in_name = |j: usize| v.is_capitalized(j) || matches!(v.word(j), "." | "-" | "of");
    let last = (start..=end)
        .take_while(|&j| in_name(j))
        .last()
        .unwrap_or(end);
    if v.lower(last) == "of" {
        end
    } else {
        last
    }
}
