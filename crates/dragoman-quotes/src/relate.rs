//! How the attributions of a document relate to each other, once each is
//! read: an unattributed echo inside an attributed statement is dropped, an
//! unnamed definite role (or a "he said" right after) takes the unnamed
//! source it refers back to, and an attribution nested in an outlet's report
//! passes through that outlet.

use crate::sourcing::definite_role_of;
use dragoman_model::{Doc, EntityType, Quote, Sourcing, Span, Via};
use std::collections::HashMap;

/// Drops a quote without a source whose content lies within the content of
/// quotes that have one: "X is expected to travel, the ministry said" is the
/// ministry's word, not a second, unattributed claim. (Sorted spans and a
/// running furthest end: linear after the sort, whatever the number of quotes.)
pub(crate) fn drop_echoes(quotes: &mut Vec<Quote>) {
    let mut sourced: Vec<Span> = quotes
        .iter()
        .filter(|q| !q.source.is_empty())
        .flat_map(|q| q.content.iter().copied())
        .collect();
    if sourced.is_empty() {
        return;
    }
    sourced.sort_by_key(|s| s.start);
    let reach: Vec<u32> = sourced
        .iter()
        .scan(0u32, |far, s| {
            *far = (*far).max(s.end);
            Some(*far)
        })
        .collect();
    let covered = |c: &Span| {
        let k = sourced.partition_point(|s| s.start <= c.start);
        k > 0 && reach[k - 1] >= c.end
    };
    quotes
        .retain(|q| !q.source.is_empty() || q.content.is_empty() || !q.content.iter().all(covered));
}

/// Gives an unnamed definite role ("the diplomat said") the speaker of the
/// last unnamed source before it with that role ("a Norlandic diplomat"), so
/// that the two statements read as one source's. (One pass in source order.)
pub(crate) fn refer_back(doc: &Doc, quotes: &mut [Quote]) {
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].sourcing == Sourcing::Anonymous && !quotes[i].source.is_empty())
        .collect();
    order.sort_by_key(|&i| quotes[i].source[0].start);
    // Each word of an unnamed source's phrase, lower case: its speaker.
    let mut last: HashMap<String, String> = HashMap::new();
    for i in order {
        let own = doc.slice(quotes[i].source[0]);
        let Some(speaker) = quotes[i].speaker.clone() else {
            continue;
        };
        match definite_role_of(own).filter(|_| speaker == own) {
            Some(role) => {
                if let Some(name) = last.get(&role) {
                    quotes[i].speaker = Some(name.clone());
                }
            }
            None => {
                for w in speaker.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    last.insert(w.to_lowercase(), speaker.clone());
                }
            }
        }
    }
}

/// How far back (bytes) an unnamed source may be for "he said" to go on with it.
const PRONOUN_REACH: u32 = 600;

/// Gives a source "he" or "she" the unnamed source of the attribution just
/// before it ("The official, who was not authorized to speak, said ... He
/// said ..."), when no person is named between them: the pronoun goes on
/// with that source, who stays unnamed.
pub(crate) fn pronouns_after_unnamed(doc: &Doc, quotes: &mut [Quote]) {
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&i| !quotes[i].source.is_empty())
        .collect();
    order.sort_by_key(|&i| quotes[i].source[0].start);
    let mut people: Option<Vec<Span>> = None;
    for w in 1..order.len() {
        let (before, this) = (order[w - 1], order[w]);
        let source = quotes[this].source[0];
        let word = doc.slice(source);
        let pronoun = word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she");
        let from = quotes[before].source[0].end;
        if !pronoun
            || quotes[before].sourcing != Sourcing::Anonymous
            || source.start < from
            || source.start - from > PRONOUN_REACH
        {
            continue;
        }
        // A person named between, by the entity layer or as the pronoun's
        // resolved speaker ("Varga, who gave an interview, ...: He said").
        let between = &doc.text[from as usize..source.start as usize];
        let resolved_between = quotes[this]
            .speaker
            .as_deref()
            .and_then(|name| name.rsplit(' ').next())
            .is_some_and(|last| between.contains(last));
        // (The people between, found by bisection over one sorted list.)
        let people = people.get_or_insert_with(|| {
            let mut spans: Vec<Span> = doc
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Per)
                .map(|e| e.span)
                .collect();
            spans.sort_by_key(|s| s.start);
            spans
        });
        let first = people.partition_point(|p| p.start < from);
        let named_between = resolved_between
            || people[first..]
                .iter()
                .take_while(|p| p.start < source.start)
                .any(|p| p.end <= source.start);
        if !named_between {
            quotes[this].speaker = quotes[before].speaker.clone();
            quotes[this].sourcing = Sourcing::Anonymous;
        }
    }
}

/// Puts the outlet that passes a statement on into the `via` of the
/// attribution nested in it: "X dismissed the accord as theatre, according to
/// TASS" is X's statement, via TASS (the outlet's own attribution is kept).
/// Only attributions whose cue and source both lie inside the outlet's content
/// are nested; each outlet's content is searched by bisection over the cues.
pub(crate) fn nest_in_outlets(quotes: &mut [Quote]) {
    let mut by_cue: Vec<(u32, usize)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.cue.first().map(|c| (c.start, i)))
        .collect();
    by_cue.sort_unstable();
    let outlets: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].sourcing == Sourcing::Outlet && !quotes[i].source.is_empty())
        .collect();
    for o in outlets {
        let via = Via {
            source: quotes[o].source.first().copied(),
            speaker: quotes[o].speaker.clone(),
        };
        let contents = quotes[o].content.clone();
        for c in contents {
            let from = by_cue.partition_point(|&(s, _)| s < c.start);
            let inner: Vec<usize> = by_cue[from..]
                .iter()
                .take_while(|&&(s, _)| s < c.end)
                .map(|&(_, i)| i)
                .filter(|&i| i != o && within(&quotes[i].source, c))
                .collect();
            for i in inner {
                if !quotes[i].via.contains(&via) {
                    quotes[i].via.push(via.clone());
                }
            }
        }
    }
}

/// True when there is a source and every span of it lies in `c`.
fn within(source: &[Span], c: Span) -> bool {
    !source.is_empty() && source.iter().all(|s| c.start <= s.start && s.end <= c.end)
}
