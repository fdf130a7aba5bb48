//! The reporting clause at the end of a wire sentence ("..., state news
//! agency SUNA reported.", "..., the ministry said on Tuesday."): found by
//! its words before parsing, so that the sentence's clause and its source
//! are parsed apart and joined as the treebank joins them (the source's
//! verb the root, the clause its `ccomp`). Parsed whole, a long clause before a long source misleads
//! the greedy parser: the clause's time expression hangs on "reported" and
//! the clause's verb on its subject.

use dragoman_model::Doc;

/// Forms of the verbs that end a wire sentence with its source.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "told",
    "added",
    "adds",
    "stated",
    "wrote",
    "writes",
    "announced",
    "noted",
    "confirmed",
];

/// Words that open a clause which is no bare source ("..., which the
/// ministry said", "..., as the agency reported", "..., and he said").
const OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "as", "and", "but", "while", "when", "where", "that", "if",
    "or", "because",
];

/// Most words of the source before its verb, and of what follows the verb.
const MAX_SOURCE: usize = 6;
const MAX_AFTER: usize = 4;
/// Fewest tokens of the clause before the comma.
const MIN_CLAUSE: u32 = 4;

/// The index of the comma that opens the sentence's closing reporting
/// clause, for the sentence of tokens `first..end`, if it has one.
pub(crate) fn reporting_tail(doc: &Doc, first: u32, end: u32) -> Option<u32> {
    let word = |i: u32| doc.slice(doc.tokens[i as usize].span);
    let last = (first..end)
        .rev()
        .find(|&i| !matches!(word(i), "." | "!"))?;
    let comma = (first..=last).rev().find(|&i| word(i) == ",")?;
    if comma < first + MIN_CLAUSE || comma == last {
        return None;
    }
    // (Read in place: the stage allocates nothing per sentence for this.)
    if (last - comma) as usize > MAX_SOURCE + 1 + MAX_AFTER {
        return None;
    }
    let reporting = |i: u32| REPORTING.contains(&word(i));
    let verb = (comma + 1..=last).find(|&i| reporting(i))?;
    let plain = |i: u32| {
        let w = word(i);
        w.chars().any(char::is_alphanumeric) && !OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
    };
    let fits = (1..=MAX_SOURCE).contains(&((verb - comma - 1) as usize))
        && (last - verb) as usize <= MAX_AFTER
        && (comma + 1..=last).all(plain)
        && !(verb + 1..=last).any(reporting);
    fits.then_some(comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Doc;

    fn tail_of(text: &str) -> Option<String> {
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(text);
        let n = doc.tokens.len() as u32;
        reporting_tail(&doc, 0, n)
            .map(|c| text[doc.tokens[c as usize].span.start as usize..].to_string())
    }

    #[test]
    fn a_closing_source_is_found() {
        assert_eq!(
            tail_of("The envoy visited the camp on Monday, state radio reported."),
            Some(", state radio reported.".into())
        );
        assert_eq!(
            tail_of("Talks will resume in Oslo, the ministry said on Tuesday."),
            Some(", the ministry said on Tuesday.".into())
        );
    }

    #[test]
    fn other_closing_clauses_are_not_sources() {
        assert_eq!(
            tail_of("Talks resumed in Oslo, as the ministry said."),
            None
        );
        assert_eq!(
            tail_of(
                "Talks resumed in Oslo, said the minister of defence and trade, who arrived late."
            ),
            None
        );
        assert_eq!(tail_of("He said it was over, and it was."), None);
        assert_eq!(tail_of("Yes, he said."), None);
        assert_eq!(tail_of("\"We will go,\" he said."), None);
    }
}
