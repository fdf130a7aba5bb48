//! The syntax model's word clusters: learned from unlabeled text by the
//! NER trainer's learner (`ner::clusters::learn`, PPMI vectors and
//! spherical k-means), then re-keyed from the entity features' word key to
//! the syntax word hash (`Lex::word`). Both keys hash the same normalized
//! form (lower case, digits as `0`), so every form names one entry in each.

use anyhow::Result;
use dragoman_entities::features::word_key;
use dragoman_syntax::lex::{lex, LexBuf};
use dragoman_syntax::words::WordTable;
use dragoman_tokenize::tokens;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Learns `coarse` and `fine` clusters from the `text` of the JSON Lines
/// files `paths`; an empty table when either count is 0.
pub fn learn(paths: &[PathBuf], coarse: usize, fine: usize) -> Result<WordTable> {
    if coarse == 0 || fine == 0 {
        return Ok(WordTable::default());
    }
    let texts = crate::ner::read_texts(paths)?;
    let learned = crate::ner::clusters::learn(&texts, coarse, fine);
    let mut buf = LexBuf::default();
    let mut table: BTreeMap<u64, u32> = BTreeMap::new();
    for t in &texts {
        for tok in tokens(t) {
            let form = tok.span.of(t);
            if let Some((c, f)) = learned.of(word_key(form)) {
                let word = lex(form, false, &mut buf).word;
                table.insert(word, u32::from(c) << 16 | u32::from(f));
            }
        }
    }
    Ok(WordTable::new(table.into_iter().collect()))
}
