//! The three kinds of cue: reporting verbs (`speech`), verbs of thought and
//! stance (`belief`) and prepositions naming the source (`according`).

use super::{Extractor, Found, Fronted};
use crate::extent::{
    can_end_source, content_end, is_cue_word, is_separator, phrase_back, phrase_forward,
    plausible_source, skip_back, takes_object, trim_end, verb_led,
};
use crate::lexicon::{CueClass, LEXICON};
use crate::view::View;
use dragoman_model::{Sourcing, Span, TokenKind};

/// True when the cue `word` ending at `ce` only tells that its source would
/// not be named ("who asked not to be named", "who declined to be
/// identified"): the source's anonymity, no attribution.
fn anonymity(v: &View, word: &str, ce: usize, b: usize) -> bool {
    let next = |words: &[&str]| {
        ce + words.len() <= b && words.iter().enumerate().all(|(k, w)| v.lower(ce + k) == *w)
    };
    next(&["not", "to", "be"])
        || matches!(word, "declined" | "refused" | "declining" | "refusing") && next(&["to", "be"])
}

/// Verbs that report words only when the words follow as a clause or a
/// quotation ("charged that ...", "“...,” she charged."): with an object they
/// tell a fee, an indictment or a rush ("charged a fee", "charged the
/// captain with smuggling", "charged into the hall").
const WORDS_ONLY_AFTER: [&str; 6] = [
    "charged",
    "charges",
    "charging",
    "protested",
    "protests",
    "protesting",
];

/// True when the cue `word` at `cs..ce` passes no words on: one of
/// [`WORDS_ONLY_AFTER`] made passive ("was charged with") or followed by an
/// object (a word other than "that", a time word or a preposition of
/// manner: "charged on Monday that", "charged in a speech" still read).
fn passes_no_words(v: &View, word: &str, cs: usize, ce: usize, b: usize) -> bool {
    if !WORDS_ONLY_AFTER.contains(&word) {
        return false;
    }
    let passive = cs > 0 && BE.contains(&v.lower(cs - 1));
    let object = ce < b && v.is_wordlike(ce) && {
        let w = v.lower(ce);
        let manner = LEXICON.prepositions.contains(w) && !matches!(w, "with" | "into" | "at");
        w != "that" && !manner && !LEXICON.time_words.contains(w)
    };
    passive || object
}

/// Forms of "be" that make a participle after them passive.
const BE: [&str; 7] = ["was", "were", "is", "are", "been", "be", "being"];

/// Words that may stand between "be" and a passive participle.
const PASSIVE_ADVERBS: [&str; 8] = [
    "not",
    "n't",
    "also",
    "first",
    "already",
    "never",
    "formally",
    "officially",
];

/// The most tokens between the dashes of a parenthesis before a cue.
const MAX_PARENTHESIS: usize = 16;

/// A reporting verb at tokens `cs..ce` of the sentence `a..b`, as the rules
/// of [`Extractor::speech`] read it.
#[derive(Clone, Copy)]
struct Verb<'w> {
    a: usize,
    b: usize,
    cs: usize,
    ce: usize,
    word: &'w str,
    /// The cue's span.
    cue: Span,
    /// Where the clause governing content ends: after the addressee in
    /// "“...,” she told reporters." (the addressee does not keep it open).
    clause: usize,
}

/// What a rule says: `None` when it does not apply (the next rule is tried),
/// `Some(answer)` when it decides (the answer may be "no attribution").
type Ruling = Option<Option<(Found, usize)>>;

