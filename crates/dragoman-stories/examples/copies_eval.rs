//! Copy detection measured on copies generated from real reports:
//!
//!     cargo run --release -p dragoman-stories --example copies_eval -- \
//!         ../shared/data/stories/ecbplus-dev.input.jsonl [--min-precision P] [--min-recall R] [--show]
//!         [--write SET.jsonl]
//!
//! Every third report of the file (contract input lines, `text`) becomes an
//! original with one to three generated copies (re-headlined, trimmed,
//! paragraphs dropped or added, see `synth::copy_of`), dated a day or two
//! later; the other reports stay as they are, unrelated. Reports of the file
//! that are copies of each other already (syndicated wire stories; `--show`
//! lists them) are set aside first. Prints precision and recall of the copy
//! links, and whether each names the true original. `--write` saves the set
//! as input lines, to measure the store's path (copies linked at ingest):
//! `dragoman --db D ingest SET.jsonl && python3 eval/copies_db.py D`.

use dragoman_stories::synth::{copy_of, Rng};
use dragoman_stories::{find_copies, CopyConfig, Text};
use jiff::civil::date;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: copies_eval INPUT.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut texts: Vec<String> = Vec::new();
    for line in file.lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
    }
    let pool = texts.len();
    let texts = set_aside_copies(texts)?;
    let real = texts.len();
    let mut texts = texts;
    let mut family: Vec<Option<usize>> = vec![None; real];
    let mut dates = vec![Some(date(2025, 11, 1)); real];
    let mut rng = Rng::new(2026);
    for o in (0..real).step_by(3) {
        family[o] = Some(o);
        for _ in 0..1 + rng.below(3) {
            let copy = copy_of(&mut rng, &texts[o]);
            texts.push(copy);
            family.push(Some(o));
            dates.push(Some(date(2025, 11, 2 + rng.below(2) as i8)));
        }
    }
    if let Some(out) = value_of("--write") {
        write_set(&out, &texts, &family, &dates)?;
    }
    let input: Vec<Text<'_>> = texts
        .iter()
        .zip(&dates)
        .map(|(t, d)| Text {
            id: "",
            text: t,
            date: *d,
        })
        .collect();
    let started = std::time::Instant::now();
    let links = find_copies(&input, &CopyConfig::default())?;
    let spent = started.elapsed();
    let same = |a: usize, b: usize| family[a].is_some() && family[a] == family[b];
    let correct = links.iter().filter(|l| same(l.copy, l.original)).count();
    let among_real = links
        .iter()
        .filter(|l| l.copy < real && l.original < real)
        .count();
    let right_original = links
        .iter()
        .filter(|l| family[l.copy] == Some(l.original))
        .count();
    let gold: Vec<usize> = (real..texts.len()).collect();
    let found = gold
        .iter()
        .filter(|&&g| links.iter().any(|l| l.copy == g && same(g, l.original)))
        .count();
    println!(
        "{} reports ({real} real of {pool}, {} generated copies); {} links in {:.0} ms",
        texts.len(),
        gold.len(),
        links.len(),
        spent.as_secs_f64() * 1000.0
    );
    let precision = correct as f64 / links.len().max(1) as f64;
    let recall = found as f64 / gold.len().max(1) as f64;
    println!(
        "precision {precision:.4}  recall {recall:.4}  right original {:.4}  links between real reports {among_real}",
        right_original as f64 / correct.max(1) as f64
    );
    if precision < floor("--min-precision") || recall < floor("--min-recall") {
        return Err("copy detection is below its floor".into());
    }
    Ok(())
}

/// The value after a flag (`--min-recall 0.95`), or 0.
fn floor(flag: &str) -> f64 {
    value_of(flag).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// The argument after a flag.
fn value_of(flag: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let k = args.iter().position(|a| a == flag)?;
    args.get(k + 1).cloned()
}

/// With `--write FILE`, the generated set as contract input lines, for the
/// store's path (`dragoman ingest`, then `eval/copies_db.py`): ids are
/// `f<original>-<n>` for an original and its copies, `u-<n>` for the others.
fn write_set(
    out: &str,
    texts: &[String],
    family: &[Option<usize>],
    dates: &[Option<jiff::civil::Date>],
) -> Result<(), Box<dyn std::error::Error>> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    for (n, ((t, f), d)) in texts.iter().zip(family).zip(dates).enumerate() {
        let id = f.map_or(format!("u-{n}"), |o| format!("f{o}-{n}"));
        let date = d.map(|d| d.to_string());
        let line = serde_json::json!({"id": id, "date": date, "text": t});
        std::io::Write::write_all(&mut w, format!("{line}\n").as_bytes())?;
    }
    Ok(())
}

/// The reports of the file that are not copies of each other: reports
/// linked to another report of the file (syndicated wire stories: the dev
/// data holds some) are set aside, so that the only copies are generated ones.
fn set_aside_copies(texts: Vec<String>) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let input: Vec<Text<'_>> = texts
        .iter()
        .map(|t| Text {
            id: "",
            text: t,
            date: None,
        })
        .collect();
    let mut linked = vec![false; texts.len()];
    for l in find_copies(&input, &CopyConfig::default())? {
        linked[l.copy] = true;
        linked[l.original] = true;
    }
    if std::env::args().any(|a| a == "--show") {
        show(
            &texts,
            &find_copies(&input, &CopyConfig::default())?,
            texts.len(),
        );
    }
    Ok(texts
        .into_iter()
        .zip(linked)
        .filter(|(_, l)| !l)
        .map(|(t, _)| t)
        .collect())
}

/// With `--show`, the links between real reports, for reading.
#[allow(dead_code)]
fn show(texts: &[String], links: &[dragoman_stories::CopyLink], real: usize) {
    for l in links.iter().filter(|l| l.copy < real && l.original < real) {
        let head = |t: &str| t.chars().take(90).collect::<String>().replace('\n', " | ");
        println!(
            "{:.2}  {}\n      {}",
            l.containment,
            head(&texts[l.copy]),
            head(&texts[l.original])
        );
    }
}
