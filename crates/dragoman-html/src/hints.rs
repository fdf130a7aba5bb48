//! What `class`, `id` and `role` attributes say about an element: boilerplate (navigation,
//! sharing, comments, ads...) or article content.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Words that mark boilerplate whatever else the attribute says.
const STRONG_NEGATIVE: &[&str] = &[
    "ad", "ads", "adv", "banner", "modal", "popular", "promo", "recirc", "sharing", "trending",
];

/// Parts of words that mark boilerplate wherever they occur ("commentsContainer", "shareBar").
const STRONG_NEGATIVE_PARTS: &[&str] = &[
    "advert",
    "breadcrumb",
    "caption",
    "comment",
    "consent",
    "cookie",
    "disqus",
    "gdpr",
    "newsletter",
    "outbrain",
    "popup",
    "recommend",
    "related",
    "share",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "subscribe",
    "subscription",
    "taboola",
];

/// Words that mark boilerplate unless a content word is also present.
const WEAK_NEGATIVE: &[&str] = &[
    "author",
    "bio",
    "byline",
    "credit",
    "dateline",
    "extra",
    "footer",
    "footnote",
    "header",
    "hidden",
    "masthead",
    "menu",
    "meta",
    "more",
    "nav",
    "navbar",
    "navigation",
    "pagination",
    "pager",
    "print",
    "rail",
    "skip",
    "tags",
    "toolbar",
    "tools",
    "topics",
    "utility",
];

/// Words that mark the article's own content.
const POSITIVE: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
];

/// Finds [`STRONG_NEGATIVE_PARTS`] in one pass over an attribute.
static PART_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(STRONG_NEGATIVE_PARTS).expect("valid patterns"));

/// What an element's attributes say about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    Boilerplate,
    Content,
    Neutral,
}

/// Classifies from `class`/`id` (lower-cased, space separated) and `role`.
pub(crate) fn classify(class_id: &str, role: Option<&str>) -> Hint {
    if let Some(role) = role {
        if matches!(
            role,
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "menu"
                | "menubar"
                | "dialog"
                | "alert"
        ) {
            return Hint::Boilerplate;
        }
        if matches!(role, "main" | "article") {
            return Hint::Content;
        }
    }
    if class_id.is_empty() {
        return Hint::Neutral;
    }
    let mut strong = PART_FINDER.is_match(class_id);
    let (mut weak, mut positive) = (false, false);
    for word in words(class_id) {
        strong |= STRONG_NEGATIVE.contains(&word);
        weak |= WEAK_NEGATIVE.contains(&word);
        positive |= POSITIVE.contains(&word);
    }
    if strong || (weak && !positive) {
        Hint::Boilerplate
    } else if positive {
        Hint::Content
    } else {
        Hint::Neutral
    }
}

/// The words of class names and ids: split on anything not a letter.
fn words(class_id: &str) -> impl Iterator<Item = &str> {
    class_id
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_words_win() {
        assert_eq!(classify("article-share", None), Hint::Boilerplate);
        assert_eq!(classify("post comments-area", None), Hint::Boilerplate);
        assert_eq!(classify("commentscontainer", None), Hint::Boilerplate);
    }

    #[test]
    fn weak_words_yield_to_content_words() {
        assert_eq!(classify("site-footer", None), Hint::Boilerplate);
        assert_eq!(classify("article-meta", None), Hint::Content);
    }

    #[test]
    fn plain_words_are_neutral() {
        assert_eq!(classify("container wide", None), Hint::Neutral);
        assert_eq!(classify("badge", None), Hint::Neutral);
        assert_eq!(classify("", Some("navigation")), Hint::Boilerplate);
        assert_eq!(classify("story-body", None), Hint::Content);
    }
}
