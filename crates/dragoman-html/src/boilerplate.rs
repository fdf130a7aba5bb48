//! Short lines that are site furniture wherever they appear: ad labels, newsletter and
//! subscription pitches, copyright notices, "related"/"share" headers, loading messages.
//!
//! Origin: the words news sites in general use for these (the kind every boilerplate list,
//! jusText's or trafilatura's, carries), written here. Lines that matched the wording of a
//! single dev page ("explore further", "have a tip?", "our standards:", "related roundup",
//! "tempo de leitura", "iklan", ...) were dropped (issue 16): the zyte-dev figure is
//! in-sample all the same, since these lists were grown while reading its pages.

/// Only lines with at most this many words are checked.
const MAX_WORDS: usize = 25;

/// Whole lines (lower-cased, trailing punctuation removed).
const EXACT: &[&str] = &[
    "ad",
    "advert",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "comments",
    "comment",
    "related",
    "related articles",
    "related stories",
    "related content",
    "related posts",
    "read more",
    "read next",
    "more stories",
    "most popular",
    "most read",
    "trending",
    "highlights",
    "you may also like",
    "recommended",
    "recommended for you",
    "subscribe",
    "sign up",
    "loading",
    "print",
    "email",
    "tags",
    "topics",
    "close",
    "video",
    "popular",
    "more",
    "next",
    "previous",
    "prev",
    // "Advertisement" in the languages of large European news markets.
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "реклама",
];

/// Line beginnings.
const PREFIXES: &[&str] = &[
    "advertisement",
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "published ",
    "posted ",
    "updated ",
    "last updated",
    "share this",
    "share on ",
    "follow us",
    "sign up ",
    "subscribe ",
    "subscribe to",
    "read more:",
    "related:",
    "see also:",
    "click here",
    "leave a comment",
    "get the latest",
    "loading content",
    "image:",
    "photo:",
    "image credit",
    "photo credit",
    "picture:",
    "you may also like",
    "don't miss",
    "don’t miss",
    "tag:",
    "tags:",
    "filed under",
    "view all",
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "reading time",
];

/// Anywhere in the line.
const CONTAINS: &[&str] = &[
    "all rights reserved",
    "newsletter",
    "sign up for",
    "subscribe to our",
    "enable javascript",
    "requires javascript",
    "| getty images",
    "getty images |",
    "/ getty images",
    "accept cookies",
    "cookie policy",
    "click here",
    "clicking here",
    "min read",
];

/// Social networks named in "follow us" lines.
const NETWORKS: &[&str] = &["twitter", "facebook", "instagram", "linkedin", "youtube"];

/// Whether a paragraph is furniture rather than article text.
pub(crate) fn is_boilerplate(text: &str) -> bool {
    if text.split_whitespace().count() > MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    let bare = lower.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    EXACT.contains(&bare)
        || PREFIXES.iter().any(|p| lower.starts_with(p))
        || CONTAINS.iter().any(|c| lower.contains(c))
        || (lower.starts_with("follow ") && NETWORKS.iter().any(|n| lower.contains(n)))
        || is_byline(text)
        || is_counter(&lower)
}

/// Gallery and pager counters: "1 of 6", "3 / 12".
fn is_counter(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    words.len() == 3 && number(words[0]) && matches!(words[1], "of" | "/") && number(words[2])
}

/// Connecting words a byline may hold besides names.
const BYLINE_LINKS: &[&str] = &[
    "and", "&", "of", "in", "the", "for", "with", "de", "van", "von",
];

/// "By Jane Roe and John Doe": "By" then only names (capitalized words) and linking words.
fn is_byline(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let starts_with_by = words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let words: Vec<&str> = words.collect();
    starts_with_by
        && !words.is_empty()
        && words.len() <= 10
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
            w.is_empty()
                || BYLINE_LINKS.contains(&w)
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        assert!(is_boilerplate("Advertisement"));
        assert!(is_boilerplate("Share this:"));
        assert!(is_boilerplate("Copyright © 2025 The Example Post."));
        assert!(is_boilerplate("Sign up to our newsletter for updates"));
        assert!(is_boilerplate("Jane Roe | Getty Images"));
        assert!(is_boilerplate("Follow the desk on Twitter and Facebook."));
        assert!(is_boilerplate("Reporting by Jane Roe; editing by John Doe"));
        assert!(is_boilerplate("By JANE ROE and JOHN DOE"));
        assert!(is_boilerplate("1 of 6"));
        assert!(is_boilerplate("Publicité"));
        assert!(is_boilerplate("By Jane Roe, Diplomatic Correspondent"));
    }

    #[test]
    fn article_lines_stay() {
        assert!(!is_boilerplate(
            "Related talks are planned for next week, officials said."
        ));
        assert!(!is_boilerplate("The ministers shared a stage in Geneva."));
        assert!(!is_boilerplate("Follow-up talks are planned for March."));
        assert!(!is_boilerplate("By Tuesday, the talks had ended."));
        let long = "The newsletter of the foreign ministry, published weekly, said the talks \
                    would resume after a pause of several months, once both delegations had \
                    consulted their governments at home.";
        assert!(!is_boilerplate(long));
    }
}
