//! What the sentence's dependency tree says of a trigger: the token that
//! stands for it and the predicate whose arguments are the event's, whether
//! the tagger agrees with the dictionary (a verb is a verb, a noun a noun),
//! and whether its clause is background (opened by "who", "where", "when",
//! ...). Word order (`select`) proposes the events; the tree vetoes.
//!
//! Choosing events from the tree alone (root, coordinated and reported
//! clauses) was tried and measured worse on PLOVER dev (type F1 0.69 against
//! 0.76): the parser, trained on web text, often roots a news sentence on
//! a noun ("European Community ... demanded" as `acl`), so the tree may
//! veto but not decide.

use crate::lexicon::lexicon;
use crate::select::finite;
use crate::trigger::Trigger;
use crate::words::Words;
use dragoman_model::Upos;
use dragoman_syntax::Tree;

/// How far up the tree a clause may be followed.
const DEPTH: usize = 12;

/// The token that stands for trigger `t` in the tree: the verb, or the word
/// of a noun trigger that its other words hang on.
pub(crate) fn anchor(tree: &Tree, t: &Trigger) -> usize {
    head_of(tree, t.first, t.end)
}

/// The token of `first..end` the others hang on: the first whose head lies
/// outside the range (else `first`).
pub(crate) fn head_of(tree: &Tree, first: usize, end: usize) -> usize {
    (first..end)
        .find(|&i| tree.head(i).is_none_or(|h| h < first || h >= end))
        .unwrap_or(first)
}

/// The predicate whose arguments are the event's: the verb, or for the
/// object of a light verb ("mounted an invasion") the light verb.
pub(crate) fn predicate(tree: &Tree, t: &Trigger) -> usize {
    let a = anchor(tree, t);
    let object = tree.deprel(a).is_some_and(|d| d.universal() == "obj");
    match tree.head(a) {
        Some(h) if t.light && object => h,
        _ => a,
    }
}

/// True when the tree shows trigger `t`'s pattern misread: its last word
/// is the `to` of an infinitive ("ordered the army to withdraw" is no
/// "headed to Paris"), or, for a verb of saying (`Trigger::quiet`), is a
/// word inside the clause said other than its verb ("said progress had been
/// made": the clause's subject is no object of the saying; "announced that
/// it will withdraw" is coded by what it tells), or its verb when the
/// clause has a subject of its own other than a pronoun ("said the capital
/// feared for its dams" tells another's fear, no stance of the speaker's).
fn misread(tree: &Tree, t: &Trigger) -> bool {
    if !t.patterned || t.noun || t.light || t.reach <= t.end {
        return false;
    }
    let last = t.reach - 1;
    let infinitive_to = tree.deprel(last).is_some_and(|d| d.universal() == "mark")
        && tree.lemma(last).eq_ignore_ascii_case("to");
    let said = complement_holding(tree, last, predicate(tree, t));
    let told_of_another = |verb: usize| {
        let subject = tree.subject(verb);
        verb != last || subject.is_some_and(|s| tree.upos(s) != Some(Upos::Pron))
    };
    infinitive_to || t.quiet && said.is_some_and(told_of_another)
}

/// The head of the clausal complement (`ccomp`) of `p` that holds token
/// `k`, if one does.
fn complement_holding(tree: &Tree, k: usize, p: usize) -> Option<usize> {
    let mut x = k;
    for _ in 0..DEPTH {
        match tree.head(x) {
            Some(h) if h == p => {
                return tree
                    .deprel(x)
                    .is_some_and(|d| d.universal() == "ccomp")
                    .then_some(x)
            }
            Some(h) => x = h,
            None => return None,
        }
    }
    None
}

/// True when the tagger agrees that trigger `t` is what the dictionary
/// matched: a verb for a verb trigger, a noun for a noun (or a light verb's
/// object).
pub(crate) fn tagged_as_matched(tree: &Tree, t: &Trigger) -> bool {
    let upos = tree.upos(anchor(tree, t));
    if t.noun || t.light {
        matches!(upos, Some(Upos::Noun | Upos::Propn))
    } else {
        upos == Some(Upos::Verb)
    }
}

/// True for a participle the tagger reads as an adjective after a form of
/// "be" and before "to" ("Israel is opposed to the mediation"): a stance
/// its subject takes, the verb's event with the subject acting.
fn stance_adjective(tree: &Tree, words: &Words, t: &Trigger) -> bool {
    let a = anchor(tree, t);
    let participle = words.at(t.first).ends_with("ed") && t.end == t.first + 1;
    participle
        && tree.upos(a) == Some(Upos::Adj)
        && crate::words::is_be(words.before(t.first))
        && words.at(t.end) == "to"
}

