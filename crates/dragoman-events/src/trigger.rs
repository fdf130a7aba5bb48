//! Event triggers: verbs of the CAMEO dictionary, coded by the best pattern of
//! their block, and event nouns.

use crate::lexicon::{lexicon, Code, Lexicon, VerbForm, Word};
use crate::mentions::agent_sector;
use crate::words::{is_determiner, is_preposition, is_time_word, Named, Words};
use dragoman_lexicon::load::lines;
use std::collections::HashSet;
use std::sync::OnceLock;

/// How far (in tokens) a pattern word may stand from the previous one.
const GAP: usize = 4;

/// How far a pattern word after the verb may stand when no pattern matches
/// within [`GAP`] and the verb codes nothing by itself ("spoke by phone on
/// Monday with ..."): such a match
/// holds only when the tree hangs the word on the verb's own clause
/// (`Trigger::wide`, checked by the coder once the sentence is parsed).
const WIDE: usize = 9;

/// A word or phrase of a sentence that expresses an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Trigger {
    /// First token (index into the sentence's tokens).
    pub first: usize,
    /// One past the last token of the verb or noun.
    pub end: usize,
    /// One past the last token the matching pattern used.
    pub reach: usize,
    /// The code (a row of the CAMEO table).
    pub cameo: u16,
    /// Code from the recipient's side: actor and recipient trade places.
    pub swapped: bool,
    /// A noun, not a verb.
    pub noun: bool,
    /// Coded by a pattern of the verb's block, not by a default.
    pub patterned: bool,
    /// An event noun that is the object of a light verb ("mounted an
    /// invasion"): it heads the clause in the verb's place.
    pub light: bool,
    /// Coded by a pattern whose words after the verb lie beyond [`GAP`]:
    /// the tree must hang the last of them on the verb's clause, else the
    /// verb keeps its code without the pattern ([`unpatterned`]), if any.
    pub wide: bool,
    /// A verb that codes no event by itself (a verb of saying), coded by
    /// the words after it ("announced it will withdraw"): what it tells
    /// stands at `reach - 1`, and so does its status.
    pub quiet: bool,
}

/// The verb and noun triggers of a sentence, in order, not overlapping.
pub(crate) fn triggers(words: &Words) -> Vec<Trigger> {
    let lex = lexicon();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // A sentence's first word is a noun before it is a verb ("Talks
        // between X and Y ended"): news sentences do not open on a verb.
        // The object of a light verb is a noun, whatever its form ("gave a
        // warm welcome to", "paid a visit").
        let hit = match verb_at(lex, words, i) {
            Some(Ok(t)) if i > 0 && light_verb_of(words, i).is_some() => {
                noun_at(lex, words, i).or(Some(Ok(t)))
            }
            Some(Ok(t)) if i > 0 => Some(Ok(t)),
            Some(Ok(t)) => noun_at(lex, words, i).filter(|n| n.is_ok()).or(Some(Ok(t))),
            uncoded => noun_at(lex, words, i).or(uncoded),
        };
        match hit {
            Some(Ok(t)) => {
                i = t.end;
                found.push(t);
            }
            Some(Err(end)) => i = end,
            None => i += 1,
        }
    }
    promote_light_verb_objects(words, &mut found);
    found
}

/// Light verbs of `data/light_verbs.txt`, all forms.
fn is_light_verb(word: &str) -> bool {
    static LIGHT: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIGHT
        .get_or_init(|| {
            lines(include_str!("../data/light_verbs.txt"))
                .flat_map(str::split_whitespace)
                .collect()
        })
        .contains(word)
}

/// An event noun that is the object of a light verb ("mounted its
/// long-threatened invasion", "held a second day of talks") heads the
/// clause: it becomes a verb-like trigger and the light verb's own coding
/// is dropped, unless the verb's own pattern reaches the noun with a code
/// of its own that is no mere intent (the dictionary's "make ... visit" is
/// an intent to meet; whether a visit is still to come is the tense's
/// word, read by the status).
fn promote_light_verb_objects(words: &Words, found: &mut Vec<Trigger>) {
    let lex = lexicon();
    let mut light_verbs = Vec::new();
    let verbs: Vec<Trigger> = found.iter().filter(|t| !t.noun).copied().collect();
    for t in found.iter_mut().filter(|t| t.noun) {
        let Some(light) = light_verb_of(words, t.first) else {
            continue;
        };
        let intent = |v: &Trigger| lex.cameo[v.cameo as usize].is_intent();
        let verb = verbs.iter().find(|v| v.first == light);
        if !verb.is_some_and(|v| v.patterned && v.reach >= t.end && !intent(v)) {
            t.noun = false;
            t.light = true;
            light_verbs.push(light);
        }
    }
    found.retain(|t| !light_verbs.contains(&t.first));
}

