//! Claims compared within a story: every report's account of each event
//! side by side (who said it, with what sourcing, via whom, when), the points
//! where accounts disagree, and each plan's versions (from [`crate::plans`]).
//!
//! Events are one claim when they share type, canonical actor and a
//! possible date ([`crate::claims`]); proposals are one plan when their
//! names' head nouns say the same kind of thing (plan, proposal and draft
//! are one kind) and they name no two different proposers. A copy's account
//! is kept but marked, and never counted as independent confirmation.

use crate::plans::PlanHistory;
use dragoman_model::{Doc, Quote};
use jiff::civil::Date;

/// A report of the story, as the comparison reads it.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    /// The document's id in the store.
    pub id: i64,
    /// The report's date.
    pub date: Option<Date>,
    /// Its outlet.
    pub outlet: Option<&'a str>,
    /// The original it copies, if it is a copy.
    pub copy_of: Option<i64>,
    /// The annotated document.
    pub doc: &'a Doc,
}

/// Who a claim comes from, as one report tells it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    /// The speaker, when the report attributes the claim (else the outlet).
    pub said_by: Option<String>,
    /// named, anonymous, outlet, document, unattributed; `outlet` when the
    /// report tells it in its own voice.
    pub sourcing: String,
    /// The outlets or people it came through, outermost first.
    pub via: Vec<String>,
    /// When it was said (TIMEX3), if the report says.
    pub said_on: Option<String>,
    /// The quote of the report that tells it (its index), if one does.
    #[serde(skip)]
    pub quote: Option<usize>,
    /// The report in the store of the outlet it was passed on by (`via`),
    /// when the caller found it (`dragoman-briefing` does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cited: Option<i64>,
}

/// One report's account of an event.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EventAccount {
    /// The report.
    pub doc: i64,
    /// Its outlet.
    pub outlet: Option<String>,
    /// The report's date.
    pub report_date: Option<String>,
    /// The original, when this report is a copy.
    pub copy_of: Option<i64>,
    /// Who says so.
    pub source: Source,
    /// The event's own date (TIMEX3), if the report gives one.
    pub date: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// Every party named: actors, then recipients, as this report names them.
    pub parties: Vec<String>,
    /// The same parties as the story names each canonical actor.
    pub canonical_parties: Vec<String>,
    /// occurred, planned, denied, ...
    pub status: String,
    /// The sentence that tells it.
    pub evidence: String,
}

/// One event as the story's reports tell it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EventClaim {
    /// PLOVER type.
    pub kind: String,
    /// The actor, as the story names it.
    pub actor: String,
    /// The actor's canonical key (`actor:ID` or `name:KEY`, see [`crate::canon`]).
    pub actor_key: String,
    /// Each report's account, in report order.
    pub accounts: Vec<EventAccount>,
    /// Reports that are not copies.
    pub independent: usize,
    /// Where the accounts differ ("date: 2026-03-12 [6]; 2026-W11 [1]").
    pub disagreements: Vec<String>,
}
impl EventClaim {
    /// Counts the claim's independent reports: neither copies nor passed
    /// on from another report of the claim (an account whose source cites
    /// one, once the caller has linked citations: `Source::cited`).
    pub fn count_independent(&mut self) {
        let docs: Vec<i64> = self.accounts.iter().map(|a| a.doc).collect();
        let own: std::collections::BTreeSet<i64> = self
            .accounts
            .iter()
            .filter(|a| a.copy_of.is_none())
            .filter(|a| a.source.cited.is_none_or(|c| !docs.contains(&c)))
            .map(|a| a.doc)
            .collect();
        self.independent = own.len();
    }
}

/// Who met whom: one meeting (a CONSULT event) as some reports tell it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Meeting {
    /// Every party named, actors first.
    pub parties: Vec<String>,
    /// When (TIMEX3), if the reports say.
    pub date: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// occurred, planned, ...
    pub status: String,
    /// The reports that tell it so.
    pub reports: Vec<i64>,
}

