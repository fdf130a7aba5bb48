//! Property: every span the stage writes lies in the text on char
//! boundaries, whatever the text (names, quotes, dashes, non-ASCII).

mod common;

use common::annotate;
use dragoman_model::EntityType::{Loc, Misc, Per};
use dragoman_testkit::assert_spans_valid;
use proptest::prelude::*;

/// Words that make events, parties, plans and lists likely.
const WORDS: &[&str] = &[
    "Russia",
    "Ukrainian",
    "envoy",
    "met",
    "talks",
    "between",
    "and",
    "the",
    "a",
    "12-point",
    "plan",
    "consists",
    "of",
    "three",
    "parts",
    "—",
    ",",
    ".",
    "\"",
    "denied",
    "will",
    "visit",
    "Kyiv",
    "threatened",
    "to",
    "attack",
    "sanctions",
    "on",
    "Monday",
    "in",
    "Genève",
    "président",
    "Ĺukas",
    "’s",
    "proposal",
    "urged",
    "rejected",
    "summit",
    "said",
    "troops",
    "Ωmega",
    "🙂",
    "\n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn spans_lie_in_the_text(text in text()) {
        let given = [
            ("Russia", Loc, Some("RUS"), None),
            ("Ukrainian", Misc, Some("UKR"), None),
            ("Kyiv", Loc, Some("UKR"), None),
            ("Ĺukas", Per, None, Some("président")),
        ];
        let doc = annotate(&text, "2025-11-19", &given);
        for e in &doc.events {
            let parties = [&e.actor, &e.recipient].into_iter().flatten().filter_map(|p| p.span);
            assert_spans_valid(&doc, [e.trigger, e.evidence].into_iter().chain(parties));
            prop_assert!(e.evidence.contains(e.trigger));
        }
        for p in &doc.proposals {
            assert_spans_valid(&doc, std::iter::once(p.span).chain(p.sections.iter().map(|s| s.span)));
            prop_assert_eq!(doc.slice(p.span), p.name.as_str());
        }
    }
}
