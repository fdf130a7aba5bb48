//! A story's generated label from its events: its two main actors, what
//! they do most, the plan most reports tell and where. Copies do not count.
//! Texts written for this test.

mod common;

use common::{doc, reports};
use dragoman_stories::label::label;

const TALKS: &str = "Negotiators from Armenia and Azerbaijan held talks in Geneva on Tuesday \
    on a border commission. Armenia will present a 12-point proposal next week, a diplomat said.";
const MORE: &str = "Armenia and Azerbaijan met again in Geneva on Thursday. Officials said the \
    12-point proposal would be tabled on Friday.";
const SHELLING: &str = "Azerbaijan accused Armenia of shelling a border village overnight.";

#[test]
fn the_label_names_the_main_actors_their_action_the_plan_and_the_place() {
    let docs = [
        doc(TALKS, "2026-03-04"),
        doc(MORE, "2026-03-06"),
        doc(SHELLING, "2026-03-07"),
    ];
    let got = label(&reports(&docs, &[])).unwrap();
    assert_eq!(
        got, "Armenia, Azerbaijan — talks on the 12-point proposal (Geneva)",
        "{docs:#?}"
    );
    // Deterministic: the same reports give the same label.
    assert_eq!(label(&reports(&docs, &[])).unwrap(), got);
}

#[test]
fn copies_do_not_count_and_a_story_without_events_has_no_label() {
    let docs = [
        doc(SHELLING, "2026-03-07"),
        doc(TALKS, "2026-03-07"),
        doc(TALKS, "2026-03-07"),
        doc(TALKS, "2026-03-07"),
    ];
    let alone = label(&reports(&docs[..2], &[])).unwrap();
    let copied = label(&reports(&docs, &[None, None, Some(2), Some(2)])).unwrap();
    assert_eq!(alone, copied, "two copies of the talks change nothing");
    let quiet = [doc(
        "The weather was mild in Geneva on Tuesday.",
        "2026-03-07",
    )];
    assert_eq!(label(&reports(&quiet, &[])), None);
}
