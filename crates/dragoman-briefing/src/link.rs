//! Citations linked: each report's citations of another outlet with the
//! report of that outlet in the store they point to.
//!
//! Two ways a report cites an outlet, the quote layer's first:
//!
//! - a quote passed on by an outlet: its `via` ("according to NWS, X said
//!   ...", "as EIR News reported") or its speaker when the sourcing is an
//!   outlet ("The Meridian Post reported that ..."). The cited report is the
//!   outlet's report dated within `CITE_WINDOW_DAYS` before the citing one
//!   that holds the most of the quote's content words (at least
//!   `MIN_QUOTE_OVERLAP`), then of the citing report's;
//! - the words around an outlet's name (`dragoman_stories::cite`: "as X
//!   reported"), for outlets no quote of the report passes anything on from:
//!   the report sharing the most of the citing report's content words (at
//!   least `MIN_OVERLAP`).
//!
//! Outlet names are compared by `dragoman_lexicon::outlet_key` (one outlet,
//! several names: the lexicon's table), against the outlets of the stored
//! reports.

use crate::BriefingError;
use dragoman_lexicon::{outlet_key, OUTLETS};
use dragoman_model::{Doc, Quote, Sourcing};
use dragoman_store::Store;
use dragoman_stories::cite::{
    citations, content_words, overlap, WordSet, CITE_WINDOW_DAYS, MIN_OVERLAP,
};
use dragoman_stories::Report;
use jiff::ToSpan;

/// The least share of a quote's content words the cited report must hold.
pub const MIN_QUOTE_OVERLAP: f32 = 0.5;
/// A quote with fewer content words than this is matched by the citing
/// report's words instead.
const MIN_QUOTE_WORDS: usize = 3;

/// A citation in a report, with the report in the store it points to.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Linked {
    /// The citing report.
    pub doc: i64,
    /// The outlet cited.
    pub outlet: String,
    /// The words that make it a citation ("as", "according to"), or `via`
    /// for a quote passed on by the outlet, `quoted` for a quote whose
    /// speaker is the outlet.
    pub cue: String,
    /// The quotes of the citing report it passes on (their indexes), when
    /// the citation comes through the quote layer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<usize>,
    /// The cited report, when found.
    pub cited: Option<i64>,
    /// The share of the words compared (the quote's, else the citing
    /// report's) found in the cited report.
    pub overlap: Option<f32>,
}

/// What a citation is compared by: the quote's content words and the
/// citing report's.
struct Words {
    quote: Option<WordSet>,
    report: WordSet,
}

