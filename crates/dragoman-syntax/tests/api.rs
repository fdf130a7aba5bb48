//! The tree API on sentences of our own, parsed by the shipped model:
//! subject, object, agent, clausal complement, passive, negation, modal and
//! conditional marking, clause and noun-phrase extent.

mod common;

use common::{parse, tok};
use dragoman_model::Stage;
use dragoman_syntax::Tree;

#[test]
fn subject_and_object_of_an_active_verb() {
    // With a pronoun object the place can only hang on the verb.
    let doc = parse("The minister signed it in Geneva.");
    let t = Tree::of(&doc);
    let v = tok(&doc, "signed");
    assert_eq!(t.subject(v), Some(tok(&doc, "minister")));
    assert_eq!(t.object(v), Some(tok(&doc, "it")));
    assert_eq!(t.obliques(v), vec![tok(&doc, "Geneva")]);
    assert!(!t.is_passive(v));
    assert!(!t.is_negated(v));
    assert_eq!(t.lemma(v), "sign");
}

#[test]
fn passive_voice_and_its_agent() {
    let doc = parse("The agreement was signed by the minister.");
    let t = Tree::of(&doc);
    let v = tok(&doc, "signed");
    assert!(t.is_passive(v));
    assert_eq!(t.subject(v), Some(tok(&doc, "agreement")));
    assert_eq!(t.agent(v), Some(tok(&doc, "minister")));
}

#[test]
fn negation_and_modal() {
    let doc = parse("Russia did not attend the meeting, but Turkey would join the talks.");
    let t = Tree::of(&doc);
    assert!(t.is_negated(tok(&doc, "attend")));
    assert!(!t.is_negated(tok(&doc, "join")));
    assert_eq!(t.modal(tok(&doc, "join")), Some(tok(&doc, "would")));
    assert_eq!(t.modal(tok(&doc, "attend")), None);
    assert_eq!(t.subject(tok(&doc, "join")), Some(tok(&doc, "Turkey")));
}

#[test]
fn a_conditional_main_clause_and_its_condition() {
    let doc = parse("If Kyiv agrees, Moscow will sign the deal.");
    let t = Tree::of(&doc);
    let (sign, agrees) = (tok(&doc, "sign"), tok(&doc, "agrees"));
    assert_eq!(t.condition(sign), Some(agrees));
    assert!(t.is_condition(agrees));
    assert!(t.is_conditional(sign));
    assert!(t.is_conditional(agrees));
    assert_eq!(t.subject(sign), Some(tok(&doc, "Moscow")));
}

#[test]
fn reported_speech_has_a_clausal_complement() {
    let doc = parse("The spokesman said that Russia rejected the plan.");
    let t = Tree::of(&doc);
    let (said, rejected) = (tok(&doc, "said"), tok(&doc, "rejected"));
    assert_eq!(t.clausal_complement(said), Some(rejected));
    assert_eq!(t.clause_of(tok(&doc, "plan")), rejected);
    assert_eq!(t.clause_of(tok(&doc, "spokesman")), said);
    assert_eq!(t.subject(rejected), Some(tok(&doc, "Russia")));
    assert!(!t.is_conditional(rejected));
}

#[test]
fn noun_phrase_extent() {
    let doc = parse("The Russian foreign minister arrived in the Turkish capital on Monday.");
    let t = Tree::of(&doc);
    let np = t.phrase(tok(&doc, "minister"));
    assert_eq!((np.start, np.end), (0, 4));
    let cap = t.phrase(tok(&doc, "capital"));
    assert_eq!(
        (cap.start, cap.end),
        (tok(&doc, "the"), tok(&doc, "capital") + 1),
        "without its preposition"
    );
    assert_eq!(t.head(tok(&doc, "The")), Some(tok(&doc, "minister")));
    assert!(t
        .dependents(tok(&doc, "arrived"))
        .contains(&(tok(&doc, "minister") as u32)));
}

/// A sentence's syntax, whether parsed on its own or cut from the whole
/// document's layer, is the same tree counted from the sentence's first
/// token (the dateline, too, is parsed apart either way).
#[test]
fn sentence_syntax_on_demand_matches_the_layer() {
    let text = "ATHENS, May 2 (Wire) - The envoys met in Oslo. They signed a memorandum on Friday, officials said.";
    let parsed = common::parse_report(text);
    let mut bare = dragoman_clean::clean(text).into_doc("t", text.to_string(), Default::default());
    dragoman_tokenize::Tokenize.run(&mut bare);
    assert!(bare.syntax.is_empty());
    for s in &parsed.sentences {
        let on_demand = dragoman_syntax::sentence_syntax(&bare, s);
        let cut = dragoman_syntax::sentence_syntax(&parsed, s);
        assert_eq!(on_demand, cut);
        assert_eq!(on_demand.len(), (s.end_token - s.first_token) as usize);
        let roots = on_demand
            .tokens()
            .iter()
            .filter(|t| t.head.is_none())
            .count();
        assert_eq!(roots, 1, "one tree per sentence");
    }
}

/// Regression: the treebank splits "cannot", our tokenizer does not; the
/// parser read it as a noun ("Ukraine cannot" a compound subject) and the
/// negation was lost ("cannot accept the plan" read as accepting it).
#[test]
fn cannot_is_a_negated_modal() {
    let doc = parse("Chile cannot accept the draft.");
    let t = Tree::of(&doc);
    let v = tok(&doc, "accept");
    assert_eq!(t.subject(v), Some(tok(&doc, "Chile")));
    assert!(t.is_negated(v));
    assert_eq!(t.lemma(tok(&doc, "cannot")), "cannot");
}