impl Extractor<'_, '_> {
    /// A reporting verb at tokens `cs..ce`: its rules in order, the first that
    /// applies decides.
    pub(super) fn speech(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
        word: &str,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        let clause = if takes_object(word) && ce < b && v.is_wordlike(ce) {
            phrase_forward(v, ce, b).map_or(ce, |e| e + 1)
        } else {
            ce
        };
        let verb = Verb {
            a,
            b,
            cs,
            ce,
            word,
            cue: v.cover(cs, ce - 1),
            clause,
        };
        if anonymity(v, word, ce, b) || passes_no_words(v, word, cs, ce, b) {
            return None;
        }
        if let Some(ruling) = self.question(verb) {
            return ruling;
        }
        if let Some(ruling) = self.inverted(verb) {
            return ruling;
        }
        if let Some(ruling) = self.passive(verb) {
            return ruling;
        }
        let last = skip_back(v, cs.checked_sub(1), a)?;
        // ("X reportedly said" is read at "said": X speaks.)
        let speech_follows =
            verb.ce < verb.b && (is_cue_word(v, verb.ce) || v.lower(verb.ce).ends_with("ing"));
        if word == "reportedly" && can_end_source(v, last) && !speech_follows {
            return self.holderless(verb, last);
        }
        if let Some(ruling) = self.impersonal(verb, last) {
            return ruling;
        }
        let p = self.before_bracket(a, last)?;
        // "X went on to say", "X began by saying": the subject speaks.
        let after_preposition =
            LEXICON.prepositions.contains(v.lower(p)) || matches!(v.lower(p), "and" | "but");
        if can_end_source(v, p) && !after_preposition {
            return self.subject_before(verb, last, p);
        }
        if after_preposition || (word.ends_with("ing") && v.is(p, ",")) {
            return self.coordinated(verb, p);
        }
        if !is_separator(v, p) {
            return None;
        }
        if let Some(ruling) = self.before_dashes(verb, p) {
            return ruling;
        }
        if let Some(ruling) = self.source_after_verb(verb, p) {
            return ruling;
        }
        if v.is(p, ",") {
            return self.apposition_speaks(verb, p);
        }
        None
    }

    /// The source stands before a parenthesis between dashes that closes
    /// at `p`: "Dozens of delegates — farmers, teachers — said ...".
    fn before_dashes(&mut self, verb: Verb<'_>, p: usize) -> Ruling {
        let v = self.v;
        let paired = |j: usize| v.kind(j) == TokenKind::Dash && v.word(j) != "-";
        if !paired(p) {
            return None;
        }
        let open = (verb.a..p)
            .rev()
            .take(MAX_PARENTHESIS)
            .find(|&j| paired(j))?;
        let last = skip_back(v, open.checked_sub(1), verb.a)?;
        let q = self.before_bracket(verb.a, last)?;
        can_end_source(v, q).then(|| self.subject_before(verb, last, q))
    }

    /// A cue in the passive voice ("the price was not disclosed", "the truce
    /// was announced by the ministry"): what was said is its subject, the
    /// source the agent after "by", if one is written. (A verb whose passive
    /// subject is the addressee, "he was asked to", is left to the other rules.)
    fn passive(&mut self, verb: Verb<'_>) -> Ruling {
        let (
            v,
            Verb {
                a,
                b,
                cs,
                ce,
                cue,
                word,
                ..
            },
        ) = (self.v, verb);
        if !word.ends_with("ed") || takes_object(word) || word == "expected" {
            return None;
        }
        let be = (a..cs)
            .rev()
            .take(3)
            .take_while(|&j| j + 1 == cs || PASSIVE_ADVERBS.contains(&v.lower(j + 1)))
            .find(|&j| BE.contains(&v.lower(j)))?;
        // Only a passive that ends its clause, or names its agent: "it was
        // reported that ..." and "X was declared the winner" say more after it.
        let ends = ce < b && v.lower(ce) == "by" || self.clause_ends(ce, b);
        let last = skip_back(v, be.checked_sub(1), a)?;
        // ("This was reported by X" passes the sentence before on: a layout
        // of its own.)
        if !ends || matches!(v.lower(last), "it" | "there" | "this" | "that") {
            return None;
        }
        if !can_end_source(v, last) {
            return Some(None);
        }
        let first = phrase_back(v, last, a);
        // The agent stops before a prepositional tail: "by the ministry on Monday".
        let agent_end = |e: usize| {
            (ce + 2..=e)
                .find(|&j| {
                    let w = v.lower(j);
                    LEXICON.prepositions.contains(w) && w != "of" || LEXICON.time_words.contains(w)
                })
                .map_or(e, |j| j - 1)
        };
        let agent = (ce < b && v.lower(ce) == "by")
            .then(|| phrase_forward(v, ce + 1, b).map(|e| v.cover(ce + 1, agent_end(e))))
            .flatten();
        let resume = agent.map_or(ce, |s| v.token_at_or_after(s.end));
        Some(Some((
            Found::new(vec![v.cover(first, last)], cue, agent),
            resume,
        )))
    }

