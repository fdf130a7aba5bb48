//! A sentence seen as lower-cased words, with the small closed word classes
//! the coder asks about (determiners, prepositions, auxiliaries).

use dragoman_model::{Doc, Entity, EntityType, Sentence, Span, Timex, Token, TokenKind};

/// What a token is part of, as the entity layer says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Named {
    /// No entity.
    No,
    /// A nationality or other adjective-like name ("Israeli", "Serb").
    Adjective,
    /// A person, organisation or place.
    Name,
}

/// The entities and time expressions of a document in text order, so that
/// each sentence finds its own by binary search.
pub(crate) struct Layers<'a> {
    entities: Vec<&'a Entity>,
    timexes: Vec<&'a Timex>,
    /// The quotes' content spans.
    pub quotes: crate::span_index::SpanIndex,
}

impl<'a> Layers<'a> {
    /// The layers of `doc`, sorted by start.
    pub fn new(doc: &'a Doc) -> Layers<'a> {
        let mut entities: Vec<&Entity> = doc.entities.iter().collect();
        entities.sort_by_key(|e| e.span);
        let mut timexes: Vec<&Timex> = doc.timexes.iter().collect();
        timexes.sort_by_key(|x| x.span);
        let quotes = crate::span_index::SpanIndex::quotes(&doc.quotes);
        Layers {
            entities,
            timexes,
            quotes,
        }
    }
}

/// The items of a sorted list that lie inside `span`.
fn within<'l, 'a, T>(items: &'l [&'a T], span: Span, of: impl Fn(&T) -> Span) -> &'l [&'a T] {
    let first = items.partition_point(|x| of(x).start < span.start);
    let end = items.partition_point(|x| of(x).start < span.end);
    &items[first..end.max(first)]
}

/// The tokens of one sentence and their lower-cased text.
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lower: Vec<String>,
    pub named: Vec<Named>,
    /// The entities inside the sentence.
    pub entities: Vec<&'a Entity>,
    /// The time expressions inside the sentence.
    pub timexes: Vec<&'a Timex>,
}

impl<'a> Words<'a> {
    /// The words of `sentence` in `doc`.
    pub fn new(doc: &'a Doc, layers: &Layers<'a>, sentence: &Sentence) -> Words<'a> {
        let tokens = doc.sentence_tokens(sentence);
        let lower = tokens
            .iter()
            .map(|t| normalize(t.span.of(&doc.text)))
            .collect();
        let mut named = vec![Named::No; tokens.len()];
        let inside = |s: Span| sentence.span.contains(s);
        let entities: Vec<&Entity> = within(&layers.entities, sentence.span, |e| e.span)
            .iter()
            .copied()
            .filter(|e| inside(e.span))
            .collect();
        let timexes: Vec<&Timex> = within(&layers.timexes, sentence.span, |x| x.span)
            .iter()
            .copied()
            .filter(|x| inside(x.span))
            .collect();
        for e in &entities {
            let plural = doc.slice(e.span).ends_with('s');
            let adjective = (e.kind == EntityType::Misc
                || e.subtype.as_deref() == Some("NATIONALITY"))
                && !plural;
            let first = tokens.partition_point(|t| t.span.end <= e.span.start);
            let end = tokens.partition_point(|t| t.span.start < e.span.end);
            for n in named.iter_mut().take(end).skip(first) {
                *n = if adjective {
                    Named::Adjective
                } else {
                    Named::Name
                };
            }
        }
        Words {
            text: &doc.text,
            tokens,
            lower,
            named,
            entities,
            timexes,
        }
    }

    /// True when token `i` lies inside a time expression.
    pub fn in_timex(&self, i: usize) -> bool {
        let span = self.tokens[i].span;
        self.timexes.iter().any(|x| x.span.contains(span))
    }

    /// What token `i` is part of.
    pub fn named(&self, i: usize) -> Named {
        self.named.get(i).copied().unwrap_or(Named::No)
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-cased word at `i`, or "" past the ends.
    pub fn at(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// The word before `i`, or "".
    pub fn before(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |j| self.at(j))
    }

    /// The text of token `i` as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens[i].span.of(self.text)
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// True when token `i` is a word starting with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when token `i` is punctuation that closes a clause.
    pub fn is_boundary(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        matches!(
            t.kind,
            TokenKind::Punct | TokenKind::Dash | TokenKind::Bracket
        ) && self.at(i) != "."
            || matches!(self.at(i), "." | "!" | "?")
    }

    /// The span of tokens `first..end`.
    pub fn span(&self, first: usize, end: usize) -> Span {
        Span {
            start: self.tokens[first].span.start,
            end: self.tokens[end.max(first + 1) - 1].span.end,
        }
    }

    /// The index of the token that starts at or covers byte `pos`.
    pub fn index_of(&self, pos: u32) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }
}

/// Lower case with typographic apostrophes made plain.
fn normalize(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Articles and possessive determiners: a verb form after one is a noun.
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "'s"
            | "no"
            | "any"
            | "every"
            | "each"
    )
}

/// True when the words `from..to` between a name and the event noun at
/// `to` let the name modify the noun ("Syria's planned offensive", "the
/// Russian-Ukrainian talks"); a preposition, article, quantifier or
/// conjunction between them does not ("guarantees from Riyadh before any
/// ceasefire").
pub(crate) fn name_modifies_noun(words: &Words, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 2
        && (from..to).all(|k| {
            let w = words.at(k);
            matches!(w, "'s" | "’s" | "-" | "–")
                || !(is_preposition(w)
                    || is_determiner(w)
                    || matches!(
                        w,
                        "and" | "or" | "but" | "nor" | "until" | "since" | "without" | "," | ";"
                    ))
        })
}

/// True for a noun of time ("on Monday", "in March", "next week"): what
/// the parser hangs on it ("on Monday with the president in Oslo") is no
/// party the predicate acts on through it.
pub(crate) fn is_time_word(lemma: &str) -> bool {
    const TIME: [&str; 30] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "day",
        "night",
        "morning",
        "evening",
        "afternoon",
        "week",
        "month",
        "year",
    ];
    let lemma = lemma.to_lowercase();
    TIME.contains(&lemma.as_str())
}

/// Prepositions that make the next noun phrase an object, not a subject.
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "with"
            | "by"
            | "for"
            | "against"
            | "into"
            | "over"
            | "about"
            | "near"
            | "between"
            | "among"
            | "after"
            | "before"
            | "during"
            | "under"
            | "across"
            | "toward"
            | "towards"
            | "through"
            | "via"
            | "than"
            | "like"
            | "including"
            | "outside"
            | "inside"
            | "within"
    )
}

/// True for a personal pronoun that can stand as an object ("him",
/// "them"), whose lemma the tree gives ("he", "they").
pub(crate) fn is_object_pronoun(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "him" | "her" | "them" | "us" | "me"
    )
}

/// Forms of "be" that make a passive before a participle.
pub(crate) fn is_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    )
}

/// Lemmas of the verbs that report a clause (", Downing Street said", ",
/// state television reported").
pub(crate) fn is_reporting(lemma: &str) -> bool {
    matches!(
        lemma,
        "say" | "tell" | "add" | "report" | "announce" | "state" | "write"
    )
}

/// Pronouns: they stand for an actor named elsewhere.
pub(crate) fn is_pronoun(word: &str) -> bool {
    matches!(
        word,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "him" | "them" | "us" | "who" | "which"
    )
}
