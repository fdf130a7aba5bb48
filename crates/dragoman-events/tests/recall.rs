//! Regression tests of the recall round (events6): one class of construction
//! each, in sentences written for these tests, with a sentence of another
//! sense beside it where the rule could misfire.

mod common;

use common::{coded_with, Coded, Given};
use dragoman_model::EntityType::{Loc, Misc, Org};

/// The places and peoples the sentences name.
const NAMES: &[Given<'static>] = &[
    ("Chile", Loc, Some("CHL"), None),
    ("Peru", Loc, Some("PER"), None),
    ("Bolivia", Loc, Some("BOL"), None),
    ("Chilean", Misc, Some("CHL"), None),
    ("Peruvian", Misc, Some("PER"), None),
    ("Lima", Loc, Some("PER"), None),
    ("Kremlin", Org, Some("RUS"), None),
];

/// Each event of `text`, coded.
fn coded(text: &str) -> Vec<Coded> {
    coded_with(text, "2026-10-12", NAMES)
}

fn kinds(text: &str) -> Vec<String> {
    coded(text).into_iter().map(|e| e.0).collect()
}

#[test]
fn regression_rejecting_an_accusation_is_a_rejection_that_took_place() {
    let e =
        coded("Chile rejected the accusations by Peru on Monday that its navy had rammed a boat.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        (&*e[0].0, e[0].1, &*e[0].2, &*e[0].3),
        ("REJECT", "occurred", "CHL", "PER")
    );
    let e = coded("The Chilean foreign minister denied the charges brought by Peru.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, e[0].1), ("REJECT", "occurred"));
}

#[test]
fn regression_the_content_of_a_claim_is_no_recipient() {
    let e = coded("The Kremlin dismissed claims that Peruvian drones had entered its airspace.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, &*e[0].3), ("REJECT", "-"));
}

#[test]
fn regression_a_preposition_before_a_day_matches_no_pattern() {
    // The dictionary's "push on" (an advance, CAMEO 190) shares its block
    // with "demand": "demanded on Monday" was coded an attack.
    let e = coded("Chile demanded on Monday that Peru withdraw its troops from the border.");
    assert_eq!(kinds_of(&e), ["REQUEST"]);
    assert_eq!(e[0].3, "PER");
}

fn kinds_of(e: &[Coded]) -> Vec<&str> {
    e.iter().map(|x| &*x.0).collect()
}

#[test]
fn regression_who_names_the_target_of_a_strike_is_no_recipient() {
    let e = coded("Chilean warplanes struck what Peru called rebel camps on Monday.");
    assert_eq!(kinds_of(&e), ["ASSAULT"]);
    assert_ne!(e[0].3, "PER", "{e:?}");
}

#[test]
fn regression_a_scheduled_visit_stays_a_visit() {
    let e = coded("The Chilean president is expected to visit Peru next week.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, e[0].1, &*e[0].3), ("CONSULT", "planned", "PER"));
    // The actor's own intent is still an agreement to meet (PLOVER manual).
    assert_eq!(
        kinds("The Chilean president will visit Peru next week."),
        ["AGREE"]
    );
}

#[test]
fn regression_an_offer_to_mediate_is_an_intent_to_mediate() {
    let e = coded("Chile offered to mediate between Peru and Bolivia.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, e[0].1, &*e[0].4), ("AGREE", "planned", "039"));
}

#[test]
fn regression_a_passive_welcome_of_a_president_is_a_visit() {
    let e = coded("The Chilean president was welcomed by Peruvian leaders in Lima on Monday.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, &*e[0].2, &*e[0].3), ("CONSULT", "CHL", "PER"));
}

#[test]
fn regression_a_visit_by_and_to_is_coded_beside_another_event() {
    let e = coded(
        "The visit by Chile's foreign minister to Peru on Tuesday came a week after \
         the two countries signed a trade pact.",
    );
    assert!(
        e.iter()
            .any(|x| x.0 == "CONSULT" && x.2 == "CHL" && x.3 == "PER"),
        "{e:?}"
    );
}

#[test]
fn regression_supplies_and_medicine_sent_are_aid_troops_and_goods_are_not() {
    assert_eq!(kinds("Chile sent medicine to Peru on Monday."), ["AID"]);
    // Aid still to come is an intent to provide it (PLOVER manual: AGREE).
    let e = coded("Chile will send humanitarian supplies to Peru next week.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, e[0].1, &*e[0].3), ("AGREE", "planned", "PER"));
    assert!(!kinds("Chile sent 300 troops to Peru on Monday.").contains(&"AID".to_string()));
    assert!(kinds("A Chilean firm will send supplies of copper to Peru.").is_empty());
}

#[test]
fn regression_setting_fire_to_a_building_is_an_assault() {
    let e = coded("Chilean rebels set fire to a police station in Peru on Monday.");
    assert_eq!(kinds_of(&e), ["ASSAULT"]);
    assert!(kinds("The Chilean bank set a fire sale price for Peru.").is_empty());
}

#[test]
fn regression_strengthened_forces_are_mobilized_strengthened_ties_not() {
    assert_eq!(
        kinds("Chile has strengthened its forces on the border with Peru."),
        ["MOBILIZE"]
    );
    assert!(!kinds("Chile strengthened its ties with Peru.").contains(&"MOBILIZE".to_string()));
}

#[test]
fn regression_a_resignation_is_a_retreat() {
    let e = coded("The Peruvian prime minister resigned on Sunday.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, e[0].1), ("RETREAT", "occurred"));
}

#[test]
fn a_game_is_no_strike() {
    assert!(kinds("Chile struck twice in the second half to beat Peru 2-0 on Monday.").is_empty());
}

#[test]
fn regression_strikes_and_street_protests_are_protests() {
    assert_eq!(
        kinds("Peruvian teachers went on strike on Monday."),
        ["PROTEST"]
    );
    assert_eq!(
        kinds("Peruvian truckers launched a nationwide strike on Monday."),
        ["PROTEST"]
    );
    assert_eq!(
        kinds("Peruvian students took to the streets on Sunday."),
        ["PROTEST"]
    );
    assert!(kinds("The Peruvian striker went on to score twice.").is_empty());
}

#[test]
fn regression_an_attack_or_protest_on_nobody_named_is_against_where_it_befell() {
    let e = coded("Opposition parties in Peru organized a general strike on Monday.");
    assert_eq!(kinds_of(&e), ["PROTEST"]);
    assert_eq!(e[0].3, "PER", "{e:?}");
    // A named party stays the recipient.
    let e = coded("Chilean troops shelled Bolivia from positions in Peru on Monday.");
    assert_eq!(e[0].3, "BOL", "{e:?}");
}