/// The light verb whose object is the noun at `first`, past determiners,
/// plain modifiers and a partitive head ("a second day of", "a new round
/// of", "two days of"): its index, or `None`.
fn light_verb_of(words: &Words, first: usize) -> Option<usize> {
    let mut first = first;
    if first >= 2 && words.at(first - 1) == "of" && is_partitive(words.at(first - 2)) {
        first -= 2;
    }
    let modifiers = (first.saturating_sub(4)..first).rev().take_while(|&j| {
        let w = words.at(j);
        let plain = words.named(j) != Named::Name && !words.capitalized(j) && !is_preposition(w);
        let clause_word = matches!(w, "and" | "or" | "but" | "that" | "to") || !words.is_word(j);
        !is_light_verb(w) && (is_determiner(w) || w.contains('-') || plain && !clause_word)
    });
    let j = first - modifiers.count();
    (j > 0 && is_light_verb(words.at(j - 1))).then(|| j - 1)
}

/// Nouns that measure out an event noun after "of" ("a round of talks",
/// "two days of talks", "a series of strikes").
pub(crate) fn is_partitive(word: &str) -> bool {
    matches!(
        word,
        "round" | "rounds" | "day" | "days" | "series" | "week" | "weeks" | "session" | "sessions"
    )
}

/// A verb at `i`: `Ok` a coded trigger, `Err(end)` a verb that codes no
/// event (its words are used up), `None` no verb.
fn verb_at(lex: &Lexicon, words: &Words, i: usize) -> Option<Result<Trigger, usize>> {
    let word = words.at(i);
    let forms = lex.verbs.get(word).filter(|_| words.is_word(i))?;
    if is_determiner(words.before(i)) || (i > 0 && words.capitalized(i)) || nominal(words, i) {
        return None;
    }
    let matching = forms.iter().filter(|f| {
        f.rest
            .iter()
            .enumerate()
            .all(|(k, w)| words.at(i + 1 + k) == &**w)
    });
    let longest = matching.clone().map(|f| f.rest.len()).max()?;
    let end = i + 1 + longest;
    // A verb may stand in several blocks: the best coding of any of them wins.
    let forms: Vec<&VerbForm> = matching.filter(|f| f.rest.len() == longest).collect();
    let best_of =
        |gap: usize| best_coding(forms.iter().map(|f| coding(lex, words, i, end, f, gap)));
    let narrow = best_of(GAP)?;
    // A verb that codes nothing by itself looks further ("spoke"); one with
    // a code of its own only for a pattern of two words or more that gives
    // it another sense ("defended Iraq on Friday against criticism" is
    // verbal support, no protection), not for one word, nor to refine a
    // code of the same type ("arrived in Cuba on Tuesday for talks" stays a
    // visit). A far word never makes an intent (CAMEO 03x): "met in Geneva
    // on Tuesday for a round of talks" stays a meeting; intent is read from
    // tense and modals.
    let own = coded(narrow.0);
    let quiet = forms.iter().all(|f| {
        let code = f.code.or(lex.blocks[f.block as usize].code);
        code.is_none_or(|c| c.cameo.is_none())
    });
    let plover = |c: (u16, bool)| &*lex.cameo[c.0 as usize].plover;
    let intent = |c: (u16, bool)| lex.cameo[c.0 as usize].is_intent();
    let other_sense = |c: (u16, bool)| own.is_some_and(|o| plover(o) != plover(c));
    // (Nothing to look at past the gap when the clause ends within it.)
    let further = end + GAP < words.len() && !(end..end + GAP).any(|j| words.is_boundary(j));
    let wide = Some(narrow)
        .filter(|(_, _, score)| *score == 0 && further)
        .and_then(|_| best_of(WIDE))
        .filter(|(code, _, score)| {
            coded(*code).is_some_and(|c| {
                !intent(c) && (own.is_none() && *score > 0 || *score >= 2 && other_sense(c))
            })
        });
    let (code, reach, score) = wide.unwrap_or(narrow);
    let Some((cameo, swapped)) = coded(code) else {
        return Some(Err(end));
    };
    Some(Ok(Trigger {
        first: i,
        end,
        reach: reach.max(end),
        cameo,
        swapped,
        noun: false,
        patterned: score > 0,
        light: false,
        wide: wide.is_some(),
        quiet,
    }))
}

