//! Generated hostile inputs, for benches and tests of the pipeline's cost:
//! each [`Kind`] is a shape a damaged or malicious archive can take, grown to
//! any size from a few words of our own. Deterministic (no randomness), so a
//! given kind and size is always the same text.

/// A shape of hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Ordinary sentences with full stops, all in one paragraph.
    LongParagraph,
    /// Sentences strewn with opening quotation marks that never close.
    UnbalancedQuotes,
    /// One sentence of words with no punctuation at all.
    NoPunctuation,
    /// A list of people's names separated by commas, in one sentence.
    NameList,
    /// Brackets nested ever deeper, with a word inside each.
    NestedBrackets,
    /// Many short paragraphs of a few words each.
    ShortParagraphs,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 6] = [
        Kind::LongParagraph,
        Kind::UnbalancedQuotes,
        Kind::NoPunctuation,
        Kind::NameList,
        Kind::NestedBrackets,
        Kind::ShortParagraphs,
    ];

    /// A short name for reports and bench ids.
    pub fn name(self) -> &'static str {
        match self {
            Kind::LongParagraph => "long_paragraph",
            Kind::UnbalancedQuotes => "unbalanced_quotes",
            Kind::NoPunctuation => "no_punctuation",
            Kind::NameList => "name_list",
            Kind::NestedBrackets => "nested_brackets",
            Kind::ShortParagraphs => "short_paragraphs",
        }
    }
}

/// Sentences of our own, repeated to fill a long paragraph.
const SENTENCES: &[&str] = &[
    "The envoy said on Tuesday that the talks in Geneva would resume next week.",
    "Officials from both capitals met for three hours and agreed to keep the channel open.",
    "A spokesman for the ministry told reporters the proposal had twelve points.",
    "The delegation from Norway arrived late because of fog over the harbour.",
    "Negotiators described the mood as calm but said no date had been fixed.",
];

/// Words with no punctuation, for the sentence that never ends.
const WORDS: &[&str] = &[
    "the", "envoy", "said", "talks", "would", "resume", "after", "a", "long", "pause", "and",
    "both", "sides", "met", "again", "in", "the", "old", "hall",
];

/// Given and family names of our own invention.
const GIVEN: &[&str] = &["Anna", "Tomas", "Ilse", "Marek", "Sofia", "Pavel", "Lena"];
const FAMILY: &[&str] = &[
    "Berg", "Kellner", "Osk", "Varga", "Lind", "Moreau", "Halden",
];

/// A text of `kind` of about `bytes` bytes (at least one unit of the kind).
pub fn generate(kind: Kind, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 128);
    let mut i = 0usize;
    if kind == Kind::NestedBrackets {
        return nested(bytes);
    }
    while out.len() < bytes {
        push_unit(&mut out, kind, i);
        i += 1;
    }
    out
}

/// Appends the `i`-th unit of `kind` to `out`.
fn push_unit(out: &mut String, kind: Kind, i: usize) {
    match kind {
        Kind::LongParagraph => {
            push_numbered(out, SENTENCES, i);
            out.push(' ');
        }
        Kind::UnbalancedQuotes => {
            out.push_str(if i.is_multiple_of(3) {
                "\u{201c}"
            } else {
                "\""
            });
            push_numbered(out, SENTENCES, i);
            out.push(' ');
        }
        Kind::NoPunctuation => {
            push_numbered(out, WORDS, i);
            out.push(' ');
        }
        Kind::NameList => {
            out.push_str(GIVEN[i % GIVEN.len()]);
            out.push(' ');
            out.push_str(FAMILY[(i / GIVEN.len()) % FAMILY.len()]);
            let round = GIVEN.len() * FAMILY.len();
            if (i + 1).is_multiple_of(round) {
                out.push_str(&format!(" {}", i / round));
            }
            out.push_str(", ");
        }
        Kind::ShortParagraphs => {
            out.push_str(["Talks resumed.", "The envoy left.", "No comment."][i % 3]);
            out.push('\n');
        }
        Kind::NestedBrackets => unreachable!("built by `nested`"),
    }
}

/// Appends the `i`-th of `units`, then a number once per round of them, so
/// that no two stretches of the text repeat (the cleaner drops a paragraph
/// that repeats another, and would make a cut long paragraph short).
fn push_numbered(out: &mut String, units: &[&str], i: usize) {
    out.push_str(units[i % units.len()]);
    if (i + 1).is_multiple_of(units.len()) {
        out.push_str(&format!(" {}", i / units.len()));
    }
}

/// Brackets nested as deep as `bytes` allows, a word inside each level and
/// a number every hundred levels (so that no stretch repeats another).
fn nested(bytes: usize) -> String {
    const OPEN: &str = "(talks ";
    const CLOSE: &str = ")";
    let depth = (bytes / (OPEN.len() + CLOSE.len())).max(1);
    let mut out = String::with_capacity(depth * (OPEN.len() + CLOSE.len()) + depth / 10);
    for level in 0..depth {
        out.push_str(OPEN);
        if (level + 1) % 100 == 0 {
            out.push_str(&format!("{} ", level / 100));
        }
    }
    out.push_str("resumed");
    for _ in 0..depth {
        out.push_str(CLOSE);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reaches_its_size_and_keeps_its_shape() {
        for kind in Kind::ALL {
            let text = generate(kind, 10_000);
            assert!(text.len() >= 9_000, "{}: {}", kind.name(), text.len());
            assert!(text.len() < 11_000, "{}: {}", kind.name(), text.len());
        }
        let para = generate(Kind::LongParagraph, 10_000);
        assert!(!para.contains('\n'));
        let flat = generate(Kind::NoPunctuation, 10_000);
        assert!(flat
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' '));
        let short = generate(Kind::ShortParagraphs, 10_000);
        assert!(short.lines().count() > 500);
        let nest = generate(Kind::NestedBrackets, 10_000);
        assert_eq!(nest.matches('(').count(), nest.matches(')').count());
    }
}
