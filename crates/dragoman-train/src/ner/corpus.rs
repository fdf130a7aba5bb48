//! Reading gold entity files in the annotate contract's JSON Lines form.

use super::train::GoldDoc;
use dragoman_model::{CharIndex, EntityType, Span};
use serde::Deserialize;
use std::io::BufRead;
use thiserror::Error;

/// Why a gold file could not be read.
#[derive(Debug, Error)]
pub enum CorpusError {
    /// The file could not be read.
    #[error("reading gold: {0}")]
    Io(#[from] std::io::Error),
    /// A line is not a gold object.
    #[error("line {line}: {source}")]
    Json {
        /// 1-based line number.
        line: usize,
        /// The parser's complaint.
        source: serde_json::Error,
    },
    /// A span or type is unusable.
    #[error("line {line}: {what}")]
    Entity {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        what: String,
    },
}

#[derive(Deserialize)]
struct GoldLine {
    text: String,
    #[serde(default)]
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// The contract's type name as an [`EntityType`].
pub fn entity_type(name: &str) -> Option<EntityType> {
    match name.to_ascii_uppercase().as_str() {
        "PER" => Some(EntityType::Per),
        "ORG" => Some(EntityType::Org),
        "LOC" => Some(EntityType::Loc),
        "MISC" => Some(EntityType::Misc),
        _ => None,
    }
}

/// Reads gold documents (`{"text", "entities": [{"start", "end", "type"}]}`,
/// code-point offsets) and converts the offsets to bytes.
pub fn read_gold(reader: impl BufRead) -> Result<Vec<GoldDoc>, CorpusError> {
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldLine = serde_json::from_str(&line).map_err(|source| CorpusError::Json {
            line: n + 1,
            source,
        })?;
        let index = CharIndex::new(&g.text);
        let chars = g.text.chars().count();
        let mut entities = Vec::with_capacity(g.entities.len());
        for e in g.entities {
            let kind = entity_type(&e.kind).ok_or_else(|| CorpusError::Entity {
                line: n + 1,
                what: format!("unknown type {}", e.kind),
            })?;
            if e.start > e.end || e.end > chars {
                return Err(CorpusError::Entity {
                    line: n + 1,
                    what: format!("bad span {}..{}", e.start, e.end),
                });
            }
            entities.push((
                Span::new(index.byte_of(e.start), index.byte_of(e.end)),
                kind,
            ));
        }
        docs.push(GoldDoc {
            text: g.text,
            entities,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_bytes() {
        let line = r#"{"id": "a", "text": "“Ana” met Bo", "entities": [{"start": 1, "end": 4, "type": "PER"}, {"start": 10, "end": 12, "type": "per"}]}"#;
        let docs = read_gold(line.as_bytes()).unwrap();
        let d = &docs[0];
        assert_eq!(d.entities[0].0.of(&d.text), "Ana");
        assert_eq!(d.entities[1].0.of(&d.text), "Bo");
    }
}