/// Finds each report's citations of other outlets and the cited reports.
pub fn link_citations(store: &Store, reports: &[Report<'_>]) -> Result<Vec<Linked>, BriefingError> {
    let outlets = store.outlets()?;
    let stored: Vec<String> = outlets.iter().map(|o| outlet_key(o)).collect();
    let mut out = Vec::new();
    for r in reports {
        let report = content_words(&r.doc.text);
        let mut cited_keys: Vec<String> = Vec::new();
        for p in passed_on(r.doc, r.outlet, &stored) {
            let words = Words {
                quote: Some(content_words(&p.text)),
                report: report.clone(),
            };
            let best = cited_report(store, r, &outlets, &p.key, &words)?;
            cited_keys.push(p.key);
            out.push(linked(r.id, p.name, p.cue, p.quotes, best));
        }
        for c in citations(&r.doc.text, &outlets, r.outlet) {
            let key = outlet_key(&c.outlet);
            if cited_keys.contains(&key) {
                continue;
            }
            let words = Words {
                quote: None,
                report: report.clone(),
            };
            let best = cited_report(store, r, &outlets, &key, &words)?;
            cited_keys.push(key);
            out.push(linked(r.id, c.outlet, c.cue, Vec::new(), best));
        }
    }
    Ok(out)
}

fn linked(
    doc: i64,
    outlet: String,
    cue: String,
    quotes: Vec<usize>,
    best: Option<(f32, i64)>,
) -> Linked {
    Linked {
        doc,
        outlet,
        cue,
        quotes,
        cited: best.map(|(_, d)| d),
        overlap: best.map(|(o, _)| o),
    }
}

/// An outlet a report passes quotes on from.
struct PassedOn {
    /// Its name as the first quote gives it.
    name: String,
    /// Its [`outlet_key`].
    key: String,
    /// `via` or `quoted`, as the first quote has it.
    cue: String,
    /// The quotes (indexes) passed on from it.
    quotes: Vec<usize>,
    /// Their contents, joined.
    text: String,
}

/// The outlets a report passes quotes on from (a name of the lexicon's
/// table or of a stored report's outlet, `stored` as keys), each once with
/// its quotes, in the order first met.
fn passed_on(doc: &Doc, own: Option<&str>, stored: &[String]) -> Vec<PassedOn> {
    let own = own.map(outlet_key);
    let mut out: Vec<PassedOn> = Vec::new();
    for (k, q) in doc.quotes.iter().enumerate() {
        let via = q
            .via
            .iter()
            .filter_map(|v| v.speaker.as_deref())
            .map(|s| (s, "via"));
        // The speaker is an outlet when the quote layer says so, or when it
        // is the outlet of a stored report ("..., as NWS reported").
        let quoted = q
            .speaker
            .as_deref()
            .filter(|s| q.sourcing == Sourcing::Outlet || stored.contains(&outlet_key(s)))
            .map(|s| (s, "quoted"));
        for (name, cue) in via.chain(quoted) {
            let key = outlet_key(name);
            let is_outlet =
                cue == "quoted" || OUTLETS.canonical(name).is_some() || stored.contains(&key);
            if !is_outlet || own.as_deref() == Some(key.as_str()) {
                continue;
            }
            let text = quote_text(doc, q);
            match out.iter_mut().find(|p| p.key == key) {
                Some(p) if !p.quotes.contains(&k) => {
                    p.quotes.push(k);
                    p.text.push(' ');
                    p.text.push_str(&text);
                }
                Some(_) => {}
                None => out.push(PassedOn {
                    name: name.to_string(),
                    key,
                    cue: cue.to_string(),
                    quotes: vec![k],
                    text,
                }),
            }
        }
    }
    out
}

/// A quote's content as text (its pieces joined).
fn quote_text(doc: &Doc, q: &Quote) -> String {
    q.content
        .iter()
        .map(|s| doc.slice(*s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The outlet's report (any stored outlet name with this key) dated within
/// the window before `r` that best holds the words compared.
fn cited_report(
    store: &Store,
    r: &Report<'_>,
    outlets: &[String],
    key: &str,
    words: &Words,
) -> Result<Option<(f32, i64)>, BriefingError> {
    let (from, to) = match r.date {
        Some(d) => (
            d.checked_sub(CITE_WINDOW_DAYS.days())
                .unwrap_or(d)
                .to_string(),
            d.to_string(),
        ),
        None => ("0000-01-01".to_string(), "9999-12-31".to_string()),
    };
    let quote = words.quote.as_ref().filter(|q| q.len() >= MIN_QUOTE_WORDS);
    let mut best: Option<((f32, f32), i64)> = None;
    for name in outlets.iter().filter(|o| outlet_key(o) == key) {
        for (cand, _) in store.outlet_docs(name, &from, &to, r.id)? {
            let text = content_words(&store.clean_text(cand)?.unwrap_or_default());
            let by_report = overlap(&words.report, &text);
            let score = match quote {
                Some(q) => (overlap(q, &text), by_report),
                None => (by_report, 0.0),
            };
            let enough = match quote {
                Some(_) => score.0 >= MIN_QUOTE_OVERLAP,
                None => score.0 >= MIN_OVERLAP,
            };
            if enough && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, cand));
            }
        }
    }
    Ok(best.map(|((s, _), d)| (s, d)))
}
