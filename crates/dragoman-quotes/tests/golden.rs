//! Golden tests: every construction the stage reads, on texts written for
//! these tests, drawn as carets under the text with the resolved fields below.

use dragoman_model::{Doc, Quote, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_testkit::draw_items;
use dragoman_tokenize::Tokenize;

/// Runs tokenize and the quote stage, then draws every quote (the testkit's
/// one renderer: carets, then each quote's fields).
fn draw(text: &str) -> String {
    let mut doc = Doc::from_text("golden", text);
    Tokenize.run(&mut doc);
    QuoteStage::new().run(&mut doc);
    draw_items::<Quote>(&doc)
}

/// As [`draw`], with the entity stage run first: the persons a pronoun
/// may stand for are the tagger's.
fn draw_with_entities(text: &str) -> String {
    let mut doc = Doc::from_text("golden", text);
    Tokenize.run(&mut doc);
    dragoman_entities::EntityStage::default().run(&mut doc);
    QuoteStage::new().run(&mut doc);
    draw_items::<Quote>(&doc)
}

#[test]
fn direct_quotes_in_every_style() {
    insta::assert_snapshot!(draw(
        "\"We will sign it,\" the envoy said.\n\n“Not this week,” said Maria Santos.\n\nThe mayor replied: «Nous verrons».\n\n“They called it ‘a trap’ from the start,” Santos added."
    ));
}

#[test]
fn a_quotation_over_several_paragraphs() {
    insta::assert_snapshot!(draw(
        "Tomas Berg said on Friday:\n\n“The first round went well.\n\n“The second round will be harder, and we know it.”\n\nThe talks resume in May."
    ));
}

#[test]
fn interrupted_quotations_make_one_attribution() {
    insta::assert_snapshot!(draw(
        "“The door is open,” Berg said, “but nobody has walked through it yet.”\n\n“We waited,” she said. “Then we left.”"
    ));
}

#[test]
fn indirect_and_mixed_speech() {
    insta::assert_snapshot!(draw(
        "Maria Santos said that the ceasefire would hold through the winter.\n\nThe minister told reporters the border would reopen.\n\nBerg claims the draft was “written in a hurry” by junior staff.\n\nThe harvest was poor, officials said."
    ));
}

#[test]
fn according_to_and_nominal_cues() {
    insta::assert_snapshot!(draw(
        "According to the Daily Ledger, the convoy left at dawn.\n\nThe convoy left at dawn, according to two drivers.\n\nThe ministry said in a statement that no talks were planned."
    ));
}

#[test]
fn broad_news_attribution() {
    insta::assert_snapshot!(draw(
        "Santos warned that the deal could collapse.\n\nBerg denied the report.\n\nThe opposition backs the plan to hold a vote in June."
    ));
}

#[test]
fn speakers_resolve_to_the_fullest_name() {
    insta::assert_snapshot!(draw(
        "Foreign Minister Anna Lind arrived in Oslo on Monday.\n\nLind said the talks were useful. She said the next round would follow.\n\nThe minister said nothing more."
    ));
}

#[test]
fn sourcing_kinds() {
    insta::assert_snapshot!(draw(
        "Unnamed sources said the envoy had resigned.\n\nA person close to the envoy said he would stay.\n\nThe Daily Ledger reported that he stayed.\n\nThe memo says the budget is final."
    ));
}

#[test]
fn nested_attributions_keep_the_outer_source_in_via() {
    insta::assert_snapshot!(draw(
        "The Daily Ledger, citing unnamed aides, claims the roadmap has two stages.\n\nAs the Evening Post wrote at the time, Berg said that the channel had stayed open.\n\nAccording to the Ledger, Santos told aides the vote would wait."
    ));
}

#[test]
fn a_report_with_nested_and_on_the_record_sources() {
    // An outlet citing anonymous officials, a speaker who gave an interview
    // (an appositive between name and cue), a pronoun for him, and an outlet
    // quoting an aide inside its own quotation marks.
    insta::assert_snapshot!(draw_with_entities(
        "Talks between the mediators Tomas Berg and Nikolai Varga are back on. Citing unnamed officials that “the 9-point roadmap” has two stages, the Daily Ledger article claims it was “written over one weekend.”\n\nVarga, who gave an interview to the Ledger on Friday, painted the roadmap in plainer colours: He said that the main aim is to draft a text “to reopen the ports and free the grain.”\n\nAs the Evening Post wrote at the time, “Cabinet adviser Ilse Korn also repeated that the channel had stayed open.”"
    ));
}

#[test]
fn a_quoted_paragraph_continues_the_attribution_before_it() {
    insta::assert_snapshot!(draw(
        "“We came to listen,” Santos said at the border crossing.\n\n“And we will come back in the spring.”\n\nThe crossing closed at noon."
    ));
}

#[test]
fn views_without_a_holder_are_unattributed() {
    insta::assert_snapshot!(draw(
        "The envoy seemed to waver on the second point.\n\nThe vote is expected to slip into June."
    ));
}

#[test]
fn long_sources_after_a_quotation() {
    insta::assert_snapshot!(draw(
        "“The border stays shut,” said former trade envoy Tomas Berg.\n\n“Nobody wants a long winter,” said one of the negotiators, who asked not to be named.\n\n“We will wait,” said Northern Harbour University political scientist Maria Santos."
    ));
}

#[test]
fn signed_quotations_on_one_line() {
    insta::assert_snapshot!(draw(
        "Voters at the border town gave their views.\n\n“The talks take too long.” ― Maria Santos “We want the road open.” ― Tomas Berg\n\n“Nobody asked us.” ― Ilse Korn"
    ));
}

#[test]
fn participles_skip_a_fronted_adverbial_to_the_subject() {
    insta::assert_snapshot!(draw(
        "At a rally in the port city, Maria Santos spoke for an hour, saying the border “must reopen.”\n\nSpeaking to reporters on Monday, the envoy thanked the hosts, adding that talks would resume."
    ));
}

#[test]
fn interview_transcripts_and_labels_name_no_source() {
    insta::assert_snapshot!(draw(
        "Q: Will the talks on the border resume soon?\n\nA: Not before the spring, and not in Oslo.\n\nBreaking: Envoys Meet Again In Geneva"
    ));
}

#[test]
fn a_clause_and_a_colon_introduce_a_quotation() {
    insta::assert_snapshot!(draw(
        "The ministry made its position plain: “No convoy will cross the border before the spring.”\n\nTURNOUT IN THE NORTH - Maria Santos and Tomas Berg: “Turnout was higher than anyone expected.”\n\nWhat they found: “Most voters decided late.”"
    ));
}

#[test]
fn sources_joined_by_and() {
    insta::assert_snapshot!(draw(
        "“The border will stay open,” Maria Santos and Tomas Berg wrote. “Trade depends on it.”"
    ));
}

#[test]
fn a_participle_after_a_verb_phrase_hangs_on_the_subject() {
    insta::assert_snapshot!(draw(
        "The ministry released a statement saying the convoy had been delayed."
    ));
}

#[test]
fn words_that_only_look_like_cues() {
    insta::assert_snapshot!(draw(
        "Santos leads by 300 pledged delegates after the vote.\n\nThe envoy found himself at the centre of the dispute.\n\nShe founded a group called Harbour Watch.\n\nThe minister called Berg “a fine negotiator.”"
    ));
}

#[test]
fn questions_put_and_references_made() {
    insta::assert_snapshot!(draw(
        "Asked whether the talks would resume, Santos said: “Not this year.”\n\n“It stays closed,” the envoy said, referring to the northern crossing.\n\nBerg attacked the plan, calling it “a trap.”"
    ));
}

#[test]
fn fronted_content_keeps_the_words_before_its_quotation() {
    insta::assert_snapshot!(draw(
        "The border is “closed for good,” Santos said.\n\nIn an interview on “Evening Report,” Berg said the talks were over."
    ));
}

#[test]
fn regression_an_anonymity_phrase_after_the_verb_keeps_its_preposition() {
    // "close to" and "familiar with" complete the source; "in a statement" does not.
    insta::assert_snapshot!(draw(
        "“Expect no breakthrough,” said a diplomat close to the negotiations.\n\n\
         “The text is settled,” said an aide familiar with the draft.\n\n\
         “We stand by it,” said Ann Lee in a statement."
    ));
}

#[test]
fn a_modal_or_a_negation_stands_between_the_source_and_its_cue() {
    insta::assert_snapshot!(draw(
        "The farmers don’t believe the levy will be lifted.\n\nThe ministers might argue that the levy is fair.\n\nOslo must acknowledge the toll of the blockade."
    ));
}

#[test]
fn a_stance_verb_after_a_bracketed_party_and_state() {
    insta::assert_snapshot!(draw(
        "Sen. Tomas Berg (R-Iowa) criticized the harbor levy on Monday.\n\nRep. Ann Lee (D-Ore.) urged the ministry to reopen the port."
    ));
}

#[test]
fn learned_phrasal_cues_read_their_object() {
    insta::assert_snapshot!(draw(
        "The envoy pointed to the empty docks as proof of the blockade.\n\nTomas Berg railed against the new levy on fishing boats.\n\nAnn Lee made it clear that the port would stay closed."
    ));
}

#[test]
fn an_elided_year_is_no_quotation() {
    insta::assert_snapshot!(draw(
        "Rep. Ann Lee (D-Ore.) said in ‘08 that the harbor deal would pass.\n\nThe mayors of the ‘90s argued that the port would grow."
    ));
}

#[test]
fn a_participle_after_a_comma_hangs_on_the_subject_past_a_fronted_word() {
    // Not the fronted "Instead" nor an apposition; a raising verb before the
    // participle leaves its subject to speak.
    insta::assert_snapshot!(draw(
        "Instead, the harbor master kept to his schedule, hoping the ferries would return.\n\n\
         Then she reopened the docks, fearing the fishermen would leave.\n\n\
         Ann Lee seemed to waver, adding that the levy might stay."
    ));
}

#[test]
fn an_apposition_chain_gives_the_name_it_describes() {
    // The name before a description or a relative clause speaks, not the
    // last phrase before the cue's comma.
    insta::assert_snapshot!(draw(
        "Ann Lee, who grew up in Tucson, Ariz., said the port would reopen.\n\n\
         Tomas Berg, the editor of the Harbor Ledger, a weekly, said the levy was unfair.\n\n\
         The talks failed, Berg, a senior aide, said."
    ));
}

#[test]
fn a_predicate_before_a_stance_is_no_source() {
    // "pushed back against" is no source: the stance and "saying" are "She"'s.
    insta::assert_snapshot!(draw(
        "She has pushed back against accusations of bias, saying the harbor board acted alone."
    ));
}

#[test]
fn a_fronted_time_place_or_adverb_is_no_subject() {
    // The participle's subject comes after "Hours later,", a city and its
    // region, or an adverb ending in -ly.
    insta::assert_snapshot!(draw(
        "Hours later, Tomas Berg returned to the harbor, telling reporters the port would reopen.\n\n\
         In Portmar, New Kestria, Ann Lee went after the levy, calling it a trap.\n\n\
         Publicly, the harbor master kept quiet, hoping the ferries would return."
    ));
}

#[test]
fn a_time_or_frame_adverb_between_the_source_and_its_cue() {
    insta::assert_snapshot!(draw(
        "The harbour authority last week said the quay would close.\n\nVera Lind, the port's director, on Monday announced that ferries would resume.\n\nThe two unions have both argued that wages lag behind prices.\n\nThe envoy has since said the draft was never final.\n\nA poll out this week shows a narrow lead for the mayor."
    ));
}

#[test]
fn citing_a_reason_is_no_source() {
    insta::assert_snapshot!(draw(
        "The mayor postponed the vote, citing heavy snow and poor roads.\n\nThe Daily Ledger reported the closure, citing two port officials."
    ));
}

#[test]
fn is_likely_to_is_no_attribution() {
    insta::assert_snapshot!(draw(
        "The ferry strike is likely to last until spring.\n\nThe minister is expected to sign the accord on Friday."
    ));
}

#[test]
fn a_participle_hangs_on_the_subject_past_a_fronted_clause() {
    insta::assert_snapshot!(draw(
        "While the unions marched outside, Vera Lind addressed the council, saying the port would stay open.\n\nBut a few days later, Tomas Berg changed course, telling the press that the quay would close.\n\nDespite the rain, Mayor Ana Vel toured the docks, promising new cranes by June."
    ));
}

#[test]
fn a_pronoun_passes_over_a_person_of_the_other_gender() {
    insta::assert_snapshot!(draw_with_entities(
        "Vera Lind chaired the port committee in Kestria.\n\nMr. Tomas Berg spoke first and asked for a delay.\n\n“We have waited long enough,” she said."
    ));
}

#[test]
fn a_time_after_a_bracket_or_a_conjunction_and_a_pronoun_joined_to_a_name() {
    insta::assert_snapshot!(draw(
        "Rep. Ana Vel (D-Ore.) last month said the tariff would hurt growers.\n\nGovernor Ana Vel signed the order and on Monday announced that the border would reopen.\n\nHer advisers have in the past said the quota was too low.\n\nHe and Senator Vera Lind both condemned the vote."
    ));
}

#[test]
fn reportedly_names_no_holder() {
    insta::assert_snapshot!(draw(
        "The shipping firm reportedly moved its fleet to the southern port.\n\nBerg reportedly said the offer was too low."
    ));
}

#[test]
fn a_source_read_as_a_clause_gives_way_to_the_subject_in_the_tree() {
    insta::assert_snapshot!(draw(
        "Senator Ines Vik, facing a hard challenge in Telemark, a coastal county, said she would welcome the plan.\n\nBut the novelist, who is promoting her third book, “Salt Roads” (a memoir), downplayed her influence among readers.\n\nVik, speaking at a rally in Salem, Ore., warned that the mayor opposes the plan and would close the bridge."
    ));
}

/// "Norway's ambassador, Eira Lund, said the vote sent a message": the
/// words after the cue hold a verb, so they are what was said, not a
/// source after the cue with the title and name as its content.
#[test]
fn a_clause_after_the_cue_is_no_source() {
    insta::assert_snapshot!(draw(
        "Norway's ambassador, Eira Lund, said the vote sent a clear message.\n\nThe talks will resume, said a senior envoy."
    ));
}

/// "X inspected the port on Friday, and vowed ...": the clause's subject
/// vows, not the words up to the comma, nor the time word before it.
#[test]
fn a_coordinated_cue_takes_the_clauses_subject() {
    insta::assert_snapshot!(draw(
        "The defence minister inspected the harbour on Friday, and vowed to rebuild the fleet.\n\n\
         The envoy landed late on Tuesday night and said the talks would resume."
    ));
}

#[test]
fn a_source_after_its_cue_ends_before_a_relative_clause() {
    insta::assert_snapshot!(draw(
        "The convoy reached Dornholm. The ferry talks stalled again, said a harbour official who asked not to be named.\n\nFuel ran short, said two drivers whose trucks were stopped."
    ));
}

#[test]
fn expected_to_say_gives_the_subject_as_the_source() {
    insta::assert_snapshot!(draw(
        "The council met in Varna. The mayor is expected to say that the bridge will reopen in spring.\n\nMaria Santos is expected to travel to Oslo."
    ));
}

#[test]
fn cues_rarely_reporting_anything_are_no_cues() {
    insta::assert_snapshot!(draw(
        "The hall felt cold all evening.\n\nThe opposition backs the harbour plan.\n\nThe governor pledges more ferries for the islands."
    ));
}

#[test]
fn a_role_in_apposition_after_a_name_finds_that_name_again() {
    insta::assert_snapshot!(draw(
        "Ines Vik, a veteran Kestrian negotiator, reached Dornholm on Monday.\n\nThe harbour talks will resume in May, the negotiator said."
    ));
}

#[test]
fn a_relative_pronoun_is_the_subject_of_what_was_said() {
    insta::assert_snapshot!(draw_with_entities(
        "The port reopened. Maria Santos blamed the levy, which she has often said was a mistake, for the slump.\n\nTomas Berg spoke of what he said were the first signs of a thaw."
    ));
}

#[test]
fn another_source_joined_by_a_conjunction_ends_the_content() {
    insta::assert_snapshot!(draw(
        "The ferry was late. Ines Vik said the harbour would stay shut but officials in Varna said it would reopen.\n\nTomas Berg said Lind and Vik would go."
    ));
}

#[test]
fn a_share_after_a_semicolon_is_another_source() {
    insta::assert_snapshot!(draw(
        "The survey closed in May. Most fishermen said the quota was fair; 38 percent said it was too low."
    ));
}

#[test]
fn an_adverb_before_a_participle_is_no_source() {
    insta::assert_snapshot!(draw(
        "The port shut. Ines Vik rejected the plan, only saying it would fail."
    ));
}

#[test]
fn a_running_headline_label_is_no_source() {
    insta::assert_snapshot!(draw(
        "The Latest: Harbour Talks Resume In Varna\n\nA closer look: Why The Ferry Deal Matters\n\nInes Vik: The Harbour Will Reopen Soon"
    ));
}

/// A quotation inside a later sentence with words of its own before it
/// belongs to that sentence, not to the attribution before it.
#[test]
fn a_quotation_inside_the_next_sentence_does_not_continue_the_last_one() {
    insta::assert_snapshot!(draw(
        "Norland froze the accounts of three envoys, the Finance Department said in a statement on Friday. Kestria's foreign ministry called the measures \"an act of theft\" and expelled two diplomats."
    ));
}

#[test]
fn a_source_after_a_quotation_ends_before_the_narrators_adverbial() {
    insta::assert_snapshot!(draw(
        "“We will go home,” said harbour worker Ola Brekke as the crowd cheered.\n\n“There was no order,” said the camp chief known as Sten, speaking for the first time."
    ));
}

#[test]
fn the_object_of_a_stance_runs_over_the_commas_of_a_list() {
    insta::assert_snapshot!(draw(
        "Lind backed the plans for new roads, ports and schools in the north.\n\nBerg criticized the proposal to cut fees, raise rents, and close two clinics in the north.\n\nMy uncle referred to the mayor as a fraud, I knew this and the others knew it too."
    ));
}

#[test]
fn cues_measured_on_the_training_misses() {
    insta::assert_snapshot!(draw(
        "Berg voiced concern that the talks would stall.\n\nLind signaled that she would back the bill.\n\n“Not now,” interjected the chairman."
    ));
}

#[test]
fn asked_after_a_quotation_inverts_like_said() {
    insta::assert_snapshot!(draw(
        "“How long will the bridge stay shut?” asked Tove Rasmussen, who lives by the river."
    ));
}

#[test]
fn citing_after_an_attribution_is_no_second_one() {
    insta::assert_snapshot!(draw(
        "The board gave up on the merger last spring, the Harbour Gazette reported, citing two unnamed directors.\n\n“The race is not close,” she said, citing Kari Lind's lead in the north."
    ));
}

#[test]
fn regression_an_anonymity_phrase_after_source_and_cue_makes_the_source_anonymous() {
    // A named office's official who spoke "on condition of anonymity" is
    // unnamed; "on Monday" after the cue says nothing of it.
    insta::assert_snapshot!(draw(
        "The envoy will arrive on Friday, a Foreign Office official said on condition of anonymity.\n\n\
         The envoy will leave on Sunday, a Foreign Office official said on Monday."
    ));
}

#[test]
fn regression_a_pronoun_after_the_words_it_said_is_no_person_named_in_them() {
    // "he" is Ivo Dan, who spoke before, not Ana Vel, named in what he wrote.
    insta::assert_snapshot!(draw_with_entities(
        "Ivo Dan said the delegations agreed on most points. The rest will be settled by President Ana Vel, he wrote."
    ));
}

#[test]
fn regression_a_bodys_name_goes_on_over_and_and_of() {
    insta::assert_snapshot!(draw(
        "The Harbour Relief and Works Agency said deliveries rose. The Ministry of Trade and Industry said exports fell."
    ));
}

#[test]
fn regression_a_government_recalling_its_envoy_says_nothing() {
    insta::assert_snapshot!(draw(
        "Norland recalled its ambassador from Tarvik on Friday. Ana Vel recalled that the border had been quiet."
    ));
}
