//! `dragoman-train parser`: trains the syntax model of `dragoman-syntax`
//! (tagger, parser, lemmatizer) on a CoNLL-U treebank, deterministically:
//! the same command on the same data writes the same bytes, and `--check`
//! verifies that against the committed file.

mod conllu;
mod lemmas;
mod oracle;
mod parse;
mod perceptron;
mod tagger;

use anyhow::{Context, Result};
use dragoman_model::{Deprel, DEPRELS};
use dragoman_syntax::lex::Lex;
use dragoman_syntax::model::n_parser_classes;
use dragoman_syntax::{Scratch, SyntaxModel};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

/// Options of `dragoman-train parser`.
#[derive(clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U).
    #[arg(long, default_value = "../shared/data/parse/en_ewt-ud-train.conllu")]
    train: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "crates/dragoman-syntax/model/syntax.bin")]
    out: PathBuf,
    /// A treebank to report scores on (UPOS, UAS, LAS, lemmas), after training.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Tagger epochs.
    #[arg(long, default_value_t = 8)]
    tagger_epochs: usize,
    /// Parser epochs.
    #[arg(long, default_value_t = 12)]
    parser_epochs: usize,
    /// Folds for jackknifed tags.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Seed of the shuffles and of exploration.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Probability of following the parser's own move after epoch 1.
    #[arg(long, default_value_t = 0.9)]
    explore: f64,
    /// Parser weights below this many quanta (of 32767) are dropped.
    #[arg(long, default_value_t = 32)]
    min_quanta: i16,
    /// Parser features updated fewer times than this in training are dropped.
    #[arg(long, default_value_t = 8)]
    min_updates: u32,
    /// Also write models pruned in several ways into this folder, scored on
    /// the --hold-out slice (or on --dev without one).
    #[arg(long)]
    variants: Option<PathBuf>,
    /// Hold the last N sentences of --train out of training and score the
    /// model (and --variants) on them: the slice that choices are made on,
    /// so that dev is read only once per final model.
    #[arg(long)]
    hold_out: Option<usize>,
    /// Train on the first N sentences only (for quick experiments).
    #[arg(long)]
    limit: Option<usize>,
    /// Retrain and compare with the file at --out instead of writing it.
    #[arg(long)]
    check: bool,
}

/// Runs the trainer: read the treebank, jackknife the tags, train the tagger
/// and the parser, learn the lemmas, then write (or `--check`) the model.
pub fn run(args: &Args) -> Result<()> {
    let t0 = Instant::now();
    let mut sents = conllu::read(&args.train)?;
    if let Some(n) = args.limit {
        sents.truncate(n);
    }
    let held = args
        .hold_out
        .map(|n| sents.split_off(sents.len().saturating_sub(n)));
    let lx: Vec<Vec<Lex>> = sents.iter().map(tagger::lexes).collect();
    let tags = jackknife(&sents, &lx, args);
    eprintln!("jackknifed tags: {:.1}s", t0.elapsed().as_secs_f64());
    let refs: Vec<_> = sents.iter().collect();
    let lrefs: Vec<_> = lx.iter().collect();
    let (tagger_w, amb) = tagger::train(&refs, &lrefs, args.tagger_epochs, args.seed);
    eprintln!("tagger: {:.1}s", t0.elapsed().as_secs_f64());
    let labels = Labels::of(&sents)?;
    let data = labels.examples(&sents, &lx, tags);
    let settings = parse::Settings {
        epochs: args.parser_epochs,
        seed: args.seed,
        explore: args.explore,
    };
    let rows = parse::train(&data, labels.list.len(), labels.root, &settings);
    eprintln!("parser: {:.1}s", t0.elapsed().as_secs_f64());
    let lemmatizer = lemmas::learn(&sents);
    let n_classes = n_parser_classes(labels.list.len());
    let build = |u: u32, q: i16| {
        let parser_w = perceptron::pruned(n_classes, &rows, u, q);
        SyntaxModel::new(
            tagger_w.clone(),
            parser_w,
            labels.list.clone(),
            amb.clone(),
            lemmatizer.clone(),
        )
        .map_err(anyhow::Error::from)
    };
    if let Some(dir) = &args.variants {
        let scored = match (&held, &args.dev) {
            (Some(h), _) => h.clone(),
            (None, Some(dev)) => conllu::read(dev)?,
            (None, None) => anyhow::bail!("--variants needs --hold-out or --dev"),
        };
        write_variants(dir, &scored, build)?;
    }
    let model = build(args.min_updates, args.min_quanta)?;
    if let Some(h) = &held {
        eprint!("held-out ({} sentences of train): ", h.len());
        report(&model, h);
    }
    finish(args, &model)
}

/// The relations seen in training, each with its class index, and the root's.
struct Labels {
    list: Vec<Deprel>,
    index: HashMap<Deprel, u8>,
    root: u8,
}

