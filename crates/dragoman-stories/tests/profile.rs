//! Profiles of reports run through the pipeline: names weigh more than
//! words, function words and URL lines are left out, and the date comes
//! from the metadata or a date line under the headline. Texts written for
//! this test.

use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use dragoman_stories::Profile;

fn profile(text: &str, meta: Meta) -> Profile {
    let pipeline = Pipeline::up_to(&["entities", "timex"]).unwrap();
    Profile::of(&pipeline.process_text("t", text.to_string(), meta).doc)
}

fn weight(p: &Profile, term: &str) -> Option<f32> {
    p.terms.iter().find(|t| t.text == term).map(|t| t.weight)
}

#[test]
fn names_weigh_more_than_words_and_function_words_are_left_out() {
    let p = profile(
        "Talks on the border resumed in Geneva on Tuesday, when Ararat Mirzoyan met the envoys.",
        Meta::default(),
    );
    assert_eq!(weight(&p, "w:talks"), Some(1.0));
    assert!(weight(&p, "e:geneva").unwrap() > 1.0);
    assert!(weight(&p, "e:mirzoyan").unwrap() > 1.0);
    assert_eq!(weight(&p, "w:the"), None);
    assert_eq!(
        weight(&p, "w:geneva"),
        None,
        "a name's word counts once, as a name"
    );
}

#[test]
fn a_url_line_is_skipped_and_the_date_line_under_the_headline_dates_the_report() {
    let text = "http : / / www . example . org / news / 2013 / talks\nTalks resume in Geneva\nSeptember 17 , 2013 4 : 16 PM ET\nEnvoys met in Geneva on Tuesday.";
    let p = profile(text, Meta::default());
    assert_eq!(weight(&p, "w:example"), None);
    assert_eq!(weight(&p, "w:http"), None);
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2013-09-17"));
}

#[test]
fn the_report_date_given_wins_over_a_date_line() {
    let meta = Meta {
        date: Some("2025-11-20".parse().unwrap()),
        ..Meta::default()
    };
    let p = profile("Talks resume\nSeptember 17 , 2013\nEnvoys met.", meta);
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
}

#[test]
fn a_reports_year_is_its_dates_else_the_latest_of_those_it_names_once() {
    let undated = profile(
        "The quake of 2004 was recalled as rescuers dug through the rubble in 2013 and 2012.",
        Meta::default(),
    );
    assert_eq!(undated.year, Some(2013));
    let dated = Meta {
        date: Some("2011-05-02".parse().unwrap()),
        ..Meta::default()
    };
    let p = profile("Officials said the bridge would open in 2014.", dated);
    assert_eq!(
        p.year,
        Some(2011),
        "the date's year, not a year looked ahead to"
    );
    assert_eq!(profile("No year here.", Meta::default()).year, None);
}

#[test]
fn the_year_in_the_reports_address_wins_over_the_years_it_names() {
    let text = "http : / / www . example . org / news / 2013 / 07 / quake\n\nRescuers recalled the 2004 tsunami and looked ahead to a 2014 census.";
    assert_eq!(profile(text, Meta::default()).year, Some(2013));
    let meta = Meta {
        url: Some("https://news.example.org/2012/03/talks-on-2016-games.html".into()),
        ..Meta::default()
    };
    assert_eq!(
        profile("The census of 2014 was discussed.", meta).year,
        Some(2012)
    );
}

#[test]
fn a_year_looked_ahead_to_is_not_the_reports() {
    let p = profile(
        "In 2019 the ministry set a goal. In 2019 it also signed a pact, and by 2030 it hopes to finish.",
        Meta::default(),
    );
    assert_eq!(p.year, Some(2019));
}
