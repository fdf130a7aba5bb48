//! [`SyntaxStage`]: tags, parses and lemmatizes every sentence of a document
//! into its syntax layer.

use crate::decode::Scratch;
use crate::model::SyntaxModel;
use dragoman_model::{Doc, Layer, Stage, Syntax};
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
pub fn analyze_doc(model: &SyntaxModel, doc: &Doc, sc: &mut Scratch) -> Option<Syntax> {
    let mut syn = Syntax::with_capacity(doc.tokens.len());
    for s in &doc.sentences {
        let first = s.first_token;
        if first as usize != syn.len() || s.end_token < first {
            return None;
        }
        let toks = doc.sentence_tokens(s);
        model.analyze(
            toks.len(),
            |i| doc.slice(toks[i].span),
            sc,
            |_, upos, head, deprel, lemma| {
                syn.push(upos, (head > 0).then(|| first + head - 1), deprel, lemma)
            },
        );
    }
    (syn.len() == doc.tokens.len()).then_some(syn)
}

impl Stage for SyntaxStage {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Tokens, Layer::Sentences]
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
