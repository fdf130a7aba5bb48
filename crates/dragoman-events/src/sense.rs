//! Other senses of event verbs, read from their arguments: a verb of force
//! whose object is an agreement ("struck a deal"), or in a sentence about a
//! game ("beat Portugal 3-1"), on an ill or a level ("fight corruption",
//! "hit a record high"), an investigation of something that is no
//! party ("would study the proposal"), a measure's reach ("the sanctions
//! target six firms"), a crowd's gathering ("protesters gathered"), the
//! terms of a plan ("the plan would recognize ..."), a warning that
//! tells how things stand ("warned that famine was spreading") and a
//! release that makes something public ("released a video") and an
//! admission ("conceded that ...") code no event.

use crate::lexicon::CameoEntry;
use crate::mentions::Mention;
use crate::trigger::is_partitive;
use crate::words::Words;
use dragoman_lexicon::load::rows;
use dragoman_syntax::Tree;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The (kind, noun) pairs of `data/objects.tsv`, parsed once.
fn objects() -> &'static HashSet<(&'static str, &'static str)> {
    static OBJECTS: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    OBJECTS.get_or_init(|| {
        rows(include_str!("../data/objects.tsv"))
            .filter_map(|row| match row[..] {
                [kind, noun] => Some((kind, noun)),
                _ => None,
            })
            .collect()
    })
}

/// True when `word` is a noun of `data/objects.tsv` of kind `kind`.
pub(crate) fn listed(kind: &str, word: &str) -> bool {
    objects().contains(&(kind, word))
}

/// True when the trigger with predicate `p`, coded `entry`, is used in a
/// sense that is no event.
pub(crate) fn other_sense(
    words: &Words,
    tree: &Tree,
    mentions: &[Mention],
    p: usize,
    entry: &CameoEntry,
) -> bool {
    let forceful = matches!(&*entry.plover, "ASSAULT" | "COERCE");
    let object = acted_on(words, tree, p);
    let on_agreement = object.is_some_and(|o| listed("agreement", words.at(o)));
    let on_occasion = object.is_some_and(|o| listed("occasion", words.at(o)));
    let on_abstract =
        object.is_some_and(|o| listed("abstract", words.at(o)) && !placed_target(words, o));
    let (scored, sporting) = game_words(words);
    let game = scored || sporting;
    // Any verb reports a game when a score and a word of sport stand in its
    // sentence ("met Nigeria in the final and won 2-0"), or when what it
    // acts on is a word of sport named by no party ("conceded two goals").
    let named = |o: usize| mentions.iter().any(|m| m.first <= o && o < m.end);
    let sport_object = object.is_some_and(|o| listed("sport", words.at(o)) && !named(o));
    let a_game = scored && sporting || sport_object;
    let investigates_a_thing = entry.mode.as_deref() == Some("investigate")
        && object.is_some_and(|o| !named(o) && !into_a_party(words, tree, mentions, p, o));
    let subject = tree.subject(p).map(|s| words.at(s));
    let a_measure_reaches =
        forceful && subject.is_some_and(|s| listed("measure", s) || listed("abstract", s));
    let a_crowd_gathers =
        &*entry.plover == "CONSULT" && subject.is_some_and(|s| listed("crowd", s));
    let publishes =
        &*entry.plover == "RETREAT" && object.is_some_and(|o| listed("record", words.at(o)));
    // "conceded that growth had slowed" admits a fact; it yields nothing.
    let admits =
        tree.lemma(p).eq_ignore_ascii_case("concede") && tree.child(p, &["ccomp"]).is_some();
    forceful && (on_agreement || on_occasion || on_abstract || game)
        || publishes
        || admits
        || a_game
        || investigates_a_thing
        || a_measure_reaches
        || a_crowd_gathers
        || terms_of_a_plan(words, tree, p)
        || warns_of_a_state(tree, p, entry)
}

/// True when object `o` of `p` is looked into a party ("opened an
/// investigation into Chinese subsidies", "a probe into Norland's banks"):
/// the "into" phrase, on the noun or on the verb, names who is investigated.
fn into_a_party(words: &Words, tree: &Tree, mentions: &[Mention], p: usize, o: usize) -> bool {
    let mut phrases = tree.children(o, &["nmod"]).chain(tree.obliques(p));
    phrases.any(|k| {
        let into = tree
            .child(k, &["case"])
            .is_some_and(|c| words.at(c) == "into");
        let phrase = tree.phrase(k);
        into && mentions
            .iter()
            .any(|m| phrase.start <= m.first && m.end <= phrase.end)
    })
}

