//! Precision and recall of events on wire-style paragraphs of our own
//! (`tests/data/wire-events.txt`, its header gives the format), through the
//! standard pipeline. Run with `--nocapture` to see the figures and every
//! invented or missed event:
//!
//! `cargo test -p dragoman-pipeline --test wire_events -- --nocapture`
//!
//! In-sample: the rules of issue 11 were fixed while reading these
//! paragraphs, so the figures are no estimate of held-out quality; the test
//! keeps them from falling.

use dragoman_model::{Date, Doc, Event, Meta, Participant};
use dragoman_pipeline::Pipeline;

/// The fixture, our own sentences.
const FIXTURE: &str = include_str!("data/wire-events.txt");
/// Paragraphs of our own written after the rules were fixed.
const FRESH: &str = include_str!("data/wire-events-fresh.txt");
/// The fresh paragraphs' floor: what they read when first scored, rounded down.
const MIN_FRESH_PRECISION: f64 = 0.8;
/// A second block, on recipients, written before the rules were changed
/// for them and scored once as written (type and actor P 0.833 R 0.833,
/// every field P 0.667 R 0.667), then read to fix them: in-sample since.
const FRESH2: &str = include_str!("data/wire-events-fresh2.txt");
/// Its floor on type and actor precision after the fixes, rounded down.
const MIN_FRESH2_PRECISION: f64 = 0.9;
/// A third block, on event types (senses, light verbs, negation, plans,
/// denials, titled surnames), written before the rules of its round and
/// scored once as written (type and actor P 0.750 R 0.632, every field
/// P 0.688 R 0.579), then read to fix them: in-sample since.
const FRESH3: &str = include_str!("data/wire-events-fresh3.txt");
/// Its floor on type and actor precision after the fixes, rounded down.
const MIN_FRESH3_PRECISION: f64 = 0.9;
/// A fourth block, on actors and recipients (international bodies, "met
/// with X in Y", "the visit by", "X's proposal", pronoun actors, passives),
/// written before the rules of its round and scored once as written (type
/// and actor P 0.778 R 0.609, every field P 0.556 R 0.435), then read to
/// fix them: in-sample since.
const FRESH4: &str = include_str!("data/wire-events-fresh4.txt");
/// Its floor on type and actor precision after the fixes, rounded down.
const MIN_FRESH4_PRECISION: f64 = 0.9;

/// A fifth block, on recall (free relatives, rejected accusations, expected
/// visits, offers to mediate, passive welcomes, aid, calls and demands,
/// marches, curfews, and sentences of other senses), written before the
/// rules of its round and scored once as written (type and actor P 0.692
/// R 0.474, every field P 0.615 R 0.421), then read to fix them: in-sample
/// since.
const FRESH5: &str = include_str!("data/wire-events-fresh5.txt");
/// Its floor on type and actor precision after the fixes, rounded down.
const MIN_FRESH5_PRECISION: f64 = 0.9;
/// Recall floor of the recall block (in-sample: 1.000 when set).
const MIN_FRESH5_RECALL: f64 = 0.9;

/// A sixth block, from the PLOVER codebook's types (four or five sentences
/// per type and two with no event), written before the rules of its round
/// and scored once as written (type and actor P 0.711 R 0.730, every field
/// P 0.658 R 0.676), then read to fix classes: in-sample since.
const FRESH6: &str = include_str!("data/wire-events-fresh6.txt");
/// Its floor on type and actor precision after the fixes (0.797), rounded down.
const MIN_FRESH6_PRECISION: f64 = 0.75;

/// Floors: what the rules reach today, held.
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.85;

/// One expected (or accepted) event.
#[derive(Debug)]
struct Gold {
    types: Vec<String>,
    statuses: Vec<String>,
    actors: Vec<String>,
    recipient: String,
    date: String,
    required: bool,
}

/// One paragraph with its date and events.
struct Paragraph {
    id: String,
    date: String,
    text: String,
    gold: Vec<Gold>,
}

fn alternatives(field: &str) -> Vec<String> {
    field.split('|').map(str::to_string).collect()
}

