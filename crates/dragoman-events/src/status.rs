//! The standing of an event (occurred, planned, proposed, denied,
//! hypothetical, reported), read from the words before its trigger.

use crate::words::Words;
use dragoman_model::{EventStatus, Quote, Sourcing};

/// How far back (in tokens) the words that set the status may stand.
const REACH: usize = 6;

/// Words that deny what follows.
pub(crate) fn denies(w: &str) -> bool {
    matches!(
        w,
        "denied" | "denies" | "deny" | "denying" | "dismissed" | "rejected" | "refuted"
    )
}

/// Words that negate the verb that follows.
fn negates(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never" | "no" | "without" | "cannot")
}

/// Words that make the clause conditional or merely possible.
fn conditional(w: &str) -> bool {
    matches!(w, "if" | "unless" | "could" | "might" | "may" | "should")
}

/// Words of intent or schedule.
fn future(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "'ll"
            | "shall"
            | "plans"
            | "planned"
            | "plan"
            | "scheduled"
            | "expected"
            | "intends"
            | "due"
            | "ready"
            | "willing"
            | "prepared"
            | "upcoming"
            | "next"
            | "promised"
            | "pledged"
            | "vowed"
            | "agreed"
            | "offered"
            | "set"
    )
}

/// Words of proposal.
fn proposes(w: &str) -> bool {
    matches!(
        w,
        "proposed" | "proposes" | "propose" | "suggested" | "suggests" | "proposal" | "offer"
    )
}

/// Words that make a claim unconfirmed.
fn hedges(w: &str) -> bool {
    matches!(
        w,
        "reportedly"
            | "allegedly"
            | "reports"
            | "reported"
            | "rumors"
            | "rumours"
            | "purportedly"
            | "alleged"
    )
}

/// The status of an event whose trigger starts at token `first`, told inside
/// `quote` when it is.
pub(crate) fn status(words: &Words, first: usize, quote: Option<&Quote>) -> EventStatus {
    let start = (0..first)
        .rev()
        .take(REACH)
        .take_while(|&j| !words.is_boundary(j))
        .last()
        .unwrap_or(first);
    let window = || (start..first).map(|j| words.at(j));
    let negated = (first.saturating_sub(3)..first).any(|j| negates(words.at(j)));
    let hedged = (0..words.len())
        .any(|j| hedges(words.at(j)) || words.at(j) == "according" && words.at(j + 1) == "to");
    if window().any(denies) || negated {
        EventStatus::Denied
    } else if window().any(conditional) {
        EventStatus::Hypothetical
    } else if window().any(proposes) {
        EventStatus::Proposed
    } else if window().any(|w| future(w) || w == "would") {
        EventStatus::Planned
    } else if hedged
        || quote.is_some_and(|q| matches!(q.sourcing, Sourcing::Anonymous | Sourcing::Outlet))
    {
        EventStatus::Reported
    } else {
        EventStatus::Occurred
    }
}
