//! A report's profile: the weighted terms that say which story it tells, and
//! the report's date.
//!
//! Terms come from the pipeline's layers: content words (lower-cased, function
//! words dropped), the words of named entities (weighted up: who and where
//! tell stories apart more than what), and years. Lines that are only a URL
//! are skipped. The date is the report's own (`Meta::date`), else the first
//! full date in the report's opening sentences (a date line under the
//! headline), else none; its year is the date's, else its address's,
//! else the year it names most often.

use ahash::AHashMap;
use dragoman_model::{Doc, TimexType, TokenKind};
use jiff::civil::Date;
use std::ops::Range;
use std::sync::OnceLock;

/// How much one occurrence of a name's word counts against a content word's 1.
pub const ENTITY_WEIGHT: f32 = 3.0;
/// How many opening sentences may hold the report's date line.
const HEADER_SENTENCES: usize = 4;

/// One weighted term of a profile: `w:` content word, `e:` a name's word,
/// `y:` a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// The term, with its kind prefix.
    pub text: String,
    /// Its count, names weighted by [`ENTITY_WEIGHT`].
    pub weight: f32,
}

/// What a report says about its story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// The report's id.
    pub id: String,
    /// The report's date, when known.
    pub date: Option<Date>,
    /// The terms, sorted by text.
    pub terms: Vec<Term>,
    /// The year the report was written: its date's, else the first year in
    /// its address (the metadata's URL or a URL line), else the year it
    /// names most often, the latest on a tie (a report names its own year
    /// more often than a year looked ahead to, "by 2030"), else none.
    pub year: Option<i16>,
}

impl Profile {
    /// The profile of an annotated document (the tokenize, entities and time
    /// layers are read; any missing layer contributes nothing).
    pub fn of(doc: &Doc) -> Profile {
        let skip = url_lines(&doc.text);
        let mut counts: AHashMap<String, f32> = AHashMap::new();
        let names = name_words(doc, &skip, &mut counts);
        for (k, t) in doc.tokens.iter().enumerate() {
            let r = t.span.range();
            if names[k] || skip.iter().any(|s| s.contains(&r.start)) {
                continue;
            }
            if let Some(term) = token_term(&doc.text[r], t.kind) {
                *counts.entry(term).or_default() += 1.0;
            }
        }
        let date = report_date(doc);
        let latest_named = counts
            .iter()
            .filter_map(|(t, &n)| Some((t.strip_prefix("y:")?.parse::<i16>().ok()?, n)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
            .map(|(y, _)| y);
        let mut terms: Vec<Term> = counts
            .into_iter()
            .map(|(text, weight)| Term { text, weight })
            .collect();
        terms.sort_by(|a, b| a.text.cmp(&b.text));
        let in_address = url_year(doc, &skip);
        Profile {
            id: doc.id.clone(),
            date,
            terms,
            year: date.map(|d| d.year()).or(in_address).or(latest_named),
        }
    }
}

/// Counts the words of named entities, and marks the tokens they cover.
fn name_words(doc: &Doc, skip: &[Range<usize>], counts: &mut AHashMap<String, f32>) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for e in &doc.entities {
        let r = e.span.range();
        if skip.iter().any(|s| s.contains(&r.start)) {
            continue;
        }
        let first = doc
            .tokens
            .partition_point(|t| t.span.range().end <= r.start);
        let end = doc.tokens.partition_point(|t| t.span.range().start < r.end);
        for (k, t) in doc.tokens.iter().enumerate().take(end).skip(first) {
            covered[k] = true;
            let word = &doc.text[t.span.range()];
            if t.kind == TokenKind::Word && word.chars().count() >= 2 && !is_stopword(word) {
                *counts
                    .entry(format!("e:{}", word.to_lowercase()))
                    .or_default() += ENTITY_WEIGHT;
            }
        }
    }
    covered
}

/// The term a token gives, if any: a content word or a year.
fn token_term(word: &str, kind: TokenKind) -> Option<String> {
    match kind {
        TokenKind::Word => {
            let lower = word.to_lowercase();
            let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
            (letters >= 3 && !is_stopword(&lower)).then(|| format!("w:{lower}"))
        }
        TokenKind::Number if is_year(word) => Some(format!("y:{word}")),
        _ => None,
    }
}

/// A four-digit year from 1900 to 2099.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// The year in the report's address (its metadata's URL, else a line of
/// the text that is a URL): addresses are dated when the report is
/// published ("/news/2013/09/17/..."), so the year there is the report's.
fn url_year(doc: &Doc, lines: &[Range<usize>]) -> Option<i16> {
    let addresses = doc
        .meta
        .url
        .iter()
        .map(String::as_str)
        .chain(lines.iter().map(|r| &doc.text[r.clone()]));
    // The first year of the first address: the date a site files its
    // reports under comes before the headline's words in the path
    // ("/2013/09/17/plans-for-2020-olympics" is 2013).
    addresses
        .filter_map(|a| {
            a.split(|c: char| !c.is_ascii_digit())
                .find(|w| is_year(w))
                .and_then(|w| w.parse::<i16>().ok())
        })
        .next()
}

/// The byte ranges of lines that are a URL and nothing else.
fn url_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with("http") || t.starts_with("www") {
            out.push(start..start + line.len());
        }
        start += line.len();
    }
    out
}

/// The report's date: its metadata's, else a full date in its opening
/// sentences.
pub fn report_date(doc: &Doc) -> Option<Date> {
    if let Some(d) = doc.meta.date {
        return Some(d);
    }
    let header_end = doc
        .sentences
        .get(HEADER_SENTENCES.min(doc.sentences.len()).checked_sub(1)?)
        .map_or(0, |s| s.span.range().end);
    doc.timexes
        .iter()
        .filter(|t| t.kind == TimexType::Date && t.span.range().start < header_end)
        .find_map(|t| t.value.get(..10).and_then(|v| v.parse::<Date>().ok()))
}

/// Whether a lower-cased word is on the function-word list.
pub fn is_stopword(word: &str) -> bool {
    static WORDS: OnceLock<ahash::AHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            include_str!("../data/stopwords.txt")
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(word.to_lowercase().as_str())
}
