//! When and where: the date of the time expression of the event's own
//! clause (none when it has none), and the place named after "in" or "at"
//! in that clause.

use crate::mentions::Mention;
use crate::words::Words;
use dragoman_model::{Doc, EntityType, EventStatus, Timex, TimexType, Upos};
use dragoman_syntax::Tree;

/// The time expression of the event's own clause (predicate `p`) nearest
/// its predicate; none when the clause has none ("met Putin, whose
/// invasion in 2022 ..." is not dated 2022).
fn clause_date<'a>(words: &Words<'a>, tree: &Tree, p: usize) -> Option<&'a Timex> {
    let clause = tree.clause_of(p);
    words
        .timexes
        .iter()
        .filter(|x| x.kind == TimexType::Date && !x.value.starts_with('P'))
        .map(|x| (x, words.index_of(x.span.start)))
        .filter(|(_, i)| own_clause(words, tree, clause, *i, p))
        // "Sunday's election" dates the election, not the event.
        .filter(|(x, _)| words.at(words.index_of(x.span.end)) != "'s")
        .filter(|(x, _)| !dates_a_thing(tree, words.index_of(x.span.end - 1), p))
        .filter(|(_, i)| !another_verb_between(words, tree, p, *i))
        .min_by_key(|(_, i)| i.abs_diff(p))
        .map(|(x, _)| *x)
}

/// True when the time expression ending at token `i` stands before a noun
/// it dates, a noun that is not predicate `p` nor where `p` took place:
/// "rejected a 2016 ruling" dates the ruling, not the rejection; "met at
/// the June summit" dates the meeting.
fn dates_a_thing(tree: &Tree, i: usize, p: usize) -> bool {
    let modifies = tree
        .deprel(i)
        .is_some_and(|r| matches!(r.as_str(), "nummod" | "compound" | "amod"));
    let Some(noun) = tree.head(i).filter(|&h| modifies && h > i && h != p) else {
        return false;
    };
    tree.deprel(noun).is_none_or(|r| r.as_str() != "obl")
}

/// True when a verb other than predicate `p` (or, for an event noun, the
/// verb it hangs on: "talks ... broke up on Tuesday") stands between `p`
/// and a time expression after it at token `i`: "accused Vucic of refusing
/// to implement an accord reached in Ohrid in March 2023" dates the accord,
/// whatever the tree says; no date is better than another clause's. A
/// relative clause set off by commas ([`aside`]) does not count.
fn another_verb_between(words: &Words, tree: &Tree, p: usize, i: usize) -> bool {
    let own = (tree.upos(p) != Some(Upos::Verb))
        .then(|| tree.head(p))
        .flatten();
    (p + 1..i).any(|j| tree.upos(j) == Some(Upos::Verb) && Some(j) != own && !aside(words, j, p))
}

/// True when token `i` belongs to the clause of predicate `p` (heading
/// `clause`): the tree says so and no relative clause holds it, or it
/// follows the comma that closes a relative clause after the predicate
/// ("met Putin, whose invasion in 2022 began the war, in Moscow on
/// Tuesday": the parser hangs the tail on the relative clause).
fn own_clause(words: &Words, tree: &Tree, clause: usize, i: usize, p: usize) -> bool {
    if aside(words, i, p) {
        return false;
    }
    tree.clause_of(i) == clause || after_aside(words, i, p)
}

/// True when a relative clause set off by commas stands between predicate
/// `p` and token `i`, and `i` comes right after its closing comma's stretch.
fn after_aside(words: &Words, i: usize, p: usize) -> bool {
    let Some(close) = (p..i).rev().find(|&j| words.at(j) == ",") else {
        return false;
    };
    let open = (p..close).rev().find(|&j| words.at(j) == ",");
    open.is_some_and(|o| matches!(words.at(o + 1), "who" | "whose" | "whom" | "which"))
}

/// True when token `i` stands in a relative clause set off by commas that
/// does not hold the predicate `p` ("The minister, who was in Nairobi on
/// Friday, met ..."): read by word order, since the tree may take such a
/// clause for an apposition of its noun.
pub(crate) fn aside(words: &Words, i: usize, p: usize) -> bool {
    let comma = |j: &usize| words.at(*j) == ",";
    let Some(open) = (0..i).rev().find(comma) else {
        return false;
    };
    let close = (i..words.len()).find(comma).unwrap_or(words.len());
    let relative = matches!(
        words.at(open + 1),
        "who" | "whose" | "whom" | "which" | "where"
    );
    relative && !(open < p && p < close)
}

