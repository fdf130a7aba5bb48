//! The report that started dragoman (`../shared/seed/`, third-party text read
//! at test time, never copied here): the facts the whole pipeline must get
//! from it. Each assertion names a fact, not a span of the text.

use dragoman_model::{Doc, EntityType, EventStatus, Meta, QuoteKind, Sourcing};
use dragoman_pipeline::Pipeline;

/// The seed report run through the pipeline; `None` (the test skips) when
/// `../shared/seed` is absent, a panic under CI.
fn seed() -> Option<Doc> {
    let dir = dragoman_testkit::shared("seed")?;
    let file = std::fs::read_dir(&dir)
        .expect("the seed folder reads")
        .next()
        .expect("the seed folder holds a report")
        .expect("the seed folder lists")
        .path();
    let raw = std::fs::read_to_string(file).expect("the seed report reads");
    Some(
        Pipeline::standard()
            .process_text("seed", raw, Meta::default())
            .doc,
    )
}

/// (role, country, canonical) of the person mentions written `name`.
fn person<'a>(
    doc: &'a Doc,
    name: &str,
) -> Vec<(Option<&'a str>, Option<&'a str>, Option<&'a str>)> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Per && doc.slice(e.span) == name)
        .map(|e| {
            (
                e.role.as_deref(),
                e.country.as_deref(),
                e.canonical.as_deref(),
            )
        })
        .collect()
}

#[test]
fn seed_document_date_outlet_and_paragraphs() {
    let Some(doc) = seed() else { return };
    assert_eq!(
        doc.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-19")
    );
    assert_eq!(doc.meta.outlet.as_deref(), Some("EIRNS"));
    assert_eq!(
        doc.slice(doc.meta.dateline.unwrap()),
        "Nov. 19, 2025 (EIRNS)—"
    );
    assert_eq!(doc.text.split("\n\n").count(), 3);
}

#[test]
fn seed_people_roles_countries_and_outlets() {
    let Some(doc) = seed() else { return };
    let has = |name: &str, role: &str, country: &str| {
        let found = person(&doc, name);
        assert!(!found.is_empty(), "{name} is a person");
        for (r, c, _) in found {
            assert!(
                r.is_some_and(|r| r.contains(role)),
                "{name}: role {r:?}, want {role}"
            );
            assert_eq!(c, Some(country), "{name}");
        }
    };
    has("Steve Witkoff", "special envoy", "USA");
    has("Kirill Dmitriev", "envoy", "RUS");
    has("Sergey Lavrov", "foreign minister", "RUS");
    has("Yury Ushakov", "presidential aide", "RUS");
    has("Putin", "president", "RUS");
    has("Trump", "president", "USA");
    // "Dmitriev" is linked to "Kirill Dmitriev".
    assert!(person(&doc, "Dmitriev")
        .iter()
        .all(|(_, _, c)| *c == Some("Kirill Dmitriev")));
    for outlet in ["Axios", "Financial Times", "EIR News"] {
        assert!(
            doc.entities
                .iter()
                .any(|e| doc.slice(e.span) == outlet && e.subtype.as_deref() == Some("OUTLET")),
            "{outlet} is an outlet"
        );
    }
}

#[test]
fn seed_dates_resolve_against_the_report_date() {
    let Some(doc) = seed() else { return };
    let value = |words: &str| {
        doc.timexes
            .iter()
            .find(|t| doc.slice(t.span) == words)
            .map(|t| t.value.as_str())
    };
    assert_eq!(value("Nov. 17"), Some("2025-11-17"));
    assert_eq!(value("last week"), Some("2025-W46"));
    assert_eq!(value("August"), Some("2025-08"), "the August summit");
}

#[test]
fn seed_attributions_with_sourcing_and_via() {
    let Some(doc) = seed() else { return };
    // Axios, citing unnamed sources, claims the plan: anonymous, passed on by the outlet.
    let axios = doc
        .quotes
        .iter()
        .find(|q| q.source.iter().any(|s| doc.slice(*s) == "unnamed sources"));
    let axios = axios.expect("the unnamed sources' claim");
    assert_eq!(axios.sourcing, Sourcing::Anonymous);
    assert!(
        axios
            .via
            .iter()
            .any(|v| v.speaker.as_deref().is_some_and(|s| s.contains("Axios"))),
        "{:?}",
        axios.via
    );
    // Dmitriev, on the record: "He said that ... “to address ...”": named, mixed, He resolved.
    let dmitriev = doc
        .quotes
        .iter()
        .find(|q| q.source.iter().any(|s| doc.slice(*s) == "He"));
    let dmitriev = dmitriev.expect("Dmitriev's statement");
    assert_eq!(dmitriev.speaker.as_deref(), Some("Kirill Dmitriev"));
    assert_eq!(
        (dmitriev.sourcing, dmitriev.kind),
        (Sourcing::Named, QuoteKind::Mixed)
    );
}

#[test]
fn seed_events_and_the_plan() {
    let Some(doc) = seed() else { return };
    let consult = |a: &str, b: &str| {
        doc.events.iter().find(|e| {
            e.kind == "CONSULT"
                && e.actor.as_ref().is_some_and(|p| p.name.contains(a))
                && e.recipient.as_ref().is_some_and(|p| p.name.contains(b))
        })
    };
    // The renewed Witkoff–Dmitriev contacts are reported, not confirmed.
    let contacts = consult("Witkoff", "Dmitriev").expect("the Witkoff–Dmitriev consultation");
    assert_eq!(contacts.status, EventStatus::Reported);
    // The presidents' summit took place, in August, in Alaska.
    let summit = consult("Putin", "Trump").expect("the Putin–Trump summit");
    assert_eq!(summit.status, EventStatus::Occurred);
    assert_eq!(summit.date.as_deref(), Some("2025-08"));
    assert_eq!(summit.place.as_deref(), Some("Alaska"));
    // The plan of 28 points, proposed by the U.S.
    let plan = doc
        .proposals
        .iter()
        .find(|p| p.points == Some(28))
        .expect("the 28-point plan");
    assert_eq!(plan.proposer.as_deref(), Some("USA"));
    // Its four sections, checked by their opening words (the titles are the
    // seed's words, not ours to copy here).
    let sections: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections.len(), 4, "{sections:?}");
    let opens = [
        "peace in",
        "security guarantees",
        "security in",
        "future U.S.",
    ];
    for (title, start) in sections.iter().zip(opens) {
        assert!(title.starts_with(start), "{title:?} opens with {start:?}");
    }
    assert!(sections[3].ends_with("Russia and Ukraine"), "{sections:?}");
}

#[test]
fn seed_statements_carry_their_dates() {
    let Some(doc) = seed() else { return };
    let said_by = |name: &str| {
        doc.quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(name))
            .filter_map(|q| q.date.as_deref())
            .collect::<Vec<_>>()
    };
    // Dmitriev spoke on the record on Nov. 17; Lavrov's interviews were last week.
    assert!(
        said_by("Kirill Dmitriev").contains(&"2025-11-17"),
        "{:?}",
        said_by("Kirill Dmitriev")
    );
    assert!(
        said_by("Sergey Lavrov").contains(&"2025-W46"),
        "{:?}",
        said_by("Sergey Lavrov")
    );
}
