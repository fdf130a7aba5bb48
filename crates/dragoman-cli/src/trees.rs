//! `show --syntax`: each sentence's dependency tree as a table (token
//! index, form, part of speech, lemma, head index and form, relation), so a
//! reader can see why an event got its actor.

use dragoman_model::Doc;
use std::fmt::Write;

/// The syntax layer of `doc` as one table per sentence (token indices count
/// from 1 within the sentence; head 0 is the root).
pub(crate) fn syntax_table(doc: &Doc) -> String {
    let mut out = String::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        let _ = writeln!(out, "sentence {}: {}", k + 1, doc.slice(s.span));
        let first = s.first_token as usize;
        let form = |i: usize| doc.slice(doc.tokens[i].span);
        for i in first..s.end_token as usize {
            let Some(t) = doc.syntax.get(i) else { break };
            let (head, head_form) = match t.head {
                Some(h) => ((h as usize + 1 - first).to_string(), form(h as usize)),
                None => ("0".to_string(), "ROOT"),
            };
            let _ = writeln!(
                out,
                "  {:>3}  {:<18} {:<6} {:<16} {:>3} {:<18} {}",
                i + 1 - first,
                form(i),
                t.upos.as_str(),
                doc.syntax.lemma(i),
                head,
                head_form,
                t.deprel.as_str()
            );
        }
        out.push('\n');
    }
    out
}
