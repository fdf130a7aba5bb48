//! Rendering a document for people: paragraphs of the clean text with their
//! annotations drawn as carets underneath.

use dragoman_model::{each_layer, marks_of, Doc, LayerItem, LayerVisitor};
use dragoman_text::carets;
use std::ops::Range;

/// The clean text with every annotation marked under the line it is on.
pub(crate) fn marked(doc: &Doc) -> String {
    let mut marks = Marks {
        doc,
        marks: Vec::new(),
    };
    if let Some(d) = doc.meta.dateline {
        marks.marks.push((d.range(), "dateline".into()));
    }
    each_layer(&mut marks);
    carets(&wrap(&doc.text, WIDTH), &marks.marks)
}

/// Gathers the marks of every layer, as each layer describes them.
struct Marks<'a> {
    doc: &'a Doc,
    marks: Vec<(Range<usize>, String)>,
}

impl LayerVisitor for Marks<'_> {
    fn layer<L: LayerItem>(&mut self) {
        let marks = marks_of::<L>(self.doc);
        self.marks
            .extend(marks.into_iter().map(|(s, label)| (s.range(), label)));
    }
}

/// Display width of the marked text.
const WIDTH: usize = 100;

/// `text` with spaces turned into line breaks so that lines stay within
/// `width` chars where they can. A space and a newline are one byte each, so
/// every byte span of `text` is the same span of the result.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col = 0;
    for word in text.split_inclusive([' ', '\n']) {
        let len = word.chars().count();
        if col > 0 && col + len > width + 1 && out.ends_with(' ') {
            out.pop();
            out.push('\n');
            col = 0;
        }
        out.push_str(word);
        col = if word.ends_with('\n') { 0 } else { col + len };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_byte_offset() {
        let text =
            "Envoys of the two governments met in Vienna on Tuesday, officials said.\n\nShort.";
        let w = wrap(text, 20);
        assert_eq!(w.len(), text.len());
        assert!(w.lines().all(|l| l.chars().count() <= 21), "{w}");
        assert_eq!(w.replace('\n', " "), text.replace('\n', " "));
    }
}
