//! Events of different reports compared as one claim when their actors are
//! one canonical actor ("Vladimir Putin", "the Russian president", "Putin")
//! and their dates agree; a meeting told a month later is another claim;
//! a surname meets the full name another report gives. Texts written for
//! this test.

mod common;

use common::{doc, reports};
use dragoman_stories::compare;

#[test]
fn one_president_under_three_names_is_one_claim() {
    let docs = [
        doc(
            "Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.",
            "2025-11-19",
        ),
        doc(
            "The Russian president met Erdogan in Ankara on Tuesday, officials said.",
            "2025-11-19",
        ),
        doc(
            "Putin met Erdogan in Ankara on Tuesday to discuss grain exports.",
            "2025-11-20",
        ),
        doc("Putin met Erdogan in Sochi on December 15.", "2025-12-16"),
    ];
    let rs = reports(&docs, &[]);
    let c = compare(&rs);
    let putin: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.actor_key == "actor:vladimir-putin")
        .collect();
    let docs_of = |e: &dragoman_stories::compare::EventClaim| {
        e.accounts.iter().map(|a| a.doc).collect::<Vec<_>>()
    };
    assert!(
        putin.iter().any(|e| docs_of(e) == [1, 2, 3]),
        "{:#?}",
        c.events
    );
    let december = putin.iter().find(|e| docs_of(e) == [4]);
    assert!(
        december.is_some(),
        "a meeting a month later: {:#?}",
        c.events
    );
    let same = putin.iter().find(|e| docs_of(e) == [1, 2, 3]).unwrap();
    assert_eq!(same.actor, "Vladimir Putin");
    assert!(
        !same.disagreements.iter().any(|d| d.starts_with("parties")),
        "the names differ, the parties do not: {:#?}",
        same.disagreements
    );
}

#[test]
fn a_surname_meets_the_full_name_of_another_report() {
    let docs = [
        doc(
            "Kestrian envoy Anton Varga met Norland's Helen Marsh in Geneva on Monday.",
            "2026-03-03",
        ),
        doc(
            "Varga met Marsh in Geneva on Monday, a Swiss official said.",
            "2026-03-04",
        ),
    ];
    let rs = reports(&docs, &[]);
    let c = compare(&rs);
    let varga = c
        .events
        .iter()
        .find(|e| e.actor_key == "name:anton varga")
        .unwrap_or_else(|| panic!("{:#?}", c.events));
    let docs_of: Vec<i64> = varga.accounts.iter().map(|a| a.doc).collect();
    assert_eq!(docs_of, [1, 2], "{varga:#?}");
    assert_eq!(varga.actor, "Anton Varga");
}
