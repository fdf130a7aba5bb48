//! `convert-ontology`: converts the reference ontology into the data files of
//! `dragoman-events`.
//!
//! Reads PETRARCH2's CAMEO verb dictionary, the CAMEO code table with its
//! PLOVER columns and the Phoenix agents dictionary from `../shared/data`,
//! and writes `verbs.tsv`, `synonyms.tsv`, `cameo_plover.tsv` and
//! `agents.tsv` of `crates/dragoman-events/data` (see its `README.md`).
//! Country names and office holders are the actor stage's
//! (`dragoman-actors`), not converted here. From the workspace root:
//! `cargo run -p dragoman-train -- convert-ontology [--check]`.

use crate::check::emit;
use anyhow::Context;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Converts the CAMEO/PLOVER ontology.
#[derive(clap::Args)]
pub struct Args {
    /// The shared data folder (reads `events/ontology/` and `actors/`).
    #[arg(long, default_value = "../shared/data")]
    shared: PathBuf,
    /// The folder of the converted files.
    #[arg(long, default_value = "crates/dragoman-events/data")]
    out: PathBuf,
    /// Compare with the committed files instead of writing them.
    #[arg(long)]
    check: bool,
}

/// Runs `convert-ontology`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let read = |path: &str| {
        let path = args.shared.join(path);
        fs::read_to_string(&path).with_context(|| path.display().to_string())
    };
    let (synonyms, blocks) = convert_verbs(&read("events/ontology/CAMEO.2.0.txt")?);
    let made = [
        ("synonyms.tsv", synonyms),
        ("verbs.tsv", blocks),
        (
            "cameo_plover.tsv",
            convert_codes(&read("events/ontology/cameo_codes.tsv")?),
        ),
        (
            "agents.tsv",
            convert_agents(&read("actors/Phoenix.agents.txt")?),
        ),
    ];
    let mut stale = Vec::new();
    for (name, text) in made {
        let path: &Path = &args.out.join(name);
        if let Err(e) = emit(path, text.as_bytes(), args.check, "convert-ontology") {
            eprintln!("{e:#}");
            stale.push(name);
        }
    }
    anyhow::ensure!(stale.is_empty(), "failed: {}", stale.join(", "));
    Ok(())
}

/// Lower-cases a dictionary phrase and turns `_` joins into spaces, keeping a
/// trailing `_` on a word (exact match, no prefix).
fn phrase(word: &str) -> String {
    let word = word.trim_start_matches('+').to_lowercase();
    let exact = word.ends_with('_');
    let joined = word.trim_end_matches('_').replace('_', " ");
    if exact {
        format!("{joined}_")
    } else {
        joined
    }
}

/// The regular inflections of an English verb, as PETRARCH generates them,
/// with the British doubled l beside the American single one.
fn inflections(base: &str) -> Vec<String> {
    let mut forms = vec![base.to_string()];
    let bytes = base.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let before = bytes.len().checked_sub(2).map_or(b' ', |i| bytes[i]);
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &base[..base.len() - 1];
        forms.extend([format!("{base}s"), format!("{base}d"), format!("{stem}ing")]);
    } else if last == b'y' && !vowel(before) {
        let stem = &base[..base.len() - 1];
        forms.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
        ]);
    } else if base.ends_with('s')
        || base.ends_with('x')
        || base.ends_with("ch")
        || base.ends_with("sh")
    {
        forms.extend([
            format!("{base}es"),
            format!("{base}ed"),
            format!("{base}ing"),
        ]);
    } else {
        forms.extend([
            format!("{base}s"),
            format!("{base}ed"),
            format!("{base}ing"),
        ]);
        let short = bytes.len() <= 4 || base.ends_with("it") || base.ends_with("ol");
        if short && vowel(before) && !vowel(last) && !b"wxy".contains(&last) {
            let doubled = format!("{base}{}", last as char);
            forms.extend([format!("{doubled}ed"), format!("{doubled}ing")]);
        } else if last == b'l' && vowel(before) && bytes.len() > 2 && !vowel(bytes[bytes.len() - 3])
        {
            // British spelling, the wire's, doubles a final l after one
            // vowel: "travelled", "quarrelling".
            forms.extend([format!("{base}led"), format!("{base}ling")]);
        }
    }
    forms
}