    /// A statement whose holder is not written: the subject ending at
    /// `last` and the words after the cue are the content, with no source
    /// ("X reportedly left the talks").
    fn holderless(&mut self, verb: Verb<'_>, last: usize) -> Option<(Found, usize)> {
        let v = self.v;
        if !can_end_source(v, last) {
            return None;
        }
        let first = phrase_back(v, last, verb.a);
        if !plausible_source(v, first, last) {
            return None;
        }
        let (right, resume) = self.content_right(verb.b, verb.ce, verb.word, true)?;
        let mut content = vec![v.cover(first, last)];
        content.extend(right);
        Some((Found::new(content, verb.cue, None), resume))
    }

    /// "It was reported that ...", "it is said that ...", "It's been
    /// revealed that ...": an impersonal passive (its subject `last` an
    /// empty "it" or "there"), what follows said by nobody named. (With an
    /// agent, "it was announced by the ministry", the other rules read it.)
    fn impersonal(&mut self, verb: Verb<'_>, last: usize) -> Ruling {
        let v = self.v;
        let passive = (last + 1..verb.cs).any(|j| BE.contains(&v.lower(j)));
        let agent = verb.ce < verb.b && v.lower(verb.ce) == "by";
        if !matches!(v.lower(last), "it" | "there") || !passive || agent {
            return None;
        }
        let found = self.content_right(verb.b, verb.ce, verb.word, false);
        Some(found.map(|(content, resume)| (Found::new(content, verb.cue, None), resume)))
    }

    /// The verb opens the sentence and its source follows, then a comma or
    /// colon and the quotation: "Said the envoy, “We are close.”".
    fn inverted(&mut self, verb: Verb<'_>) -> Ruling {
        let (
            v,
            Verb {
                a,
                b,
                cs,
                ce,
                word,
                cue,
                ..
            },
        ) = (self.v, verb);
        if cs != a || word.ends_with("ing") || takes_object(word) {
            return None;
        }
        let se = self.source_after(ce, b, false)?;
        let mut k = se + 1;
        while k < b && (v.is(k, ",") || v.is(k, ":")) {
            k += 1;
        }
        if k == se + 1 || k >= b || v.opens_region(k).is_none() {
            return None;
        }
        let (content, resume) = self.content_from(k, b, false)?;
        Some(Some((
            Found::new(content, cue, Some(v.cover(ce, se))),
            resume,
        )))
    }

    /// "When asked about X", "he was asked whether ...", "Asked if ...": the
    /// question has no source.
    fn question(&mut self, verb: Verb<'_>) -> Ruling {
        let (v, Verb { a, b, cs, ce, .. }) = (self.v, verb);
        let opens_sentence = cs == a || (cs == a + 1 && !v.is_wordlike(a));
        let subordinate = cs > a
            && matches!(
                v.lower(cs - 1),
                "when"
                    | "if"
                    | "after"
                    | "before"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "being"
            );
        if !(matches!(verb.word, "asked" | "asking") && (opens_sentence || subordinate)) {
            return None;
        }
        let from = if ce < b && v.lower(ce) == "about" {
            ce + 1
        } else {
            ce
        };
        // "Asked about X, she said ...": the question ends at its comma.
        let end = if opens_sentence {
            (from..b)
                .find(|&j| v.is(j, ",") && v.region_of(j).is_none())
                .unwrap_or(b)
        } else {
            b
        };
        let found = self
            .content_right(end, from, "about", false)
            .map(|(content, resume)| (Found::new(content, v.cover(cs, from - 1), None), resume));
        Some(found)
    }

