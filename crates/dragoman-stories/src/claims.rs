//! Events compared across a story's reports: two reports' events are one
//! claim when their PLOVER type and its action noun are the same
//! ([`crate::label::action`]: an intent to meet, CAMEO 036, is not a pledge
//! to sign, though both are AGREE), their actors meet as canonical
//! actors ([`crate::canon`]: "Putin", "Vladimir Putin" and "the Russian
//! president" are one party) and their dates can be the same time
//! ([`crate::when::compatible`]; an event without a date agrees with any).
//!
//! Claims are built in report order: each event joins the first claim of
//! its type whose actors share one with it and whose every dated account
//! agrees with its date, else opens a claim. Deterministic for one order of
//! reports.

use crate::canon::{fold_surnames, full_names, party, Party};
use crate::compare::{differing, source_of, EventAccount, EventClaim, Field, Report};
use crate::label::action;
use crate::when::compatible;
use dragoman_actors::Actors;
use dragoman_model::Event;
use std::collections::{BTreeMap, BTreeSet};

/// An event of a report with its parties made canonical.
pub struct Told<'r> {
    /// The report.
    pub report: &'r Report<'r>,
    /// The event.
    pub event: &'r Event,
    /// Its actors, `actor` first.
    pub actors: Vec<Party>,
    /// Its recipients.
    pub recipients: Vec<Party>,
}

/// Every event of the reports that has an actor, with canonical parties
/// (surnames folded over the whole story), and the people's full names the
/// reports give (name key → name, [`full_names`]).
pub fn told<'r>(reports: &'r [Report<'r>]) -> (Vec<Told<'r>>, BTreeMap<String, String>) {
    let mut out: Vec<Told<'r>> = Vec::new();
    for r in reports {
        for e in &r.doc.events {
            let Some(actor) = e.actor.as_ref() else {
                continue;
            };
            let side = |first: &dragoman_model::Participant,
                        rest: &[dragoman_model::Participant]| {
                let mut ps = vec![party(r.doc, r.date, first)];
                for p in rest {
                    let p = party(r.doc, r.date, p);
                    if !ps.iter().any(|q| q.key == p.key) {
                        ps.push(p);
                    }
                }
                ps
            };
            let recipients = match e.recipient.as_ref() {
                Some(first) => side(first, &e.recipients),
                None => Vec::new(),
            };
            out.push(Told {
                report: r,
                event: e,
                actors: side(actor, &e.actors),
                recipients,
            });
        }
    }
    let mut all: Vec<&mut Party> = out
        .iter_mut()
        .flat_map(|t| t.actors.iter_mut().chain(t.recipients.iter_mut()))
        .collect();
    let docs: Vec<&dragoman_model::Doc> = reports.iter().map(|r| r.doc).collect();
    let known = full_names(&docs);
    fold_surnames(&mut all, known.keys().map(String::as_str));
    (out, known)
}

