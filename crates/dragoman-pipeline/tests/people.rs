//! Countries of persons and government bodies through the standard pipeline,
//! on sentences of our own: each test is a regression test of a name a
//! reader of wire copy saw left without its country.

use dragoman_model::{Date, Doc, EntityType, Meta};
use dragoman_pipeline::Pipeline;

fn annotate(text: &str) -> Doc {
    let meta = Meta {
        date: Some(Date::new(2025, 3, 5).expect("a date")),
        ..Meta::default()
    };
    annotate_with(text, meta)
}

fn annotate_with(text: &str, meta: Meta) -> Doc {
    Pipeline::standard()
        .process_text("people", text.to_string(), meta)
        .doc
}

/// The country of every person mention written `name`.
fn countries_of(doc: &Doc, name: &str) -> Vec<Option<String>> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Per && e.span.of(&doc.text) == name)
        .map(|e| e.country.as_deref().map(str::to_string))
        .collect()
}

#[test]
fn regression_a_family_name_written_first_keeps_the_country() {
    let doc = annotate(
        "Chinese Foreign Minister Lin Weiguo met his Thai counterpart on Tuesday. \
         Lin said the two sides would open a hotline.",
    );
    assert_eq!(countries_of(&doc, "Lin Weiguo"), [Some("CHN".to_string())]);
    assert_eq!(countries_of(&doc, "Lin"), [Some("CHN".to_string())]);
}

#[test]
fn regression_a_title_set_off_before_the_name_gives_its_country() {
    let doc = annotate(
        "On Tuesday, a Jordanian foreign ministry spokesman, Karim Haddad, said the border would reopen.",
    );
    assert_eq!(
        countries_of(&doc, "Karim Haddad"),
        [Some("JOR".to_string())]
    );
    // An apposition closed by a comma is the same person, wherever it stands.
    let doc = annotate("The ministry summoned the Jordanian ambassador, Karim Haddad, on Tuesday.");
    assert_eq!(
        countries_of(&doc, "Karim Haddad"),
        [Some("JOR".to_string())]
    );
    // The object of another verb gives nothing to the subject after it.
    let doc = annotate(
        "After meeting the Jordanian foreign minister, Karim Haddad said the talks went well.",
    );
    assert_eq!(countries_of(&doc, "Karim Haddad"), [None]);
}

#[test]
fn regression_the_body_before_a_title_lends_its_country() {
    let doc = annotate(
        "Hezbollah official Karim Haddad said the group had received the proposal. \
         Haddad said it would answer within days.",
    );
    let lebanon = [Some("LBN".to_string())];
    assert_eq!(countries_of(&doc, "Karim Haddad"), lebanon);
    assert_eq!(countries_of(&doc, "Haddad"), lebanon);
}

#[test]
fn regression_a_body_named_without_its_country_is_the_datelines() {
    let doc = annotate_with(
        "LIMA, March 5 (Reuters) - The Foreign Ministry said on Wednesday it had summoned \
         Chile's envoy. Chile's Foreign Ministry did not comment.",
        Meta {
            date: Some(Date::new(2025, 3, 5).expect("a date")),
            ..Meta::default()
        },
    );
    let bodies: Vec<(&str, Option<&str>)> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Org && e.span.of(&doc.text).contains("Ministry"))
        .map(|e| (e.span.of(&doc.text), e.country.as_deref()))
        .collect();
    assert_eq!(
        bodies,
        [
            ("Foreign Ministry", Some("PER")),
            ("Foreign Ministry", Some("CHL"))
        ]
    );
}

/// Regression (wire copy of our own): in a report datelined in a third
/// country's capital, a body named right after another country took the
/// dateline's country.
#[test]
fn regression_a_body_near_another_country_is_not_the_datelines() {
    let doc = annotate_with(
        "LIMA, March 5 (Reuters) - Talks on the border resumed in Lima on Wednesday. \
         Ecuador has rejected any new survey. \"The line is settled,\" Foreign Ministry \
         spokeswoman Ana Vel said.",
        Meta {
            date: Some(Date::new(2025, 3, 5).expect("a date")),
            ..Meta::default()
        },
    );
    let body = doc
        .entities
        .iter()
        .find(|e| e.span.of(&doc.text) == "Foreign Ministry")
        .expect("the body is found");
    assert_ne!(body.country.as_deref(), Some("PER"));
}

#[test]
fn regression_a_post_at_an_international_body_keeps_the_country() {
    let doc = annotate(
        "Peru's deputy U.N. ambassador Karim Haddad told the council the text was unbalanced.",
    );
    assert_eq!(
        countries_of(&doc, "Karim Haddad"),
        [Some("PER".to_string())]
    );
}

#[test]
fn regression_a_nationality_of_two_words_gives_the_country() {
    let doc = annotate(
        "South African Foreign Minister Thandi Mokoena met Mr Lee on Tuesday. Mokoena said the talks went well.",
    );
    let south_africa = [Some("ZAF".to_string())];
    assert_eq!(countries_of(&doc, "Thandi Mokoena"), south_africa);
    assert_eq!(countries_of(&doc, "Mokoena"), south_africa);
}

#[test]
fn regression_a_nationality_of_two_words_in_apposition_gives_the_country() {
    let doc = annotate("Thandi Mokoena, the South African envoy, said the talks went well.");
    assert_eq!(
        countries_of(&doc, "Thandi Mokoena"),
        [Some("ZAF".to_string())]
    );
}

#[test]
fn regression_a_body_s_possessor_of_two_words_gives_its_country() {
    // The last word before "'s" alone read "Sudan" (SDN) for South Sudan.
    let doc = annotate("South Sudan's Foreign Ministry said it would send a delegation.");
    let body = doc
        .entities
        .iter()
        .find(|e| e.span.of(&doc.text) == "Foreign Ministry")
        .expect("the ministry");
    assert_eq!(body.country.as_deref(), Some("SSD"));
}