fn gold_line(line: &str) -> Gold {
    let f: Vec<&str> = line.split_whitespace().collect();
    let required = f[0] == "+";
    if !required {
        return Gold {
            types: alternatives(f[1]),
            statuses: vec!["*".into()],
            actors: vec![f[2].into()],
            recipient: "*".into(),
            date: "*".into(),
            required,
        };
    }
    assert_eq!(f.len(), 7, "a '+' line has seven fields: {line}");
    assert_eq!(f[4], "->", "{line}");
    Gold {
        types: alternatives(f[1]),
        statuses: alternatives(f[2]),
        actors: f[3].split('+').map(str::to_string).collect(),
        recipient: f[5].into(),
        date: f[6].into(),
        required,
    }
}

fn parse(fixture: &str) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        if let Some(head) = line.strip_prefix("== ") {
            let (id, date) = head.split_once(' ').expect("== ID DATE");
            out.push(Paragraph {
                id: id.into(),
                date: date.into(),
                text: String::new(),
                gold: Vec::new(),
            });
        } else if line.starts_with("+ ") || line.starts_with("? ") {
            let p = out.last_mut().expect("a paragraph first");
            p.gold.push(gold_line(line));
        } else if !line.trim().is_empty() {
            out.last_mut()
                .expect("a paragraph first")
                .text
                .push_str(line);
        }
    }
    out
}

/// A party named by `key`: its country code, or a word of its name.
fn names(p: &Participant, key: &str) -> bool {
    let key = key.replace('_', " ").to_lowercase();
    p.country
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case(&key))
        || p.name.to_lowercase().contains(&key)
}

/// Every actor (`actors` holds `actor` first when there are several).
fn actors(e: &Event) -> Vec<&Participant> {
    if e.actors.is_empty() {
        e.actor.iter().collect()
    } else {
        e.actors.iter().collect()
    }
}

/// Every recipient (`recipients` holds `recipient` first when there are several).
fn recipients(e: &Event) -> Vec<&Participant> {
    if e.recipients.is_empty() {
        e.recipient.iter().collect()
    } else {
        e.recipients.iter().collect()
    }
}

fn any_of(options: &[String], value: &str) -> bool {
    options.iter().any(|o| o == "*" || o == value)
}

/// Type and every actor named.
fn loose(g: &Gold, e: &Event) -> bool {
    let a = actors(e);
    any_of(&g.types, &e.kind) && g.actors.iter().all(|k| a.iter().any(|p| names(p, k)))
}

/// Also recipient, status and date.
fn full(g: &Gold, e: &Event) -> bool {
    let r = recipients(e);
    // A meeting's parties may all be coded as actors ("Chile and Peru met"):
    // any party that is not the gold actor may be the gold recipient.
    let others: Vec<&Participant> = actors(e)
        .into_iter()
        .chain(r.iter().copied())
        .filter(|p| !g.actors.iter().any(|k| names(p, k)))
        .collect();
    let recipient = match g.recipient.as_str() {
        "*" => true,
        "-" => r.is_empty(),
        keys => keys.split('|').any(|k| others.iter().any(|p| names(p, k))),
    };
    let date = match g.date.as_str() {
        "*" => true,
        "-" => e.date.is_none(),
        d => e.date.as_deref() == Some(d),
    };
    recipient && date && any_of(&g.statuses, e.status.as_str())
}

fn describe(doc: &Doc, e: &Event) -> String {
    let party = |ps: Vec<&Participant>| {
        ps.iter()
            .map(|p| format!("{}({})", p.name, p.country.as_deref().unwrap_or("-")))
            .collect::<Vec<_>>()
            .join("+")
    };
    format!(
        "{} {} {} -> {} {} [{}]",
        e.kind,
        e.status.as_str(),
        party(actors(e)),
        party(recipients(e)),
        e.date.as_deref().unwrap_or("-"),
        doc.slice(e.trigger)
    )
}

#[derive(Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    loose: usize,
    full: usize,
    notes: Vec<String>,
}

