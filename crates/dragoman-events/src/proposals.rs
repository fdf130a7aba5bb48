//! Plans, proposals and memoranda named in the text: the noun phrase that
//! names one ("the 12-point Canadian plan", "Oslo's own earlier
//! proposals"), its proposer (a country word, a name or a possessive in the
//! phrase, or "by X" after it), its announced number of points, and its parts
//! when a list follows ("consists of four sections—A, B, and C").

use crate::words::{is_determiner, Layers, Named as Naming, Words};
use dragoman_lexicon::load::rows;
use dragoman_model::{Doc, EntityType, Proposal, Section, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The words of `data/proposals.tsv`, by kind.
struct Vocabulary {
    heads: Vec<&'static str>,
    /// The first words of the heads.
    firsts: HashSet<&'static str>,
    modifiers: Vec<&'static str>,
    parts: Vec<&'static str>,
    cues: Vec<&'static str>,
    /// (status, verb lemma): "presented" by "table".
    steps: Vec<(&'static str, &'static str)>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut v = Vocabulary {
            heads: Vec::new(),
            firsts: HashSet::new(),
            modifiers: Vec::new(),
            parts: Vec::new(),
            cues: Vec::new(),
            steps: Vec::new(),
        };
        for row in rows(include_str!("../data/proposals.tsv")) {
            let [kind, word] = row[..] else { continue };
            match kind {
                "head" => {
                    v.heads.push(word);
                    v.firsts.insert(word.split(' ').next().unwrap_or(word));
                }
                "modifier" => v.modifiers.push(word),
                "part" => v.parts.push(word),
                "cue" => v.cues.push(word),
                "drafted" | "presented" | "accepted" | "rejected" => v.steps.push((kind, word)),
                _ => {}
            }
        }
        v
    })
}

/// The step a verb lemma says a plan took ("table": "presented").
pub(crate) fn step(lemma: &str) -> Option<&'static str> {
    vocabulary()
        .steps
        .iter()
        .find(|(_, verb)| *verb == lemma)
        .map(|(step, _)| *step)
}

/// True when `word` is a one-word head noun of a plan ("plan", "proposal").
pub(crate) fn is_head(word: &str) -> bool {
    vocabulary().heads.contains(&word)
}

/// The value of a number written in digits or as a word.
fn number(word: &str) -> Option<u32> {
    word.parse()
        .ok()
        .or_else(|| dragoman_lexicon::number_word(word))
}

/// A plan named once: the proposal as this mention gives it, and where
/// its head noun stands (sentence, token in it).
pub(crate) struct Named {
    pub proposal: Proposal,
    pub sentence: usize,
    pub head: usize,
    /// Named by an indefinite article alone ("a proposal", "a new
    /// framework"): no points, no proposer, no name of its own.
    pub bare: bool,
}

/// The proposals named in `doc`, one per plan (`plans` merges the
/// mentions of the same plan and reads how far it got).
pub(crate) fn find(doc: &Doc, layers: &Layers) -> Vec<Proposal> {
    let vocabulary = vocabulary();
    let mut found = Vec::new();
    for (k, sentence) in doc.sentences.iter().enumerate() {
        let words = Words::new(doc, layers, sentence);
        let mut i = 0;
        while i < words.len() {
            let head_words = if vocabulary.firsts.contains(words.at(i)) {
                vocabulary.heads.iter().find_map(|h| head_at(&words, i, h))
            } else {
                None
            };
            match head_words.and_then(|end| proposal(doc, &words, i, end)) {
                Some(p) => {
                    let article = words.at(words.index_of(p.span.start));
                    found.push(Named {
                        bare: matches!(article, "a" | "an")
                            && p.points.is_none()
                            && p.proposer.is_none(),
                        proposal: p,
                        sentence: k,
                        head: i,
                    });
                    i = head_words.unwrap_or(i + 1);
                }
                None => i += 1,
            }
        }
    }
    crate::plans::merge(doc, layers, found)
}

/// One past the head noun `head` when it starts at token `i`.
fn head_at(words: &Words, i: usize, head: &str) -> Option<usize> {
    let n = head.split(' ').count();
    head.split(' ')
        .enumerate()
        .all(|(k, w)| words.at(i + k) == w)
        .then_some(i + n)
}