impl Labels {
    fn of(sents: &[conllu::Sentence]) -> Result<Labels> {
        let list: Vec<Deprel> = (0..DEPRELS.len())
            .filter_map(Deprel::from_index)
            .filter(|d| sents.iter().any(|s| s.deprels.contains(d)))
            .collect();
        let index: HashMap<Deprel, u8> = list
            .iter()
            .enumerate()
            .map(|(i, d)| (*d, i as u8))
            .collect();
        let root = index[&Deprel::parse("root").context("root")?];
        Ok(Labels { list, index, root })
    }

    /// The parser's training examples: words, jackknifed tags, gold heads and labels.
    fn examples<'a>(
        &self,
        sents: &[conllu::Sentence],
        lx: &'a [Vec<Lex>],
        tags: Vec<Vec<u8>>,
    ) -> Vec<parse::Example<'a>> {
        sents
            .iter()
            .zip(lx)
            .zip(tags)
            .map(|((s, l), t)| parse::Example {
                lex: l,
                tags: t,
                gold: std::iter::once(0).chain(s.heads.iter().copied()).collect(),
                labels: std::iter::once(0)
                    .chain(s.deprels.iter().map(|d| self.index[d]))
                    .collect(),
            })
            .collect()
    }
}

/// Writes and scores the pruning variants from one training run (`--variants`).
fn write_variants(
    dir: &std::path::Path,
    dev: &[conllu::Sentence],
    build: impl Fn(u32, i16) -> Result<SyntaxModel>,
) -> Result<()> {
    for (u, q) in [(2, 8), (3, 16), (4, 16), (5, 24), (8, 32)] {
        let m = build(u, q)?;
        let bytes = m.to_bytes();
        eprint!(
            "variant min-updates {u} min-quanta {q}: {} bytes; ",
            bytes.len()
        );
        report(&m, dev);
        std::fs::write(dir.join(format!("syntax-{u}-{q}.bin")), bytes)?;
    }
    Ok(())
}

/// Reports the model (and its dev scores with `--dev`), then writes it, or
/// with `--check` compares it with the committed file.
fn finish(args: &Args, model: &SyntaxModel) -> Result<()> {
    let bytes = model.to_bytes();
    eprintln!(
        "model: {} bytes, sizes {:?}, blake3 {}",
        bytes.len(),
        model.sizes(),
        blake3::hash(&bytes)
    );
    if let Some(dev) = &args.dev {
        eprint!("dev: ");
        report(model, &conllu::read(dev)?);
    }
    crate::check::emit(&args.out, &bytes, args.check, "parser")
}

/// Tags of every training sentence from a tagger trained on the other folds.
fn jackknife(sents: &[conllu::Sentence], lx: &[Vec<Lex>], args: &Args) -> Vec<Vec<u8>> {
    let k = args.folds.max(2);
    let per_fold: Vec<Vec<(usize, Vec<u8>)>> = (0..k)
        .into_par_iter()
        .map(|fold| {
            let train: Vec<usize> = (0..sents.len()).filter(|i| i % k != fold).collect();
            let s: Vec<_> = train.iter().map(|&i| &sents[i]).collect();
            let l: Vec<_> = train.iter().map(|&i| &lx[i]).collect();
            let (w, amb) = tagger::train(&s, &l, args.tagger_epochs, args.seed + fold as u64);
            let amb: HashMap<u64, u32> = amb.into_iter().collect();
            (0..sents.len())
                .filter(|i| i % k == fold)
                .map(|i| (i, tagger::tag(&w, &amb, &lx[i])))
                .collect()
        })
        .collect();
    let mut out = vec![vec![]; sents.len()];
    for (i, t) in per_fold.into_iter().flatten() {
        out[i] = t;
    }
    out
}

/// Prints UPOS, UAS, LAS (universal relations), full-label LAS and lemma
/// accuracy of `model` on `gold`.
fn report(model: &SyntaxModel, gold: &[conllu::Sentence]) {
    let mut sc = Scratch::default();
    let (mut n, mut upos, mut uas, mut las, mut full, mut lem) = (0usize, 0, 0, 0, 0, 0);
    let t = Instant::now();
    for s in gold {
        model.analyze(
            s.forms.len(),
            |i| s.forms[i].as_str(),
            &mut sc,
            |i, u, h, d, l| {
                n += 1;
                upos += usize::from(u == s.upos[i]);
                lem += usize::from(l == s.lemmas[i]);
                if h == s.heads[i] {
                    uas += 1;
                    las += usize::from(d.universal() == s.deprels[i].universal());
                    full += usize::from(d == s.deprels[i]);
                }
            },
        );
    }
    let secs = t.elapsed().as_secs_f64();
    let r = |x: usize| x as f64 / n.max(1) as f64;
    eprintln!(
        "words {n}  UPOS {:.4}  UAS {:.4}  LAS {:.4}  LAS(full) {:.4}  lemma {:.4}  ({:.0} words/s)",
        r(upos), r(uas), r(las), r(full), r(lem), n as f64 / secs
    );
}