impl Tally {
    fn paragraph(&mut self, p: &Paragraph) {
        let meta = Meta {
            date: p.date.parse::<Date>().ok(),
            ..Meta::default()
        };
        let doc = Pipeline::standard()
            .process_text(&p.id, p.text.clone(), meta)
            .doc;
        let mut used = vec![false; p.gold.len()];
        for e in &doc.events {
            // A gold event the prediction matches in every field first, else
            // the first it matches on type and actor.
            let open = |i: &usize| !used[*i] && loose(&p.gold[*i], e);
            let hit = (0..p.gold.len())
                .filter(open)
                .find(|&i| full(&p.gold[i], e))
                .or_else(|| (0..p.gold.len()).find(open));
            match hit {
                Some(i) if p.gold[i].required => {
                    used[i] = true;
                    self.predicted += 1;
                    self.loose += 1;
                    if full(&p.gold[i], e) {
                        self.full += 1;
                    } else {
                        self.notes
                            .push(format!("{} wrong field: {}", p.id, describe(&doc, e)));
                    }
                }
                Some(i) => used[i] = true,
                None => {
                    self.predicted += 1;
                    self.notes
                        .push(format!("{} invented: {}", p.id, describe(&doc, e)));
                }
            }
        }
        for (g, _) in p.gold.iter().zip(&used).filter(|(g, u)| g.required && !**u) {
            self.notes.push(format!("{} missed: {g:?}", p.id));
        }
        self.gold += p.gold.iter().filter(|g| g.required).count();
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores `fixture`, prints its figures under `name`, returns (P, R) on
/// type and actor.
fn score(name: &str, fixture: &str) -> (f64, f64) {
    let paragraphs = parse(fixture);
    let mut t = Tally::default();
    for p in &paragraphs {
        t.paragraph(p);
    }
    let (p, r) = (ratio(t.loose, t.predicted), ratio(t.loose, t.gold));
    let (pf, rf) = (ratio(t.full, t.predicted), ratio(t.full, t.gold));
    println!("{}", t.notes.join("\n"));
    println!(
        "{name}: {} paragraphs, {} gold, {} predicted; type+actor P {p:.3} R {r:.3}; \
         all fields P {pf:.3} R {rf:.3}",
        paragraphs.len(),
        t.gold,
        t.predicted
    );
    (p, r)
}

#[test]
fn events_on_wire_paragraphs_of_our_own() {
    assert!(parse(FIXTURE).len() >= 30);
    let (p, r) = score("wire-events", FIXTURE);
    assert!(p >= MIN_PRECISION && r >= MIN_RECALL, "P {p:.3} R {r:.3}");
}

/// Paragraphs written after the rules were fixed, never used to change one:
/// printed, with a floor on precision only (they are few).
#[test]
fn events_on_fresh_wire_paragraphs() {
    let (p, _) = score("wire-events-fresh", FRESH);
    assert!(p >= MIN_FRESH_PRECISION, "P {p:.3}");
}

/// The recipient block: printed, with a floor on precision.
#[test]
fn events_on_recipient_paragraphs() {
    assert!(parse(FRESH2).len() >= 12);
    let (p, _) = score("wire-events-fresh2", FRESH2);
    assert!(p >= MIN_FRESH2_PRECISION, "P {p:.3}");
}

/// The event-type block: printed, with a floor on precision.
#[test]
fn events_on_type_paragraphs() {
    assert!(parse(FRESH3).len() >= 15);
    let (p, _) = score("wire-events-fresh3", FRESH3);
    assert!(p >= MIN_FRESH3_PRECISION, "P {p:.3}");
}

/// The actor and recipient block: printed, with a floor on precision.
#[test]
fn events_on_actor_paragraphs() {
    assert!(parse(FRESH4).len() >= 15);
    let (p, _) = score("wire-events-fresh4", FRESH4);
    assert!(p >= MIN_FRESH4_PRECISION, "P {p:.3}");
}

/// The recall block: printed, with floors on precision and on recall
/// (the block was written for recall; its rules were fitted on it, so the
/// floor keeps them, it does not measure them).
#[test]
fn events_on_recall_paragraphs() {
    assert!(parse(FRESH5).len() >= 20);
    let (p, r) = score("wire-events-fresh5", FRESH5);
    assert!(p >= MIN_FRESH5_PRECISION, "P {p:.3}");
    assert!(r >= MIN_FRESH5_RECALL, "R {r:.3}");
}

/// The codebook block: printed, with a floor on precision.
#[test]
fn events_on_codebook_paragraphs() {
    assert!(parse(FRESH6).len() >= 90);
    let (p, _) = score("wire-events-fresh6", FRESH6);
    assert!(p >= MIN_FRESH6_PRECISION, "P {p:.3}");
}
