//! The model: tagger and parser weights, the parser's label list, the
//! ambiguity classes of known words, and the lemmatizer; its file format;
//! and the shipped model, compiled into the binary (`model/syntax.bin`).

use crate::codec::{Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::weights::Weights;
use crate::ModelError;
use dragoman_model::{Deprel, Upos};
use std::collections::HashMap;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"DRSYNTX1";

/// Everything the syntax stage needs, loaded once.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxModel {
    pub(crate) tagger: Weights,
    pub(crate) parser: Weights,
    pub(crate) labels: Vec<Deprel>,
    pub(crate) root_label: u8,
    amb_table: Vec<(u64, u32)>,
    pub(crate) amb: HashMap<u64, u32>,
    pub(crate) lemmas: Lemmatizer,
}

/// The parser's classes for `n_labels` labels: SHIFT, then LEFT with each
/// label, then RIGHT with each label.
pub fn n_parser_classes(n_labels: usize) -> usize {
    1 + 2 * n_labels
}

impl SyntaxModel {
    /// A model from its parts (the trainer's output). `amb` maps word hashes
    /// to the set of tags (bit per [`Upos`] index) the word took.
    pub fn new(
        tagger: Weights,
        parser: Weights,
        labels: Vec<Deprel>,
        mut amb: Vec<(u64, u32)>,
        lemmas: Lemmatizer,
    ) -> Result<SyntaxModel, ModelError> {
        amb.sort_unstable();
        let root = Deprel::parse("root").ok_or(ModelError::Invalid("no root relation"))?;
        let root_label = labels
            .iter()
            .position(|l| *l == root)
            .ok_or(ModelError::Invalid("no root label"))? as u8;
        if tagger.n_classes() != Upos::ALL.len()
            || parser.n_classes() != n_parser_classes(labels.len())
            || labels.len() > 64
        {
            return Err(ModelError::Invalid("class counts"));
        }
        Ok(SyntaxModel {
            tagger,
            parser,
            root_label,
            amb: amb.iter().copied().collect(),
            amb_table: amb,
            labels,
            lemmas,
        })
    }

    /// The model shipped with dragoman (loaded on first use).
    pub fn standard() -> &'static SyntaxModel {
        static MODEL: OnceLock<SyntaxModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            SyntaxModel::from_bytes(include_bytes!("../model/syntax.bin"))
                .expect("the shipped syntax model is valid (checked by a test)")
        })
    }

    /// The parser's labels, by label index.
    pub fn labels(&self) -> &[Deprel] {
        &self.labels
    }

    /// Sizes for the model card: (tagger features, tagger weights, parser
    /// features, parser weights, lemma exceptions, lemma rules, bytes in memory).
    pub fn sizes(&self) -> [usize; 7] {
        let (e, r) = self.lemmas.sizes();
        [
            self.tagger.n_features(),
            self.tagger.n_weights(),
            self.parser.n_features(),
            self.parser.n_weights(),
            e,
            r,
            self.tagger.heap_bytes() + self.parser.heap_bytes() + self.amb_table.len() * 24,
        ]
    }

    /// The file form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.out.extend_from_slice(MAGIC);
        w.u32(self.labels.len() as u32);
        for l in &self.labels {
            w.str(l.as_str());
        }
        self.tagger.write(&mut w);
        self.parser.write(&mut w);
        w.u32(self.amb_table.len() as u32);
        for (k, v) in &self.amb_table {
            w.u64(*k);
            w.u32(*v);
        }
        self.lemmas.write(&mut w);
        w.out
    }

    /// Reads the file form.
    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::Invalid("not a syntax model"));
        }
        let n = r.u32()? as usize;
        let labels = (0..n)
            .map(|_| Deprel::parse(r.str()?).ok_or(ModelError::Invalid("unknown relation")))
            .collect::<Result<Vec<_>, _>>()?;
        let tagger = Weights::read(&mut r)?;
        let parser = Weights::read(&mut r)?;
        let n = r.u32()? as usize;
        let mut amb = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            amb.push((r.u64()?, r.u32()?));
        }
        let lemmas = Lemmatizer::read(&mut r)?;
        if !r.at_end() {
            return Err(ModelError::Invalid("trailing bytes"));
        }
        SyntaxModel::new(tagger, parser, labels, amb, lemmas)
    }
}