/// Inflects the first word of a multi-word verb ("meet with" → "met with").
fn inflect_phrase(verb: &str) -> Vec<String> {
    match verb.split_once(' ') {
        Some((head, rest)) => inflections(head)
            .into_iter()
            .map(|f| format!("{f} {rest}"))
            .collect(),
        None => inflections(verb),
    }
}

/// The first usable code of `[a:b]`: `a`, or `b` marked with `~` (actor and
/// recipient swap) when `a` is empty; `---` means "no event".
fn code(bracket: &str) -> Option<String> {
    let inner = bracket.trim().strip_prefix('[')?.split(']').next()?;
    let (first, second) = inner.split_once(':').unwrap_or((inner, ""));
    let (first, second) = (first.trim(), second.trim());
    if !first.is_empty() {
        Some(first.to_string())
    } else if !second.is_empty() && second != "---" {
        Some(format!("~{second}"))
    } else {
        None
    }
}

/// Splits the dictionary into the synonym sets and the verb blocks.
fn convert_verbs(text: &str) -> (String, String) {
    let mut synonyms: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut blocks = String::from(
        "# Converted from PETRARCH2 CAMEO.2.0.txt (MIT) by dragoman-train convert-ontology.\n\
         # B<TAB>block<TAB>code | V<TAB>code or -<TAB>forms (|) | P<TAB>code<TAB>before<TAB>after\n",
    );
    let mut section = "";
    let mut current_set = String::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim_end();
        if raw.starts_with("####### SYNONYM") {
            section = "synonyms";
            continue;
        } else if raw.starts_with("####### VERB PATTERNS") {
            section = "verbs";
            continue;
        } else if raw.starts_with("########") {
            section = "";
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match section {
            "synonyms" => {
                if let Some(name) = line.strip_prefix('&') {
                    current_set = format!("&{}", name.trim_end_matches('_').to_lowercase());
                } else if line.starts_with('+') && !current_set.is_empty() {
                    synonyms
                        .entry(current_set.clone())
                        .or_default()
                        .push(phrase(line));
                }
            }
            "verbs" => verb_line(line, &mut blocks),
            _ => {}
        }
    }
    let mut sets = String::from(
        "# Synonym sets of PETRARCH2 CAMEO.2.0.txt (MIT), converted by dragoman-train convert-ontology.\n",
    );
    for (name, members) in synonyms {
        let _ = writeln!(sets, "{name}\t{}", members.join("|"));
    }
    (sets, blocks)
}