/// Trigger `t` as the tree reads it: a pattern matched beyond the usual gap
/// (`Trigger::wide`: "spoke by phone on Monday with X") holds when its last
/// word hangs on the verb through no clause of its own; else the verb keeps
/// its code without the pattern, or is no event.
///
/// So too any pattern whose last word is a noun of another verb between
/// them ([`pattern_crosses_a_verb`]), is measured out by a partitive noun
/// ([`measured_out`]), or that the tree shows misread ([`misread`]).
pub(crate) fn confirm_pattern(tree: &Tree, words: &Words, t: Trigger) -> Option<Trigger> {
    let holds = if t.wide {
        in_own_clause(tree, predicate(tree, &t), t.reach - 1)
    } else {
        !pattern_crosses_a_verb(tree, &t)
    };
    let holds = holds && !measured_out(tree, words, &t) && !misread(tree, &t);
    if holds {
        return Some(t);
    }
    let (cameo, swapped) = crate::trigger::unpatterned(words, &t)?;
    Some(Trigger {
        cameo,
        swapped,
        reach: t.end,
        patterned: false,
        wide: false,
        ..t
    })
}

/// True when the last word a verb's pattern used is measured out by a
/// partitive noun the tree hangs it on ("ended a second day of talks": the
/// day ended, the talks were not broken off).
fn measured_out(tree: &Tree, words: &Words, t: &Trigger) -> bool {
    let last = t.reach - 1;
    !t.noun
        && t.patterned
        && t.reach > t.end
        && tree
            .head(last)
            .is_some_and(|h| h < last && crate::trigger::is_partitive(words.at(h)))
}

/// True when token `x` hangs on `p` through no clausal relation (a case
/// word of its oblique, its object): it belongs to `p`'s own clause.
fn in_own_clause(tree: &Tree, p: usize, mut x: usize) -> bool {
    for _ in 0..DEPTH {
        if x == p {
            return true;
        }
        let clausal = tree.deprel(x).is_some_and(|d| {
            matches!(
                d.universal(),
                "acl" | "advcl" | "ccomp" | "xcomp" | "csubj" | "conj" | "parataxis" | "root"
            )
        });
        match tree.head(x) {
            Some(h) if !clausal => x = h,
            _ => return false,
        }
    }
    false
}

/// True when verb trigger `t` is coordinated with an infinitive that a coded
/// verb governs ("refused to allow the planes to land and evacuate the
/// observers", "promised to democratize Serbia and establish ..."): it is
/// part of what was refused or promised, no event of its own. `coded`
/// tells whether a token is a coded trigger's verb.
pub(crate) fn in_governed_infinitive(
    tree: &Tree,
    words: &Words,
    t: &Trigger,
    coded: impl Fn(usize) -> bool,
) -> bool {
    let p = predicate(tree, t);
    let conj = tree.deprel(p).is_some_and(|d| d.universal() == "conj");
    if t.noun || t.light || !conj || tree.child(p, &["nsubj"]).is_some() {
        return false;
    }
    let Some(mut x) = tree.head(p) else {
        return false;
    };
    let infinitive = |k: usize| {
        words.before(k) == "to"
            || tree
                .child(k, &["mark"])
                .is_some_and(|m| words.at(m) == "to")
    };
    if !infinitive(x) {
        return false;
    }
    // Up through the complement ("to allow the planes to land": the parser
    // may hang the second infinitive on the object) to the verb governing it.
    for _ in 0..DEPTH {
        let inside = tree
            .deprel(x)
            .is_some_and(|d| matches!(d.universal(), "xcomp" | "obj" | "nmod" | "obl"));
        match tree.head(x) {
            Some(h) if inside && coded(h) => return true,
            Some(h) if inside => x = h,
            _ => return false,
        }
    }
    false
}