    /// The source ends just before the verb (at `p`, its last word `last`
    /// before any bracket): "Berg said", "the minister told reporters".
    fn subject_before(&mut self, verb: Verb<'_>, last: usize, p: usize) -> Option<(Found, usize)> {
        let (v, a) = (self.v, verb.a);
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
        // "X released a statement saying ...": a participle after a verb
        // phrase hangs on the subject of the clause.
        let verb_phrase = verb.word.ends_with("ing")
            && !v.is_capitalized(q)
            && (v.lower(q).ends_with("ed") || v.lower(q).ends_with("ing"));
        let subject = verb_phrase
            .then(|| self.subject(a, q))
            .flatten()
            .unwrap_or_else(|| v.cover(q, last));
        if let Some(ruling) = self.content_before_subject(verb, q, subject) {
            return ruling;
        }
        if let Some(found) = self.gapped_relative(verb, q, subject) {
            return Some(found);
        }
        let (content, resume) = self.content_right(verb.b, verb.ce, verb.word, false)?;
        Some((Found::new(content, verb.cue, Some(subject)), resume))
    }

    /// "the treaty, which she has said was a mistake", "what he said were
    /// failures": the subject of what was said is the relative pronoun
    /// before the source (at `q - 1`), its verb follows the cue at once. The
    /// content is the pronoun and the clause after the cue (up to its comma
    /// when the relative clause is set off by one).
    fn gapped_relative(&self, verb: Verb<'_>, q: usize, subject: Span) -> Option<(Found, usize)> {
        let (v, Verb { a, b, ce, cue, .. }) = (self.v, verb);
        let relative = q > a && matches!(v.lower(q - 1), "which" | "that" | "what" | "who");
        if !relative || ce >= b || !LEXICON.auxiliaries.contains(v.lower(ce)) {
            return None;
        }
        // A clause set off by commas ends at its closing comma: "the vote,
        // which she said was a mistake, cost her the primary".
        let set_off = q >= a + 2 && v.is(q - 2, ",");
        let comma = (ce + 1..b).find(|&j| v.is(j, ",") && v.region_of(j).is_none());
        let e = match comma.filter(|_| set_off) {
            Some(c) => trim_end(v, ce, c),
            None => content_end(v, ce, b),
        };
        let content = vec![v.span(q - 1), v.cover(ce, e)];
        Some((Found::new(content, cue, Some(subject)), e + 1))
    }

    /// "..., as NWS reported on Wednesday.": the clause before the comma,
    /// passed on by the source of "as" (a verb of reporting, then the
    /// sentence's end or a short tail of when or where: "as Bush continued
    /// to interject" is no source).
    fn passed_on_as(&mut self, verb: Verb<'_>, q: usize, subject: Span) -> Ruling {
        let (
            v,
            Verb {
                a, b, cue, clause, ..
            },
        ) = (self.v, verb);
        let reporting = matches!(
            verb.word,
            "reported"
                | "reports"
                | "said"
                | "says"
                | "wrote"
                | "writes"
                | "noted"
                | "notes"
                | "revealed"
        );
        let tail_end = (clause..b).find(|&k| !v.is_wordlike(k)).unwrap_or(b);
        let closes_sentence = (tail_end + 1 >= b)
            && (tail_end == clause
                || (tail_end - clause <= 4 && LEXICON.prepositions.contains(v.lower(clause)))
                || LEXICON.time_words.contains(v.lower(clause)));
        if !(q >= a + 3
            && v.lower(q - 1) == "as"
            && v.is(q - 2, ",")
            && reporting
            && closes_sentence)
        {
            return None;
        }
        let head = Found::head(cue, subject);
        Some(self.fronted_content((a, b), q - 2, clause, head, false))
    }

