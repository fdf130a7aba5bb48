//! The wire format of `dragoman annotate` (`shared/eval/CONTRACT.md`).
//!
//! Model types hold byte spans of the clean text; the contract speaks Unicode
//! code points of the text the caller sees. For `text` input that is the
//! input text as given, so spans go clean → raw (through the alignment) →
//! code points; for `html` input it is the extracted text, returned in `text`.
//!
//! Fields may be added here, never renamed or removed without a version bump.
//! [`annotate`] answers one input line, for the CLI and the Python package.

pub mod annotate;

use dragoman_model::{each_layer, Doc, LayerItem, LayerVisitor, Span};
use dragoman_text::CharIndex;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

/// Which text the output's offsets index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetsOf {
    /// The raw input text (for `text` input).
    Raw,
    /// The clean text, returned in the output's `text` (for `html` input).
    Clean,
}

/// One output line.
#[derive(Debug, Serialize)]
pub struct Output<'a> {
    /// As in the input.
    pub id: Value,
    /// The text the offsets index, when it is not the input text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Metadata.
    pub meta: OutMeta,
    /// Every annotation layer under its key ("entities", "timexes", ...), in
    /// the order of [`dragoman_model::each_layer`].
    #[serde(flatten)]
    pub layers: Layers<'a>,
    /// Per token: part of speech, head and relation (for `tokens` input;
    /// see [`with_syntax`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub syntax: Option<Vec<OutSyntax>>,
}

/// One token's syntax.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutSyntax {
    upos: &'static str,
    /// 1-based index of the head in the same sentence; 0 for the root.
    head: u32,
    deprel: &'static str,
}

/// Adds the document's syntax to an output line: one object per token, heads
/// counted from 1 within each sentence.
pub fn with_syntax(out: &mut Output, doc: &Doc) {
    let mut v = Vec::with_capacity(doc.syntax.len());
    for s in &doc.sentences {
        for i in s.first_token..s.end_token {
            if let Some(t) = doc.syntax.get(i as usize) {
                v.push(OutSyntax {
                    upos: t.upos.as_str(),
                    head: t.head.map_or(0, |h| h + 1 - s.first_token),
                    deprel: t.deprel.as_str(),
                });
            }
        }
    }
    out.syntax = Some(v);
}

/// `meta`.
#[derive(Debug, Serialize)]
pub struct OutMeta {
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
    author: Option<String>,
    dateline: Option<[usize; 2]>,
}

/// The layers of a document, written as the contract's JSON when serialized.
pub struct Layers<'a>(Offsets<'a>);

impl std::fmt::Debug for Layers<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Layers")
            .field("doc", &self.0.doc.id)
            .finish()
    }
}

impl Serialize for Layers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let mut emit = Emit {
            offsets: &self.0,
            map: &mut map,
            failed: None,
        };
        each_layer(&mut emit);
        match emit.failed {
            Some(e) => Err(e),
            None => map.end(),
        }
    }
}

/// Writes each layer's items as one map entry.
struct Emit<'o, 'm, M: SerializeMap> {
    offsets: &'o Offsets<'o>,
    map: &'m mut M,
    failed: Option<M::Error>,
}

impl<M: SerializeMap> LayerVisitor for Emit<'_, '_, M> {
    fn layer<L: LayerItem>(&mut self) {
        if self.failed.is_some() {
            return;
        }
        let at = |s: Span| self.offsets.span(s);
        let items: Vec<L::Wire> = L::of(self.offsets.doc)
            .iter()
            .map(|i| i.wire(&at))
            .collect();
        if let Err(e) = self.map.serialize_entry(L::KEY, &items) {
            self.failed = Some(e);
        }
    }
}

/// Converts byte spans of a document's clean text to contract offsets.
struct Offsets<'a> {
    doc: &'a Doc,
    of: OffsetsOf,
    index: CharIndex,
}

impl<'a> Offsets<'a> {
    fn new(doc: &'a Doc, of: OffsetsOf) -> Self {
        let index = match of {
            OffsetsOf::Raw => CharIndex::new(&doc.raw),
            OffsetsOf::Clean => CharIndex::new(&doc.text),
        };
        Offsets { doc, of, index }
    }

    fn span(&self, s: Span) -> [usize; 2] {
        let r = match self.of {
            OffsetsOf::Raw => self.doc.alignment.to_raw(s.range()),
            OffsetsOf::Clean => s.range(),
        };
        [self.index.char_of(r.start), self.index.char_of(r.end)]
    }
}

/// The output line for an annotated document.
pub fn output(id: Value, doc: &Doc, of: OffsetsOf) -> Output<'_> {
    let o = Offsets::new(doc, of);
    let m = &doc.meta;
    Output {
        id,
        text: (of == OffsetsOf::Clean).then(|| doc.text.clone()),
        meta: OutMeta {
            title: m.title.clone(),
            date: m.date.map(|d| d.to_string()),
            outlet: m.outlet.clone(),
            author: m.author.clone(),
            dateline: m.dateline.map(|s| o.span(s)),
        },
        layers: Layers(o),
        syntax: None,
    }
}

/// The output line for a rejected input line: its id when one can be read,
/// its 1-based line number in the input, and the reason.
pub fn error_line(id: Option<Value>, line: usize, message: &str) -> Value {
    serde_json::json!({
        "id": id.unwrap_or(Value::Null),
        "line": line,
        "error": format!("line {line}: {message}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{Timex, TimexType};

    #[test]
    fn offsets_are_code_points_of_the_raw_text() {
        // Curly quotes take three bytes each but one code point.
        let mut doc = Doc::from_text("d", "“Yes” on Nov. 17");
        doc.timexes.push(Timex {
            span: Span::new(13, 20),
            kind: TimexType::Date,
            value: "2025-11-17".into(),
        });
        let out = serde_json::to_value(output(Value::from("d"), &doc, OffsetsOf::Raw)).unwrap();
        assert_eq!(out["timexes"][0]["start"], 9);
        assert_eq!(out["timexes"][0]["end"], 16);
        assert!(out.get("text").is_none());
        assert_eq!(out["quotes"], serde_json::json!([]));
    }
}