/// Whether the sentence holds a score ("3-1", "3 - 1") and a word of sport.
fn game_words(words: &Words) -> (bool, bool) {
    let scored = (0..words.len()).any(|j| {
        let split_score =
            words.at(j) == "-" && is_score(&format!("{}-{}", words.before(j), words.at(j + 1)));
        is_score(words.at(j)) || split_score
    });
    let sporting = (0..words.len()).any(|j| listed("sport", words.at(j)));
    (scored, sporting)
}

/// Adjectives that make a clause a readiness to act ("ready to respond").
const READY: &[&str] = &["ready", "prepared", "poised", "determined"];

/// True when a warning's complement tells a state of affairs, not what
/// will or could be done: "warned that famine was spreading", "cautioned
/// that the treaty still had to be ratified". A threat says what will
/// happen ("warned that it would respond"), or that the actor is ready to
/// act ("warned that the army was ready to strike").
fn warns_of_a_state(tree: &Tree, p: usize, entry: &CameoEntry) -> bool {
    let warning = matches!(tree.lemma(p).to_lowercase().as_str(), "warn" | "caution");
    if &*entry.plover != "THREATEN" || !warning {
        return false;
    }
    tree.child(p, &["ccomp"]).is_some_and(|c| {
        let ready = READY.contains(&tree.lemma(c).to_lowercase().as_str());
        // "is going to respond", "is about to strike": what will be done.
        let going = matches!(tree.lemma(c).to_lowercase().as_str(), "go" | "about")
            && tree.child(c, &["xcomp"]).is_some();
        tree.modal(c).is_none() && !ready && !going
    })
}

/// The noun the verb at `p` acts on: its object, its passive subject or
/// the noun its participle modifies ("the round of talks, held in ...");
/// a partitive stands for the noun it measures out ("held a fourth round
/// of talks" acts on talks, even when the tagger takes "fourth" for the
/// object's head and "round" for a preposition).
fn acted_on(words: &Words, tree: &Tree, p: usize) -> Option<usize> {
    let is = |i: usize, rel: &str| tree.deprel(i).is_some_and(|d| d.as_str() == rel);
    let noun = tree
        .object(p)
        .or_else(|| tree.children(p, &["nsubj"]).find(|&s| is(s, "nsubj:pass")))
        .or_else(|| tree.head(p).filter(|_| is(p, "acl")))?;
    let measured = |n: &usize| {
        let of = tree.children(*n, &["case"]).any(|c| words.at(c) == "of");
        of && (noun..*n).any(|j| is_partitive(words.at(j)))
    };
    Some(
        tree.children(noun, &["nmod"])
            .find(measured)
            .unwrap_or(noun),
    )
}

/// True when the clause tells what a plan or draft says, not what anyone
/// did: its subject is the plan ("the plan would recognize ...") or it
/// stands under it ("under the draft, Moldova would be granted ...").
/// Those are the proposal's terms (the proposals layer), not events.
///
/// A verb of saying coded by what follows it ("said it would support")
/// is judged by its complement clause.
fn terms_of_a_plan(words: &Words, tree: &Tree, p: usize) -> bool {
    let plan = |i: usize| crate::proposals::is_head(words.at(i));
    let told = |c: usize| {
        let subject = tree.subject(c).is_some_and(plan);
        let under = tree.obliques(c).into_iter().any(|o| {
            plan(o)
                && tree
                    .child(o, &["case"])
                    .is_some_and(|k| matches!(words.at(k), "under" | "in"))
        });
        subject || under
    };
    told(p) || tree.child(p, &["ccomp"]).is_some_and(told)
}

/// True for targets placed on the ground ("struck targets near Damascus",
/// "targets belonging to the militia"): what an attack hits, not a level
/// reached ("hit its inflation target").
fn placed_target(words: &Words, o: usize) -> bool {
    matches!(words.at(o), "target" | "targets")
        && matches!(
            words.at(o + 1),
            "in" | "near"
                | "inside"
                | "across"
                | "around"
                | "along"
                | "belonging"
                | "linked"
                | "used"
        )
}

/// True for a score: digits, a dash, digits ("3-1", "2–0").
fn is_score(word: &str) -> bool {
    let mut parts = word.split(['-', '–']);
    let digits = |s: Option<&str>| {
        s.is_some_and(|s| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
    };
    digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}
