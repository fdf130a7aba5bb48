//! `train-ner`: trains the entity tagger on gold JSON Lines and writes the model file.
//!
//! From the workspace root:
//! `cargo run --release -p dragoman-entities --bin train-ner -- --out crates/dragoman-entities/model/ner.bin`

use clap::Parser;
use dragoman_entities::clusters::WordClusters;
use dragoman_entities::corpus::read_gold;
use dragoman_entities::gazetteer::Gazetteer;
use dragoman_entities::phoenix::{names, ActorFile};
use dragoman_entities::train::{evaluate, lexicon, train, GoldDoc, Resources, TrainOptions};
use dragoman_entities::Tagger;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Trains the named-entity tagger.
#[derive(Parser)]
struct Args {
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
    /// Unlabeled text for the word clusters (contract input JSON Lines: `text`).
    #[arg(long = "unlabeled", default_values = [
        "../shared/data/ner/conll2003-train.input.jsonl",
        "../shared/data/quotes/polnear-train.input.jsonl",
        "../shared/data/stories/ecbplus-dev.input.jsonl",
        "../shared/data/timex/tbaq.input.jsonl",
    ])]
    unlabeled: Vec<PathBuf>,
    /// Coarse and fine numbers of word clusters (0 0: no clusters).
    #[arg(long, num_args = 2, default_values_t = [64, 512])]
    clusters: Vec<usize>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
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
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    for p in paths {
        let f = File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
        docs.extend(read_gold(BufReader::new(f)).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    Ok(docs)
}

fn read_texts(paths: &[PathBuf]) -> Result<Vec<String>, String> {
    let mut texts = Vec::new();
    for p in paths {
        let content = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", p.display()))?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                texts.push(t.to_string());
            }
        }
    }
    Ok(texts)
}

fn read_lexicon(folder: &Path) -> Result<Gazetteer, String> {
    let mut all = Vec::new();
    for (file, kind) in [
        ("Phoenix.Countries.actors.txt", ActorFile::Countries),
        ("Phoenix.International.actors.txt", ActorFile::International),
        ("Phoenix.MilNonState.actors.txt", ActorFile::MilNonState),
    ] {
        let path = folder.join(file);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        all.extend(names(&String::from_utf8_lossy(&bytes), kind));
    }
    Ok(lexicon(&all))
}

fn run(args: &Args) -> Result<(), String> {
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
        read_lexicon(&args.actors)?
    };
    eprintln!("lexicon: {} phrases and prefixes", lexicon.len());
    let clusters = match args.clusters[..] {
        [coarse, fine] if coarse > 0 && fine > 0 => {
            WordClusters::learn(&read_texts(&args.unlabeled)?, coarse, fine)
        }
        _ => WordClusters::default(),
    };
    eprintln!("word clusters for {} words", clusters.len());
    let resources = Resources { lexicon, clusters };
    let model = train(&docs, &resources, &dev, &opts, &mut |line| {
        eprintln!("{line}")
    });
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    eprintln!("wrote {} ({} bytes)", args.out.display(), bytes.len());
    if !dev.is_empty() {
        let s = evaluate(&Tagger::new(model), &dev);
        eprintln!(
            "dev (quantized model): P {:.4} R {:.4} F1 {:.4}",
            s.precision, s.recall, s.f1
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-ner: {e}");
            ExitCode::FAILURE
        }
    }
}
