//! A story's briefing read back from the store, in one place for the CLI
//! (`dragoman story ID`, `proposals --history`) and the workbench's Story and
//! Proposals pages: the story's reports tokenized and compared
//! (`dragoman_stories::compare`: meetings, events per report, plan
//! versions), and the reports each one cites linked to the cited outlet's
//! report in the store when it is there (`link`: through the quote layer's
//! `via` first, then the words around an outlet's name); each account of
//! the comparison passed on by an outlet is given the cited report
//! (`Source::cited`). [`Loaded::json`] is the briefing's JSON shape, the same
//! for both front ends. [`label`] is a story's generated label
//! (`dragoman_stories::label`), read from its reports' events alone, for
//! the lists of stories.

mod link;

pub use link::{link_citations, Linked, MIN_QUOTE_OVERLAP};

use dragoman_model::{Doc, Stage};
use dragoman_store::{MemberRow, Store, StoreError, StorySummary};
use dragoman_stories::compare::Source;
use dragoman_stories::{compare, Comparison, Report};
use dragoman_tokenize::Tokenize;
use jiff::civil::Date;
use serde_json::json;

/// Why a briefing could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BriefingError {
    /// No story has this id.
    #[error("no story {0} (list them with `dragoman stories`)")]
    NoStory(i64),
    /// A member of the story is not in the store.
    #[error("story {story} names a missing document {doc}")]
    MissingDoc {
        /// The story.
        story: i64,
        /// The missing document.
        doc: i64,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Everything a briefing shows.
pub struct Loaded {
    /// The story as listed.
    pub summary: StorySummary,
    /// Its reports in date order, copies included.
    pub members: Vec<MemberRow>,
    /// The citations of other outlets in its reports.
    pub links: Vec<Linked>,
    /// Its reports compared.
    pub compared: Comparison,
    /// Its generated label (main actors, action, place), if its reports
    /// tell any event.
    pub label: Option<String>,
}

/// A story's reports read back and tokenized, with their dates.
struct Read {
    summary: StorySummary,
    members: Vec<MemberRow>,
    docs: Vec<Doc>,
    dates: Vec<Option<Date>>,
}

impl Read {
    fn of(store: &Store, id: i64) -> Result<Self, BriefingError> {
        let Some((summary, members)) = store.story(id)? else {
            return Err(BriefingError::NoStory(id));
        };
        let mut docs: Vec<Doc> = Vec::with_capacity(members.len());
        for m in &members {
            let (_, mut doc) = store.doc(m.doc)?.ok_or(BriefingError::MissingDoc {
                story: id,
                doc: m.doc,
            })?;
            Tokenize.run(&mut doc);
            docs.push(doc);
        }
        let dates = members.iter().map(member_date).collect();
        Ok(Read {
            summary,
            members,
            docs,
            dates,
        })
    }

    fn reports(&self) -> Vec<Report<'_>> {
        self.members
            .iter()
            .zip(&self.docs)
            .zip(&self.dates)
            .map(|((m, doc), date)| Report {
                id: m.doc,
                date: *date,
                outlet: m.outlet.as_deref(),
                copy_of: m.copy_of.map(|(o, _)| o),
                doc,
            })
            .collect()
    }
}

/// A story with its reports read back, compared and their citations linked.
pub fn load(store: &Store, id: i64) -> Result<Loaded, BriefingError> {
    let read = Read::of(store, id)?;
    let reports = read.reports();
    let mut compared = compare(&reports);
    let links = link_citations(store, &reports)?;
    let label = dragoman_stories::label::label(&reports);
    drop(reports);
    mark_cited(&mut compared, &links);
    Ok(Loaded {
        summary: read.summary,
        members: read.members,
        links,
        compared,
        label,
    })
}

/// Gives every account passed on by an outlet the report it cites, when
/// the citation was linked to one, and counts again the reports of each
/// claim that are independent: neither copies nor passed on from another
/// report of the claim.
fn mark_cited(compared: &mut Comparison, links: &[Linked]) {
    let cited = |doc: i64, s: &Source| {
        let k = s.quote?;
        links
            .iter()
            .find(|l| l.doc == doc && l.quotes.contains(&k) && l.cited.is_some())
            .and_then(|l| l.cited)
    };
    for claim in &mut compared.events {
        for a in &mut claim.accounts {
            a.source.cited = cited(a.doc, &a.source);
        }
        // An account passed on from another report of the claim confirms
        // nothing by itself, no more than a copy does.
        claim.count_independent();
    }
    let versions = compared.plans.iter_mut().flat_map(|p| &mut p.versions);
    for (doc, s) in versions.flat_map(|v| &mut v.reports) {
        s.cited = cited(*doc, s);
    }
}

/// A story's generated label, read from its reports' entities, events and
/// proposals only (`Store::doc_facts`: no text decoded), so that a list of
/// stories can show one per story; the same as [`Loaded::label`].
pub fn label(store: &Store, id: i64) -> Result<Option<String>, BriefingError> {
    let Some((_, members)) = store.story(id)? else {
        return Err(BriefingError::NoStory(id));
    };
    let mut docs = Vec::with_capacity(members.len());
    for m in &members {
        let doc = store.doc_facts(m.doc)?.ok_or(BriefingError::MissingDoc {
            story: id,
            doc: m.doc,
        })?;
        docs.push(doc);
    }
    let reports: Vec<Report<'_>> = members
        .iter()
        .zip(&docs)
        .map(|(m, doc)| Report {
            id: m.doc,
            date: member_date(m),
            outlet: m.outlet.as_deref(),
            copy_of: m.copy_of.map(|(o, _)| o),
            doc,
        })
        .collect();
    Ok(dragoman_stories::label::label(&reports))
}

/// A member's date as a day.
fn member_date(m: &MemberRow) -> Option<Date> {
    m.date.as_deref().and_then(|d| d.get(..10)?.parse().ok())
}

/// A story's reports compared, without the citation search of [`load`]
/// (which reads other outlets' reports): the Proposals page's plan versions.
pub fn compared(store: &Store, id: i64) -> Result<Comparison, BriefingError> {
    let read = Read::of(store, id)?;
    Ok(compare(&read.reports()))
}

impl Loaded {
    /// The briefing as one JSON object (`dragoman story ID --json`).
    pub fn json(&self) -> serde_json::Value {
        let s = &self.summary;
        let reports: Vec<serde_json::Value> = self
            .members
            .iter()
            .map(|r| {
                json!({
                    "doc": r.doc, "date": r.date, "outlet": r.outlet, "title": r.title,
                    "copy_of": r.copy_of.map(|(o, _)| o),
                    "containment": r.copy_of.map(|(_, c)| c),
                })
            })
            .collect();
        json!({
            "id": s.id, "title": s.title, "label": self.label, "first_date": s.first_date,
            "last_date": s.last_date, "size": s.size, "outlets": s.outlets,
            "reports": reports, "citations": self.links,
            "meetings": self.compared.meetings, "events": self.compared.events,
            "plans": self.compared.plans,
        })
    }
}