/// Converts one line of the verb-pattern section.
fn verb_line(line: &str, out: &mut String) {
    if let Some(rest) = line.strip_prefix("---") {
        let mut parts = rest.split_whitespace();
        let name = parts.next().unwrap_or("");
        let code = parts.next().and_then(code).unwrap_or_else(|| "-".into());
        let _ = writeln!(out, "B\t{}\t{code}", name.to_lowercase());
    } else if let Some(pattern) = line.strip_prefix('-') {
        let Some(open) = pattern.rfind('[') else {
            return;
        };
        let Some(code) =
            code(&pattern[open..]).or_else(|| pattern[open..].contains("---").then(|| "-".into()))
        else {
            return;
        };
        let words: Vec<String> = pattern[..open]
            .split_whitespace()
            .flat_map(|w| w.split(['(', ')', '{', '}']))
            .filter(|w| !w.is_empty() && !matches!(*w, "$" | "+" | "%" | "^"))
            .map(|w| if w == "*" { "*".to_string() } else { phrase(w) })
            .collect();
        let star = words.iter().position(|w| w == "*").unwrap_or(0);
        let before = words[..star].join(" ");
        let after = words.get(star + 1..).unwrap_or(&[]).join(" ");
        if !before.is_empty() || !after.is_empty() {
            let _ = writeln!(out, "P\t{code}\t{before}\t{after}");
        }
    } else {
        let (head, braces) = match line.split_once('{') {
            Some((h, rest)) => (h, rest.split_once('}').map(|(b, _)| b).unwrap_or("")),
            None => (line, ""),
        };
        let code = line
            .find('[')
            .and_then(|i| code(&line[i..]))
            .unwrap_or_else(|| "-".into());
        let Some(base) = head
            .split_whitespace()
            .next()
            .filter(|w| !w.starts_with('['))
        else {
            return;
        };
        let base = phrase(base).trim_end_matches('_').to_string();
        let given = braces
            .split([' ', ','])
            .filter(|f| !f.is_empty())
            .map(|f| phrase(f).trim_end_matches('_').to_string());
        let mut forms = if braces.trim().is_empty() {
            inflect_phrase(&base)
        } else {
            vec![base]
        };
        for form in given {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        let _ = writeln!(out, "V\t{code}\t{}", forms.join("|"));
    }
}

/// CAMEO code → PLOVER type and mode. Appeals (02x) have no row in the 2021
/// table; the PLOVER 2.0 manual puts "all requests, demands, and orders" under
/// REQUEST, so they take the mode of the matching demand (10x). A denial of
/// responsibility (016: "rejected the accusations", "dismissed the charges")
/// has no row either; the manual's REJECT is "all rejections and refusals",
/// so it is added there. Sanctions imposed (163), which the 2021 table puts
/// under COERCE, are SANCTION `discontinue` in the manual ("international
/// (political or economic) sanctions are coded as `discontinue'").
fn convert_codes(text: &str) -> String {
    let mut out = String::from(
        "# CAMEO code → PLOVER 2.0 type and mode, from cameo_codes.tsv (CAMEO2PLOVER-2021, CC BY-SA 4.0);\n\
         # 02x appeals added as REQUEST, 016 denials of responsibility as REJECT, 163 sanctions as SANCTION (PLOVER manual). Converted by dragoman-train convert-ontology.\n\
         #cameo\tplover\tmode\tlabel\n",
    );
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [cameo, label, _, plover, mode, ..] = cols[..] else {
            continue;
        };
        let (plover, mode) = if plover.is_empty() && cameo.starts_with("02") && cameo.len() > 2 {
            let mode = match cameo.get(..3) {
                Some("021" | "022" | "023") => "assist",
                Some("024") => "change",
                Some("025") => "yield",
                Some("026" | "027" | "028") => "meet",
                _ => "",
            };
            ("REQUEST", mode)
        } else if plover.is_empty() && cameo == "016" {
            ("REJECT", "")
        } else if cameo == "163" {
            ("SANCTION", "discontinue")
        } else {
            (plover, mode)
        };
        if !plover.is_empty() {
            let _ = writeln!(out, "{cameo}\t{plover}\t{mode}\t{label}");
        }
    }
    out
}

/// One-word agent nouns of the Phoenix agents dictionary → sector code.
fn convert_agents(text: &str) -> String {
    let mut out = String::from(
        "# Phoenix.agents.txt (MIT, Open Event Data Alliance): one-word agent nouns → sector.\n\
         # Converted by dragoman-train convert-ontology; !PERSON! and !MINIST! expanded.\n",
    );
    let person = ["man", "men", "woman", "women", "person"];
    let minist = ["minister", "ministers", "ministry", "ministries"];
    let mut seen = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let Some((name, rest)) = line.split_once('[') else {
            continue;
        };
        let Some(code) = rest.strip_prefix('~').and_then(|c| c.get(..3)) else {
            continue;
        };
        let name = name.trim().trim_end_matches('_').to_lowercase();
        let names: Vec<String> = if name.contains("!person!") {
            person.iter().map(|p| name.replace("!person!", p)).collect()
        } else if name.contains("!minist!") {
            minist.iter().map(|p| name.replace("!minist!", p)).collect()
        } else {
            vec![name]
        };
        for n in names {
            if !n.is_empty() && !n.contains(['_', ' ', '!']) {
                seen.entry(n).or_insert_with(|| code.to_string());
            }
        }
    }
    for (noun, code) in seen {
        let _ = writeln!(out, "{noun}\t{code}");
    }
    out
}