/// Everything compared in one story.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Comparison {
    /// Events told by the reports, those told by most reports first.
    pub events: Vec<EventClaim>,
    /// Plans and their versions.
    pub plans: Vec<PlanHistory>,
    /// Who met whom, in the order first reported.
    pub meetings: Vec<Meeting>,
}

/// Compares what the reports of one story say (reports in date order).
pub fn compare(reports: &[Report<'_>]) -> Comparison {
    let events = crate::claims::claims(reports);
    Comparison {
        meetings: meetings(&events),
        events,
        plans: crate::plans::plans(reports),
    }
}

/// The meetings among the claims: each distinct (parties, date, place,
/// status) of a CONSULT account, with the reports that tell it so.
fn meetings(claims: &[EventClaim]) -> Vec<Meeting> {
    let mut out: Vec<Meeting> = Vec::new();
    let accounts = claims
        .iter()
        .filter(|c| c.kind == "CONSULT")
        .flat_map(|c| &c.accounts);
    for a in accounts {
        let key = |p: &[String]| {
            let mut k: Vec<String> = p.iter().map(|x| x.to_lowercase()).collect();
            k.sort();
            k
        };
        let found = out.iter_mut().find(|m| {
            key(&m.parties) == key(&a.canonical_parties)
                && m.date == a.date
                && m.place == a.place
                && m.status == a.status
        });
        match found {
            Some(m) if !m.reports.contains(&a.doc) => m.reports.push(a.doc),
            Some(_) => {}
            None => out.push(Meeting {
                parties: a.canonical_parties.clone(),
                date: a.date.clone(),
                place: a.place.clone(),
                status: a.status.clone(),
                reports: vec![a.doc],
            }),
        }
    }
    out.sort_by(|a, b| {
        a.date
            .is_none()
            .cmp(&b.date.is_none())
            .then(a.date.cmp(&b.date))
    });
    out
}

/// Who a report says an item comes from: the quote that tells it, else the
/// report's own voice.
pub(crate) fn source_of(r: &Report<'_>, quote: Option<(usize, &Quote)>) -> Source {
    match quote {
        Some((k, q)) => Source {
            said_by: q.speaker.clone(),
            sourcing: q.sourcing.as_str().to_lowercase(),
            via: q.via.iter().filter_map(|v| v.speaker.clone()).collect(),
            said_on: q.date.clone(),
            quote: Some(k),
            cited: None,
        },
        None => Source {
            said_by: r.outlet.map(str::to_string),
            sourcing: "outlet".into(),
            via: Vec::new(),
            said_on: None,
            quote: None,
            cited: None,
        },
    }
}

/// The quote whose content covers a span, with its index, if any.
pub(crate) fn quote_covering(doc: &Doc, start: usize, end: usize) -> Option<(usize, &Quote)> {
    doc.quotes.iter().enumerate().find(|(_, q)| {
        q.content
            .iter()
            .any(|c| c.range().start <= start && end <= c.range().end)
    })
}

/// Values of one field that differ across accounts, with the reports of each:
/// "2026-03-12 [6]; 2026-W11 [1, 5]". Empty when all agree (accounts that do
/// not say are left out).
pub(crate) fn differing<T, F>(
    items: &[T],
    docs: impl Fn(&T) -> Vec<i64>,
    value: F,
) -> Option<String>
where
    F: Fn(&T) -> Option<String>,
{
    let mut seen: Vec<(String, Vec<i64>)> = Vec::new();
    for it in items {
        let Some(v) = value(it) else { continue };
        let k = match seen.iter().position(|(s, _)| *s == v) {
            Some(k) => k,
            None => {
                seen.push((v, Vec::new()));
                seen.len() - 1
            }
        };
        for d in docs(it) {
            if !seen[k].1.contains(&d) {
                seen[k].1.push(d);
            }
        }
    }
    (seen.len() > 1).then(|| {
        seen.iter()
            .map(|(v, d)| {
                let d: Vec<String> = d.iter().map(i64::to_string).collect();
                format!("{v} [{}]", d.join(", "))
            })
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// A field compared across accounts: its name and how to read it.
pub(crate) type Field<'f, T> = (&'static str, &'f dyn Fn(&T) -> Option<String>);