/// The proposal whose head is tokens `head..end`, when a determiner, a
/// possessive, a country word or a number of points shows it is named.
fn proposal(doc: &Doc, words: &Words, head: usize, end: usize) -> Option<Proposal> {
    let vocabulary = vocabulary();
    let mut start = head;
    let mut points = None;
    let mut proposer = None;
    let mut named = false;
    while start > 0 {
        let j = start - 1;
        let w = words.at(j);
        if is_determiner(w) || w == "'" {
            named = true;
            // An article opens the phrase: a name before it is another
            // phrase's ("handed Israel a revised proposal").
            if w != "'s" && w != "'" {
                start = j;
                break;
            }
        } else if let Some(n) = w.strip_suffix("-point").and_then(number) {
            points = Some(n);
            named = true;
        } else if w == "point" && words.at(j.wrapping_sub(1)) == "-" {
            points = number(words.at(j.wrapping_sub(2))).or(points);
            named = true;
            start = j.saturating_sub(2);
            continue;
        } else if words.named(j) != Naming::No {
            let head_start = words.tokens[head].span.start;
            proposer = proposer.or_else(|| proposer_at(doc, words, j, head_start));
            named = true;
        } else if !vocabulary.modifiers.contains(&w) {
            break;
        }
        start = j;
    }
    if proposer.is_none()
        && matches!(words.at(end), "by" | "from" | "of")
        && words.named(end + 1) != Naming::No
    {
        proposer = proposer_at(doc, words, end + 1, u32::MAX);
    }
    // The agent of a participle after the plan names its author, whatever
    // the phrase said before: "a plan presented by Washington".
    let authored = matches!(
        words.at(end),
        "presented"
            | "proposed"
            | "drafted"
            | "submitted"
            | "offered"
            | "tabled"
            | "floated"
            | "put"
            | "drawn"
    );
    let by = if matches!(words.at(end), "put" | "drawn") {
        end + 2
    } else {
        end + 1
    };
    if authored && words.at(by) == "by" && words.named(by + 1) != Naming::No {
        proposer = proposer_at(doc, words, by + 1, u32::MAX).or(proposer);
    }
    if !named || words.at(end) == "to" && !is_determiner(words.at(start)) {
        return None;
    }
    // "had no plans to travel", "rejected any plan": a negation or any plan
    // at all, not a plan of someone's.
    if matches!(words.at(start), "no" | "any") {
        return None;
    }
    if words.at(start) == "'s" && start > 0 && words.is_word(start - 1) {
        // A possessor the entity layer missed ("Ankara's plan").
        start -= 1;
        proposer = proposer.or_else(|| Some(words.raw(start).to_string()));
    }
    let span = words.span(start, end);
    Some(Proposal {
        name: doc.slice(span).to_string(),
        span,
        proposer,
        points,
        sections: sections(words, end),
        mentions: Vec::new(),
        status: None,
        date: None,
    })
}

/// The proposer named by the entity covering token `j` and ending by
/// `before` (so that a plan's own name, "the Clean Power Plan", is not its
/// proposer): the country of a country or nationality word, else the
/// entity's fullest name.
fn proposer_at(doc: &Doc, words: &Words, j: usize, before: u32) -> Option<String> {
    let at = words.tokens[j].span;
    let e = words
        .entities
        .iter()
        .find(|e| e.span.contains(at) && e.span.end <= before)?;
    match (e.kind, &e.country) {
        (EntityType::Loc | EntityType::Misc, Some(country)) => Some(country.to_string()),
        _ => Some(
            e.canonical
                .as_deref()
                .unwrap_or_else(|| doc.slice(e.span))
                .to_string(),
        ),
    }
}

/// The parts listed after a cue ("consists of four sections—A, B, and C").
fn sections(words: &Words, from: usize) -> Vec<Section> {
    let vocabulary = vocabulary();
    let Some(cue) =
        (from..words.len().min(from + 4)).find(|&j| vocabulary.cues.contains(&words.at(j)))
    else {
        return Vec::new();
    };
    let Some(part) =
        (cue + 1..words.len().min(cue + 5)).find(|&j| vocabulary.parts.contains(&words.at(j)))
    else {
        return Vec::new();
    };
    let opener = part + 1;
    if opener >= words.len()
        || !matches!(
            words.tokens[opener].kind,
            TokenKind::Dash | TokenKind::Punct
        )
        || words.at(opener) == "."
    {
        return Vec::new();
    }
    // "three parts, the diplomat said: A, B and C": the list opens at the colon.
    let opener = if words.at(opener) == "," {
        (opener + 1..words.len().min(opener + 8))
            .take_while(|&j| !matches!(words.at(j), "," | "." | ";"))
            .find(|&j| words.at(j) == ":")
            .unwrap_or(opener)
    } else {
        opener
    };
    // "four sections": the list has as many items as announced.
    let announced = (cue + 1..part)
        .find_map(|j| number(words.at(j)))
        .map(|n| n as usize);
    let mut items = Vec::new();
    let mut item_start = opener + 1;
    for j in opener + 1..=words.len() {
        let closes = j == words.len() || matches!(words.at(j), "," | ";" | "." | "—" | "–" | ")");
        if !closes {
            continue;
        }
        let mut first = item_start;
        let mut last_item = false; // "..., and C": the conjunction opens the last item
        while first < j && matches!(words.at(first), "and" | "or") {
            first += 1;
            last_item = true;
        }
        // "A, B and C": after a comma, "and" before an article opens the last item.
        let split = (!items.is_empty() && !last_item)
            .then(|| (first + 1..j).find(|&k| last_conjunction(words, k)))
            .flatten();
        let parts = match split {
            Some(k) => [(first, k), (k + 1, j)],
            None => [(first, j), (j, j)],
        };
        for (from, to) in parts {
            if from < to {
                let span = words.span(from, to);
                items.push(Section {
                    title: span.of(words.text).to_string(),
                    span,
                });
            }
        }
        let last_item = last_item || split.is_some();
        item_start = j + 1;
        let complete = last_item || announced.is_some_and(|n| items.len() >= n);
        if complete || j == words.len() || words.at(j) != "," && words.at(j) != ";" {
            break;
        }
    }
    items
}

/// True when token `k` is "and"/"or" followed by an article: the conjunction
/// of a list's last item ("..., an exchange of prisoners and a joint river
/// authority"), not one inside an item ("prisoners and detainees").
fn last_conjunction(words: &Words, k: usize) -> bool {
    matches!(words.at(k), "and" | "or")
        && k + 1 < words.len()
        && matches!(words.at(k + 1), "a" | "an" | "the")
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_in_digits_and_words() {
        assert_eq!(number("28"), Some(28));
        assert_eq!(number("twelve"), Some(12));
        assert_eq!(number("many"), None);
    }
}
