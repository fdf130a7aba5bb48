//! Reading CoNLL-U treebanks: syntactic words only (multiword-token lines
//! and empty nodes are skipped, as in the contract's `tokens`).

use anyhow::{bail, Context, Result};
use dragoman_model::{Deprel, Upos};
use std::path::Path;

/// One sentence of a treebank.
#[derive(Clone, Debug)]
pub struct Sentence {
    /// Word forms.
    pub forms: Vec<String>,
    /// Lemmas.
    pub lemmas: Vec<String>,
    /// Parts of speech.
    pub upos: Vec<Upos>,
    /// Heads, 1-based, 0 for the root.
    pub heads: Vec<u32>,
    /// Relations.
    pub deprels: Vec<Deprel>,
}

/// Reads every sentence of a CoNLL-U file.
pub fn read(path: &Path) -> Result<Vec<Sentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = vec![];
    let mut cur = empty();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !cur.forms.is_empty() {
                out.push(std::mem::replace(&mut cur, empty()));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bail!("{}:{}: not ten columns", path.display(), n + 1);
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let bad = || format!("{}:{}: bad value", path.display(), n + 1);
        cur.forms.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.upos.push(Upos::parse(cols[3]).with_context(bad)?);
        cur.heads.push(cols[6].parse().with_context(bad)?);
        cur.deprels.push(Deprel::parse(cols[7]).with_context(bad)?);
    }
    if !cur.forms.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn empty() -> Sentence {
    Sentence {
        forms: vec![],
        lemmas: vec![],
        upos: vec![],
        heads: vec![],
        deprels: vec![],
    }
}
