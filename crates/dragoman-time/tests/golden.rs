//! Golden tests: time expressions drawn as carets under our own sentences,
//! with type and value, against a document date of 2025-11-19 (a Wednesday)
//! unless a test says otherwise.

use dragoman_model::{Date, Doc, Stage, Timex};
use dragoman_testkit::draw as draw_layer;
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;

/// The document date of every test but the undated one.
const DATE: Date = Date::constant(2025, 11, 19);

/// Runs tokenize and the time stage over `text` dated `date`, and draws the result.
fn draw(text: &str, date: Option<Date>) -> String {
    let mut doc = Doc::from_text("golden", text);
    doc.meta.date = date;
    Tokenize.run(&mut doc);
    TimexStage.run(&mut doc);
    draw_layer::<Timex>(&doc)
}

#[test]
fn the_cases_of_the_brief() {
    insta::assert_snapshot!(draw(
        "The envoy said he met the minister on Nov. 17.\n\
         Both delegations arrived in Geneva last week.\n\
         The August summit ended without a statement.",
        Some(DATE)
    ));
}

#[test]
fn absolute_dates() {
    insta::assert_snapshot!(draw(
        "The accord was signed on Nov. 19, 2025, and ratified on 19 November.\n\
         The registry lists 2025-11-19 as the date of entry into force.\n\
         Trade had collapsed by mid-2024, far below its level of the 1990s.\n\
         The border was drawn in March 1921 and redrawn in the 20th century.",
        Some(DATE)
    ));
}

#[test]
fn relative_dates() {
    insta::assert_snapshot!(draw(
        "The foreign minister flew home yesterday.\n\
         Talks resumed on Monday, and a first draft circulated in August.\n\
         Earlier this month the two sides traded prisoners; two days ago they met again.\n\
         The ministry will publish its figures next year, and a census by the end of the year.",
        Some(DATE)
    ));
}

#[test]
fn tense_chooses_the_direction() {
    insta::assert_snapshot!(draw(
        "The ceasefire collapsed in August.\n\
         The parties will meet again in August.\n\
         The monitors left on Friday.\n\
         The monitors will return on Friday.",
        Some(DATE)
    ));
}

#[test]
fn anchored_on_the_text() {
    insta::assert_snapshot!(draw(
        "The delegation landed on Oct. 3. The next day it met the president, \
         and a week later it left.\n\
         Exports fell in the third quarter, down 4% from a year earlier.",
        Some(DATE)
    ));
}

#[test]
fn durations() {
    insta::assert_snapshot!(draw(
        "The blockade has lasted three years.\n\
         Negotiators worked for 48 hours without a break.\n\
         Fighting eased over the past three months, after a two-week lull.\n\
         The mission took more than four hours, and the mandate runs for several years.\n\
         The hearing lasted 2 1/2 hours; the vote, a minute and a half.",
        Some(DATE)
    ));
}

#[test]
fn sets() {
    insta::assert_snapshot!(draw(
        "Observers report every week, and the council meets weekly.\n\
         Inspectors visit each Thursday; the bulletin appears daily.",
        Some(DATE)
    ));
}

#[test]
fn vague_references() {
    insta::assert_snapshot!(draw(
        "The envoy recently visited the capital.\n\
         The mission is now in its second phase.\n\
         Both sides hope to settle the dispute in the future.\n\
         More convoys will cross in the coming days.",
        Some(DATE)
    ));
}

#[test]
fn times_of_day() {
    insta::assert_snapshot!(draw(
        "The vote opened at 3 p.m. and will close at 10:30 p.m. Thursday.\n\
         Shelling resumed Tuesday night, and the guns fell silent this morning.",
        Some(DATE)
    ));
}

#[test]
fn holidays_quarters_and_seasons() {
    insta::assert_snapshot!(draw(
        "The prisoners were freed on Thanksgiving Day.\n\
         Output rose in the first half of 2025 and fell in third-quarter trading.\n\
         The pipeline should reopen this summer, as it did last spring.",
        Some(DATE)
    ));
}

#[test]
fn without_a_document_date_values_get_xs() {
    insta::assert_snapshot!(draw(
        "The treaty was signed in August, and the envoys met again on Friday, \
         three weeks ago.",
        None
    ));
}

#[test]
fn not_time_expressions() {
    insta::assert_snapshot!(draw(
        "Jan Novak, 52 years old, may march with the veterans in the March for Peace.\n\
         The quota is 2,000 barrels; the fall in prices worries the ministers.\n\
         Traders who sell that day lose twice. The truce soon collapsed.",
        Some(DATE)
    ));
}

