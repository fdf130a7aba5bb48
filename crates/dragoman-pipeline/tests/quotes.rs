//! The quote classes of issue 12 through the standard pipeline, each in a
//! sentence of our own: who speaks, with what sourcing, through whom, and
//! what they said.

use dragoman_model::{Date, Doc, Meta, Quote, Sourcing};
use dragoman_pipeline::Pipeline;

fn annotate(text: &str) -> Doc {
    let meta = Meta {
        date: "2026-03-14".parse::<Date>().ok(),
        ..Meta::default()
    };
    Pipeline::standard()
        .process_text("t", text.to_string(), meta)
        .doc
}

/// `speaker | sourcing | via | content` of each quote.
fn quotes(text: &str) -> Vec<String> {
    let doc = annotate(text);
    doc.quotes.iter().map(|q| line(&doc, q)).collect()
}

fn line(doc: &Doc, q: &Quote) -> String {
    let content: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
    let via: Vec<&str> = q.via.iter().filter_map(|v| v.speaker.as_deref()).collect();
    format!(
        "{} | {} | {} | {}",
        q.speaker.as_deref().unwrap_or("-"),
        q.sourcing.as_str(),
        via.join(", "),
        content.join(" … ")
    )
}

#[test]
fn an_attribution_after_its_content_takes_the_sentence_before() {
    let found = quotes(
        "The truce will be extended by a month. This was reported by the Harbour Gazette, citing two officials.",
    );
    assert_eq!(
        found,
        ["two officials | anonymous | Harbour Gazette | The truce will be extended by a month"]
    );
}

#[test]
fn according_to_names_the_speaker_not_the_subject() {
    let found = quotes("According to Umerov, the delegations agreed to meet again in April.");
    assert_eq!(
        found,
        ["Umerov | named |  | the delegations agreed to meet again in April"]
    );
}

#[test]
fn speaking_on_condition_of_anonymity_is_anonymous() {
    let found = quotes(
        "A senior diplomat, speaking on condition of anonymity, said the vote would be delayed.",
    );
    assert_eq!(
        found,
        ["A senior diplomat | anonymous |  | the vote would be delayed"]
    );
}

#[test]
fn an_unnamed_official_is_anonymous_even_when_cited() {
    let found = quotes(
        "The Harbour Gazette, citing a Chilean official, reported that the border would reopen.",
    );
    assert_eq!(
        found,
        ["a Chilean official | anonymous | Harbour Gazette | that the border would reopen"]
    );
}

#[test]
fn it_is_the_organization_named_before() {
    let found = quotes(
        "The foreign ministry issued a statement on Monday. It said the envoy would return to Lima.",
    );
    assert_eq!(
        found,
        ["The foreign ministry | named |  | the envoy would return to Lima"]
    );
}

#[test]
fn the_office_speaks_and_mr_is_no_name() {
    assert_eq!(
        quotes("Zelenskiy's office said the meeting had been productive."),
        ["Zelenskiy's office | named |  | the meeting had been productive"]
    );
    // The same when the tagger finds a person before the office.
    assert_eq!(
        quotes("Orban's office said the meeting had been productive."),
        ["Orban's office | named |  | the meeting had been productive"]
    );
    assert_eq!(
        quotes("Mr Varga said the proposal was fair."),
        ["Varga | named |  | the proposal was fair"]
    );
}

