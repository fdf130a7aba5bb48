//! Metadata from JSON-LD (`<script type="application/ld+json">`): the article object's
//! headline, dates, authors, publisher and body, and the web site's name.

use std::ops::Range;

use serde_json::Value;

use crate::dom::JsonLdBlock;

/// What the JSON-LD blocks of a page say.
#[derive(Debug, Default)]
pub(crate) struct JsonLd {
    pub(crate) headline: Option<String>,
    pub(crate) date_published: Option<String>,
    pub(crate) author: Option<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) site_name: Option<String>,
    /// `articleBody`, with the source range of the block it came from.
    pub(crate) article_body: Option<(String, Range<usize>)>,
}

/// `@type`s that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "Blog",
    "WebPage",
    "Review",
];

/// Reads every block; blocks that are not valid JSON are skipped.
pub(crate) fn read(blocks: &[JsonLdBlock]) -> JsonLd {
    let values: Vec<(Value, Range<usize>)> = blocks
        .iter()
        .filter_map(|block| {
            let cleaned = block
                .text
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->");
            let value = serde_json::from_str(cleaned.trim().trim_end_matches(';')).ok()?;
            Some((value, block.source.clone()))
        })
        .collect();
    let mut objects = Vec::new();
    for (value, source) in &values {
        let mut found = Vec::new();
        flatten(value, &mut found, 0);
        objects.extend(found.into_iter().map(|object| (object, source)));
    }
    let mut found = JsonLd::default();
    // Article types first, in their order of preference (a NewsArticle beats a WebPage).
    let mut articles: Vec<(usize, &Value, &Range<usize>)> = objects
        .iter()
        .filter_map(|&(o, source)| type_rank(o).map(|rank| (rank, o, source)))
        .collect();
    articles.sort_by_key(|(rank, _, _)| *rank);
    for (_, article, source) in articles {
        found.headline = found
            .headline
            .or_else(|| text(article.get("headline")).or_else(|| text(article.get("name"))));
        found.date_published = found.date_published.or_else(|| {
            text(article.get("datePublished")).or_else(|| text(article.get("dateCreated")))
        });
        found.author = found
            .author
            .or_else(|| names(article.get("author")).or_else(|| names(article.get("creator"))));
        found.publisher = found.publisher.or_else(|| names(article.get("publisher")));
        found.article_body = found
            .article_body
            .or_else(|| text(article.get("articleBody")).map(|body| (body, source.clone())));
    }
    found.site_name = objects
        .iter()
        .find(|(o, _)| has_type(o, "WebSite") || has_type(o, "NewsMediaOrganization"))
        .and_then(|(o, _)| text(o.get("name")));
    found
}

/// Collects the objects of a JSON-LD value (arrays and `@graph` unfolded).
fn flatten<'a>(value: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|item| flatten(item, out, depth + 1)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                flatten(graph, out, depth + 1);
            }
            if let Some(main) = map.get("mainEntity") {
                flatten(main, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn type_rank(object: &Value) -> Option<usize> {
    ARTICLE_TYPES.iter().position(|t| has_type(object, t))
}

fn has_type(object: &Value, wanted: &str) -> bool {
    match object.get("@type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A non-empty string value.
fn text(value: Option<&Value>) -> Option<String> {
    let s = value?.as_str()?.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// Names of a person/organization value: a string, an object with `name`, or a list of them.
fn names(value: Option<&Value>) -> Option<String> {
    let list: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(|item| names(Some(item))).collect(),
        Value::Object(map) => text(map.get("name")).into_iter().collect(),
        Value::String(s) => text(Some(&Value::String(s.clone()))).into_iter().collect(),
        _ => Vec::new(),
    };
    (!list.is_empty()).then(|| list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_with_article_and_site() {
        let block = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Daily Example"},
            {"@type":"WebPage","name":"Page name"},
            {"@type":"NewsArticle","headline":"Ministers meet","datePublished":"2025-11-19T10:00:00Z",
             "author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}],
             "publisher":{"@type":"Organization","name":"Example Media"}}]}"#;
        let found = read(&[JsonLdBlock {
            text: block.to_owned(),
            source: 5..9,
        }]);
        assert_eq!(found.headline.as_deref(), Some("Ministers meet"));
        assert_eq!(
            found.date_published.as_deref(),
            Some("2025-11-19T10:00:00Z")
        );
        assert_eq!(found.author.as_deref(), Some("A. Writer, B. Writer"));
        assert_eq!(found.publisher.as_deref(), Some("Example Media"));
        assert_eq!(found.site_name.as_deref(), Some("The Daily Example"));
    }

    #[test]
    fn broken_blocks_are_skipped() {
        let blocks = [
            "{not json",
            r#"[{"@type":"Article","headline":"H","articleBody":"B"}];"#,
        ];
        let blocks: Vec<JsonLdBlock> = blocks
            .iter()
            .enumerate()
            .map(|(i, text)| JsonLdBlock {
                text: (*text).to_owned(),
                source: i..i + 1,
            })
            .collect();
        let found = read(&blocks);
        assert_eq!(found.article_body, Some(("B".to_owned(), 1..2)));
        assert_eq!(found.headline.as_deref(), Some("H"));
    }
}
