//! `learn-cues`: learns `data/learned_cues.txt` of `dragoman-quotes` from a
//! PolNeAR-style gold file: single-word cues that the annotators marked at
//! least `MIN_COUNT` times and in at least `MIN_RATE` of the word's
//! occurrences, minus the words `data/cues.txt` already has. Only the words
//! go into the file (no text of the corpus).
//!
//! From the workspace root: `cargo run -p dragoman-train -- learn-cues [--check]`.

use crate::check::emit;
use anyhow::Context;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::BufRead;
use std::path::PathBuf;

const MIN_COUNT: usize = 2;
const MIN_RATE: f64 = 0.15;

/// Learns single-word attribution cues.
#[derive(clap::Args)]
pub struct Args {
    /// Gold attributions (contract JSON Lines with `text` and `quotes`).
    #[arg(long, default_value = "../shared/data/quotes/polnear-train.gold.jsonl")]
    gold: PathBuf,
    /// The hand-written cue list (its words are not learned again).
    #[arg(long, default_value = "crates/dragoman-quotes/data/cues.txt")]
    cues: PathBuf,
    /// The list to write.
    #[arg(long, default_value = "crates/dragoman-quotes/data/learned_cues.txt")]
    out: PathBuf,
    /// Compare with the committed list instead of writing it.
    #[arg(long)]
    check: bool,
}

/// How often each word is a whole cue, and how often it occurs at all.
#[derive(Default)]
struct Counts {
    as_cue: HashMap<String, usize>,
    seen: HashMap<String, usize>,
}

impl Counts {
    fn add(&mut self, doc: &Value) {
        let text: Vec<char> = doc["text"].as_str().unwrap_or_default().chars().collect();
        let plain: String = text.iter().collect();
        for word in plain
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            *self.seen.entry(word.to_lowercase()).or_default() += 1;
        }
        for quote in doc["quotes"].as_array().into_iter().flatten() {
            let cues = quote["cue"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default();
            let [cue] = cues else { continue };
            let (Some(a), Some(b)) = (cue[0].as_u64(), cue[1].as_u64()) else {
                continue;
            };
            let word: String = text[a as usize..b as usize]
                .iter()
                .collect::<String>()
                .trim()
                .to_lowercase();
            if !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()) {
                *self.as_cue.entry(word).or_default() += 1;
            }
        }
    }
}

/// Runs `learn-cues`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let cues =
        std::fs::read_to_string(&args.cues).with_context(|| args.cues.display().to_string())?;
    let known: HashSet<&str> = cues
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' ').map(|(_, words)| words.trim()))
        .collect();
    let mut counts = Counts::default();
    let file = std::fs::File::open(&args.gold).with_context(|| args.gold.display().to_string())?;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let doc: Value = serde_json::from_str(&line?)
            .with_context(|| format!("{}: line {}", args.gold.display(), n + 1))?;
        counts.add(&doc);
    }
    let learned: BTreeSet<&str> = counts
        .as_cue
        .iter()
        .filter(|(w, &n)| {
            n >= MIN_COUNT
                && n as f64 / counts.seen[*w].max(1) as f64 >= MIN_RATE
                && !known.contains(w.as_str())
        })
        .map(|(w, _)| w.as_str())
        .collect();
    let mut out = String::from(
        "# Learned by dragoman-train learn-cues from the PolNeAR train split (see MODEL.md):\n",
    );
    let _ = writeln!(out, "# single-word cues marked at least {MIN_COUNT} times and in at least {MIN_RATE} of their uses.");
    for word in learned {
        let _ = writeln!(out, "belief {word}");
    }
    emit(&args.out, out.as_bytes(), args.check, "learn-cues")
}
