//! Claims compared within a story: every report's account of each event and
//! each proposal side by side (who said it, with what sourcing, via whom,
//! when), the points where accounts disagree, and the versions of each plan.
//!
//! Events are one claim when they share type and actor (names compared
//! lower-cased); proposals are one plan when their names' head nouns say the
//! same kind of thing (plan, proposal and draft are one kind) and they name
//! no two different proposers. A copy's account is kept but marked, and never counted as
//! independent confirmation.

use dragoman_model::{Doc, Event, Proposal, Quote};
use jiff::civil::Date;
use std::collections::BTreeMap;

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
    /// Every party named: actors, then recipients.
    pub parties: Vec<String>,
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
    /// The actor, as first named.
    pub actor: String,
    /// Each report's account, in report order.
    pub accounts: Vec<EventAccount>,
    /// Reports that are not copies.
    pub independent: usize,
    /// Where the accounts differ ("date: 2026-03-12 [6]; 2026-W11 [1]").
    pub disagreements: Vec<String>,
}

/// One version of a plan: what some reports say it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Version {
    /// Number of points.
    pub points: Option<u32>,
    /// Section titles.
    pub sections: Vec<String>,
    /// Who put it forward.
    pub proposer: Option<String>,
    /// drafted, presented, accepted, rejected.
    pub status: Option<String>,
    /// When that step was taken (TIMEX3), as the first report giving it says.
    pub step_date: Option<String>,
    /// The reports that say so, with who says so in each.
    pub reports: Vec<(i64, Source)>,
    /// The earliest of those reports' dates.
    pub first_date: Option<String>,
}

/// One plan across the story's reports.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PlanHistory {
    /// Its name as first reported.
    pub name: String,
    /// Its proposer, as first named.
    pub proposer: Option<String>,
    /// Versions in the order first reported.
    pub versions: Vec<Version>,
    /// Where the versions differ (points, sections, proposer, status).
    pub disagreements: Vec<String>,
}

/// Everything compared in one story.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Comparison {
    /// Events told by the reports, those told by most reports first.
    pub events: Vec<EventClaim>,
    /// Plans and their versions.
    pub plans: Vec<PlanHistory>,
}

/// Compares what the reports of one story say (reports in date order).
pub fn compare(reports: &[Report<'_>]) -> Comparison {
    Comparison {
        events: events(reports),
        plans: plans(reports),
    }
}

/// Who a report says an item comes from: the quote that tells it, else the
/// report's own voice.
fn source_of(r: &Report<'_>, quote: Option<&Quote>) -> Source {
    match quote {
        Some(q) => Source {
            said_by: q.speaker.clone(),
            sourcing: q.sourcing.as_str().to_lowercase(),
            via: q.via.iter().filter_map(|v| v.speaker.clone()).collect(),
            said_on: q.date.clone(),
        },
        None => Source {
            said_by: r.outlet.map(str::to_string),
            sourcing: "outlet".into(),
            via: Vec::new(),
            said_on: None,
        },
    }
}

/// The quote whose content covers a span, if any.
fn quote_covering(doc: &Doc, start: usize, end: usize) -> Option<&Quote> {
    doc.quotes.iter().find(|q| {
        q.content
            .iter()
            .any(|c| c.range().start <= start && end <= c.range().end)
    })
}

fn names(e: &Event) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all = e
        .actor
        .iter()
        .chain(&e.actors)
        .chain(e.recipient.iter())
        .chain(&e.recipients);
    for p in all {
        if !out.iter().any(|n| n.eq_ignore_ascii_case(&p.name)) {
            out.push(p.name.clone());
        }
    }
    out
}

fn account(r: &Report<'_>, e: &Event) -> EventAccount {
    let quote = e
        .quote
        .and_then(|k| r.doc.quotes.get(k))
        .or_else(|| quote_covering(r.doc, e.trigger.range().start, e.trigger.range().end));
    EventAccount {
        doc: r.id,
        outlet: r.outlet.map(str::to_string),
        report_date: r.date.map(|d| d.to_string()),
        copy_of: r.copy_of,
        source: source_of(r, quote),
        date: e.date.clone(),
        place: e.place.clone(),
        parties: names(e),
        status: e.status.as_str().to_string(),
        evidence: r.doc.slice(e.evidence).trim().to_string(),
    }
}

fn events(reports: &[Report<'_>]) -> Vec<EventClaim> {
    let mut groups: BTreeMap<(String, String), EventClaim> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for r in reports {
        for e in &r.doc.events {
            let Some(actor) = e.actor.as_ref() else {
                continue;
            };
            let key = (e.kind.clone(), actor.name.to_lowercase());
            let claim = groups.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                EventClaim {
                    kind: e.kind.clone(),
                    actor: actor.name.clone(),
                    accounts: Vec::new(),
                    independent: 0,
                    disagreements: Vec::new(),
                }
            });
            claim.accounts.push(account(r, e));
        }
    }
    let mut out: Vec<EventClaim> = order
        .into_iter()
        .filter_map(|k| groups.remove(&k))
        .map(|mut c| {
            let mut own: Vec<i64> = c
                .accounts
                .iter()
                .filter(|a| a.copy_of.is_none())
                .map(|a| a.doc)
                .collect();
            own.dedup();
            c.independent = own.len();
            c.disagreements = event_disagreements(&c.accounts);
            c
        })
        .collect();
    out.sort_by(|a, b| {
        let n = |c: &EventClaim| {
            c.accounts
                .iter()
                .map(|a| a.doc)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        n(b).cmp(&n(a))
    });
    out
}

