//! [`SyntaxStage`]: tags, parses and lemmatizes every sentence of a document
//! into its syntax layer.

use crate::decode::Scratch;
use crate::model::SyntaxModel;
use crate::tail;
use dragoman_model::{Deprel, Doc, Layer, Sentence, Stage, Syntax};
use std::cell::RefCell;

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The syntax stage (requires text, tokens and sentences; assigns syntax).
#[derive(Clone, Copy)]
pub struct SyntaxStage {
    model: &'static SyntaxModel,
}

impl Default for SyntaxStage {
    fn default() -> Self {
        SyntaxStage::new()
    }
}

impl SyntaxStage {
    /// The stage with the shipped model.
    pub fn new() -> SyntaxStage {
        SyntaxStage {
            model: SyntaxModel::standard(),
        }
    }

    /// The stage with another model.
    pub fn with_model(model: &'static SyntaxModel) -> SyntaxStage {
        SyntaxStage { model }
    }
}

/// The syntax layer of `doc`'s sentences under `model`; `None` when the
/// sentences do not tile the tokens.
///
/// A dateline ("ANKARA, March 3 (Reuters) -") is no part of its sentence's
/// clause, and the treebank has none: the tokens inside it are parsed apart
/// and their root hangs on the sentence's root as `dep`. A closing source
/// ("..., state radio reported.") is parsed apart too, its verb the root and
/// the clause its `ccomp`, as in the treebank ([`crate::tail`]).
pub fn analyze_doc(model: &SyntaxModel, doc: &Doc, sc: &mut Scratch) -> Option<Syntax> {
    let mut syn = Syntax::with_capacity(doc.tokens.len());
    let dep = Deprel::parse("dep")?;
    for s in &doc.sentences {
        let (first, end) = (s.first_token, s.end_token);
        if first as usize != syn.len() || end < first {
            return None;
        }
        parse_sentence_into(model, doc, first, end, 0, sc, &mut syn, dep);
    }
    (syn.len() == doc.tokens.len()).then_some(syn)
}

/// The syntax of one sentence, its token indices counted from the
/// sentence's first token: the document's layer when the syntax stage ran,
/// else a parse of the sentence alone (as [`analyze_doc`] parses it). For a
/// stage that needs the trees of a few sentences only.
pub fn sentence_syntax(doc: &Doc, sentence: &Sentence) -> Syntax {
    let (first, end) = (
        sentence.first_token,
        sentence.end_token.max(sentence.first_token),
    );
    let mut syn = Syntax::with_capacity((end - first) as usize);
    if doc.syntax.len() == doc.tokens.len() {
        for i in first..end {
            let t = doc.syntax.get(i as usize).copied();
            let Some(t) = t else { break };
            let head = t.head.and_then(|h| h.checked_sub(first));
            syn.push(t.upos, head, t.deprel, doc.syntax.lemma(i as usize));
        }
        return syn;
    }
    let Some(dep) = Deprel::parse("dep") else {
        return syn;
    };
    SCRATCH.with(|sc| {
        let sc = &mut sc.borrow_mut();
        parse_sentence_into(
            SyntaxModel::standard(),
            doc,
            first,
            end,
            first,
            sc,
            &mut syn,
            dep,
        );
    });
    syn
}

/// Parses the sentence of tokens `first..end` into `syn`, its dateline
/// apart, with head indices counted from token `base`.
#[allow(clippy::too_many_arguments)]
fn parse_sentence_into(
    model: &SyntaxModel,
    doc: &Doc,
    first: u32,
    end: u32,
    base: u32,
    sc: &mut Scratch,
    syn: &mut Syntax,
    dep: Deprel,
) {
    let split = dateline_end(doc, first, end);
    let head_root = split.map(|at| parse_range(model, doc, (first, at), base, sc, syn));
    let body = split.unwrap_or(first);
    let root = match tail::reporting_tail(doc, body, end) {
        Some(comma) => parse_with_tail(model, doc, (body, comma, end), base, sc, syn),
        None => parse_range(model, doc, (body, end), base, sc, syn),
    };
    if let (Some(Some(d)), Some(r)) = (head_root, root) {
        syn.attach((d - base) as usize, Some(r - base), dep);
    }
}

/// Parses the clause `first..comma` and its closing source `comma..end`
/// apart and joins them as the treebank does ("..., Karzai says."): the
/// source's verb is the root, the clause its `ccomp`, the comma the
/// clause's `punct`. Returns the root.
fn parse_with_tail(
    model: &SyntaxModel,
    doc: &Doc,
    (first, comma, end): (u32, u32, u32),
    base: u32,
    sc: &mut Scratch,
    syn: &mut Syntax,
) -> Option<u32> {
    let clause = parse_range(model, doc, (first, comma), base, sc, syn);
    let source = parse_range(model, doc, (comma, end), base, sc, syn);
    let (Some(c), Some(s)) = (clause, source) else {
        return source.or(clause);
    };
    if let (Some(ccomp), Some(punct)) = (Deprel::parse("ccomp"), Deprel::parse("punct")) {
        syn.attach((c - base) as usize, Some(s - base), ccomp);
        if s != comma {
            syn.attach((comma - base) as usize, Some(c - base), punct);
        }
    }
    source
}

/// Where the dateline ends inside the sentence of tokens `first..end`, if
/// it covers its first tokens but not all.
fn dateline_end(doc: &Doc, first: u32, end: u32) -> Option<u32> {
    let d = doc.meta.dateline?;
    let toks = &doc.tokens[first as usize..end as usize];
    let inside = toks.iter().take_while(|t| t.span.end <= d.end).count() as u32;
    let starts = toks
        .first()
        .is_some_and(|t| t.span.start >= d.start && t.span.start < d.end);
    (starts && inside > 0 && inside < end - first).then_some(first + inside)
}

/// Parses tokens `first..end` as one tree into `syn`, head indices counted
/// from token `base`; returns its root (a document index).
fn parse_range(
    model: &SyntaxModel,
    doc: &Doc,
    (first, end): (u32, u32),
    base: u32,
    sc: &mut Scratch,
    syn: &mut Syntax,
) -> Option<u32> {
    let toks = &doc.tokens[first as usize..end as usize];
    let mut root = None;
    model.analyze(
        toks.len(),
        |i| parser_form(doc.slice(toks[i].span)),
        sc,
        |i, upos, head, deprel, lemma| {
            if head == 0 {
                root = Some(first + i as u32);
            }
            let word = doc.slice(toks[i].span);
            let lemma = if is_cannot(word) { "cannot" } else { lemma };
            syn.push(
                upos,
                (head > 0).then(|| first - base + head - 1),
                deprel,
                lemma,
            )
        },
    );
    root
}

/// The form the parser reads for a word. The treebank writes "cannot" as
/// "can" + "not" and our tokenizer keeps it whole: the parser reads the
/// modal (and attaches it as one), and its lemma "cannot" keeps the
/// negation for [`crate::Tree::is_negated`].
fn parser_form(word: &str) -> &str {
    if is_cannot(word) {
        "can"
    } else {
        word
    }
}

fn is_cannot(word: &str) -> bool {
    word.eq_ignore_ascii_case("cannot")
}

impl Stage for SyntaxStage {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Syntax]
    }

    fn run(&self, doc: &mut Doc) {
        let syn = SCRATCH.with(|sc| analyze_doc(self.model, doc, &mut sc.borrow_mut()));
        match syn {
            Some(s) => doc.syntax = s,
            None => {
                doc.syntax = Syntax::default();
                doc.note(
                    "syntax",
                    "sentences do not tile the tokens: no syntax",
                    None,
                );
            }
        }
    }
}
