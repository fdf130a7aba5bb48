//! Copy detection on generated reports: originals, their copies (trimmed,
//! re-headlined, paragraphs added or dropped), rewrites that quote a passage
//! of an original, and unrelated reports. Precision and recall of the links.

use dragoman_stories::synth::{copy_of, rewrite_of, text, Rng};
use dragoman_stories::{find_copies, CopyConfig, Text};
use jiff::civil::{date, Date};

struct Set {
    texts: Vec<String>,
    dates: Vec<Option<Date>>,
    /// Each report's family (its original's position), or None.
    family: Vec<Option<usize>>,
}

fn generated(seed: u64, families: usize, unrelated: usize) -> Set {
    let mut rng = Rng::new(seed);
    let mut set = Set {
        texts: Vec::new(),
        dates: Vec::new(),
        family: Vec::new(),
    };
    for f in 0..families {
        let day = 1 + (f % 27) as i8;
        let o = set.texts.len();
        let n = 5 + rng.below(8) as usize;
        let original = text(&mut rng, n);
        let wire = rng.chance(0.3);
        let credited = if wire {
            format!("MOSCOW, Nov 20 (Reuters) - {original}")
        } else {
            original
        };
        set.texts.push(credited.clone());
        set.dates.push(Some(date(2025, 11, day)));
        set.family.push(Some(o));
        for _ in 0..1 + rng.below(4) {
            set.texts.push(copy_of(&mut rng, &credited));
            let later = if wire {
                rng.below(2) as i8
            } else {
                1 + rng.below(2) as i8
            };
            set.dates.push(Some(date(2025, 11, day + later)));
            set.family.push(Some(o));
        }
        set.texts.push(rewrite_of(&mut rng, &credited));
        set.dates.push(Some(date(2025, 11, day + 1)));
        set.family.push(None);
    }
    for _ in 0..unrelated {
        let n = 4 + rng.below(8) as usize;
        set.texts.push(text(&mut rng, n));
        set.dates.push(None);
        set.family.push(None);
    }
    set
}

/// (precision, recall, share of correct links that name the true original)
fn score(set: &Set) -> (f64, f64, f64) {
    let texts: Vec<Text<'_>> = set
        .texts
        .iter()
        .enumerate()
        .map(|(i, t)| Text {
            id: "",
            text: t,
            date: set.dates[i],
        })
        .collect();
    let links = find_copies(&texts, &CopyConfig::default()).unwrap();
    let same = |a: usize, b: usize| set.family[a].is_some() && set.family[a] == set.family[b];
    let correct = links.iter().filter(|l| same(l.copy, l.original)).count();
    let right_original = links
        .iter()
        .filter(|l| set.family[l.copy] == Some(l.original))
        .count();
    let gold: Vec<usize> = (0..set.texts.len())
        .filter(|&i| set.family[i].is_some_and(|o| o != i))
        .collect();
    let found = gold
        .iter()
        .filter(|&&g| links.iter().any(|l| l.copy == g && same(g, l.original)))
        .count();
    let p = correct as f64 / links.len().max(1) as f64;
    let r = found as f64 / gold.len().max(1) as f64;
    (p, r, right_original as f64 / correct.max(1) as f64)
}

#[test]
fn generated_copies_are_found_with_their_original() {
    let set = generated(11, 300, 600);
    let (p, r, originals) = score(&set);
    eprintln!("copies: precision {p:.4} recall {r:.4} right original {originals:.4}");
    assert!(p >= 0.99, "precision {p}");
    assert!(r >= 0.95, "recall {r}");
    assert!(originals >= 0.99, "right original {originals}");
}

#[test]
fn passages_are_the_same_words_in_both_reports() {
    let set = generated(5, 20, 0);
    let texts: Vec<Text<'_>> = set
        .texts
        .iter()
        .map(|t| Text {
            id: "",
            text: t,
            date: None,
        })
        .collect();
    let links = find_copies(&texts, &CopyConfig::default()).unwrap();
    assert!(!links.is_empty());
    for l in &links {
        assert!(!l.passages.is_empty());
        for p in &l.passages {
            let words = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                words(&set.texts[l.copy][p.copy.clone()]),
                words(&set.texts[l.original][p.original.clone()])
            );
        }
    }
}

#[test]
fn a_wire_credit_makes_the_original_even_when_dated_later() {
    let mut rng = Rng::new(3);
    let body = text(&mut rng, 8);
    let wire = format!("LONDON, Nov 20 (Reuters) - {body}");
    let texts = [
        Text {
            id: "copy",
            text: &body,
            date: Some(date(2025, 11, 19)),
        },
        Text {
            id: "wire",
            text: &wire,
            date: Some(date(2025, 11, 20)),
        },
    ];
    let links = find_copies(&texts, &CopyConfig::default()).unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!((links[0].copy, links[0].original), (0, 1));
}