/// Values of one field that differ across accounts, with the reports of each:
/// "2026-03-12 [6]; 2026-W11 [1, 5]". Empty when all agree (accounts that do
/// not say are left out).
fn differing<T, F>(items: &[T], docs: impl Fn(&T) -> Vec<i64>, value: F) -> Option<String>
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
type Field<'f, T> = (&'static str, &'f dyn Fn(&T) -> Option<String>);

fn event_disagreements(accounts: &[EventAccount]) -> Vec<String> {
    let doc = |a: &EventAccount| vec![a.doc];
    let fields: [Field<'_, EventAccount>; 4] = [
        ("date", &|a| a.date.clone()),
        ("place", &|a| a.place.clone()),
        ("parties", &|a| {
            (a.parties.len() > 1).then(|| a.parties.join(", "))
        }),
        ("status", &|a| Some(a.status.clone())),
    ];
    fields
        .iter()
        .filter_map(|(name, f)| differing(accounts, doc, f).map(|d| format!("{name}: {d}")))
        .collect()
}

/// Head nouns that name the same kind of thing: a plan.
const PLAN_WORDS: [&str; 6] = [
    "plan",
    "proposal",
    "draft",
    "initiative",
    "roadmap",
    "blueprint",
];

/// What kind of plan a proposal's name says: its head noun ("memorandum"),
/// with the words for a plan taken as one ("the 12-point proposal", "the
/// draft", "a peace plan").
fn plan_class(name: &str) -> String {
    let head = name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    if PLAN_WORDS.contains(&singular) {
        "plan".to_string()
    } else {
        head
    }
}

/// Whether a proposal is the plan `h`: the same kind, and no two different
/// proposers named.
fn same_plan(h: &PlanHistory, p: &Proposal) -> bool {
    let proposers_agree = match (&h.proposer, &p.proposer) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => true,
    };
    proposers_agree && plan_class(&h.name) == plan_class(&p.name)
}

/// Whether a proposal says anything of the plan (points, sections, a
/// proposer or a step): a bare mention ("a precondition dressed up as a
/// proposal") makes no version.
fn says_something(p: &Proposal) -> bool {
    p.points.is_some() || !p.sections.is_empty() || p.proposer.is_some() || p.status.is_some()
}

fn plans(reports: &[Report<'_>]) -> Vec<PlanHistory> {
    let mut out: Vec<PlanHistory> = Vec::new();
    for r in reports {
        for p in r.doc.proposals.iter().filter(|p| says_something(p)) {
            let k = match out.iter().position(|h| same_plan(h, p)) {
                Some(k) => k,
                None => {
                    out.push(PlanHistory {
                        name: p.name.clone(),
                        proposer: None,
                        versions: Vec::new(),
                        disagreements: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let h = &mut out[k];
            if h.proposer.is_none() {
                h.proposer.clone_from(&p.proposer);
            }
            add_version(h, r, p);
        }
    }
    out.into_iter()
        .map(|mut h| {
            h.disagreements = plan_disagreements(&h.versions);
            h
        })
        .collect()
}

fn add_version(h: &mut PlanHistory, r: &Report<'_>, p: &Proposal) {
    let sections: Vec<String> = p.sections.iter().map(|s| s.title.clone()).collect();
    let quote = quote_covering(r.doc, p.span.range().start, p.span.range().end);
    let said = (r.id, source_of(r, quote));
    let date = r.date.map(|d| d.to_string());
    let same = |v: &Version| {
        v.points == p.points
            && v.sections == sections
            && v.proposer == p.proposer
            && v.status == p.status
    };
    match h.versions.iter_mut().find(|v| same(v)) {
        Some(v) => {
            if !v.reports.iter().any(|(d, _)| *d == r.id) {
                v.reports.push(said);
            }
            if v.first_date.is_none() {
                v.first_date = date;
            }
            if v.step_date.is_none() {
                v.step_date.clone_from(&p.date);
            }
        }
        None => h.versions.push(Version {
            points: p.points,
            sections,
            proposer: p.proposer.clone(),
            status: p.status.clone(),
            step_date: p.date.clone(),
            reports: vec![said],
            first_date: date,
        }),
    }
}

fn plan_disagreements(versions: &[Version]) -> Vec<String> {
    let docs = |v: &Version| v.reports.iter().map(|(d, _)| *d).collect();
    let fields: [Field<'_, Version>; 3] = [
        ("points", &|v| v.points.map(|n| n.to_string())),
        ("sections", &|v| {
            (!v.sections.is_empty()).then(|| v.sections.join(" / "))
        }),
        ("proposer", &|v| v.proposer.clone()),
    ];
    fields
        .iter()
        .filter_map(|(name, f)| differing(versions, docs, f).map(|d| format!("{name}: {d}")))
        .collect()
}