    /// Content before the source that starts at `q`: a fronted source
    /// ("Citing X, Y said"), a quotation or clause ("“...,” Berg said").
    fn content_before_subject(&mut self, verb: Verb<'_>, q: usize, subject: Span) -> Ruling {
        let (
            v,
            Verb {
                a,
                b,
                ce,
                cue,
                clause,
                ..
            },
        ) = (self.v, verb);
        let closing = self.passed_on_as(verb, q, subject);
        if closing.is_some() {
            return closing;
        }
        // "X, who said ...": a relative clause takes no content before it.
        let relative = LEXICON.pronoun(v.lower(q)) == Some("relative");
        if q > a && is_separator(v, q - 1) && !relative {
            let fronted = self.fronted(a, q - 1);
            if let Some(fronted) = fronted.filter(|_| !self.clause_ends(ce, b)) {
                let (source, via) = match fronted {
                    Fronted::Citing(inner) => (inner, subject),
                    Fronted::Outer(outer) => (subject, outer),
                };
                let found = self
                    .content_right(b, ce, verb.word, false)
                    .map(|(content, resume)| {
                        let found = Found {
                            content,
                            cue,
                            source: Some(source),
                            via: vec![via],
                        };
                        (found, resume)
                    });
                return Some(found);
            }
            // (A title after a preposition is no content: "on “Evening Report,” Berg said".)
            let after_quotation = v.closes_region(q - 1).is_some_and(|r| {
                let open = v.token_at_or_after(v.regions[r].span.start);
                open == 0 || !LEXICON.prepositions.contains(v.lower(open - 1))
            });
            // "During the meeting, X asked the delegations to ...": a fronted
            // adverbial is no content when the cue has words of its own after it.
            let adverbial =
                super::sources::fronted_adverbial(v, a, q - 1) && ce < b && v.is_wordlike(ce);
            let colon = ce < b && v.is(ce, ":");
            if !adverbial && (after_quotation || (self.clause_ends(clause, b) && !colon)) {
                let head = Found::head(cue, subject);
                return Some(self.fronted_content((a, b), q - 1, clause, head, true));
            }
            // "The plan has three parts, the diplomat said: a, b and c": both halves.
            let fronted_adverbial = super::sources::fronted_adverbial(v, a, q - 1);
            if !fronted_adverbial && colon && !after_quotation && v.opens_region(ce + 1).is_none() {
                let head = Found::head(cue, subject);
                let (mut found, _) = self.fronted_content((a, b), q - 1, clause, head, true)?;
                let (right, resume) = self.content_right(b, ce, verb.word, false)?;
                found.content.extend(right);
                return Some(Some((found, resume)));
            }
        }
        // “Who would have thought?” Ann said. (The splitter ends the sentence at the mark.)
        if q == a
            && q > 0
            && v.closes_region(q - 1).is_some()
            && v.same_paragraph(q - 1, q)
            && self.clause_ends(clause, b)
        {
            let head = Found::head(cue, subject);
            return Some(self.fronted_content((a, b), q - 1, clause, head, true));
        }
        None
    }

    /// "X did this and said ...", "..., adding that ...", "X went on to say":
    /// the subject speaks, nearest first ("she laughed and said").
    ///
    /// The nearest reading takes a name or pronoun and one verb before the
    /// conjunction ("she laughed and said"); a comma or a time word there
    /// ("..., state media reported on Friday, and vowed") ends a longer
    /// clause, whose subject speaks.
    fn coordinated(&mut self, verb: Verb<'_>, p: usize) -> Option<(Found, usize)> {
        let (v, a) = (self.v, verb.a);
        let near = p.checked_sub(2).filter(|&j| {
            j >= a
                && matches!(v.lower(p), "and" | "but")
                && v.is_wordlike(j + 1)
                && !LEXICON.time_words.contains(v.lower(j))
                && (LEXICON.pronoun(v.lower(j)).is_some() || v.is_capitalized(j))
                && can_end_source(v, j)
        });
        let source = match near {
            Some(j) => Some(v.cover(phrase_back(v, j, a), j)),
            None => self.coordinated_subject(a, p, verb.cs),
        };
        let (content, resume) = self.content_right(verb.b, verb.ce, verb.word, false)?;
        Some((Found::new(content, verb.cue, source), resume))
    }

    /// The subject of a cue at `cs` coordinated by the conjunction at `p`
    /// ("X inspected the port on Friday, and vowed"): the clause's subject as
    /// the words give it; when that reading runs to four words or more and
    /// holds a verb by the tagger, it ran over the first clause, and the
    /// tree's subject of the cue (through its coordination) is taken when it
    /// has one. (Names and titles hold no verb and keep the words' reading,
    /// which the tree's phrases cut: "Ohio Gov. Ann Lee".)
    fn coordinated_subject(&mut self, a: usize, p: usize, cs: usize) -> Option<Span> {
        let words = self.subject(a, p)?;
        let v = self.v;
        let (first, end) = (
            v.token_at_or_after(words.start),
            v.token_at_or_after(words.end),
        );
        if end < first + 4 || !self.holds_a_verb(first, end - 1) {
            return Some(words);
        }
        let tree = self
            .parses
            .subject_of(cs)
            .map(|r| v.cover(r.start, r.end - 1))
            .filter(|s| s.end <= v.span(cs).start);
        Some(tree.unwrap_or(words))
    }