/// The code of the verb trigger `t` without its pattern's words after the
/// verb (its own or its block's, or a pattern of words before it), for a
/// pattern the tree rejects: `(cameo, swapped)`, or `None` when it codes
/// nothing then.
pub(crate) fn unpatterned(words: &Words, t: &Trigger) -> Option<(u16, bool)> {
    let lex = lexicon();
    let forms = lex.verbs.get(words.at(t.first))?;
    let rest = t.end - t.first - 1;
    let codings = forms
        .iter()
        .filter(|f| f.rest.len() == rest)
        .map(|f| coding(lex, words, t.first, t.end, f, 0));
    best_coding(codings).and_then(|(code, _, _)| coded(code))
}

/// The best of a verb's codings `(code, reach, score)`, as [`coding`] gives
/// them: one that codes an event before one that does not, then the
/// highest score.
fn best_coding(
    codings: impl Iterator<Item = (Option<Code>, usize, usize)>,
) -> Option<(Option<Code>, usize, usize)> {
    codings.max_by_key(|(code, _, score)| (code.is_some_and(|c| c.cameo.is_some()), *score))
}

/// The event `code` codes: `(cameo, swapped)`, or `None` for no code or a
/// code of no event.
fn coded(code: Option<Code>) -> Option<(u16, bool)> {
    code.and_then(|c| Some((c.cameo?, c.swapped)))
}

/// The code of verb form `form` at `first..end`: the longest matching
/// pattern of its block (with the tokens it reaches and its length), else
/// the verb's or the block's default (length 0). A pattern's words after
/// the verb are looked for within `gap` tokens ([`GAP`], or [`WIDE`]; 0 reads
/// none).
fn coding(
    lex: &Lexicon,
    words: &Words,
    first: usize,
    end: usize,
    form: &VerbForm,
    gap: usize,
) -> (Option<Code>, usize, usize) {
    let block = &lex.blocks[form.block as usize];
    // A verb that is no event by itself (a verb of saying: its block codes
    // no PLOVER event) codes no force by the words after it: what is said is
    // coded by its own verb ("saying the attackers had been trained" is no
    // attack, though the dictionary has "say ... attack").
    let quiet = block.code.is_none_or(|c| c.cameo.is_none());
    let forceful = |code: &Code| {
        code.cameo
            .is_some_and(|k| matches!(&*lex.cameo[k as usize].plover, "ASSAULT" | "COERCE"))
    };
    let window = (end..(end + gap).min(words.len()))
        .take_while(|&j| !words.is_boundary(j))
        .map(|j| words.at(j));
    let best = block
        .candidates(window)
        .into_iter()
        .map(|k| &block.patterns[k as usize])
        .filter(|p| !(quiet && forceful(&p.code)))
        .filter_map(|p| {
            Some((
                p,
                pattern_reach(lex, words, (first, end), gap, &p.before, &p.after)?,
            ))
        })
        .max_by_key(|(p, reach)| (p.before.len() + p.after.len(), std::cmp::Reverse(reach.1)));
    match best {
        Some((p, (_, reach))) => (Some(p.code), reach, p.before.len() + p.after.len()),
        None => (form.code.or(block.code), end, 0),
    }
}

/// True when the verb form at `i` is used as a noun or adjective: after a
/// nationality ("Serb forces", "American aid"), a plural after a capitalized
/// word that names nothing ("Security forces"), an agent noun ("troops")
/// without an auxiliary, or a participle before a name or an agent noun
/// ("Ousted President", "armed groups").
fn nominal(words: &Words, i: usize) -> bool {
    let word = words.at(i);
    let before = words.before(i);
    let after_adjective = i > 0 && words.named(i - 1) == Named::Adjective;
    let after_bare_capital = i > 0 && words.capitalized(i - 1) && words.named(i - 1) == Named::No;
    let agent = agent_sector(word).is_some() && !is_auxiliary_before(before);
    let opens_phrase =
        |j: usize| j == 0 || is_determiner(words.at(j - 1)) || is_preposition(words.at(j - 1));
    // "Ousted President X", "the newly elected President X"; but "Russia
    // repeatedly criticized Poland" has a subject before its adverb.
    let participle_before_noun = word.ends_with("ed")
        && (words.named(i + 1) != Named::No || agent_sector(words.at(i + 1)).is_some())
        && (i == 0 || before.ends_with("ly") && opens_phrase(i - 1));
    let modifies_agent = word.ends_with("ed")
        && agent_sector(words.at(i + 1)).is_some()
        && !words.capitalized(i + 1)
        && (opens_phrase(i) || i > 0 && words.named(i - 1) == Named::Adjective);
    let object_word = |w: &str| is_preposition(w) && w != "to" || is_determiner(w);
    let after_preposition =
        object_word(before) || is_adjective(before) && i >= 2 && object_word(words.at(i - 2));
    // "a diplomat close to the talks", "sources close to the Kremlin".
    let close_to = word == "close" && words.at(i + 1) == "to" && !is_auxiliary_before(before);
    close_to
        || after_adjective
        || ends_determined_phrase(words, i)
            && (is_event_noun(word) || crate::proposals::is_head(word))
        || after_bare_capital && word.ends_with('s')
        || agent
        || participle_before_noun
        || modifies_agent
        || after_preposition && !word.ends_with("ing")
        || before.contains('-') && before.chars().all(|c| c.is_lowercase() || c == '-')
}