/// The name a story shows for each canonical key: a person's or an
/// institution's name in the actor table, else the longest name written or
/// among the people's full names `known` (then the first).
pub fn display_names(
    told: &[Told<'_>],
    known: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for t in told {
        for p in t.actors.iter().chain(&t.recipients) {
            let full = p.key.strip_prefix("name:").and_then(|k| known.get(k));
            if let Some(full) = full {
                out.insert(p.key.clone(), full.clone());
            }
        }
    }
    let parties = told
        .iter()
        .flat_map(|t| t.actors.iter().chain(&t.recipients));
    for p in parties {
        let listed = p
            .key
            .strip_prefix("actor:")
            .and_then(|id| Actors::shipped().get(id))
            .filter(|a| a.kind != dragoman_actors::ActorKind::Country)
            .map(|a| a.name.clone());
        let name = listed.unwrap_or_else(|| p.name.clone());
        match out.get(&p.key) {
            Some(have) if have.len() >= name.len() => {}
            _ => {
                out.insert(p.key.clone(), name);
            }
        }
    }
    out
}

/// A claim being built, with what decides whether an event joins it.
struct Open {
    claim: EventClaim,
    /// The action noun of its first event ([`action`]): an intent to meet
    /// and a pledge to sign are both AGREE, and not one claim.
    action: String,
    keys: BTreeSet<String>,
    dates: Vec<String>,
}

impl Open {
    fn takes(&self, t: &Told<'_>) -> bool {
        self.claim.kind == t.event.kind
            && self.action == action(&t.event.kind, t.event.cameo.as_deref())
            && t.actors.iter().any(|p| self.keys.contains(&p.key))
            && self
                .dates
                .iter()
                .all(|d| compatible(Some(d), t.event.date.as_deref()))
    }
}

/// The events of the reports grouped into claims, those told by most
/// reports first.
pub(crate) fn claims(reports: &[Report<'_>]) -> Vec<EventClaim> {
    let (told, known) = told(reports);
    let names = display_names(&told, &known);
    let mut open: Vec<Open> = Vec::new();
    for t in &told {
        let account = account(t, &names);
        match open.iter_mut().find(|o| o.takes(t)) {
            Some(o) => {
                o.keys.extend(t.actors.iter().map(|p| p.key.clone()));
                o.dates.extend(t.event.date.clone());
                o.claim.accounts.push(account);
            }
            None => open.push(Open {
                action: action(&t.event.kind, t.event.cameo.as_deref()),
                claim: EventClaim {
                    kind: t.event.kind.clone(),
                    actor: names[&t.actors[0].key].clone(),
                    actor_key: t.actors[0].key.clone(),
                    accounts: vec![account],
                    independent: 0,
                    disagreements: Vec::new(),
                },
                keys: t.actors.iter().map(|p| p.key.clone()).collect(),
                dates: t.event.date.iter().cloned().collect(),
            }),
        }
    }
    let mut out: Vec<EventClaim> = open.into_iter().map(|o| finish(o.claim)).collect();
    let reports_of = |c: &EventClaim| {
        c.accounts
            .iter()
            .map(|a| a.doc)
            .collect::<BTreeSet<_>>()
            .len()
    };
    out.sort_by_key(|c| std::cmp::Reverse(reports_of(c)));
    out
}

/// A claim with its count of independent reports and its disagreements.
fn finish(mut c: EventClaim) -> EventClaim {
    c.count_independent();
    c.disagreements = disagreements(&c.accounts);
    c
}

fn account(t: &Told<'_>, names: &BTreeMap<String, String>) -> EventAccount {
    let (r, e) = (t.report, t.event);
    // The events stage says which quote tells an event (none for the
    // content of a denial: the denier does not tell what it denies).
    let quote = e.quote.and_then(|k| r.doc.quotes.get(k).map(|q| (k, q)));
    let mut parties: Vec<String> = Vec::new();
    let mut same: Vec<String> = Vec::new();
    for p in t.actors.iter().chain(&t.recipients) {
        if !parties.iter().any(|n| n.eq_ignore_ascii_case(&p.name)) {
            parties.push(p.name.clone());
        }
        let shown = names.get(&p.key).cloned().unwrap_or_else(|| p.name.clone());
        if !same.contains(&shown) {
            same.push(shown);
        }
    }
    EventAccount {
        doc: r.id,
        outlet: r.outlet.map(str::to_string),
        report_date: r.date.map(|d| d.to_string()),
        copy_of: r.copy_of,
        source: source_of(r, quote),
        date: e.date.clone(),
        place: e.place.clone(),
        parties,
        canonical_parties: same,
        status: e.status.as_str().to_string(),
        evidence: r.doc.slice(e.evidence).trim().to_string(),
    }
}

/// Where the accounts of one claim differ: date, place, parties (as
/// canonical actors, so "Putin" and "Vladimir Putin" do not differ), status.
fn disagreements(accounts: &[EventAccount]) -> Vec<String> {
    let doc = |a: &EventAccount| vec![a.doc];
    let fields: [Field<'_, EventAccount>; 4] = [
        ("date", &|a| a.date.clone()),
        ("place", &|a| a.place.clone()),
        ("parties", &|a| {
            (a.canonical_parties.len() > 1).then(|| a.canonical_parties.join(", "))
        }),
        ("status", &|a| Some(a.status.clone())),
    ];
    fields
        .iter()
        .filter_map(|(name, f)| differing(accounts, doc, f).map(|d| format!("{name}: {d}")))
        .collect()
}