    /// The source after the verb, the content before the separator `p`:
    /// "“...,” said Ann Lee".
    fn source_after_verb(&mut self, verb: Verb<'_>, p: usize) -> Ruling {
        let (v, Verb { a, b, ce, cue, .. }) = (self.v, verb);
        let citing_apposition = v.is(p, ",")
            && (a..p)
                .rev()
                .find(|&j| v.is(j, ","))
                .is_some_and(|r| v.lower(r + 1) == "citing");
        // Only a finite verb inverts: "“...,” said Ann Lee", not "“...,” referring to the plan".
        let participle = verb.word.ends_with("ing");
        let after_quotation = v.closes_region(p).is_some();
        // After a quotation "asked" inverts like "said" ("“Why?” asked Ann Lee");
        // the other verbs that take an addressee name it there ("told reporters").
        let addressee = takes_object(verb.word) && !(after_quotation && verb.word == "asked");
        if addressee || citing_apposition || participle {
            return None;
        }
        let se = self.source_after(ce, b, after_quotation)?;
        if !after_quotation && self.holds_a_verb(ce, se) {
            return None;
        }
        let head = Found::head(cue, v.cover(ce, se));
        Some(self.fronted_content((a, b), p, se + 1, head, false))
    }

    /// True when a phrase of three words or more, tokens `first..=last`,
    /// holds a verb by the parser's tagger: a clause, not a source
    /// ("Norway's ambassador, Eira Lund, said the vote sent a message": the
    /// words after the cue are what was said). Shorter phrases are names
    /// and titles. Only a phrase with a second determiner not right after a
    /// preposition ("the vote sent a message", not "a senior official in
    /// Oslo" nor "the head of the agency") may hold two noun phrases around
    /// a verb, so only such a phrase is parsed.
    fn holds_a_verb(&mut self, first: usize, last: usize) -> bool {
        let v = self.v;
        let two_phrases = (first + 1..=last).any(|j| {
            LEXICON.determiners.contains(v.lower(j))
                && !LEXICON.prepositions.contains(v.lower(j - 1))
        });
        last >= first + 2
            && two_phrases
            && (first..=last).any(|j| self.parses.upos(j) == Some(dragoman_model::Upos::Verb))
    }

    /// The source is an apposition before the comma `p`: "X, a professor at
    /// Y, said ..." (or a citation in it: "the paper, citing X, said").
    fn apposition_speaks(&mut self, verb: Verb<'_>, p: usize) -> Option<(Found, usize)> {
        let (
            v,
            Verb {
                a,
                b,
                ce,
                cue,
                clause,
                word,
                ..
            },
        ) = (self.v, verb);
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
        if after_quotation || (oq > a && is_separator(v, oq - 1) && self.clause_ends(clause, b)) {
            return self.fronted_content((a, b), oq - 1, clause, Found::head(cue, outer), true);
        }
        let (content, resume) = self.content_right(b, ce, word, false)?;
        Some((Found::new(content, cue, Some(outer)), resume))
    }

