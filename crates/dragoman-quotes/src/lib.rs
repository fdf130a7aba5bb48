//! Attributions: who is reported to have said what.
//!
//! [`QuoteStage`] reads a document's tokens, sentences, entities, time
//! expressions and dateline, and fills
//! [`Doc::quotes`]: for every statement the report attributes to someone, the
//! content spans, the cue words, the source spans where the source is written,
//! the resolved speaker, the kind (direct, indirect, mixed), the sourcing
//! (named, anonymous, outlet, document, unattributed) and the outer sources it
//! came through (`via`).
//!
//! The stage is rules over tokens, in five steps:
//! 1. [`marks`]: quotation regions in every style, across paragraphs;
//! 2. [`extract`]: every cue outside quotation marks (vocabulary in
//!    `data/cues.txt`) read with the words around it into content, cue and source;
//! 3. [`speaker`]: each source resolved to a name (pronouns, surnames, titles);
//! 4. [`sourcing`]: each source sorted by kind (vocabularies in `data/`);
//! 5. [`relate`]: the attributions against each other (echoes dropped, an
//!    unnamed "the diplomat" referred back, statements nested in an outlet's
//!    report given that outlet as `via`).
//!
//! Where the words leave a source in doubt, [`parses`] reads the sentence's
//! dependency tree (parsed on demand, for those sentences only).
//!
//! A person entity overlapping a source gives the speaker its canonical name,
//! and the time expressions of a sentence date its attributions.

mod dating;
mod extent;
mod extract;
mod gender;
mod lexicon;
mod marks;
mod parses;
mod relate;
mod sourcing;
mod speaker;
mod view;

use crate::lexicon::LEXICON;
use dating::when_said;
use dragoman_model::{Doc, Layer, Quote, QuoteKind, Sourcing, Span, Stage, Via};
use extract::{extract, Found};
use speaker::Resolver;
use view::View;

use sourcing::definite_role_of;
pub use sourcing::sourcing;

/// The quote stage: fills `doc.quotes`.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteStage;

impl QuoteStage {
    /// A quote stage (its vocabularies are built once per process).
    pub fn new() -> QuoteStage {
        QuoteStage
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn requires(&self) -> &'static [Layer] {
        // Entities name the sources, time expressions date the
        // attributions, and the dateline (Meta) is cut from contents.
        &[
            Layer::Text,
            Layer::Meta,
            Layer::Tokens,
            Layer::Sentences,
            Layer::Entities,
            Layer::Timexes,
        ]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }
    fn run(&self, doc: &mut Doc) {
        doc.quotes = quotes(doc);
    }
}

/// The attributions of a document whose tokens and sentences are filled.
pub fn quotes(doc: &Doc) -> Vec<Quote> {
    let view = View::new(doc);
    let mut found = extract(doc, &view);
    // The dateline is the report's, not any source's: cut once, here.
    for f in &mut found {
        f.content = without_dateline(doc, std::mem::take(&mut f.content));
    }
    // The resolver indexes every name of the document: built only when a
    // source or an outer source is to be resolved (a list of a million
    // names with no cue in it needs none).
    let needs_names = found
        .iter()
        .any(|f| f.source.is_some() || !f.via.is_empty());
    let mut resolver = needs_names.then(|| Resolver::new(&view, &doc.entities));
    // A time expression inside anything said dates no saying: "X accused Y
    // of ..., and demanded that Z hand over a suspect in a 2023 attack".
    let mut said: Vec<Span> = found
        .iter()
        .flat_map(|f| f.content.iter().copied())
        .collect();
    said.sort();
    let mut out: Vec<Quote> = found
        .into_iter()
        .map(|f| quote(doc, resolver.as_mut(), f, &said))
        .collect();
    relate::drop_echoes(&mut out);
    relate::refer_back(doc, &mut out);
    relate::pronouns_after_unnamed(doc, &mut out);
    relate::nest_in_outlets(&mut out);
    out.sort_by_key(|q| q.content.first().map(|s| s.start));
    out
}

/// True when the words between a source and its cue, or those right after
/// both up to the clause's end, say the source spoke unnamed ("a senior
/// diplomat, speaking on condition of anonymity, said", "..., an official
/// said on condition of anonymity"), whatever its noun phrase.
fn spoke_anonymously(doc: &Doc, f: &Found) -> bool {
    let Some(source) = f.source else {
        return false;
    };
    let (from, to) = if source.end <= f.cue.start {
        (source.end, f.cue.start)
    } else {
        (f.cue.end, source.start)
    };
    let between = doc.text.get(from as usize..to as usize).unwrap_or("");
    anonymity_phrase(between) || anonymity_phrase(after_attribution(doc, f, source))
}

/// The words after a source and its cue, up to the first comma or end of
/// sentence, when the content does not follow there ("..., a diplomat said
/// on condition of anonymity.").
fn after_attribution<'a>(doc: &'a Doc, f: &Found, source: Span) -> &'a str {
    let end = source.end.max(f.cue.end) as usize;
    let content_after = f.content.iter().any(|c| c.start as usize >= end);
    let rest = doc.text.get(end..).unwrap_or("");
    let clause = rest
        .find([',', '.', ';', '\n'])
        .map_or(rest, |k| &rest[..k]);
    if content_after {
        ""
    } else {
        clause
    }
}