#[test]
fn reports_compare_the_period_they_report_on() {
    insta::assert_snapshot!(draw(
        "Exports rose in the third quarter ended Sept. 30, up from a year earlier.\n\
         In the 2024 period, imports fell; for the week, the index lost 2%.\n\
         A hearing is set for the week of March 6.",
        Some(DATE)
    ));
}

#[test]
fn rates_lengths_between_events_and_vague_terms() {
    insta::assert_snapshot!(draw(
        "The corridor moves $2 million a year, 24 hours a day.\n\
         Three days later the envoys met again, a few days after the vote.\n\
         These days the mission looks fragile in the near term, and donors want \
         a deal as soon as possible.",
        Some(DATE)
    ));
}

#[test]
fn verb_groups_and_leading_words_set_the_direction() {
    insta::assert_snapshot!(draw(
        "Talks are set to resume Monday, and the vote will be held on Friday.\n\
         The ministry said Monday that it intends to reply.\n\
         The border has stayed closed since March; it may reopen as soon as Tuesday.",
        Some(DATE)
    ));
}

#[test]
fn lengths_counted_loosely() {
    insta::assert_snapshot!(draw(
        "The lease runs for at least 20 more years; repairs take two to three weeks.\n\
         Over the next couple of years, and in recent months, the port grew.",
        Some(DATE)
    ));
}

#[test]
fn titles_and_names_are_not_times() {
    insta::assert_snapshot!(draw(
        "The minister spoke on \"This Week\" and on \"60 Minutes\", then read USA Today.\n\
         Thousands joined the March for Peace; \"Today we mourn,\" a marcher said.",
        Some(DATE)
    ));
}

#[test]
fn weekdays_counted_from_the_day_mentioned() {
    insta::assert_snapshot!(draw(
        "Stocks fell on Oct. 3, down from the previous Friday; they rallied the following Monday.",
        Some(DATE)
    ));
}