    /// A verb of thought or stance: only `X believes C`.
    pub(super) fn belief(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        let word = v.lower(cs);
        if self.names_a_thing(a, b, cs, ce)
            || anonymity(v, word, ce, b)
            || passes_no_words(v, word, cs, ce, b)
        {
            return None;
        }
        let p = skip_back(v, cs.checked_sub(1), a)?;
        if matches!(v.lower(p), "and" | "but") {
            // "X criticized the deal and called for tariffs": the subject holds the stance.
            let source = self.coordinated_subject(a, p, cs);
            let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
            return Some((Found::new(content, v.cover(cs, ce - 1), source), resume));
        }
        if v.is(p, ",") {
            // "X, a professor at Y, described ..."; but a participle after a
            // comma hangs on the subject of the clause: "Instead, the senator
            // kept to his message, hoping ...".
            let source = if v.lower(cs).ends_with("ing") {
                self.subject(a, p)
            } else {
                Some(self.apposition(a, p)?.1)
            };
            let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
            return Some((Found::new(content, v.cover(cs, ce - 1), source), resume));
        }
        // "Sen. Ann Lee (D-Ore.) criticized ...": the source ends past its bracket.
        let last = p;
        let p = self.before_bracket(a, last)?;
        if !can_end_source(v, p) {
            return None;
        }
        let q = phrase_back(v, p, a);
        if !plausible_source(v, q, p) || force_not_stance(v, (a, p), cs, ce, b) {
            return None;
        }
        // A predicate read as the source: its object holds the stance
        // ("included Trump vowing to ..." gives "Trump"), or, with no object
        // ("She has pushed back against accusations"), the clause's subject.
        let source = if verb_led(v, q, p) {
            self.predicate_object(a, q, p, last)
        } else {
            v.cover(q, last)
        };
        let cue = v.cover(cs, ce - 1);
        if q > a
            && is_separator(v, q - 1)
            && self.fronted(a, q - 1).is_none()
            && self.clause_ends(ce, b)
        {
            // "..., a new analysis shows."
            return self.fronted_content((a, b), q - 1, ce, Found::head(cue, source), false);
        }
        let (content, resume) = self.content_right(b, ce, v.lower(cs), true)?;
        Some((Found::new(content, cue, Some(source)), resume))
    }

    /// The source in a predicate `q..=p` read back from a cue: its object
    /// after the verb and its particles, else the subject of the clause.
    fn predicate_object(&self, a: usize, q: usize, p: usize, last: usize) -> Span {
        let v = self.v;
        let object = (q + 1..=p).find(|&j| {
            let w = v.lower(j);
            !LEXICON.prepositions.contains(w) && !matches!(w, "against" | "about" | "away")
        });
        match object.filter(|&o| plausible_source(v, o, p)) {
            Some(o) => v.cover(o, last),
            None => self
                .subject_phrase(a, q)
                .unwrap_or_else(|| v.cover(q, last)),
        }
    }

    /// A view without its holder: "Ann Lee seemed to waver" gives the content
    /// "Ann Lee" + "to waver" and no source; "It appears that ..." only the clause.
    pub(super) fn raising(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        let p = skip_back(v, cs.checked_sub(1), a).filter(|&p| can_end_source(v, p))?;
        let q = phrase_back(v, p, a);
        if !plausible_source(v, q, p) {
            return None;
        }
        if ce >= b || !matches!(v.lower(ce), "to" | "that") {
            return None; // "seemed tired" tells a look, not a view
        }
        if let Some(said) = self.expected_speech(a, b, cs, ce) {
            return said;
        }
        let (right, resume) = self.content_right(b, ce, v.lower(cs), true)?;
        let expletive = q == p && matches!(v.lower(p), "it" | "there");
        let mut content = if expletive {
            Vec::new()
        } else {
            vec![v.cover(q, p)]
        };
        content.extend(right);
        Some((Found::new(content, v.cover(cs, ce - 1), None), resume))
    }

    /// "X is expected to say that ...": the speech the raising cue at
    /// `cs..ce` looks forward to is X's, the cue running from the raising
    /// words through the reporting verb ("is expected to announce"). `None`
    /// when no reporting verb follows "to" ("is expected to travel").
    fn expected_speech(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
    ) -> Option<Option<(Found, usize)>> {
        let v = self.v;
        if v.lower(ce) != "to" {
            return None;
        }
        let verb = self
            .cue_at(ce + 1, b)
            .filter(|c| matches!(c.class, CueClass::Speech | CueClass::Belief))?;
        let end = ce + 1 + verb.words.len();
        Some(self.speech(a, b, cs, end, verb.words[0]))
    }

