//! Citations linked: each report's mentions of another outlet as a source
//! (`dragoman_stories::cite`), with the report of that outlet in the store,
//! dated within `CITE_WINDOW_DAYS` before it, that shares the most content
//! words with it (at least `MIN_OVERLAP`).

use crate::BriefingError;
use dragoman_store::Store;
use dragoman_stories::cite::{citations, content_words, overlap, CITE_WINDOW_DAYS, MIN_OVERLAP};
use dragoman_stories::Report;
use jiff::ToSpan;

/// A citation in a report, with the report in the store it points to.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Linked {
    /// The citing report.
    pub doc: i64,
    /// The outlet cited.
    pub outlet: String,
    /// The words that make it a citation.
    pub cue: String,
    /// The cited report, when found.
    pub cited: Option<i64>,
    /// The share of the citing report's content words in the cited one.
    pub overlap: Option<f32>,
}

/// Finds each report's citations of other outlets and the cited reports.
pub fn link_citations(store: &Store, reports: &[Report<'_>]) -> Result<Vec<Linked>, BriefingError> {
    let outlets = store.outlets()?;
    let mut out = Vec::new();
    for r in reports {
        let found = citations(&r.doc.text, &outlets, r.outlet);
        if found.is_empty() {
            continue;
        }
        let words = content_words(&r.doc.text);
        let (from, to) = match r.date {
            Some(d) => (
                d.checked_sub(CITE_WINDOW_DAYS.days())
                    .unwrap_or(d)
                    .to_string(),
                d.to_string(),
            ),
            None => ("0000-01-01".to_string(), "9999-12-31".to_string()),
        };
        let mut seen: Vec<String> = Vec::new();
        for c in found {
            if seen.contains(&c.outlet) {
                continue;
            }
            seen.push(c.outlet.clone());
            let mut best: Option<(f32, i64)> = None;
            for (cand, _) in store.outlet_docs(&c.outlet, &from, &to, r.id)? {
                let text = store.clean_text(cand)?.unwrap_or_default();
                let o = overlap(&words, &content_words(&text));
                if o >= MIN_OVERLAP && best.is_none_or(|(b, _)| o > b) {
                    best = Some((o, cand));
                }
            }
            out.push(Linked {
                doc: r.id,
                outlet: c.outlet,
                cue: c.cue,
                cited: best.map(|(_, d)| d),
                overlap: best.map(|(o, _)| o),
            });
        }
    }
    Ok(out)
}