/// True when `before` makes the next word a verb ("to", "will", "not").
fn is_auxiliary_before(before: &str) -> bool {
    matches!(
        before,
        "to" | "will" | "would" | "must" | "can" | "could" | "may" | "might" | "should" | "not"
    )
}

/// True when `word` looks like an adjective by its ending ("renewed",
/// "early", "military", "bilateral").
fn is_adjective(word: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "ed", "al", "ive", "ous", "ic", "ly", "ern", "ean", "ese", "ary", "ory", "ful",
    ];
    word == "new"
        || ENDINGS
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
}

/// True when `word` is one of the event nouns.
fn is_event_noun(word: &str) -> bool {
    let lex = lexicon();
    lex.nouns
        .iter()
        .any(|(head, form)| form.rest.is_empty() && lex.matches(head, word))
}

/// True when only names, numbers and hyphenated words stand between a
/// determiner and token `i` ("the 12-point Canadian plan").
fn ends_determined_phrase(words: &Words, i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let w = words.at(j);
        if is_determiner(w) {
            return j + 1 < i;
        }
        let modifier =
            words.named(j) != Named::No || w.contains('-') || w.chars().all(|c| c.is_ascii_digit());
        if !modifier {
            return false;
        }
    }
    false
}

/// Where a pattern's words are found around the verb at `first..end`, each
/// word after the verb looked for within `gap` tokens of the one before it:
/// `(start, reach)` of the tokens used, or `None` when it does not match.
fn pattern_reach(
    lex: &Lexicon,
    words: &Words,
    (first, end): (usize, usize),
    gap: usize,
    before: &[Word],
    after: &[Word],
) -> Option<(usize, usize)> {
    let mut at = end;
    for w in after {
        let limit = (at + gap).min(words.len());
        at = (at..limit)
            .take_while(|&j| !words.is_boundary(j))
            .find(|&j| lex.matches(w, words.at(j)) && !opens_time(words, j))?
            + 1;
    }
    let mut start = first;
    for w in before.iter().rev() {
        let low = start.saturating_sub(GAP);
        start = (low..start)
            .rev()
            .take_while(|&j| !words.is_boundary(j))
            .find(|&j| lex.matches(w, words.at(j)))?;
    }
    Some((start, at))
}

/// True when token `j` is a preposition of when that opens a time
/// expression ("on Monday", "in March"): no pattern's preposition ("pushed
/// on", "moved into") is matched there ("demanded on Monday that ..." is no
/// attack). "to", "for", "by" before a time may be the pattern's own
/// ("postponed the vote to March") and are not set aside.
fn opens_time(words: &Words, j: usize) -> bool {
    matches!(words.at(j), "on" | "in" | "at" | "during")
        && j + 1 < words.len()
        && (is_time_word(words.at(j + 1)) || words.in_timex(j + 1))
}

/// An event noun at `i`.
fn noun_at(lex: &Lexicon, words: &Words, i: usize) -> Option<Result<Trigger, usize>> {
    let word = words.at(i);
    if !lex.may_be_noun(word) {
        return None;
    }
    lex.nouns.iter().find_map(|(head, form)| {
        if !words.is_word(i) || !lex.matches(head, word) || (i > 0 && words.capitalized(i)) {
            return None;
        }
        let rest_ok = form
            .rest
            .iter()
            .enumerate()
            .all(|(k, w)| lex.matches(w, words.at(i + 1 + k)));
        let cameo = form.code.cameo?;
        let end = i + 1 + form.rest.len();
        rest_ok.then_some(Ok(Trigger {
            first: i,
            end,
            reach: end,
            cameo,
            swapped: false,
            noun: true,
            patterned: false,
            light: false,
            wide: false,
            quiet: false,
        }))
    })
}