    /// `according to X` (or `citing X`): the clause around it is the content.
    pub(super) fn according(
        &mut self,
        a: usize,
        b: usize,
        cs: usize,
        ce: usize,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        let se = phrase_forward(v, ce, b)?;
        // A relative clause belongs to the source up to its comma:
        // "according to a diplomat who asked not to be named, ...".
        let se = if v.lower(se) == "who" {
            (se..b)
                .take_while(|&j| !v.is(j, ","))
                .filter(|&j| v.is_wordlike(j))
                .last()
                .unwrap_or(se)
        } else {
            se
        };
        let source = v.cover(ce, se);
        let cue = v.cover(cs, ce - 1);
        let lead = self.clause_start(a);
        if v.lower(cs) == "citing" && self.has_cue_between(se + 1, b) {
            return None; // "X, citing Y, claims ...": read at the claim
        }
        if v.lower(cs) == "citing" && !cites_a_source(v, ce, se) {
            return None; // "..., citing low growth": a reason, not a source
        }
        if v.lower(cs) == "citing" && self.has_cue_between(a, cs) {
            return None; // "..., the Ledger reported, citing X": read at "reported"
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
            return Some((Found::new(content, cue, Some(source)), resume));
        }
        let left_end = trim_end(v, a, cs);
        let mut content = vec![v.cover(a, left_end)];
        let mut resume = se + 1;
        // ", who heads the mission": the source's description, not content.
        let relative = rs < b && matches!(v.lower(rs), "who" | "whom" | "whose" | "which");
        if rs > se + 1 && rs < b && v.is_wordlike(rs) && !relative && !v.is(cs - 1, ".") {
            let e = content_end(v, rs, b);
            if e >= rs {
                content.push(v.cover(rs, e));
                resume = e + 1;
            }
        }
        Some((Found::new(content, cue, Some(source)), resume))
    }

    /// True when the naming verb at `cs..ce` is a participle after an
    /// indefinite noun, naming a thing: "a group called Occupy", "a beer
    /// dubbed “Swing”".
    fn names_a_thing(&self, a: usize, b: usize, cs: usize, ce: usize) -> bool {
        let v = self.v;
        let naming = matches!(
            v.lower(cs),
            "called" | "named" | "dubbed" | "titled" | "entitled" | "labeled" | "nicknamed"
        );
        // The noun has an indefinite article ("a group", "an online group"):
        // "the minister called Berg a liar" stays an attribution.
        let indefinite = (a..cs.saturating_sub(1))
            .rev()
            .take(3)
            .find(|&j| LEXICON.determiners.contains(v.lower(j)))
            .is_some_and(|j| matches!(v.lower(j), "a" | "an"));
        let after_noun = cs > a
            && v.kind(cs - 1) == dragoman_model::TokenKind::Word
            && !v.is_capitalized(cs - 1)
            && indefinite;
        let a_name_follows = ce < b && (v.is_capitalized(ce) || v.opens_region(ce).is_some());
        naming && after_noun && a_name_follows
    }
}

/// True when a verb of stance that also names force ("attacked", "blasted",
/// "slammed") reads as force: its subject is a common noun ("gunmen
/// attacked", "troops slammed into") or its object an indefinite thing ("attacked a
/// police post"). A stance is held by someone named against something
/// known: "the senator attacked the plan".
fn force_not_stance(v: &View, (a, p): (usize, usize), cs: usize, ce: usize, b: usize) -> bool {
    let word = v.lower(cs);
    let forceful = ["attack", "blast", "slam"]
        .iter()
        .any(|stem| word.starts_with(stem));
    if !forceful {
        return false;
    }
    // (A capital that opens the sentence tells nothing.)
    let common_subject = p > a && !v.is_capitalized(p) && LEXICON.pronoun(v.lower(p)).is_none();
    let indefinite_object = ce < b && matches!(v.lower(ce), "a" | "an" | "into" | "through");
    common_subject || indefinite_object
}

/// True when the phrase `q..=p` after "citing" names who or what passes the
/// words on: a name, a pronoun, an unnamed source ("officials familiar with
/// the talks"), an outlet's report or a document ("a poll"), or a title
/// ("the ministry's spokesman"); not a reason ("citing low growth").
fn cites_a_source(v: &View, q: usize, p: usize) -> bool {
    let text = &v.text[v.cover(q, p).range()];
    let head = v.lower(p);
    (q..=p).any(|j| v.is_capitalized(j) || LEXICON.pronoun(v.lower(j)).is_some())
        || LEXICON.is_title(head)
        || !matches!(crate::sourcing::sourcing(Some(text)), Sourcing::Named)
}
