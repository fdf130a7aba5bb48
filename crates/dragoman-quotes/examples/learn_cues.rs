//! Learns `data/learned_cues.txt` from a PolNeAR-style gold file: single-word
//! cues that the annotators marked at least `MIN_COUNT` times and in at least
//! `MIN_RATE` of the word's occurrences, minus the words `data/cues.txt`
//! already has. Only the words go into the file (no text of the corpus).
//!
//! From the workspace root:
//! `cargo run --release -p dragoman-quotes --example learn_cues --
//!  ../shared/data/quotes/polnear-train.gold.jsonl > crates/dragoman-quotes/data/learned_cues.txt`

use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, BufRead, Write};

const MIN_COUNT: usize = 2;
const MIN_RATE: f64 = 0.25;

fn main() -> io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .expect("usage: learn_cues GOLD.jsonl");
    let known: HashSet<&str> = include_str!("../data/cues.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' ').map(|(_, words)| words.trim()))
        .collect();
    let mut as_cue: HashMap<String, usize> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in io::BufReader::new(std::fs::File::open(&path)?).lines() {
        let doc: Value = serde_json::from_str(&line?).map_err(io::Error::other)?;
        let text: Vec<char> = doc["text"].as_str().unwrap_or_default().chars().collect();
        let plain: String = text.iter().collect();
        for word in plain
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
        {
            *seen.entry(word.to_lowercase()).or_default() += 1;
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
                *as_cue.entry(word).or_default() += 1;
            }
        }
    }
    let learned: BTreeMap<&str, usize> = as_cue
        .iter()
        .filter(|(w, &n)| {
            n >= MIN_COUNT
                && n as f64 / seen[*w].max(1) as f64 >= MIN_RATE
                && !known.contains(w.as_str())
        })
        .map(|(w, &n)| (w.as_str(), n))
        .collect();
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "# Learned by examples/learn_cues.rs from the PolNeAR train split (see MODEL.md):"
    )?;
    writeln!(out, "# single-word cues marked at least {MIN_COUNT} times and in at least {MIN_RATE} of their uses.")?;
    for word in learned.keys() {
        writeln!(out, "belief {word}")?;
    }
    Ok(())
}
