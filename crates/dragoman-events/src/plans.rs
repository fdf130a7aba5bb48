//! One proposal per plan in a report: the mentions of the same plan merged
//! ("a revised 12-point proposal", then "the draft", "the plan"), with the
//! points, proposer and sections of all of them, and how far the plan got
//! (drafted, presented, accepted, rejected) by the verbs the report uses of
//! it, dated by their clause.
//!
//! A definite mention ("the plan", "this draft") is the latest plan of the
//! same head noun named before it, else the latest plan, unless its points
//! or proposer differ; an indefinite one ("its own five-point
//! memorandum") is a new plan unless its number of points and proposer
//! match an earlier one. A bare one ("a proposal", "a framework") names a
//! plan only when its clause presents, accepts or rejects it, or lists its
//! parts. Who takes a step ("Norland presented ...") is the plan's proposer
//! when its mentions name none.

use crate::mentions::mentions;
use crate::proposals::{step, Named};
use crate::roles::doer;
use crate::setting::date;
use crate::words::{Layers, Words};
use dragoman_model::{Doc, EventStatus, Proposal, Syntax};
use dragoman_syntax::Tree;
use std::collections::HashMap;

/// A plan being gathered: the proposal and the rank of its furthest step.
struct Plan {
    proposal: Proposal,
    rank: u8,
}

/// The plans of `found` (mentions in text order), merged.
pub(crate) fn merge(doc: &Doc, layers: &Layers, found: Vec<Named>) -> Vec<Proposal> {
    let mut plans: Vec<Plan> = Vec::new();
    let mut trees: HashMap<usize, Syntax> = HashMap::new();
    for named in found {
        let taken = step_taken(doc, layers, &named, &mut trees);
        // "a precondition dressed up as a proposal", "build a framework":
        // a bare indefinite mention that no one presents, counts or splits
        // into parts names no plan.
        if named.bare && taken.is_none() && named.proposal.sections.is_empty() {
            continue;
        }
        // "officials familiar with the plans": a mention that tells no
        // points, proposer, parts or step may name a plan again but opens
        // none.
        let idle = taken.is_none()
            && named.proposal.sections.is_empty()
            && named.proposal.points.is_none()
            && named.proposal.proposer.is_none();
        let k = match same_plan(&plans, &named.proposal) {
            Some(k) => {
                absorb(&mut plans[k].proposal, named.proposal);
                k
            }
            None if idle => continue,
            None => {
                plans.push(Plan {
                    proposal: named.proposal,
                    rank: 0,
                });
                plans.len() - 1
            }
        };
        if let Some(Step { status, date, by }) = taken {
            let plan = &mut plans[k];
            // Set only now, so that the doer of a step never splits a plan
            // its name would have merged.
            if plan.proposal.proposer.is_none() {
                plan.proposal.proposer = by;
            }
            if rank(status) >= plan.rank {
                plan.rank = rank(status);
                plan.proposal.status = Some(status.to_string());
                plan.proposal.date = date;
            }
        }
    }
    plans.into_iter().map(|p| p.proposal).collect()
}

/// How far a step goes: a decision on a plan outranks its presentation,
/// which outranks its drafting.
fn rank(status: &str) -> u8 {
    match status {
        "drafted" => 1,
        "presented" => 2,
        _ => 3,
    }
}

/// The earlier plan `p` names again, if any.
fn same_plan(plans: &[Plan], p: &Proposal) -> Option<usize> {
    let name = p.name.to_lowercase();
    let definite = ["the ", "this ", "that "]
        .iter()
        .any(|d| name.starts_with(d));
    let agrees = |q: &Proposal| {
        p.points.is_none_or(|n| q.points.is_none_or(|m| m == n))
            && p.proposer
                .as_ref()
                .is_none_or(|a| q.proposer.as_ref().is_none_or(|b| a == b))
    };
    if definite {
        // The latest plan of the same head noun ("the plan": the Canadian
        // plan, not Norway's proposals named since), else the latest.
        let head = |n: &str| {
            let last = n.rsplit(' ').next().unwrap_or("").to_lowercase();
            last.trim_end_matches('s').to_string()
        };
        let same_head = plans
            .iter()
            .rposition(|q| agrees(&q.proposal) && head(&q.proposal.name) == head(&name));
        return same_head.or_else(|| plans.iter().rposition(|q| agrees(&q.proposal)));
    }
    p.points?;
    plans
        .iter()
        .rposition(|q| q.proposal.points == p.points && agrees(&q.proposal))
}

/// Adds mention `p` to `plan`: its span, and what it tells that the plan
/// lacked. The fullest name (one with points or a proposer) names the plan,
/// and its span goes with it (the plan's span is where its name is written).
fn absorb(plan: &mut Proposal, p: Proposal) {
    if plan.mentions.is_empty() {
        plan.mentions.push(plan.span);
    }
    plan.mentions.push(p.span);
    let fuller = |q: &Proposal| usize::from(q.points.is_some()) + usize::from(q.proposer.is_some());
    if fuller(&p) > fuller(plan) {
        plan.name = p.name;
        plan.span = p.span;
    }
    plan.proposer = plan.proposer.take().or(p.proposer);
    plan.points = plan.points.or(p.points);
    for s in p.sections {
        if !plan.sections.iter().any(|t| t.span == s.span) {
            plan.sections.push(s);
        }
    }
}

/// A step a plan took in one clause.
struct Step {
    status: &'static str,
    date: Option<String>,
    /// Who took it ("Norland presented"), named as a proposer is.
    by: Option<String>,
}

/// The step the clause of a mention says the plan took, its date and who
/// took it: the verb whose object (or passive subject) the plan is. A step
/// only announced ("will present"), wanted ("pressed Kyiv to accept") or
/// supposed ("if Kyiv accepts") leaves the plan drafted; a negated one says
/// nothing.
fn step_taken(
    doc: &Doc,
    layers: &Layers,
    named: &Named,
    trees: &mut HashMap<usize, Syntax>,
) -> Option<Step> {
    let sentence = &doc.sentences[named.sentence];
    let syntax = trees
        .entry(named.sentence)
        .or_insert_with(|| dragoman_syntax::sentence_syntax(doc, sentence));
    let tree = Tree::new(syntax);
    let words = Words::new(doc, layers, sentence);
    if tree.len() != words.len() {
        return None;
    }
    let rel = tree.deprel(named.head)?.as_str();
    if !matches!(rel, "obj" | "nsubj:pass") {
        return None;
    }
    let verb = tree.head(named.head)?;
    let taken = step(&tree.lemma(verb).to_lowercase())?;
    if tree.is_negated(verb) {
        return None;
    }
    // Who drafts or presents a plan proposes it; who accepts or rejects
    // it does not ("Peru backed the plan").
    let by = matches!(taken, "drafted" | "presented")
        .then(|| doer(&tree, &mentions(doc, &words), verb))
        .flatten();
    // "pressed Kyiv to accept the plan", "if Kestria accepts it": a step
    // wanted, demanded or supposed is not taken.
    let infinitive = tree
        .child(verb, &["mark"])
        .is_some_and(|m| tree.lemma(m) == "to");
    if tree.modal(verb).is_some() || infinitive || tree.is_conditional(verb) {
        // Only announced: the plan exists, the step (and its date) is to come.
        return Some(Step {
            status: "drafted",
            date: None,
            by,
        });
    }
    Some(Step {
        status: taken,
        date: date(doc, &words, &tree, verb, EventStatus::Occurred),
        by,
    })
}
