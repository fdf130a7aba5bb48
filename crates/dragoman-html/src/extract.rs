//! The extraction pipeline, from raw bytes to an [`Article`].

use crate::analysis::analyze;
use crate::blocks::{collect, RawBlock};
use crate::decode::decode;
use crate::dom::ROOT;
use crate::filter::keep_content;
use crate::{build, charset, embedded, meta, select, sniff};
use crate::{Article, HtmlError, Limits, Paragraph};

/// Below this many characters the chosen container is distrusted and the whole page is read.
const MIN_ARTICLE_CHARS: usize = 150;

/// Extracts the article of an HTML page with the default [`Limits`].
///
/// `charset_hint` is the charset of the HTTP `Content-Type` header, when known; `url` the page's
/// address (used for metadata: dated paths, host name).
pub fn extract(
    html: &[u8],
    charset_hint: Option<&str>,
    url: Option<&str>,
) -> Result<Article, HtmlError> {
    extract_with(html, charset_hint, url, &Limits::default())
}

/// [`extract`] with explicit limits.
pub fn extract_with(
    html: &[u8],
    charset_hint: Option<&str>,
    url: Option<&str>,
    limits: &Limits,
) -> Result<Article, HtmlError> {
    if html.len() > limits.max_bytes {
        return Err(HtmlError::TooLarge {
            size: html.len(),
            limit: limits.max_bytes,
        });
    }
    let declared_utf16 = charset_hint
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()))
        .is_some_and(|encoding| {
            encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
        });
    sniff::check(html, declared_utf16)?;
    let mut warnings = Vec::new();
    let detected = charset::detect(html, charset_hint);
    warnings.extend(detected.warning.clone());
    let decoded = decode(html, &detected, &mut warnings);
    let dom = build::parse(&decoded.bytes, limits.max_depth, limits.max_elements);
    if dom.depth_limited {
        warnings.push(format!(
            "elements nested deeper than {} were flattened",
            limits.max_depth
        ));
    }
    if dom.truncated {
        warnings.push(format!(
            "the page was read up to its first {} elements",
            limits.max_elements
        ));
    }
    let meta = meta::read(&dom, url);
    let analysis = analyze(&dom);
    let roots = select::select(&dom, &analysis);
    let mut blocks = keep_content(collect(&dom, &analysis, &roots), meta.title.as_deref());
    if total_chars(&blocks) < MIN_ARTICLE_CHARS && roots != [ROOT] {
        let whole_page = keep_content(collect(&dom, &analysis, &[ROOT]), meta.title.as_deref());
        if total_chars(&whole_page) > total_chars(&blocks) {
            blocks = whole_page;
        }
    }
    if total_chars(&blocks) < MIN_ARTICLE_CHARS {
        let embedded = embedded::json_ld_paragraphs(&dom);
        if total_chars(&embedded) > total_chars(&blocks) {
            warnings.push(
                "article text taken from the JSON-LD articleBody; its paragraphs point at the script"
                    .to_owned(),
            );
            blocks = embedded;
        }
    }
    if blocks.is_empty() {
        warnings.push("no article text found".to_owned());
    }
    let mut article = Article {
        meta,
        warnings,
        ..Article::default()
    };
    for block in blocks {
        if !article.text.is_empty() {
            article.text.push_str("\n\n");
        }
        let start = article.text.len();
        article.text.push_str(&block.text);
        article.paragraphs.push(Paragraph {
            text_range: start..article.text.len(),
            html_range: trim_ascii_space(html, decoded.raw_range(block.source)),
            kind: block.kind,
        });
    }
    Ok(article)
}

/// `range` without the ASCII white space at its ends.
fn trim_ascii_space(html: &[u8], mut range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    while range.start < range.end && html[range.start].is_ascii_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && html[range.end - 1].is_ascii_whitespace() {
        range.end -= 1;
    }
    range
}

fn total_chars(blocks: &[RawBlock]) -> usize {
    blocks.iter().map(|b| b.chars).sum()
}
