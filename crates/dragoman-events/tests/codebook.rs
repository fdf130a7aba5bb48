//! Regression tests of the codebook round (events7): one class each, read
//! from the PLOVER 2.0 codebook or from our own wire sentences, written for
//! these tests, with a sentence of another sense beside it where the rule
//! could misfire.

mod common;

use common::{coded_with, Coded, Given};
use dragoman_model::EntityType::{Loc, Misc, Org};

/// The places, peoples and bodies the sentences name.
const NAMES: &[Given<'static>] = &[
    ("Norland", Loc, Some("NOR"), None),
    ("Estavia", Loc, Some("EST"), None),
    ("Valdoria", Loc, Some("VAL"), None),
    ("Norlandic", Misc, Some("NOR"), None),
    ("Estavian", Misc, Some("EST"), None),
    ("Brask", Loc, Some("NOR"), None),
    ("European Union", Org, None, None),
];

/// Each event of `text`, coded.
fn coded(text: &str) -> Vec<Coded> {
    coded_with(text, "2026-11-04", NAMES)
}

fn kinds(text: &str) -> Vec<String> {
    coded(text).into_iter().map(|e| e.0).collect()
}

/// The PLOVER 2.0 manual codes international sanctions as SANCTION
/// `discontinue`, where the 2021 CAMEO table has COERCE for CAMEO 163.
#[test]
fn regression_sanctions_imposed_are_a_sanction() {
    assert_eq!(
        kinds("The European Union imposed new sanctions on Estavia on Tuesday."),
        ["SANCTION"]
    );
    assert_eq!(
        kinds("Norland imposed an arms embargo on Estavia on Tuesday."),
        ["SANCTION"]
    );
    // Sanctions still to come threaten, as before.
    assert_eq!(
        kinds("Norland could impose sanctions on Estavia if the talks fail."),
        ["THREATEN"]
    );
    assert_eq!(
        kinds("Norland will impose sanctions on Estavia next week."),
        ["THREATEN"]
    );
    // A curfew imposed stays coercion (CAMEO 1723).
    assert_eq!(
        kinds("Estavia imposed a curfew in Valdoria on Tuesday."),
        ["COERCE"]
    );
}

/// A verb coordinated with a closing attribution (", state radio reported,
/// and vowed to ...") is the reported clause's subject's, not the outlet's.
#[test]
fn regression_a_vow_after_a_closing_attribution_is_the_actors() {
    let e = coded(
        "Norland shelled Estavian positions on Tuesday, state radio reported, \
         and vowed to keep up its attacks.",
    );
    assert!(e.len() >= 2, "{e:?}");
    assert!(e.iter().all(|e| e.2 == "NOR"), "{e:?}");
    // A verb of saying that opens its sentence keeps its own subject.
    let e = coded(
        "The Norlandic minister said on Tuesday that Estavia had shelled the border, \
         and vowed to respond.",
    );
    assert!(e.iter().any(|e| e.0 == "THREATEN" && e.2 == "NOR"), "{e:?}");
}

/// A release whose object is made public ("released a video", "released
/// figures") frees no one: no RETREAT. Prisoners released still are.
#[test]
fn regression_a_video_released_is_no_retreat() {
    assert!(kinds("Norland released a video of the storm over Estavia.").is_empty());
    assert!(
        kinds("Norland released figures on Tuesday showing exports to Estavia fell.").is_empty()
    );
    assert_eq!(
        kinds("Norland released 12 Estavian prisoners on Tuesday."),
        ["RETREAT"]
    );
}

/// A game told with a score, or a verb acting on a word of sport, is no
/// event of any type ("met Estavia in the final and won 2-0", "conceded
/// two goals"); a meeting with neither stays one.
#[test]
fn regression_a_game_is_no_meeting_or_concession() {
    assert!(kinds("Norland met Estavia in the final on Sunday and won 2-0.").is_empty());
    assert!(kinds("The Norlandic goalkeeper conceded two goals against Estavia.").is_empty());
    assert_eq!(
        kinds("Norland met Estavia in Brask on Sunday to discuss fishing rights."),
        ["CONSULT"]
    );
}

/// A possessive country before an office whose word the verb dictionary
/// also holds ("Norland's finance minister", "trade envoy") lends its
/// country to the official.
#[test]
fn regression_a_countrys_finance_minister_acts_for_it() {
    let e = coded("Norland's finance minister met Estavia's president on Tuesday.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, &*e[0].2, &*e[0].3), ("CONSULT", "NOR", "EST"));
    let e = coded("Norland's trade envoy accused Estavia of dumping steel.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, &*e[0].2), ("ACCUSE", "NOR"));
}

/// From the CAMEO labels: a veto is a rejection (129), an investigation
/// opened into a party is ACCUSE `investigate' (090), drills held by one
/// side MOBILIZE (150) and joint ones COOPERATE (062). Studying a thing
/// stays no event.
#[test]
fn regression_vetoes_investigations_and_drills_from_the_codebook() {
    assert_eq!(
        kinds("Norland vetoed new sanctions against Estavia on Tuesday."),
        ["REJECT"]
    );
    assert_eq!(
        kinds("Norland opened an investigation into Valdoria's subsidies."),
        ["ACCUSE"]
    );
    assert!(kinds("The Norlandic ministry would study the proposal.").is_empty());
    assert_eq!(
        kinds("Norland conducted military drills near the border with Estavia."),
        ["MOBILIZE"]
    );
    assert_eq!(
        kinds("Norland and Estavia conducted joint naval exercises on Tuesday."),
        ["COOPERATE"]
    );
}

/// British spelling, the wire's, doubles a final l: "travelled" is coded as
/// "traveled" is.
#[test]
fn regression_a_visit_spelt_travelled_is_a_visit() {
    let e = coded("The Norlandic foreign minister travelled to Estavia on Tuesday for talks.");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((&*e[0].0, &*e[0].2, &*e[0].3), ("CONSULT", "NOR", "EST"));
}

/// "Conceded that ..." admits a fact, it yields nothing; a concession of
/// a demand stays one.
#[test]
fn regression_conceding_a_fact_is_no_concession() {
    assert!(kinds("Norland's finance minister conceded that growth had slowed.").is_empty());
    assert_eq!(
        kinds("Norland conceded the demands of Estavia on Tuesday."),
        ["CONCEDE"]
    );
}
