//! What the Proposals page shows around a plan: its versions across the
//! reports of its story, and the quotes about it in its own report.
//!
//! Versions: when the plan's report is in a story, the story's briefing
//! (`dragoman_briefing::compared`, read once per story per request, without
//! the citation search) holds the
//! plans compared across its reports; the plan shown is the one with a
//! version read from this report and the same kind (`plans::plan_class`:
//! the head noun of its name, the words for a plan taken as one), as the
//! story's plans are grouped.
//!
//! Quotes about a plan: the quotes of the same report whose content overlaps
//! the plan's span or one of its mentions, or lies in a sentence holding one.

use dragoman_briefing::BriefingError;
use dragoman_model::{Doc, Proposal, Span, Stage};
use dragoman_store::Store;
use dragoman_stories::plans::{plan_class, PlanHistory};
use dragoman_tokenize::Tokenize;
use serde::Serialize;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

use crate::WebError;

/// A quote about a plan.
#[derive(Clone, Serialize)]
pub struct PlanQuote {
    /// Its index among the report's quotes (mark `q{n}` of the report page).
    pub n: usize,
    /// The speaker, when named.
    pub speaker: Option<String>,
    /// How it is sourced.
    pub sourcing: &'static str,
    /// Its content, parts joined by " … ".
    pub text: String,
}

/// Briefings and tokenized reports read so far in one request.
#[derive(Default)]
pub struct Context {
    plans: HashMap<i64, Option<(i64, Vec<PlanHistory>)>>,
    docs: HashMap<i64, Option<Doc>>,
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

impl Context {
    /// The story of `doc` and the versions of its plan called `name` there
    /// (see the module's doc), when its report is in a story.
    pub fn versions(
        &mut self,
        store: &Store,
        doc: i64,
        name: &str,
    ) -> Result<Option<(i64, PlanHistory)>, WebError> {
        let Some(story) = store.story_of(doc)? else {
            return Ok(None);
        };
        if let Entry::Vacant(slot) = self.plans.entry(story) {
            let plans = match dragoman_briefing::compared(store, story) {
                Ok(c) => Some((story, c.plans)),
                Err(BriefingError::Store(e)) => return Err(e.into()),
                Err(_) => None,
            };
            slot.insert(plans);
        }
        let Some((story, plans)) = &self.plans[&story] else {
            return Ok(None);
        };
        let has = |p: &&PlanHistory| {
            p.versions
                .iter()
                .any(|v| v.reports.iter().any(|(d, _)| *d == doc))
        };
        let class = plan_class(name);
        let found = plans
            .iter()
            .filter(has)
            .find(|p| plan_class(&p.name) == class);
        Ok(found.map(|p| (*story, p.clone())))
    }

    /// The quotes of `doc` about `plan` (see the module's doc).
    pub fn quotes(
        &mut self,
        store: &Store,
        doc: i64,
        plan: &Proposal,
    ) -> Result<Vec<PlanQuote>, WebError> {
        if let Entry::Vacant(slot) = self.docs.entry(doc) {
            let read = store.doc(doc)?.map(|(_, mut d)| {
                Tokenize.run(&mut d);
                d
            });
            slot.insert(read);
        }
        let Some(d) = &self.docs[&doc] else {
            return Ok(Vec::new());
        };
        let marks: Vec<Span> = std::iter::once(plan.span)
            .chain(plan.mentions.iter().copied())
            .collect();
        let sentences: Vec<Span> = d
            .sentences
            .iter()
            .map(|s| s.span)
            .filter(|s| marks.iter().any(|m| overlaps(s, m)))
            .collect();
        let about = |c: &Span| marks.iter().chain(&sentences).any(|m| overlaps(c, m));
        Ok(d.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.content.iter().any(about))
            .map(|(i, q)| PlanQuote {
                n: i,
                speaker: q.speaker.clone(),
                sourcing: q.sourcing.as_str(),
                text: q
                    .content
                    .iter()
                    .filter_map(|c| d.text.get(c.start as usize..c.end as usize))
                    .collect::<Vec<_>>()
                    .join(" … "),
            })
            .collect())
    }
}
