//! `learn-cues`: learns `data/learned_cues.txt` of `dragoman-quotes` from a
//! PolNeAR-style gold file: cues of one to three words that the annotators
//! marked (as the whole cue) at least `MIN_COUNT` times (`MIN_PHRASE_COUNT`
//! for a phrase) and in at least `MIN_RATE` of their occurrences, minus what
//! `data/cues.txt` already has. A phrase ("pointed to", "railed against") is
//! kept only when its first word is no cue of its own and no function word
//! (the stage reads the longest cue, so "said of" would turn the reporting
//! verb "said" into a stance). Only the words go into the file (no text of
//! the corpus).
//!
//! From the workspace root: `cargo run -p dragoman-train -- learn-cues [--check]`.

use crate::check::emit;
use anyhow::Context;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::BufRead;
use std::path::{Path, PathBuf};

const MIN_COUNT: usize = 2;
const MIN_PHRASE_COUNT: usize = 3;
const MIN_RATE: f64 = 0.15;
/// The most words of a learned cue.
const MAX_WORDS: usize = 3;
/// The stage's lists of function words, beside `cues.txt`: no phrase starts with one.
const FUNCTION_WORDS: [&str; 3] = ["skippable.txt", "determiners.txt", "prepositions.txt"];

/// Learns attribution cues of one to three words.
#[derive(clap::Args)]
pub struct Args {
    /// Gold attributions (contract JSON Lines with `text` and `quotes`).
    #[arg(long, default_value = "../shared/data/quotes/polnear-train.gold.jsonl")]
    gold: PathBuf,
    /// The hand-written cue list (its entries are not learned again); the
    /// lists of function words are read from its folder.
    #[arg(long, default_value = "crates/dragoman-quotes/data/cues.txt")]
    cues: PathBuf,
    /// The list to write.
    #[arg(long, default_value = "crates/dragoman-quotes/data/learned_cues.txt")]
    out: PathBuf,
    /// Compare with the committed list instead of writing it.
    #[arg(long)]
    check: bool,
}

/// How often each word or phrase is a whole cue, and how often it occurs at all.
#[derive(Default)]
struct Counts {
    as_cue: HashMap<String, usize>,
    seen: HashMap<String, usize>,
}

impl Counts {
    fn add(&mut self, doc: &Value) {
        let text: Vec<char> = doc["text"].as_str().unwrap_or_default().chars().collect();
        let plain: String = text.iter().collect();
        let words: Vec<String> = plain
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for n in 1..=MAX_WORDS {
            for gram in words.windows(n) {
                *self.seen.entry(gram.join(" ")).or_default() += 1;
            }
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
            let phrase: String = text[a as usize..b as usize]
                .iter()
                .collect::<String>()
                .trim()
                .to_lowercase();
            if is_plain_phrase(&phrase) {
                *self.as_cue.entry(phrase).or_default() += 1;
            }
        }
    }

    /// True when `phrase` was marked often enough, absolutely and per use.
    fn frequent(&self, phrase: &str, n: usize) -> bool {
        let least = if phrase.contains(' ') {
            MIN_PHRASE_COUNT
        } else {
            MIN_COUNT
        };
        n >= least
            && n as f64 / self.seen.get(phrase).copied().unwrap_or(0).max(1) as f64 >= MIN_RATE
    }
}

/// One to `MAX_WORDS` lower-case ASCII words, single spaces between.
fn is_plain_phrase(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').collect();
    words.len() <= MAX_WORDS
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// The entries of a data file of the stage (one a line, `#` comments).
fn entries(path: &Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Runs `learn-cues`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    // Every entry of cues.txt, of any class, by its words.
    let known: HashSet<String> = entries(&args.cues)?
        .iter()
        .filter_map(|l| l.split_once(' ').map(|(_, words)| words.trim().to_string()))
        .collect();
    let folder = args.cues.parent().unwrap_or(Path::new("."));
    let mut function_words = HashSet::new();
    for file in FUNCTION_WORDS {
        function_words.extend(entries(&folder.join(file))?);
    }
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
        .filter(|(w, &n)| counts.frequent(w, n) && !known.contains(w.as_str()))
        .map(|(w, _)| w.as_str())
        .collect();
    // A phrase may not start with a word that is a cue alone, or a function word.
    let single = |w: &str| known.contains(w) || learned.contains(w);
    let learned = learned.iter().filter(|w| match w.split_once(' ') {
        Some((first, _)) => !single(first) && !function_words.contains(first),
        None => true,
    });
    let mut out = String::from(
        "# Learned by dragoman-train learn-cues from the PolNeAR train split (see MODEL.md):\n",
    );
    let _ = writeln!(
        out,
        "# cues of one to {MAX_WORDS} words marked at least {MIN_COUNT} times ({MIN_PHRASE_COUNT} for a phrase) and in at least {MIN_RATE} of their uses."
    );
    for cue in learned {
        let _ = writeln!(out, "belief {cue}");
    }
    emit(&args.out, out.as_bytes(), args.check, "learn-cues")
}
