//! A story's generated label, built from its events: its main actors, what
//! they do most, the plan it turns on and where ("Kestria, Norland — talks
//! on the 12-point proposal (Geneva)"). Shown beside the headline, and in
//! its place when no report has one.
//!
//! Only reports that are not copies count, each once per item:
//!
//! - actors: the two canonical actors ([`crate::canon`]) named as a party
//!   in the most reports (names only: "the delegations" is no actor), ties
//!   to the first named; shown in alphabetical order;
//! - action: the noun of the event kind ([`action`]) most reports tell of
//!   those actors, ties to the first told;
//! - topic: the plan told by the most reports, when two or more do;
//! - place: the event place most reports give, ties to the first given.
//!
//! The label reads only the documents' entities, events and proposals (not
//! their text), so a caller may pass documents holding only those layers.

use crate::canon::Party;
use crate::claims::{display_names, told, Told};
use crate::compare::Report;
use std::collections::{BTreeMap, BTreeSet};

/// How many actors a label names.
const ACTORS: usize = 2;

/// The noun a label uses for an event: "talks" for consultations and for
/// the intent to meet or negotiate (CAMEO 036), else one per PLOVER type.
pub fn action(kind: &str, cameo: Option<&str>) -> String {
    if cameo == Some("036") {
        return "talks".into();
    }
    let noun = match kind {
        "CONSULT" => "talks",
        "AGREE" => "agreement",
        "SUPPORT" => "support",
        "CONCEDE" => "concessions",
        "COOPERATE" => "cooperation",
        "AID" => "aid",
        "RETREAT" => "withdrawal",
        "REQUEST" => "demands",
        "ACCUSE" => "accusations",
        "REJECT" => "rejection",
        "THREATEN" => "threats",
        "PROTEST" => "protests",
        "SANCTION" => "sanctions",
        "MOBILIZE" => "mobilization",
        "COERCE" => "coercion",
        "ASSAULT" => "attacks",
        other => return other.to_lowercase(),
    };
    noun.into()
}

/// A tally of items by the distinct reports that tell them, keeping the
/// order in which items were first met.
#[derive(Default)]
struct Tally {
    order: Vec<String>,
    reports: BTreeMap<String, BTreeSet<i64>>,
}

impl Tally {
    fn add(&mut self, item: &str, doc: i64) {
        if !self.reports.contains_key(item) {
            self.order.push(item.to_string());
        }
        self.reports
            .entry(item.to_string())
            .or_default()
            .insert(doc);
    }

    /// Items by reports told, most first, ties in first-met order.
    fn ranked(&self) -> Vec<(&str, usize)> {
        let mut out: Vec<(&str, usize)> = self
            .order
            .iter()
            .map(|i| (i.as_str(), self.reports[i].len()))
            .collect();
        out.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        out
    }

    fn top(&self) -> Option<&str> {
        self.ranked().first().map(|(i, _)| *i)
    }
}

/// The story's label, or `None` when its reports tell no event.
pub fn label(reports: &[Report<'_>]) -> Option<String> {
    let (told, known) = told(reports);
    let own: Vec<&Told<'_>> = told.iter().filter(|t| t.report.copy_of.is_none()).collect();
    if own.is_empty() {
        return None;
    }
    let names = display_names(&told, &known);
    let main = main_actors(&own);
    let mut actions = Tally::default();
    let mut places = Tally::default();
    for t in &own {
        let parties = || t.actors.iter().chain(&t.recipients);
        if main.is_empty() || parties().any(|p| main.contains(&p.key)) {
            let e = t.event;
            actions.add(&action(&e.kind, e.cameo.as_deref()), t.report.id);
        }
        if let Some(place) = &t.event.place {
            places.add(place, t.report.id);
        }
    }
    let mut who: Vec<&str> = main.iter().map(|k| names[k].as_str()).collect();
    who.sort_unstable();
    let mut out = String::new();
    if !who.is_empty() {
        out.push_str(&who.join(", "));
        out.push_str(" — ");
    }
    out.push_str(actions.top()?);
    if let Some(topic) = topic(reports) {
        out.push_str(" on ");
        out.push_str(&topic);
    }
    if let Some(place) = places.top() {
        out.push_str(&format!(" ({place})"));
    }
    Some(out)
}

/// The keys of the actors named as a party in the most reports.
fn main_actors(own: &[&Told<'_>]) -> Vec<String> {
    let mut tally = Tally::default();
    for t in own {
        let named = t
            .actors
            .iter()
            .chain(&t.recipients)
            .filter(|p: &&Party| p.named);
        for p in named {
            tally.add(&p.key, t.report.id);
        }
    }
    tally
        .ranked()
        .into_iter()
        .take(ACTORS)
        .map(|(k, _)| k.to_string())
        .collect()
}

/// The plan told by the most independent reports (two at least), named
/// without its article ("the 12-point proposal").
fn topic(reports: &[Report<'_>]) -> Option<String> {
    let mut tally = Tally::default();
    for plan in crate::plans::plans(reports) {
        for v in &plan.versions {
            for (doc, _) in &v.reports {
                let copy = reports.iter().any(|r| r.id == *doc && r.copy_of.is_some());
                if !copy {
                    tally.add(&plan.name, *doc);
                }
            }
        }
    }
    let (name, n) = tally.ranked().first().copied()?;
    (n >= 2).then(|| format!("the {}", without_article(name)))
}

/// A name without its leading article or possessive ("a revised 12-point
/// proposal" → "revised 12-point proposal").
fn without_article(name: &str) -> &str {
    const LEADING: [&str; 8] = [
        "a ", "an ", "the ", "its ", "their ", "his ", "her ", "our ",
    ];
    LEADING
        .iter()
        .find_map(|a| {
            name.get(..a.len())
                .filter(|h| h.eq_ignore_ascii_case(a))
                .map(|_| &name[a.len()..])
        })
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_nouns() {
        assert_eq!(action("CONSULT", Some("046")), "talks");
        assert_eq!(action("AGREE", Some("036")), "talks");
        assert_eq!(action("AGREE", Some("057")), "agreement");
        assert_eq!(action("ASSAULT", None), "attacks");
        assert_eq!(action("NEW", None), "new");
    }

    #[test]
    fn articles_are_dropped() {
        assert_eq!(
            without_article("a revised 12-point proposal"),
            "revised 12-point proposal"
        );
        assert_eq!(without_article("The plan"), "plan");
        assert_eq!(without_article("anthem"), "anthem");
    }
}
