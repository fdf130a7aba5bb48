//! [`Doc`], its [`Meta`], and the token and sentence layers.

use crate::annotations::{Entity, Event, Proposal, Quote, Timex};
use crate::span::Span;
use crate::syntax::Syntax;
use dragoman_text::Alignment;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// What is known about a report besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Headline.
    pub title: Option<String>,
    /// Publication date: the anchor for relative time expressions.
    pub date: Option<Date>,
    /// The outlet that published it ("EIRNS", "Reuters").
    pub outlet: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Where it was fetched from.
    pub url: Option<String>,
    /// The dateline ("Nov. 19, 2025 (EIRNS)—"), as a span of the clean text.
    pub dateline: Option<Span>,
    /// The place named in the dateline ("MOSCOW").
    pub place: Option<String>,
}

/// The broad class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "don't").
    Word,
    /// Digits, with inner separators ("2,025", "3.5", "28").
    Number,
    /// A quotation mark of any style.
    Quote,
    /// Sentence or clause punctuation (. , ; : ! ?).
    Punct,
    /// A dash (hyphen used as dash, en dash, em dash).
    Dash,
    /// An ellipsis ("..." or "…").
    Ellipsis,
    /// An opening or closing bracket.
    Bracket,
    /// A URL or e-mail address.
    Url,
    /// Anything else (symbols, currency signs).
    Symbol,
}

/// One token: a span of the clean text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it stands.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// Which of `tokens` lie inside any of `spans`: for stages that look for
/// names among the words no entity has taken yet.
pub fn covered_tokens(tokens: &[Token], spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
    let mut covered = vec![false; tokens.len()];
    for span in spans {
        let first = tokens.partition_point(|t| t.span.end <= span.start);
        let end = tokens.partition_point(|t| t.span.start < span.end);
        covered[first..end.max(first)]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    covered
}

/// The most tokens a sentence holds: the tokenizer cuts a longer run of
/// tokens without a full stop (and records the cut), so a stage that looks
/// over a sentence looks over a bounded span.
pub const MAX_SENTENCE_TOKENS: usize = 1000;

/// One sentence: its span and the range of its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it stands.
    pub span: Span,
    /// Index of its first token in [`Doc::tokens`].
    pub first_token: u32,
    /// One past the index of its last token.
    pub end_token: u32,
}

/// A note a stage leaves about a document (never fatal: stages do not fail).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that speaks.
    pub stage: String,
    /// What it says.
    pub message: String,
    /// Where, if anywhere in particular.
    pub span: Option<Span>,
}

/// A report and everything dragoman found in it.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// The caller's id for the report (a file name, a JSON Lines `id`).
    pub id: String,
    /// The decoded raw text, byte for byte as it arrived (after decoding).
    pub raw: String,
    /// The clean text: the text every span indexes.
    pub text: String,
    /// Maps spans of `text` back to byte ranges of `raw`.
    pub alignment: Alignment,
    /// Metadata.
    pub meta: Meta,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
    /// Sentences, in order, tiling the tokens.
    pub sentences: Vec<Sentence>,
    /// Parts of speech, lemmas and dependency trees, parallel to `tokens`.
    pub syntax: Syntax,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Time expressions.
    pub timexes: Vec<Timex>,
    /// Attributions: who said what.
    pub quotes: Vec<Quote>,
    /// Events.
    pub events: Vec<Event>,
    /// Plans and proposals.
    pub proposals: Vec<Proposal>,
    /// Notes from the stages.
    pub diagnostics: Vec<Diagnostic>,
}

impl Doc {
    /// A document whose clean text is its raw text (no cleaning): what tests
    /// and stages that run on already clean text start from.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Doc {
        let text = text.into();
        Doc {
            id: id.into(),
            alignment: Alignment::identity(text.len()),
            raw: text.clone(),
            text,
            ..Doc::default()
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// The raw bytes a span of the clean text came from.
    pub fn raw_range(&self, span: Span) -> std::ops::Range<usize> {
        self.alignment.to_raw(span.range())
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.first_token as usize..s.end_token as usize]
    }

    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: u32) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Records a diagnostic.
    pub fn note(&mut self, stage: &str, message: impl Into<String>, span: Option<Span>) {
        self.diagnostics.push(Diagnostic {
            stage: stage.to_string(),
            message: message.into(),
            span,
        });
    }
}