/// The date of the time expression of the event's clause, or none: the
/// report's date is the report's, not the event's. A month or day without a
/// year that resolved after the report's date is moved a year back when the
/// event already happened ("met in March"); a day counted forward from the
/// report ("next month") dates no event that already happened.
pub(crate) fn date(
    doc: &Doc,
    words: &Words,
    tree: &Tree,
    p: usize,
    status: EventStatus,
) -> Option<String> {
    let timex = clause_date(words, tree, p)?;
    let report = doc.meta.date.map(|d| d.to_string());
    let happened = matches!(
        status,
        EventStatus::Occurred | EventStatus::Reported | EventStatus::Denied
    );
    let yearless = !doc
        .slice(timex.span)
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4);
    let month = |v: &str| {
        v.get(..7)
            .filter(|m| m.as_bytes()[5].is_ascii_digit())
            .map(str::to_string)
    };
    match (report.as_deref().and_then(month), month(&timex.value)) {
        // "agreed to resume talks next month": a day counted forward from
        // the report dates what is to come, not what already happened.
        (Some(now), Some(then)) if happened && then > now && counted(doc.slice(timex.span)) => None,
        (Some(now), Some(then)) if happened && yearless && then > now => {
            let year: i32 = timex.value.get(..4)?.parse().ok()?;
            Some(format!("{}{}", year - 1, &timex.value[4..]))
        }
        _ => Some(timex.value.clone()),
    }
}

/// True when a time expression counts from the report's day ("next month",
/// "tomorrow", "in two weeks") rather than naming a day of the calendar.
fn counted(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "next" | "tomorrow" | "coming" | "following" | "in" | "within" | "this"
    ) || text.to_lowercase().starts_with("the coming")
}

/// True when the time expression nearest `at` names a calendar period that
/// ended before the report's date ("the June summit" in an October report).
pub(crate) fn in_the_past(doc: &Doc, words: &Words, tree: &Tree, p: usize) -> bool {
    let Some(report) = doc.meta.date.map(|d| d.to_string()) else {
        return false;
    };
    clause_date(words, tree, p).is_some_and(|x| {
        let v = x.value.as_str();
        // Only calendar values ("2025-08", "2025-08-15", "2024"), compared at their own precision.
        let calendar = v.len() >= 4
            && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && v[4..].bytes().all(|b| b.is_ascii_digit() || b == b'-');
        calendar && report.get(..v.len()).is_some_and(|r| v < r)
    })
}

/// A place: its name as written and its country, when known.
pub(crate) struct Place {
    pub name: String,
    pub country: Option<String>,
    /// Its first token.
    pub at: usize,
}

/// The place: a location after "in" or "at" in the event's own clause
/// (predicate `p`) that is not a party.
pub(crate) fn place(
    doc: &Doc,
    words: &Words,
    tree: &Tree,
    mentions: &[Mention],
    recipient: Option<&Mention>,
    p: usize,
) -> Option<Place> {
    let clause = tree.clause_of(p);
    let (entity, at) = words
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Loc)
        .map(|e| (e, words.index_of(e.span.start)))
        .filter(|(_, i)| {
            matches!(words.before(*i), "in" | "at")
                || words.before(*i) == "the" && matches!(words.at(i.wrapping_sub(2)), "in" | "at")
        })
        // The party acted upon is not also the place ("arrived in Kabul" visits Kabul).
        .filter(|(_, i)| recipient.is_none_or(|m| m.first != *i))
        .filter(|(_, i)| own_clause(words, tree, clause, *i, p))
        .min_by_key(|(_, i)| i.abs_diff(p))?;
    let country = mentions
        .iter()
        .find(|m| m.first <= at && at < m.end)
        .and_then(|m| m.country.clone());
    Some(Place {
        name: doc.slice(entity.span).to_string(),
        country: country.or_else(|| entity.country.as_deref().map(str::to_string)),
        at,
    })
}
