//! Helpers shared by the syntax tests: parse a text of our own with the
//! shipped model, and show its trees as a table.

use dragoman_model::{Doc, Stage};
use dragoman_syntax::SyntaxStage;

/// `text` tokenized, split into sentences and parsed.
pub fn parse(text: &str) -> Doc {
    let mut doc = Doc::from_text("t", text);
    dragoman_tokenize::Tokenize.run(&mut doc);
    SyntaxStage::new().run(&mut doc);
    doc
}

/// A report of ours cleaned (so its dateline is found), tokenized and parsed.
#[allow(dead_code)]
pub fn parse_report(text: &str) -> Doc {
    let mut doc = dragoman_clean::clean(text).into_doc("t", text.to_string(), Default::default());
    dragoman_tokenize::Tokenize.run(&mut doc);
    SyntaxStage::new().run(&mut doc);
    doc
}

/// Index of the first token whose text is `form`.
#[allow(dead_code)]
pub fn tok(doc: &Doc, form: &str) -> usize {
    doc.tokens
        .iter()
        .position(|t| doc.slice(t.span) == form)
        .unwrap_or_else(|| panic!("no token {form:?}"))
}

/// One line per token: index, form, UPOS, lemma, head index and form, relation.
#[allow(dead_code)]
pub fn table(doc: &Doc) -> String {
    let mut out = String::new();
    for s in &doc.sentences {
        let first = s.first_token as usize;
        for i in first..s.end_token as usize {
            let t = doc.syntax.get(i).expect("syntax for every token");
            let form = |k: usize| doc.slice(doc.tokens[k].span);
            let (h, hf) = t
                .head
                .map_or((0, "ROOT"), |h| (h as usize + 1 - first, form(h as usize)));
            out.push_str(&format!(
                "{:>2} {:<14} {:<5} {:<12} {:>2} {:<14} {}\n",
                i + 1 - first,
                form(i),
                t.upos.as_str(),
                doc.syntax.lemma(i),
                h,
                hf,
                t.deprel.as_str()
            ));
        }
        out.push('\n');
    }
    out
}
