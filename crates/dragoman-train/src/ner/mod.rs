//! `ner`: trains the entity tagger of `dragoman-entities` on gold JSON Lines
//! and writes its model file (see the crate's `MODEL_CARD.md`).
//!
//! From the workspace root (release build: about a minute on two cores):
//! `cargo run --release -p dragoman-train -- ner` writes
//! `crates/dragoman-entities/model/ner.bin`; `... ner --check` retrains and
//! compares with the committed file. Features, decoding and the model format
//! are the runtime's own (`dragoman_entities`); this module holds what only
//! training needs: the corpus reader, the word clusters' learning, the
//! lexicon from the Phoenix dictionaries, and the perceptron updates.

mod clusters;
mod corpus;
mod cv;
mod lexicon;
mod perceptron;
mod score;
mod train;

use crate::check::emit;
use anyhow::Context;
use corpus::read_gold;
use dragoman_entities::clusters::WordClusters;
use dragoman_entities::gazetteer::Gazetteer;
use dragoman_entities::Tagger;
use score::tally;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use train::{train, GoldDoc, Resources, TrainOptions};

/// Trains the named-entity tagger.
#[derive(clap::Args)]
pub struct Args {
    /// Gold training files (contract JSON Lines with `text` and `entities`).
    #[arg(
        long = "train",
        default_value = "../shared/data/ner/conll2003-train.gold.jsonl"
    )]
    train: Vec<PathBuf>,
    /// Gold files to report scores on while training (never trained on).
    #[arg(long)]
    dev: Vec<PathBuf>,
    /// Folder of the Phoenix actor dictionaries (the lexicon of names).
    #[arg(long, default_value = "../shared/data/actors")]
    actors: PathBuf,
    /// Leave the lexicon out.
    #[arg(long)]
    no_lexicon: bool,
    /// Add our own tables (countries, nationalities, outlets of
    /// `dragoman-lexicon`) to the lexicon (tried for issue 12, not shipped:
    /// see the model card).
    #[arg(long)]
    tables: bool,
    /// Unlabeled text for the word clusters (contract input JSON Lines:
    /// `text`, or `tokens` joined by spaces). Training sets only: no text of
    /// an evaluation set (dev, TBAQ, ECB+, PLOVER, Zyte) may be listed here.
    #[arg(long = "unlabeled", default_values = [
        "../shared/data/ner/conll2003-train.input.jsonl",
        "../shared/data/quotes/polnear-train.input.jsonl",
        "../shared/data/parse/ewt-train.input.jsonl",
        "../shared/data/ner/re3d-train.input.jsonl",
    ])]
    unlabeled: Vec<PathBuf>,
    /// Coarse and fine numbers of word clusters (0 0: no clusters).
    #[arg(long, num_args = 2, default_values_t = [64, 512])]
    clusters: Vec<usize>,
    /// Where to write the model.
    #[arg(long, default_value = "crates/dragoman-entities/model/ner.bin")]
    out: PathBuf,
    /// Compare with the committed model instead of writing it.
    #[arg(long)]
    check: bool,
    /// log2 of the number of weight rows.
    #[arg(long, default_value_t = TrainOptions::default().bits)]
    bits: u32,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Folds of the cross-validated gazetteer.
    #[arg(long, default_value_t = TrainOptions::default().folds)]
    folds: usize,
    /// Shuffling seed.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Train one pass only (no second pass over the first pass's tags).
    #[arg(long)]
    one_pass: bool,
    /// Cross-validate on the training data in this many blocks instead of
    /// writing a model: prints each held-out block's score and the pooled
    /// scores per type (how the options above are chosen).
    #[arg(long)]
    cv: Option<usize>,
    /// With `--cv`, the decoders to score each held-out block with:
    /// hypotheses kept per sentence (1 = greedy, the shipped decoder).
    #[arg(long, num_args = 1.., default_values_t = [1])]
    beam: Vec<usize>,
    /// With `--cv`, hold out only the first this many blocks (a quicker look).
    #[arg(long)]
    cv_runs: Option<usize>,
}

fn read_all(paths: &[PathBuf]) -> anyhow::Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    for p in paths {
        let f = File::open(p).with_context(|| p.display().to_string())?;
        docs.extend(read_gold(BufReader::new(f)).with_context(|| p.display().to_string())?);
    }
    Ok(docs)
}

fn read_texts(paths: &[PathBuf]) -> anyhow::Result<Vec<String>> {
    let mut texts = Vec::new();
    for p in paths {
        let content = std::fs::read_to_string(p).with_context(|| p.display().to_string())?;
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value =
                serde_json::from_str(line).with_context(|| p.display().to_string())?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                texts.push(t.to_string());
            } else if let Some(words) = v.get("tokens").and_then(|t| t.as_array()) {
                let words: Vec<&str> = words.iter().filter_map(|w| w.as_str()).collect();
                texts.push(words.join(" "));
            }
        }
    }
    Ok(texts)
}

/// Runs `ner`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let docs = read_all(&args.train)?;
    let dev = read_all(&args.dev)?;
    let opts = TrainOptions {
        bits: args.bits,
        epochs: args.epochs,
        folds: args.folds,
        seed: args.seed,
        two_pass: !args.one_pass,
    };
    let lexicon = if args.no_lexicon {
        Gazetteer::default()
    } else {
        lexicon::read_lexicon(&args.actors, args.tables)
            .with_context(|| args.actors.display().to_string())?
    };
    eprintln!("lexicon: {} phrases and prefixes", lexicon.len());
    let clusters = match args.clusters[..] {
        [coarse, fine] if coarse > 0 && fine > 0 => {
            clusters::learn(&read_texts(&args.unlabeled)?, coarse, fine)
        }
        _ => WordClusters::default(),
    };
    eprintln!("word clusters for {} words", clusters.len());
    let resources = Resources { lexicon, clusters };
    if let Some(k) = args.cv {
        let runs = args.cv_runs.unwrap_or(k);
        let pooled = cv::cross_validate(
            &docs,
            &resources,
            &opts,
            (k, runs),
            &args.beam,
            &mut |line| eprintln!("{line}"),
        );
        for (width, counts) in args.beam.iter().zip(pooled) {
            println!(
                "cross-validation, {runs} of {k} blocks held out, beam {width}:\n{}",
                counts.report()
            );
        }
        return Ok(());
    }
    let model = train(&docs, &resources, &dev, &opts, &mut |line| {
        eprintln!("{line}")
    });
    if !dev.is_empty() {
        let counts = tally(&Tagger::new(model.clone()), &dev);
        eprintln!("dev (quantized model): {}", counts.report());
    }
    emit(&args.out, &model.to_bytes(), args.check, "ner")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        ner: Args,
    }

    #[test]
    fn unlabeled_lines_give_their_text_or_their_tokens_joined() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("in.jsonl");
        std::fs::write(
            &path,
            "{\"id\": \"a\", \"text\": \"Talks resumed in Geneva.\"}\n\n\
             {\"id\": \"b\", \"tokens\": [\"The\", \"envoy\", \"left\", \".\"]}\n",
        )
        .expect("written");
        assert_eq!(
            read_texts(&[path]).expect("read"),
            ["Talks resumed in Geneva.", "The envoy left ."]
        );
    }

    #[test]
    fn the_default_unlabeled_text_is_training_text_only() {
        let cli = Cli::parse_from(["ner"]);
        assert_eq!(cli.ner.unlabeled.len(), 4);
        for p in &cli.ner.unlabeled {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            assert!(name.contains("-train."), "{name}");
        }
    }
}
