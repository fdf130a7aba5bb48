//! Page metadata: title, author, publication date and outlet, from JSON-LD, `<meta>` tags
//! (Open Graph, Dublin Core, news-site conventions), `<time>`, `<title>`, `<h1>` and the URL.

mod date;
mod entities;
mod facts;
mod jsonld;

use jiff::civil::Date;

use crate::dom::Dom;
use facts::Facts;

use date::parse_date;

/// Metadata of a page; `None` where the page does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The article's headline.
    pub title: Option<String>,
    /// Publication date (as the publisher wrote it, no time-zone shift).
    pub date: Option<Date>,
    /// The site or publication name ("Reuters"), else the URL's host name.
    pub outlet: Option<String>,
    /// Byline names, comma separated.
    pub author: Option<String>,
    /// The URL given by the caller, else the page's `og:url`.
    pub url: Option<String>,
}

const TITLE_KEYS: &[&str] = &[
    "og:title",
    "twitter:title",
    "dc.title",
    "sailthru.title",
    "parsely-title",
    "title",
];
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "article.published",
    "publication_date",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "displaydate",
    "created",
    "article:modified_time",
    "og:updated_time",
];
const OUTLET_KEYS: &[&str] = &[
    "og:site_name",
    "application-name",
    "dc.publisher",
    "publisher",
    "twitter:site",
];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "cxenseparse:author",
];

/// The `articleBody` of the page's JSON-LD article and the source range of its script.
pub(crate) fn embedded_body(dom: &Dom) -> Option<(String, std::ops::Range<usize>)> {
    jsonld::read(&dom.json_ld).article_body
}

/// Reads the metadata of a parsed page; `url` is the page's address when known.
pub(crate) fn read(dom: &Dom, url: Option<&str>) -> PageMeta {
    let facts = Facts::gather(dom);
    let ld = jsonld::read(&dom.json_ld);
    let meta = |keys: &[&str]| keys.iter().find_map(|k| facts.meta.get(*k).cloned());
    let url = url
        .map(str::to_owned)
        .or_else(|| facts.meta.get("og:url").cloned());

    let outlet = meta(&OUTLET_KEYS[..3])
        .or(ld.publisher)
        .or(ld.site_name)
        .or_else(|| meta(&OUTLET_KEYS[3..]).map(|s| s.trim_start_matches('@').to_owned()))
        .map(|s| {
            if is_url(&s) {
                host_name(&s).unwrap_or(s)
            } else {
                s
            }
        })
        .or_else(|| url.as_deref().and_then(host_name))
        .map(|s| clean(&s))
        .filter(|s| !s.is_empty());
    let title = ld
        .headline
        .or_else(|| meta(TITLE_KEYS))
        .or(facts.h1)
        .or_else(|| {
            facts
                .title
                .as_deref()
                .map(|t| headline_part(t, outlet.as_deref()))
        })
        .map(|t| strip_outlet_suffix(&clean(&t), outlet.as_deref()))
        .filter(|s| !s.is_empty());
    let date = ld
        .date_published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| {
            DATE_KEYS
                .iter()
                .filter_map(|k| facts.meta.get(*k))
                .find_map(|v| parse_date(v))
        })
        .or_else(|| facts.dates.iter().find_map(|v| parse_date(v)))
        .or_else(|| url.as_deref().and_then(date::date_in_url));
    let author = ld
        .author
        .or_else(|| {
            AUTHOR_KEYS
                .iter()
                .filter_map(|k| facts.meta.get(*k))
                .find(|v| !is_url(v))
                .cloned()
        })
        .or(facts.author)
        .map(|a| clean_author(&a))
        .filter(|a| !a.is_empty() && a.chars().count() <= 120 && Some(a) != outlet.as_ref());
    PageMeta {
        title,
        date,
        outlet,
        author,
        url,
    }
}

/// Decodes leftover character references and collapses white space.
pub(crate) fn clean(s: &str) -> String {
    entities::decode_references(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn clean_author(s: &str) -> String {
    let s = clean(s);
    let lower = s.to_ascii_lowercase();
    let s = if lower.starts_with("by ") {
        &s[3..]
    } else {
        &s[..]
    };
    s.trim().to_owned()
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//")
}

/// The host of a URL without `www.`.
fn host_name(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];

/// `<title>` is often "Headline | Site": keep the first part that is not the outlet's name,
/// unless it is much shorter than another part ("Site | Headline").
fn headline_part(title: &str, outlet: Option<&str>) -> String {
    let mut parts = vec![title];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let is_outlet = |part: &str| outlet.is_some_and(|o| part.trim().eq_ignore_ascii_case(o));
    let parts: Vec<&str> = parts.into_iter().filter(|part| !is_outlet(part)).collect();
    let longest = parts
        .iter()
        .copied()
        .max_by_key(|part| part.len())
        .unwrap_or(title);
    let first = parts.first().copied().unwrap_or(title);
    let chosen = if first.len() * 2 >= longest.len() {
        first
    } else {
        longest
    };
    chosen.trim().to_owned()
}

fn strip_outlet_suffix(title: &str, outlet: Option<&str>) -> String {
    if let Some(outlet) = outlet {
        for sep in TITLE_SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if tail.trim().eq_ignore_ascii_case(outlet) && !head.trim().is_empty() {
                    return head.trim().to_owned();
                }
            }
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_parts_and_suffixes() {
        assert_eq!(
            headline_part("Talks resume in Geneva | The Example Times", None),
            "Talks resume in Geneva"
        );
        assert_eq!(
            headline_part("Talks end - Example Wire", Some("Example Wire")),
            "Talks end"
        );
        assert_eq!(headline_part("Talks end - Example Wire", None), "Talks end");
        assert_eq!(
            headline_part("Wire | Ministers agree on a timetable for the talks", None),
            "Ministers agree on a timetable for the talks"
        );
        assert_eq!(
            strip_outlet_suffix("Talks resume - Example", Some("example")),
            "Talks resume"
        );
        assert_eq!(
            strip_outlet_suffix("Talks resume - Example", None),
            "Talks resume - Example"
        );
    }

    #[test]
    fn hosts_and_authors() {
        assert_eq!(
            host_name("https://www.example.org:8080/a/b").as_deref(),
            Some("example.org")
        );
        assert_eq!(clean_author("  By  Jane   Doe "), "Jane Doe");
    }
}