/// True when the last word a verb's pattern used (`t.reach - 1`) is a noun
/// the tree gives to another verb standing between them ("agreed to lift
/// sanctions": the dictionary's "agree ... to sanctions" is no agreement to
/// sanctions here): the pattern reads across that verb.
pub(crate) fn pattern_crosses_a_verb(tree: &Tree, t: &Trigger) -> bool {
    if t.noun || !t.patterned || t.reach <= t.end {
        return false;
    }
    let last = t.reach - 1;
    if tree.upos(last) == Some(Upos::Verb) {
        return false;
    }
    let p = predicate(tree, t);
    let mut x = last;
    for _ in 0..DEPTH {
        match tree.head(x) {
            Some(h) if h == p => return false,
            Some(h) if tree.upos(h) == Some(Upos::Verb) => return t.end <= h && h < last,
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Words that open a relative, temporal or conditional clause: an event
/// told in one is background to the sentence's own ("the town, where 24
/// people were killed in March"), or a condition of it ("ready to sign if
/// the rebels withdraw"); "without giving details" gives nothing.
const OPENERS: [&str; 10] = [
    "who", "whom", "whose", "which", "where", "when", "while", "if", "unless", "without",
];

/// Adverbs that make a phrasal verb when they follow it ("push back", "cut
/// off"), whatever the parser calls them.
const PARTICLES: [&str; 8] = ["back", "up", "off", "out", "down", "away", "over", "along"];

/// True when the tree vetoes verb trigger `t`, kept by word order: the
/// tagger does not read it as a verb, it has a particle its pattern did not
/// match, it is a participle modifying a noun, or its clause is opened by a
/// relative, temporal or conditional word.
pub(crate) fn vetoed(tree: &Tree, words: &Words, t: &Trigger) -> bool {
    if !t.light && !tagged_as_matched(tree, t) && !stance_adjective(tree, words, t) {
        return true;
    }
    // A participle or gerund modifying a noun ("months of fighting",
    // "forces loyal to ...") heads no clause. (A finite verb the parser
    // hangs on a noun is its error, not a modifier: "ministers demanded".)
    // A particle right after the verb's matched words makes another verb
    // ("pushing back against the draft" is no "push" of the dictionary's;
    // the dictionary's own phrasal verbs, "rule out", match the particle).
    let p = predicate(tree, t);
    let particle = tree.dependents(p).iter().any(|&k| {
        let k = k as usize;
        let rel = tree.deprel(k).map_or("", |d| d.as_str());
        let word = tree.lemma(k).to_lowercase();
        (rel == "compound:prt" || rel == "advmod" && PARTICLES.contains(&word.as_str()))
            && k == t.end
            // "up to 4,000 troops" counts, it is no particle.
            && !(word == "up" && words.at(k + 1) == "to")
    });
    if particle && !t.light {
        return true;
    }
    let modifier = tree.deprel(p).is_some_and(|d| d.universal() == "acl");
    if modifier && (!finite(words, t) || passive_participle(tree, words, t, p)) {
        return true;
    }
    let mut x = predicate(tree, t);
    for _ in 0..DEPTH {
        let opened = tree.dependents(x).iter().any(|&k| {
            (k as usize) < x && OPENERS.contains(&tree.lemma(k as usize).to_lowercase().as_str())
        });
        // Opened by its word, not by its label: the parser takes "said on
        // Monday that Russia rejected" for a relative clause too.
        if opened {
            return true;
        }
        let rel = tree.deprel(x).map_or("", |d| d.as_str());
        match tree.head(x) {
            // A verb after the comma that closes a relative clause is the
            // main clause's, whatever conjunct the parser made of it ("The
            // minister, who arrived on Sunday, held talks ...").
            Some(h) if rel == "conj" && crate::setting::aside(words, h, p) => return false,
            // An infinitive belongs to the clause of its head ("who is
            // attempting to break ...").
            Some(h) if rel == "conj" || rel == "xcomp" => x = h,
            _ => return false,
        }
    }
    false
}

/// True when a verb hands the event to its complement: a verb of intent
/// (CAMEO 03x: "plans to impose", "agreed to lift", coded as intended), or
/// a verb of action before a protest ("shunned work to protest"; a threat
/// or demand to protest stays a threat or demand).
pub(crate) fn hands_over(head: &Trigger, complement: &Trigger) -> bool {
    let lex = lexicon();
    let head = &lex.cameo[head.cameo as usize];
    let verbal = matches!(&*head.plover, "THREATEN" | "REQUEST" | "REJECT" | "AGREE");
    head.is_intent() || !verbal && &*lex.cameo[complement.cameo as usize].plover == "PROTEST"
}

/// True for a past participle that modifies a noun other than a subject and
/// is followed by a preposition: "drivers held in Belarus", "the troops
/// deployed near the border" tell what was done to them before, in another
/// clause; a finite verb the parser hangs on its subject ("ministers
/// demanded") stays one.
fn passive_participle(tree: &Tree, words: &Words, t: &Trigger, p: usize) -> bool {
    let noun_role = tree
        .head(p)
        .and_then(|h| tree.deprel(h))
        .map_or("", |d| d.universal());
    let participle = words.at(t.first).ends_with("ed")
        || matches!(
            words.at(t.first),
            "held" | "taken" | "seen" | "shot" | "hit"
        );
    participle
        && matches!(noun_role, "obj" | "nmod" | "obl" | "iobj" | "appos")
        && crate::words::is_preposition(words.at(t.end))
}