/// True when `words` hold a phrase of speaking unnamed.
fn anonymity_phrase(words: &str) -> bool {
    let words = words.to_lowercase();
    [
        "anonymity",
        "not to be named",
        "not to be identified",
        "declined to be identified",
        "declined to be named",
        "not authorized",
        "anonymously",
    ]
    .iter()
    .any(|w| words.contains(w))
}

/// The source without the noun its reduced relative clause hangs on: in
/// ", an accusation the ministry denied" the source is "the ministry" (an
/// article, one word, an article: a longer run is left alone, since "the
/// ministry released a statement" has the same articles).
fn last_phrase(doc: &Doc, source: Span) -> Span {
    let first = doc.tokens.partition_point(|t| t.span.end <= source.start);
    let end = doc.tokens.partition_point(|t| t.span.start < source.end);
    let word = |i: usize| doc.slice(doc.tokens[i].span).to_lowercase();
    let article = |i: usize| matches!(word(i).as_str(), "the" | "a" | "an");
    // Only "an accusation the ministry": article, one noun, article.
    let restart = (end > first + 2 && article(first))
        .then_some(first + 2)
        .filter(|&i| {
            let before = word(i - 1);
            article(i)
                && !LEXICON.prepositions.contains(before.as_str())
                && doc.tokens[i - 1].kind == dragoman_model::TokenKind::Word
        });
    match restart {
        Some(i) => Span::new(doc.tokens[i].span.start as usize, source.end as usize),
        None => source,
    }
}

fn quote(doc: &Doc, mut resolver: Option<&mut Resolver>, mut f: Found, said: &[Span]) -> Quote {
    f.source = f.source.map(|s| last_phrase(doc, s));
    let mut sourcing = match sourcing(f.source.map(|s| doc.slice(s))) {
        Sourcing::Named if spoke_anonymously(doc, &f) => Sourcing::Anonymous,
        kind => kind,
    };
    let mut content = f.content;
    content.sort();
    // "the minister" names whom the report named with that title; "the
    // diplomat" with no such name stays unnamed.
    let definite = f
        .source
        .is_some_and(|s| definite_role_of(doc.slice(s)).is_some());
    // Words said before their source: no person named in them is its pronoun's.
    let said_end = content
        .last()
        .map(|c| c.end)
        .filter(|&end| f.source.is_some_and(|s| end <= s.start))
        .unwrap_or(0);
    let named = sourcing == Sourcing::Named || definite;
    let resolved = f.source.and_then(|s| {
        resolver
            .as_mut()
            .and_then(|r| r.resolve_after(s, named, said_end))
    });
    let mut lookup = |s: Span, named: bool| resolver.as_mut().and_then(|r| r.resolve(s, named));
    if definite && resolved.is_some() {
        sourcing = Sourcing::Named;
    }
    let speaker = f
        .source
        .map(|s| resolved.unwrap_or_else(|| doc.slice(s).to_string()));
    let via = f
        .via
        .into_iter()
        .map(|s| Via {
            source: Some(s),
            speaker: Some(lookup(s, false).unwrap_or_else(|| doc.slice(s).to_string())),
        })
        .collect();
    Quote {
        kind: kind(&doc.text, &content),
        date: when_said(doc, f.cue, said),
        content,
        cue: vec![f.cue],
        source: f.source.into_iter().collect(),
        speaker,
        sourcing,
        via,
    }
}

/// Content spans with the dateline cut off their start: "MOSCOW (Wire) -" is
/// the report's, not the source's.
fn without_dateline(doc: &Doc, content: Vec<Span>) -> Vec<Span> {
    let Some(d) = doc.meta.dateline else {
        return content;
    };
    content
        .into_iter()
        .filter_map(|c| {
            if !c.overlaps(d) {
                return Some(c);
            }
            let from = d.end.max(c.start);
            if from >= c.end {
                return None; // all of it is the dateline
            }
            let rest = &doc.text[from as usize..c.end as usize];
            let start = c.end as usize - rest.trim_start().len();
            (start < c.end as usize).then(|| Span::new(start, c.end as usize))
        })
        .collect()
}

/// Direct when every content span is a quotation, mixed when one holds a quotation mark.
fn kind(text: &str, content: &[Span]) -> QuoteKind {
    const MARKS: &[char] = &['"', '“', '”', '«', '»', '„'];
    let quoted = |s: &str| {
        let s = s.trim_end_matches(['.', ',', ';', ':', '?', '!', ' ']);
        (s.starts_with(MARKS) || s.starts_with("''")) && (s.ends_with(MARKS) || s.ends_with("''"))
    };
    if content.iter().all(|s| quoted(s.of(text))) {
        QuoteKind::Direct
    } else if content
        .iter()
        .any(|s| s.of(text).contains(MARKS) || s.of(text).contains("''"))
    {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_content_loses_the_dateline_and_content_inside_it_goes() {
        let mut doc = Doc::from_text("t", "MOSCOW (Wire) - Talks ended, officials said.");
        doc.meta.dateline = Some(Span::new(0, 15));
        let kept = without_dateline(&doc, vec![Span::new(0, 28), Span::new(0, 6)]);
        assert_eq!(
            kept.iter().map(|s| doc.slice(*s)).collect::<Vec<_>>(),
            ["Talks ended,"]
        );
    }
}
