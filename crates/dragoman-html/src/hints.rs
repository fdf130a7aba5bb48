//! What `class`, `id` and `role` attributes say about an element: boilerplate (navigation,
//! sharing, comments, ads...) or article content.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Words that mark boilerplate whatever else the attribute says ("recirc": the
/// recirculation modules of news CMSs, links to other stories).
const STRONG_NEGATIVE: &[&str] = &[
    "ad", "ads", "adv", "banner", "footer", "modal", "popular", "promo", "recirc", "sharing",
    "trending",
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
    "sponsor",
    "subscribe",
    "subscription",
    "taboola",
];

/// Words that mark boilerplate unless a content word is also present.
const WEAK_NEGATIVE: &[&str] = &[
    "social",
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
    "embed",
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

/// How a pattern of [`FINDER`] counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// Boilerplate as a whole word.
    StrongWord,
    /// Boilerplate anywhere.
    StrongPart,
    /// Boilerplate as a whole word, unless a content word is present.
    WeakWord,
    /// Content as a whole word.
    ContentWord,
}

/// All patterns in one automaton, so that an attribute is scanned once.
static FINDER: LazyLock<(AhoCorasick, Vec<Pattern>)> = LazyLock::new(|| {
    let lists = [
        (STRONG_NEGATIVE, Pattern::StrongWord),
        (STRONG_NEGATIVE_PARTS, Pattern::StrongPart),
        (WEAK_NEGATIVE, Pattern::WeakWord),
        (POSITIVE, Pattern::ContentWord),
    ];
    let patterns: Vec<&str> = lists
        .iter()
        .flat_map(|(list, _)| list.iter().copied())
        .collect();
    let kinds = lists
        .iter()
        .flat_map(|(list, kind)| std::iter::repeat_n(*kind, list.len()))
        .collect();
    (AhoCorasick::new(patterns).expect("valid patterns"), kinds)
});

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
    let (finder, kinds) = &*FINDER;
    let (mut strong, mut weak, mut positive) = (false, false, false);
    // In a compound class name the last word says what the element is: "post-tags" is tags,
    // "tags-content" is content. Matches come in order of their end.
    for class in class_id.split_ascii_whitespace() {
        let bytes = class.as_bytes();
        let mut head = None;
        for found in finder.find_overlapping_iter(class) {
            let whole_word = !bytes[..found.start()]
                .last()
                .is_some_and(u8::is_ascii_alphabetic)
                && !bytes.get(found.end()).is_some_and(u8::is_ascii_alphabetic);
            match kinds[found.pattern().as_usize()] {
                Pattern::StrongPart => strong = true,
                Pattern::StrongWord => strong |= whole_word,
                kind @ (Pattern::WeakWord | Pattern::ContentWord) if whole_word => {
                    head = Some(kind)
                }
                Pattern::WeakWord | Pattern::ContentWord => {}
            }
        }
        weak |= head == Some(Pattern::WeakWord);
        positive |= head == Some(Pattern::ContentWord);
    }
    if strong || (weak && !positive) {
        Hint::Boilerplate
    } else if positive {
        Hint::Content
    } else {
        Hint::Neutral
    }
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
    fn the_last_word_of_a_class_name_decides() {
        assert_eq!(classify("site-header", None), Hint::Boilerplate);
        assert_eq!(classify("article-meta", None), Hint::Boilerplate);
        assert_eq!(classify("meta-content", None), Hint::Content);
        assert_eq!(classify("post-tags story-body", None), Hint::Content);
    }

    #[test]
    fn plain_words_are_neutral() {
        assert_eq!(classify("container wide", None), Hint::Neutral);
        assert_eq!(classify("badge", None), Hint::Neutral);
        assert_eq!(classify("", Some("navigation")), Hint::Boilerplate);
        assert_eq!(classify("story-body", None), Hint::Content);
    }
}