/// Issue 12: a Friday report (2025-11-21) tells of the days before it in
/// the past tense and of the days after it with "will" or "would"; the
/// governing verb decides, also after "said on Thursday that".
#[test]
fn a_friday_report_looks_back_and_ahead() {
    insta::assert_snapshot!(draw(
        "The two envoys met on Thursday and first spoke on November 19.\n\
         The ministry said on Wednesday that the border was calm.\n\
         The envoys will meet again on Thursday.\n\
         An aide said the vote would take place on Tuesday.\n\
         The plan was to sign the text before the summer.\n\
         The envoy, who spoke to the press on Monday, said the plan was to sign soon.\n\
         The ministry announced on November 20 that it would expel an attaché.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// Issue 12: a four-digit number that counts is no year.
#[test]
fn counts_are_not_years() {
    insta::assert_snapshot!(draw(
        "The striker ended the season with 2072 points.\n\
         Some 1500 troops and more than 2000 police were deployed in 2024.",
        Some(DATE)
    ));
}

/// Issue 12: a modal verb ("could", "may", "should") speaks of what is to
/// come, unless "have" follows; a March report's "the summer" is then the
/// coming one, even after "officials said".
#[test]
fn modals_look_ahead() {
    insta::assert_snapshot!(draw(
        "A deal could come in the summer, officials said.\n\
         The envoys may meet again on Friday.\n\
         The monitors might have left in February.\n\
         The talks stalled in February and should resume in the summer.",
        Some(Date::constant(2026, 3, 10))
    ));
}

/// Issue 12: "about" stays outside a duration or a clock time, as TimeBank
/// marks them; "nearly", "almost", "at least" belong to it.
#[test]
fn about_stays_outside() {
    insta::assert_snapshot!(draw(
        "The envoys talked for about three hours and met again at about 9 a.m.\n\
         The ceasefire held for nearly two weeks, and the monitors stayed at least five days.",
        Some(DATE)
    ));
}

/// Issue 12: a verb of intention before "to" speaks of what is to come,
/// whatever tense it is in; "plans" without "to" is the noun.
#[test]
fn intentions_look_ahead() {
    insta::assert_snapshot!(draw(
        "The ministry did not plan to expel the attaché on Thursday morning.\n\
         The envoy wanted to return on Friday.\n\
         The minister set aside her travel plans on Friday.",
        Some(DATE)
    ));
}

/// Issue 12: a past verb right before a month or a day ("were held in
/// May") dates it before the report, however near the next one is; a limit
/// ("until") and an infinitive ("to be published") do not.
#[test]
fn the_past_verb_before_a_date_decides() {
    insta::assert_snapshot!(draw(
        "Talks were held in May and resumed on April 2.\n\
         The offer was extended until April 2.\n\
         The findings are to be published in April.",
        Some(Date::constant(2026, 3, 10))
    ));
}

/// A possessive day naming something done or said ("Wednesday's ruling")
/// is past, whatever the verbs around it; "ahead of" looks forward, and an
/// event that may still come ("Sunday's vote") is left to the verbs. A
/// Friday report (2025-11-21).
#[test]
fn a_day_s_deed_is_done() {
    insta::assert_snapshot!(draw(
        "Lawyers for the envoy said they would appeal Wednesday's ruling.\n\
         Markets were calm ahead of Monday's ruling on the sanctions.\n\
         Sunday's vote will be the first since the war.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// "planned", "scheduled", "expected" are future cues as verbs ("is
/// scheduled for Tuesday"), not as adjectives ("a hastily planned visit")
/// nor in a past perfect ("had been planned for Tuesday"): a plan of the
/// past whose day may have come and gone. A Friday report (2025-11-21).
#[test]
fn plans_of_the_past_do_not_look_ahead() {
    insta::assert_snapshot!(draw(
        "The summit had been planned for Tuesday, but the hosts called it off.\n\
         The minister cut short a hastily planned visit on Monday.\n\
         The next round is scheduled for Tuesday.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// Business reports compare the period they report on with the same
/// period a year before: "the corresponding period last year" and "last
/// year's quarter" are that quarter, a year back.
#[test]
fn the_same_period_a_year_before() {
    insta::assert_snapshot!(draw(
        "Exports rose 4% in the third quarter from the corresponding period last year.\n\
         Imports in the quarter matched last year's quarter.",
        Some(DATE)
    ));
}

/// "year-ago" counts from the report's date, as TimeML anchors "ago": after
/// "the 2024 period" (a year, not a quarter, to compare with) it is 2024,
/// not the year before the one mentioned last.
#[test]
fn year_ago_counts_from_the_report() {
    insta::assert_snapshot!(draw(
        "Profit rose in the first nine months from the 2024 period.\n\
         The year-ago results included a one-time charge.",
        Some(DATE)
    ));
}

/// A limit ("until", "by") lies ahead in a clause not told in the past
/// ("has until Sunday to reply"); "the truce held until Tuesday" is past. A
/// Friday report (2025-11-21).
#[test]
fn limits_lie_ahead_unless_told_in_the_past() {
    insta::assert_snapshot!(draw(
        "The group has until Sunday to reply to the proposal.\n\
         The offer stands until Tuesday, and a reply is due by Monday.\n\
         The truce held until Tuesday.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A season after "since", "over" or "during" in a past or present-perfect
/// clause is the latest one begun by the report's date: the summer just gone
/// in an October report, the summer before in a March one. "Last summer"
/// stays the year before.
#[test]
fn a_season_since_is_the_latest_begun() {
    let text = "The talks have stalled since the summer.\n\
                Fighting eased over the summer.\n\
                Last summer the two sides met in Oslo.";
    insta::assert_snapshot!(format!(
        "October report:\n{}\nMarch report:\n{}",
        draw(text, Some(Date::constant(2026, 10, 14))),
        draw(text, Some(Date::constant(2026, 3, 12)))
    ));
}

/// "two days later" counts from a day mentioned in its sentence or the one
/// before, as TimeML anchors it; farther back the text has moved on to events
/// it does not date, and it is the length "three days", "later" outside. A
/// Friday report (2026-03-20).
#[test]
fn later_counts_from_the_day_mentioned() {
    insta::assert_snapshot!(draw(
        "The truce was signed on March 3, and fighting resumed two days later.\n\
         A week later the envoys returned.\n\
         Monitors counted the dead. Aid arrived.\n\
         Three days later the road reopened.",
        Some(Date::constant(2026, 3, 20))
    ));
}

/// A Sunday report (2026-03-08) ends its ISO week: "this week" told in the
/// future is the coming one, told in the past the one ending; "last week"
/// is the ISO week before.
#[test]
fn a_sunday_report_looks_at_the_coming_week() {
    insta::assert_snapshot!(draw(
        "The ministers will meet again this week.\n\
         The envoy held talks in three capitals this week.\n\
         The bloc agreed last week to extend the sanctions.",
        Some(Date::constant(2026, 3, 8))
    ));
}

/// A range of days is two dates, one per end, as TimeML marks it; a score
/// is none, and "Nov. 19-20" is no spoken year 1920. A Monday report
/// (2025-11-10).
#[test]
fn ranges_give_both_days() {
    insta::assert_snapshot!(draw(
        "Leaders will gather on Nov. 21-22 in Johannesburg.\n\
         The forum runs Nov. 19-20, 2025.\n\
         The envoys met on 3-4 November.\n\
         The side won 21-22 in overtime.",
        Some(Date::constant(2025, 11, 10))
    ));
}

/// "on the 14th": a day of the month alone is the nearest such day, as the
/// tense leans; "the 14th round" is no day, "the 14th of November" a date.
/// A report of 2025-12-03.
#[test]
fn a_day_of_the_month_alone() {
    insta::assert_snapshot!(draw(
        "The council will vote on the 14th.\n\
         The council voted on the 1st, a diplomat said.\n\
         The 14th round of talks ended.\n\
         The treaty was signed on the 14th of November.",
        Some(Date::constant(2025, 12, 3))
    ));
}

/// "the end of the month", "mid-year": the anchor's month or year after a
/// modifier; "the month" alone is any month.
#[test]
fn the_end_of_the_month_and_mid_year() {
    insta::assert_snapshot!(draw(
        "The deal should be signed by the end of the month.\n\
         Talks will resume in mid-year.\n\
         The month was quiet.",
        Some(DATE)
    ));
}

/// Regression (wire copy of our own): "the end of the week", "earlier in
/// the week" and "later in the month" are the anchor's week and month;
/// "the week" alone stays some week (TimeBank's convention).
#[test]
fn the_end_of_the_week_and_later_in_the_month() {
    insta::assert_snapshot!(draw(
        "The envoy will leave at the end of the week.\n\
         Peru had offered to mediate earlier in the week.\n\
         Talks will resume later in the month.\n\
         For the week, the index fell.",
        Some(DATE)
    ));
}

/// A past verb dates the month after its short object ("bought the unit
/// in February" in an October report is the February before), not across
/// an infinitive ("agreed to sell it in February"); a participle after a
/// determiner is an adjective, no past ("a still unspecified date in
/// January"). A report of 2025-10-30.
#[test]
fn a_past_verb_with_its_object_dates_the_month() {
    insta::assert_snapshot!(draw(
        "The firm bought the unit in February.\n\
         The firm agreed to sell the unit in February.\n\
         The dividend would be paid on a still unspecified date in January.",
        Some(Date::constant(2025, 10, 30))
    ));
}

/// A present perfect sets up what still holds: "has given the envoys until
/// Tuesday" looks ahead as "has until Tuesday" does, while "had given" is
/// told in the past. A Friday report (2025-11-21).
#[test]
fn a_limit_set_in_the_present_perfect_lies_ahead() {
    insta::assert_snapshot!(draw(
        "The ministry has given the envoys until noon Tuesday to leave.\n\
         The ministry had given the envoys until Tuesday to leave.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A date right after a reporting verb and the one told or the occasion
/// ("told reporters on Tuesday", "said in a statement on Monday") is the day
/// of the telling, past whatever the words told say; a date inside the
/// words told follows their tense.
#[test]
fn the_day_of_the_telling_is_past() {
    insta::assert_snapshot!(draw(
        "The minister told reporters on Tuesday that talks would resume.\n\
         Ms. Varga told a news conference Monday that the border might reopen.\n\
         The ministry said in a statement on Monday that the embassy will reopen.\n\
         The minister told reporters the embassy will reopen on Friday.",
        Some(DATE)
    ));
}

/// A date that opens its sentence, set off by a comma ("In January, ...",
/// "On Monday, ..."), takes the tense of the main verb after it, past
/// over an inserted phrase too, and a past main verb dates it before the
/// report however near the next one is. An October report (2025-10-27).
#[test]
fn a_fronted_date_takes_the_main_verb() {
    insta::assert_snapshot!(draw(
        "In January, a week after the elections, a bomb exploded at the ministry.\n\
         In January, the minister will visit Lisbon.\n\
         In December, the envoys met in Oslo.",
        Some(Date::constant(2025, 10, 27))
    ));
}

/// The period a report is about is a recent one: a quarter of a year
/// before ("the 2024 period") is what it is compared with, and "a year
/// earlier" after it still counts from the quarter reported on, not two
/// years back. A report of 2025-11-05.
#[test]
fn a_compared_period_is_not_the_one_reported_on() {
    insta::assert_snapshot!(draw(
        "The refiner's profit rose in the third quarter.\n\
         It booked a one-time gain in the 2024 period.\n\
         Its dividend rose 8% from a year earlier.",
        Some(Date::constant(2025, 11, 5))
    ));
}

/// "The latest quarter", "the quarter" name the period the report is
/// about, not a quarter it looks ahead to: after "will result in a
/// fourth-quarter charge" in a November report they are still the third
/// quarter, and "a year ago" the third quarter before. A report of
/// 2025-11-05.
#[test]
fn the_latest_quarter_is_the_one_reported_on() {
    insta::assert_snapshot!(draw(
        "The insurer said the storm will result in a fourth-quarter charge.\n\
         Its earnings fell 40% in the latest quarter, from $6 million a year ago.",
        Some(Date::constant(2025, 11, 5))
    ));
}

/// "Has" or "have" before a determiner is the verb to hold, in the present
/// ("has no estimate of fourth-quarter results"), not a perfect: the
/// quarter it speaks of, not over yet, is no period reported on, and "the
/// latest quarter" after it is still the third. A report of 2025-11-05.
#[test]
fn to_have_a_thing_is_present() {
    insta::assert_snapshot!(draw(
        "The insurer has no estimate of the storm's effect on fourth-quarter results.\n\
         Its earnings fell 40% in the latest quarter.",
        Some(Date::constant(2025, 11, 5))
    ));
}

/// A half of a decade or a century is one expression valued as the decade
/// or century ("the last half of the '80s" is 198), no half of the
/// report's year; "the first half of 2024" stays a half year.
#[test]
fn a_half_of_a_decade_is_the_decade() {
    insta::assert_snapshot!(draw(
        "Trade grew through the last half of the '90s and the first half of the 20th century.\n\
         It slowed in the first half of 2024.",
        Some(DATE)
    ));
}

/// "That same day" is the day mentioned last, as "that day" and "the same
/// day" are.
#[test]
fn that_same_day_is_the_day_mentioned() {
    insta::assert_snapshot!(draw(
        "The envoy reached Tbilisi on Nov. 3. Talks began that same day.",
        Some(DATE)
    ));
}

/// An hour told with its part of the day after "at" is a clock time:
/// "at 4 in the morning" is 04:00, "at 9 in the evening" 21:00, "at 11 at
/// night" 23:00, on the day mentioned last or the report's.
#[test]
fn an_hour_with_its_part_of_the_day() {
    insta::assert_snapshot!(draw(
        "Shelling resumed at 4 in the morning.\n\
         The polls closed at 9 in the evening, and the count ended at 11 at night.",
        Some(DATE)
    ));
}

/// A part of a year "of" a year counted from the report's ("the third
/// quarter of last year", "the first half of next year", "March of next
/// year") is one expression in that year, not this year's part and a year
/// apart. A Friday report (2025-11-21).
#[test]
fn a_part_of_last_or_next_year() {
    insta::assert_snapshot!(draw(
        "Exports fell in the third quarter of last year.\n\
         A deal may follow in the first half of next year.\n\
         Elections are due in March of next year.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A weekday in a sentence without a tense cue of the words takes the
/// tense of the verb it hangs on in the dependency tree: a present that
/// tells a schedule lies ahead ("gather in Rome on Tuesday", "runs out on
/// Monday"). A Friday report (2025-11-21).
#[test]
fn a_present_schedule_lies_ahead() {
    insta::assert_snapshot!(draw(
        "Foreign ministers gather in Rome on Tuesday.\n\
         The deadline runs out on Monday.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A clock time followed by "on" and a day ("at midnight on Thursday", "at
/// 6 p.m. on Sunday") falls on that day, the day an expression of its own.
/// A Friday report (2025-11-21).
#[test]
fn a_clock_time_falls_on_the_day_after_it() {
    insta::assert_snapshot!(draw(
        "The sanctions took effect at midnight on Thursday.\n\
         Voting opens at 8 a.m. on Nov. 30.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A headline tells what happened in the present tense, so its present
/// says nothing of the time ("Kestria Frees Envoys On Wednesday"), unlike
/// a present in running text ("Ministers gather in Rome on Tuesday.").
/// A Friday report (2025-11-21).
#[test]
fn a_headlines_present_is_no_schedule() {
    insta::assert_snapshot!(draw(
        "Kestria frees envoys on Wednesday\n\n\
         Foreign ministers gather in Rome on Tuesday.",
        Some(Date::constant(2025, 11, 21))
    ));
}

/// A fronted date takes the main verb after its comma, not a verb inside a
/// relative clause on the way ("On Monday, the minister, who will retire in
/// May, said ..." is the Monday before). A Friday report (2025-11-21).
#[test]
fn a_fronted_date_skips_a_relative_clause() {
    insta::assert_snapshot!(draw(
        "On Monday, the minister, who will retire in May, said the port would reopen.",
        Some(Date::constant(2025, 11, 21))
    ));
}
