//! Plans across a story's reports: proposals are one plan when their names'
//! head nouns say the same kind of thing (plan, proposal and draft are one
//! kind) and they name no two different proposers; each distinct (points,
//! sections, proposer, status) is a version, with the reports that say so
//! and who says so in each.

use crate::compare::{differing, quote_covering, source_of, Field, Report, Source};
use dragoman_model::Proposal;

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
pub fn plan_class(name: &str) -> String {
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

pub(crate) fn plans(reports: &[Report<'_>]) -> Vec<PlanHistory> {
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