#[test]
fn words_that_are_not_speech_quote_nothing() {
    for text in [
        "The ministers discussed the border and agreed to the terms of the truce.",
        "The two leaders welcomed the accord at a ceremony in Lima.",
        "It was not clear whether the envoy would attend.",
    ] {
        assert_eq!(quotes(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_colon_introduces_the_words() {
    assert_eq!(
        quotes("Peskov said: \"There is no date for a summit yet.\""),
        ["Peskov | named |  | \"There is no date for a summit yet.\""]
    );
}

#[test]
fn sourcing_is_read_for_every_kind() {
    let doc = annotate("Officials familiar with the talks said the draft was ready.");
    assert_eq!(doc.quotes[0].sourcing, Sourcing::Anonymous);
}

#[test]
fn a_denial_in_a_reduced_relative_clause_is_the_denier_s() {
    let found = quotes(
        "Peru accused Chile of moving troops to the border, an accusation the Chilean defence ministry denied.",
    );
    assert!(
        found
            .iter()
            .any(|q| q.starts_with("the Chilean defence ministry |")),
        "{found:#?}"
    );
}

#[test]
fn a_newspaper_glued_before_a_dash_is_no_part_of_what_is_said() {
    let found = quotes(
        "The Harbour Gazette — Envoys of Chile and Peru will meet in Lima next week, the foreign ministry said.",
    );
    assert_eq!(
        found,
        ["the foreign ministry | named |  | Envoys of Chile and Peru will meet in Lima next week"]
    );
}

/// Regression (found by the `ingest_clean` fuzz target): a report ending
/// in the one-word sentence "it" made the "This was reported by" reading
/// look past the last token.
#[test]
fn regression_a_report_ending_in_it_does_not_panic() {
    assert_eq!(quotes("The envoys met in Lima.\nit"), Vec::<String>::new());
    assert_eq!(
        quotes("The envoys met in Lima. It was"),
        Vec::<String>::new()
    );
    assert_eq!(
        quotes("The envoys met in Lima. This was reported by"),
        Vec::<String>::new()
    );
}

#[test]
fn a_second_attribution_joined_by_a_conjunction_is_its_own_quote() {
    let found = quotes(
        "Most delegates said the ceasefire was holding, and nearly half said the monitors had left.",
    );
    assert_eq!(
        found,
        [
            "Most delegates | named |  | the ceasefire was holding",
            "nearly half | named |  | the monitors had left",
        ]
    );
}

#[test]
fn content_stops_before_a_trailing_participle_after_the_quotation() {
    let found = quotes(
        "Mr. Okafor said on Monday that the draft \u{201c}would not survive a vote,\u{201d} referring to the budget plan.",
    );
    assert_eq!(
        found,
        ["Okafor | named |  | that the draft \u{201c}would not survive a vote,\u{201d}"]
    );
}

#[test]
fn content_stops_at_a_dash_before_another_cue() {
    let found = quotes(
        "The envoy said the talks would resume in May \u{2014} adding that the date was not fixed.",
    );
    assert_eq!(
        found[0],
        "The envoy | named |  | the talks would resume in May"
    );
}

#[test]
fn the_narrators_next_clause_is_not_content() {
    let found = quotes(
        "The minister said the border would reopen in spring, and he left for Geneva on the evening train.",
    );
    assert_eq!(
        found,
        ["The minister | named |  | the border would reopen in spring"]
    );
}

#[test]
fn a_longer_adverbial_before_that_is_passed_over() {
    let found = quotes(
        "Ms. Varga said during the second round of talks in Vienna that the draft needed work.",
    );
    assert_eq!(found, ["Varga | named |  | that the draft needed work"]);
}

#[test]
fn her_before_a_noun_is_a_possessor_in_a_source_after_the_content() {
    let found = quotes("Ms. Berg was also headed to Oslo, her aide said.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].ends_with("| Ms. Berg was also headed to Oslo"),
        "{found:#?}"
    );
}

#[test]
fn a_subordinate_attribution_after_the_content_is_its_own() {
    let found = quotes("Six in 10 delegates say the plan is fair, after half said so in March.");
    assert_eq!(
        found,
        [
            "Six in 10 delegates | named |  | the plan is fair",
            "half | named |  | so in March",
        ]
    );
}

#[test]
fn a_verb_opening_the_sentence_takes_the_source_after_it() {
    let found = quotes("Said the envoy, \u{201c}We are close to a deal.\u{201d}");
    assert_eq!(
        found,
        ["the envoy | named |  | \u{201c}We are close to a deal.\u{201d}"]
    );
}

#[test]
fn asking_not_to_be_named_is_anonymity_not_a_quote() {
    let found = quotes(
        "The officials, who asked not to be named because the talks are private, said the draft had changed.",
    );
    assert_eq!(
        found,
        ["The officials | anonymous |  | the draft had changed"]
    );
}

#[test]
fn an_unattributed_echo_inside_an_attributed_quote_is_dropped() {
    let found = quotes("The envoy is expected to travel to Lima next week, the ministry said.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("the ministry |"), "{found:#?}");
}

#[test]
fn a_definite_role_without_a_name_is_unnamed_and_refers_back() {
    let found = quotes(
        "A senior Valdorian diplomat said the border would reopen in May. The crossing at Merin will open first, the diplomat said.",
    );
    assert_eq!(
        found,
        [
            "A senior Valdorian diplomat | anonymous |  | the border would reopen in May",
            "A senior Valdorian diplomat | anonymous |  | The crossing at Merin will open first"
        ]
    );
}

#[test]
fn a_definite_role_whose_holder_was_named_is_named() {
    let found = quotes(
        "Senior diplomat Ana Ruiz arrived in Lima on Monday. The diplomat said the talks would resume.",
    );
    assert_eq!(found, ["Ana Ruiz | named |  | the talks would resume"]);
}

#[test]
fn regression_an_object_after_a_time_is_the_content_not_the_clause_inside_it() {
    // The "that" clause is the mayor's request, not the council's words.
    let found =
        quotes("The council rejected on Monday a request by the mayor that it delay the vote.");
    assert_eq!(
        found,
        ["The council | named |  | a request by the mayor that it delay the vote"]
    );
}

#[test]
fn a_counted_unnamed_source_after_its_cue_speaks() {
    let found = quotes(
        "The ceasefire will hold until Sunday, said three officials close to the mediators.",
    );
    assert_eq!(
        found,
        ["three officials close to the mediators | anonymous |  | The ceasefire will hold until Sunday"]
    );
}

#[test]
fn an_apposition_of_several_parts_keeps_the_name_before_it() {
    let found = quotes("Tomas Berg, 61, of Narvik, Norway, said the fishing quota was unfair.");
    assert_eq!(
        found,
        ["Tomas Berg | named |  | the fishing quota was unfair"]
    );
}

#[test]
fn the_source_stands_before_a_parenthesis_between_dashes() {
    let found =
        quotes("Ana Ruiz — the mediator since January — said the talks would resume on Friday.");
    assert_eq!(
        found,
        ["Ana Ruiz | named |  | the talks would resume on Friday"]
    );
}

#[test]
fn a_fronted_adverbial_is_no_content_when_the_cue_has_its_own() {
    let found =
        quotes("As the talks stalled in Lima, Chile has pledged to reopen its northern ports.");
    assert_eq!(found, ["Chile | named |  | to reopen its northern ports"]);
    let found =
        quotes("During the two-hour meeting, the mediator urged both sides to find a compromise.");
    assert_eq!(
        found,
        ["the mediator | named |  | both sides to find a compromise"]
    );
}

#[test]
fn a_passive_cue_says_its_subject_and_its_agent_speaks() {
    let found = quotes("The truce was announced by the ministry on Monday.");
    assert_eq!(found, ["the ministry | named |  | The truce"]);
    let found = quotes("The price of the ports deal was not disclosed.");
    assert_eq!(found, ["- | unattributed |  | The price of the ports deal"]);
    // What follows the passive is its content, not its subject.
    let found = quotes("It was reported that the envoy had left Lima.");
    assert!(found.iter().all(|q| !q.ends_with("| It")), "{found:#?}");
}

#[test]
fn an_institutions_spokesperson_speaks_on_the_record() {
    let found = quotes("The ports will reopen on Friday, a Chilean navy spokesperson said.");
    assert_eq!(
        found,
        ["a Chilean navy spokesperson | named |  | The ports will reopen on Friday"]
    );
}

#[test]
fn an_attribution_inside_an_outlets_report_passes_through_the_outlet() {
    let found = quotes("Ana Ruiz dismissed the accord as \"a show\", according to Reuters.");
    assert!(
        found
            .iter()
            .any(|q| q.starts_with("Ana Ruiz | named | Reuters |")),
        "{found:#?}"
    );
}

#[test]
fn content_after_a_time_starts_at_its_subject() {
    let found =
        quotes("Chile's foreign minister said on Monday he would not sign the fishing accord.");
    assert_eq!(
        found,
        ["Chile's foreign minister | named |  | he would not sign the fishing accord"]
    );
}

#[test]
fn an_organizations_name_keeps_its_title_words() {
    let doc = annotate("The envoy will travel to Lima next week, the State Department said.");
    let speakers: Vec<&str> = doc
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .collect();
    assert_eq!(speakers, ["State Department"]);
}

/// Regression: a verb with a prepositional tail before the comma took the
/// attribution after the comma for its content, and that attribution was lost.
#[test]
fn regression_the_attribution_after_a_prepositional_tail_keeps_its_content() {
    let found = quotes(
        "Peru and Chile have agreed on the text of a fishing accord, the Chilean ministry said.",
    );
    assert_eq!(
        found,
        ["the Chilean ministry | named |  | Peru and Chile have agreed on the text of a fishing accord"]
    );
}

#[test]
fn the_addressee_of_told_runs_to_that() {
    let found = quotes("Ana Ruiz told state television on Monday that the ports would reopen.");
    assert_eq!(found, ["Ana Ruiz | named |  | that the ports would reopen"]);
}

#[test]
fn declining_to_be_identified_is_anonymity_not_a_quote() {
    let found =
        quotes("Officials in Lima, who declined to be identified, said the ports would reopen.");
    assert_eq!(
        found,
        ["Officials in Lima | anonymous |  | the ports would reopen"]
    );
}

#[test]
fn a_readout_is_a_document() {
    let found = quotes(
        "The two leaders discussed the fishing accord, according to a readout of the call released by the Chilean presidency.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("| document |"), "{found:#?}");
}

/// Regression (reports of our own): "attacked" is a stance cue ("the
/// senator attacked the plan"), and it made gunmen the speakers of a police
/// post. Force is no statement.
#[test]
fn regression_force_is_no_stance() {
    for text in [
        "Gunmen attacked a police post in the north on Sunday.",
        "On Sunday, armed men attacked the police post in the north.",
        "Senator Ann Varga attacked the plan on Sunday.",
    ] {
        let doc = annotate(text);
        let cues: Vec<&str> = doc
            .quotes
            .iter()
            .flat_map(|q| q.cue.iter().map(|c| doc.slice(*c)))
            .collect();
        if text.starts_with("Senator") {
            assert_eq!(cues, ["attacked"], "{text}");
        } else {
            assert!(cues.is_empty(), "{text}: {cues:?}");
        }
    }
}

/// Regressions (reports of our own): a trailing "X said in a statement"
/// ends the content of a cue before it, as "X said" does; "one of them" is
/// someone of an unnamed group; a pronoun after a relative clause (", who
/// met Lavrov,") is the clause's antecedent's.
#[test]
fn regression_statements_partitives_and_relative_clauses() {
    let doc =
        annotate("Lula promised support for Lima, the Brazilian presidency said in a statement.");
    let main = doc
        .quotes
        .iter()
        .find(|q| q.cue.iter().any(|c| doc.slice(*c).starts_with("said")));
    let main = main.expect("the statement is an attribution");
    assert_eq!(doc.slice(main.content[0]), "Lula promised support for Lima");

    let doc = annotate(
        "Two Chilean diplomats said the draft had shrunk. One of them said the text left fishing open.",
    );
    let last = doc.quotes.last().expect("two attributions");
    assert_eq!(doc.slice(last.source[0]), "One of them");
    assert_eq!(last.sourcing, Sourcing::Anonymous);

    let doc = annotate(
        "Peru's foreign minister Ana Ruiz, who met Bolivian President Luis Arce in La Paz, \
         criticised the bloc for what she called “a closed door”.",
    );
    let called = doc
        .quotes
        .iter()
        .find(|q| q.speaker.is_some())
        .expect("an attribution");
    assert_eq!(called.speaker.as_deref(), Some("Ana Ruiz"));

    // What another source says after the attribution is not its content.
    let doc = annotate(
        "Peru and Chile agreed on the text on Thursday, the Peruvian ministry said, \
         but Santiago insisted that Lima first ratify it.",
    );
    let ministry = doc
        .quotes
        .iter()
        .find(|q| q.speaker.as_deref() == Some("the Peruvian ministry"))
        .expect("the ministry's attribution");
    assert_eq!(ministry.content.len(), 1, "{:?}", ministry.content);
    assert!(doc
        .quotes
        .iter()
        .any(|q| q.speaker.as_deref() == Some("Santiago")));
}

/// Regressions (a Cairo report of our own): "he said" right after an
/// unnamed source goes on with that source (it had taken the nationality
/// word opening the report for a person's name); an "as ..." clause after a
/// mid-sentence attribution is the narrator's setting, not the content.
#[test]
fn regression_he_goes_on_with_an_unnamed_source() {
    let doc = annotate(
        "Chilean and Peruvian mediators met the union in Lima on Monday, a senior Chilean \
         official said, as the government accused the union of stalling.\n\n\
         The official, who was not authorized to speak, said the talks were slow. \
         He said a second round was planned.",
    );
    let first = &doc.quotes[0];
    assert_eq!(first.content.len(), 1, "{:?}", first.content);
    let he = doc
        .quotes
        .iter()
        .find(|q| q.source.first().is_some_and(|s| doc.slice(*s) == "He"))
        .expect("the attribution to 'He'");
    assert_eq!(he.sourcing, Sourcing::Anonymous);
    assert_eq!(he.speaker.as_deref(), Some("a senior Chilean official"));
}

/// Regression: "speaking on condition of anonymity" after the attribution
/// was read as more of what the official said.
#[test]
fn regression_how_it_was_said_is_not_what_was_said() {
    let found = quotes(
        "The ceasefire will hold until Friday, a Chilean official said, speaking on condition of anonymity because he was not allowed to brief reporters.",
    );
    assert_eq!(
        found,
        ["a Chilean official | anonymous |  | The ceasefire will hold until Friday"]
    );
}

/// Regression: a pronoun with no person before it stood for the word that
/// opened its sentence ("Talks" said it).
#[test]
fn regression_a_sentence_opening_word_is_nobodys_name() {
    let found = quotes("Storms of this kind, she said, are rare in the north.");
    assert_eq!(
        found,
        ["she | named |  | Storms of this kind … are rare in the north"]
    );
}

/// Regression: a title phrase whose holder is named in an apposition
/// ("The commission's chairman, Ana Rojas, welcomed ... and urged ...")
/// spoke under the title, not the name.
#[test]
fn regression_the_holder_named_in_an_apposition_speaks() {
    let found = quotes(
        "The Andean Water Commission chairman, Ana Rojas, welcomed the talks and urged both sides to share the river.",
    );
    assert_eq!(
        found,
        ["Ana Rojas | named |  | both sides to share the river"]
    );
}

/// Regression: "X, the diplomat said: a, b and c" kept only the words after
/// the colon; the clause before the source is what was said too.
#[test]
fn regression_a_clause_before_the_source_and_a_list_after_its_colon() {
    let found =
        quotes("The plan has two parts, the diplomat said: a border line and a water board.");
    assert_eq!(
        found,
        ["the diplomat | anonymous |  | The plan has two parts … a border line and a water board"]
    );
    let found = quotes("In a statement, the ministry said: the border will reopen.");
    assert_eq!(found, ["the ministry | named |  | the border will reopen"]);
}

/// Regression: "This was stated by X, reports the outlet" lost the outlet
/// that passed the statement on.
#[test]
fn regression_a_statement_passed_on_by_an_outlet_after_its_source() {
    let found = quotes(
        "The truce will be extended by a month. This was stated by Ivo Dan, reports the Harbour Gazette.",
    );
    assert_eq!(
        found,
        ["Ivo Dan | named | Harbour Gazette | The truce will be extended by a month"]
    );
    let found = quotes(
        "The truce will be extended by a month. This was stated by Ivo Dan, the Gazette reports.",
    );
    assert_eq!(
        found,
        ["Ivo Dan | named | Gazette | The truce will be extended by a month"]
    );
}

/// Regression: "..., as Santiago pressed Lima to ..." after what was said
/// was read as more of it; it is the narrator's setting.
#[test]
fn regression_the_narrators_setting_after_a_comma_is_not_content() {
    let found = quotes(
        "Rosa Vidal said on Friday that the talks had been useful, as Santiago pressed Lima to sign.",
    );
    assert_eq!(
        found,
        ["Rosa Vidal | named |  | that the talks had been useful"]
    );
}

#[test]
fn stance_verbs_that_pass_no_words_on_quote_nothing() {
    for text in [
        "Prosecutors in Valdia charged the ferry captain with smuggling on Monday.",
        "Fishermen protested outside the harbor office in Portmar on Tuesday.",
        "The port authority charged a fee of 40 euros for every berth.",
        "The captain was charged with smuggling.",
    ] {
        assert_eq!(quotes(text), Vec::<String>::new(), "{text}");
    }
    // With the words passed on, the same verbs are cues.
    assert_eq!(
        quotes("The union charged that the levy would ruin the harbor."),
        ["The union | named |  | that the levy would ruin the harbor"]
    );
}

#[test]
fn an_unnamed_spokesperson_or_a_possessed_role_is_anonymous() {
    // No name and no institution: nobody is named.
    assert_eq!(
        quotes("The ferries will resume on Friday, a spokesperson said."),
        ["a spokesperson | anonymous |  | The ferries will resume on Friday"]
    );
    assert_eq!(
        quotes("Ann Lee left the talks early. Her chief of staff said the draft was dead."),
        ["Her chief of staff | anonymous |  | the draft was dead"]
    );
    // An aide named with that role before is named.
    assert_eq!(
        quotes("The minister arrived with aide Tomas Berg. His aide said the draft was dead."),
        ["Tomas Berg | named |  | the draft was dead"]
    );
}

#[test]
fn an_impersonal_passive_names_no_source() {
    assert_eq!(
        quotes("It is said that the harbor will reopen in May."),
        ["- | unattributed |  | that the harbor will reopen in May"]
    );
    assert_eq!(
        quotes("The levy rose when it was revealed in March that the port had debts."),
        ["- | unattributed |  | that the port had debts"]
    );
}

/// Regression: "..., as the Gazette reported on Wednesday." closing a
/// sentence passed nothing on; the clause before it is the Gazette's report.
/// "..., as expected." is no source.
#[test]
fn regression_a_closing_as_clause_passes_the_sentence_on() {
    let found = quotes(
        "Talks between Chile and Peru broke up on Tuesday with no deal, as the Harbour Gazette reported on Wednesday.",
    );
    assert_eq!(
        found,
        ["Harbour Gazette | outlet |  | Talks between Chile and Peru broke up on Tuesday with no deal"]
    );
    assert_eq!(
        quotes("The talks broke up, as expected."),
        Vec::<String>::new()
    );
}

/// Regression (wire copy of our own): a saying took the date of a time
/// expression inside another saying of its sentence ("accused ... and
/// demanded that ... a 2023 raid" dated the accusation 2023).
#[test]
fn regression_a_date_inside_another_saying_dates_no_saying() {
    let doc = annotate(
        "Vel accused Lima of stalling the talks and demanded that Quito hand over a suspect in a 2023 raid.",
    );
    let dates: Vec<(&str, Option<&str>)> = doc
        .quotes
        .iter()
        .map(|q| (doc.slice(q.cue[0]), q.date.as_deref()))
        .collect();
    assert!(dates.iter().any(|(cue, _)| *cue == "accused"), "{dates:?}");
    assert!(dates.iter().all(|(_, d)| d.is_none()), "{dates:?}");
}

/// Regression (wire copy of our own): a source with a relative clause
/// ("a diplomat who asked not to be named", "officials who spoke on
/// condition of anonymity") was cut at "who" or read from inside the
/// clause, and "according to X who ..." before its clause quoted nothing.
#[test]
fn regression_a_relative_clause_belongs_to_its_source() {
    assert_eq!(
        quotes("According to a diplomat who asked not to be named, Peru offered to host talks."),
        ["a diplomat who asked not to be named | anonymous |  | Peru offered to host talks"]
    );
    let trailing =
        quotes("Peru offered to host talks, according to a diplomat who asked not to be named.");
    assert!(
        trailing
            .iter()
            .any(|q| q.starts_with("a diplomat who asked not to be named | anonymous")),
        "{trailing:?}"
    );
    assert_eq!(
        quotes("Officials who spoke on condition of anonymity said the talks had stalled."),
        ["Officials who spoke on condition of anonymity | anonymous |  | the talks had stalled"]
    );
    let described =
        quotes("Peru offered to host talks, according to Ana Vel, who heads the mission.");
    assert!(
        described.iter().all(|q| !q.contains("heads the mission")),
        "{described:?}"
    );
}

/// Regression (wire copy of our own): a source ending in "meeting" was
/// taken for a dangling participle, so "diplomats at the meeting said"
/// quoted nothing.
#[test]
fn regression_a_source_may_end_in_a_meeting() {
    assert_eq!(
        quotes("Two diplomats who attended the meeting said the talks had stalled."),
        ["Two diplomats who attended the meeting | anonymous |  | the talks had stalled"]
    );
    assert!(quotes("Protesters marching said the talks had stalled.").is_empty());
}
