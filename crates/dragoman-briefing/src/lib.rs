//! A story's briefing read back from the store, in one place for the CLI
//! (`dragoman story ID`, `proposals --history`) and the workbench's Story and
//! Proposals pages: the story's reports tokenized and compared
//! (`dragoman_stories::compare`: meetings, events per report, plan
//! versions), and the reports each one cites linked to the cited outlet's
//! report in the store when it is there (`link`). [`Loaded::json`] is the
//! briefing's JSON shape, the same for both front ends.

mod link;

pub use link::{link_citations, Linked};

use dragoman_model::{Doc, Stage};
use dragoman_store::{MemberRow, Store, StoreError, StorySummary};
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
        let dates = members
            .iter()
            .map(|m| m.date.as_deref().and_then(|d| d.get(..10)?.parse().ok()))
            .collect();
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
    let compared = compare(&reports);
    let links = link_citations(store, &reports)?;
    drop(reports);
    Ok(Loaded {
        summary: read.summary,
        members: read.members,
        links,
        compared,
    })
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
            "id": s.id, "title": s.title, "first_date": s.first_date,
            "last_date": s.last_date, "size": s.size, "outlets": s.outlets,
            "reports": reports, "citations": self.links,
            "meetings": self.compared.meetings, "events": self.compared.events,
            "plans": self.compared.plans,
        })
    }
}
