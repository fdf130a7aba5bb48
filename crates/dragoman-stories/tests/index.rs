//! The incremental index on a generated archive: reports of one story land
//! together, duplicates are refused, and the index stays under 1 KB a report.

use dragoman_stories::synth::archive;
use dragoman_stories::{IndexConfig, StoryError, StoryIndex};

/// B-cubed F1 of predicted labels against the true ones.
fn bcubed(pred: &[u32], gold: &[u32]) -> f64 {
    let n = pred.len();
    let (mut p, mut r) = (0.0, 0.0);
    for i in 0..n {
        let same_pred: Vec<usize> = (0..n).filter(|&j| pred[j] == pred[i]).collect();
        let both = same_pred.iter().filter(|&&j| gold[j] == gold[i]).count() as f64;
        p += both / same_pred.len() as f64;
        r += both / (0..n).filter(|&j| gold[j] == gold[i]).count() as f64;
    }
    let (p, r) = (p / n as f64, r / n as f64);
    2.0 * p * r / (p + r)
}

#[test]
fn generated_stories_are_found_one_report_at_a_time() {
    let a = archive(3_000, 1);
    let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
    let placed: Vec<u32> = a
        .profiles
        .iter()
        .map(|p| index.add(p).unwrap().story)
        .collect();
    let f1 = bcubed(&placed, &a.stories);
    let per_report = index.memory_bytes() as f64 / a.profiles.len() as f64;
    eprintln!(
        "generated archive: B-cubed F1 {f1:.3}, {per_report:.0} bytes per report \
         (postings, stories, reports, vocabulary: {:?})",
        index.memory_parts()
    );
    assert!(f1 >= 0.9, "B-cubed F1 {f1}");
    assert!(per_report <= 1024.0, "{per_report} bytes per report");
}

#[test]
fn a_report_added_twice_is_refused() {
    let a = archive(10, 2);
    let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
    index.add(&a.profiles[0]).unwrap();
    assert_eq!(
        index.add(&a.profiles[0]),
        Err(StoryError::Duplicate(a.profiles[0].id.clone()))
    );
    assert_eq!(index.len(), 1);
}

#[test]
fn settings_out_of_range_are_refused() {
    let bad = IndexConfig {
        scan: 0,
        ..IndexConfig::default()
    };
    assert!(matches!(
        StoryIndex::new(bad),
        Err(StoryError::Setting { name: "scan", .. })
    ));
}

/// A profile of `words` (each weighing 1) written in `year`.
fn written(id: &str, words: &str, year: Option<i16>) -> dragoman_stories::Profile {
    let mut terms: Vec<dragoman_stories::profile::Term> = words
        .split(' ')
        .map(|w| dragoman_stories::profile::Term {
            text: format!("w:{w}"),
            weight: 1.0,
        })
        .collect();
    terms.sort_by(|a, b| a.text.cmp(&b.text));
    dragoman_stories::Profile {
        id: id.into(),
        date: None,
        terms,
        year,
    }
}

#[test]
fn a_report_of_another_year_opens_its_own_story() {
    let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
    let mut add = |id: &str, words: &str, year| index.add(&written(id, words, year)).unwrap();
    add("a", "envoy geneva talks plan points", None);
    add("b", "envoy geneva talks ceasefire monitors", None);
    let first = add("c", "quake aceh magnitude province tsunami coast", None);
    let same = add(
        "d",
        "quake aceh magnitude province tsunami coast",
        Some(2004),
    );
    let later = add(
        "e",
        "quake aceh landslide villages rescuers mud",
        Some(2013),
    );
    assert!(!same.opened && same.story == first.story);
    assert!(later.opened, "nine years later: another quake {later:?}");
}
