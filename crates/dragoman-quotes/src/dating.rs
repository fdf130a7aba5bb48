//! When something was said: the time expression of the attribution's own
//! sentence nearest its cue (outside anything said, its own content or
//! another's, and not in a clause the narrator sets after the cue: "..., a
//! spokesman said, as the army warned it would strike by Friday", "..., he
//! told reporters, adding that talks would resume next week"), or, for an
//! attribution dated by "then", the last date the text gave before it. Reads
//! the document's time expressions when the time stage has run; dates
//! nothing otherwise.

use dragoman_model::{Doc, Span, Timex, TimexType};

/// The TIMEX3 value of when the attribution with `cue` was made; `said`
/// holds the contents of every attribution of the document, sorted by
/// start (a time expression inside any of them dates no saying).
pub(crate) fn when_said(doc: &Doc, cue: Span, said: &[Span]) -> Option<String> {
    let at = doc.sentence_at(cue.start)?;
    let sentence = doc.sentences[at].span;
    // Time expressions come sentence by sentence, in order: those of this
    // sentence and those before it are found by bisection, not by a scan.
    let from = doc
        .timexes
        .partition_point(|t| t.span.start < sentence.start);
    let to = doc.timexes.partition_point(|t| t.span.start < sentence.end);
    // A calendar value: "for now" (PRESENT_REF) says nothing of when.
    let is_date = |t: &&Timex| {
        matches!(t.kind, TimexType::Date | TimexType::Time)
            && t.value.starts_with(|c: char| c.is_ascii_digit())
    };
    let before_end = &said[..said.partition_point(|c| c.start < sentence.end)];
    let outside = |t: &&Timex| !before_end.iter().any(|c| c.overlaps(t.span));
    let tokens = doc.sentence_tokens(&doc.sentences[at]);
    let own = doc.timexes[from..to]
        .iter()
        .filter(is_date)
        .filter(|t| sentence.contains(t.span))
        .filter(outside)
        .filter(|t| !in_a_later_clause(doc, tokens, cue, t.span))
        .filter(|t| !in_a_relative_clause(doc, tokens, cue, t.span))
        .min_by_key(|t| t.span.start.abs_diff(cue.start));
    if let Some(t) = own {
        return Some(t.value.clone());
    }
    // "As the agency reported then, ...": the date last given before this sentence.
    let then = tokens
        .iter()
        .any(|t| doc.slice(t.span).eq_ignore_ascii_case("then"));
    then.then(|| {
        doc.timexes[..from]
            .iter()
            .rev()
            .filter(is_date)
            .find(|t| t.span.end <= sentence.start)
            .map(|t| t.value.clone())
    })
    .flatten()
}

/// True when a comma and a subordinating word ("as", "amid", "while",
/// "after", ...) stand between the cue and the time expression `at` after
/// it: the expression dates that clause, not the saying.
fn in_a_later_clause(doc: &Doc, tokens: &[dragoman_model::Token], cue: Span, at: Span) -> bool {
    let from = tokens.partition_point(|t| t.span.start < cue.end);
    let to = tokens.partition_point(|t| t.span.end <= at.start);
    let between = &tokens[from..to.max(from)];
    between.windows(2).any(|w| {
        let next = doc.slice(w[1].span);
        doc.slice(w[0].span) == "," && LATER_CLAUSE.iter().any(|o| next.eq_ignore_ascii_case(o))
    })
}

/// True when the time expression `at` before the cue stands in a relative
/// clause set off by commas (", who is visiting Quito this week, said"):
/// it dates the visit, not the saying (unless the clause tells of the
/// speaking itself: ", who spoke on Monday, said").
fn in_a_relative_clause(doc: &Doc, tokens: &[dragoman_model::Token], cue: Span, at: Span) -> bool {
    if at.end > cue.start {
        return false;
    }
    let start = tokens.partition_point(|t| t.span.end <= at.start);
    let cue_at = tokens.partition_point(|t| t.span.end <= cue.start);
    let is = |i: usize, w: &str| doc.slice(tokens[i].span).eq_ignore_ascii_case(w);
    let Some(close) = (start..cue_at).find(|&i| is(i, ",")) else {
        return false;
    };
    let Some(open) = (0..start).rev().find(|&i| is(i, ",")) else {
        return false;
    };
    let relative = open + 1 < start && (is(open + 1, "who") || is(open + 1, "which"));
    // ", who spoke on Monday, said": a clause of speaking dates the saying.
    let speaking = (open..close).any(|i| SPEAKING.iter().any(|w| is(i, w)));
    relative && !speaking
}

/// Verbs of speaking whose relative clause dates the saying it describes.
const SPEAKING: [&str; 7] = [
    "spoke",
    "speaking",
    "said",
    "told",
    "talked",
    "briefed",
    "addressed",
];

/// Words that open a clause the narrator sets after the saying, lower case:
/// subordinators, relatives, and participles of a further saying ("...,
/// adding that talks would go on next week": next week is what was added).
const LATER_CLAUSE: [&str; 18] = [
    "as",
    "amid",
    "while",
    "after",
    "before",
    "when",
    "since",
    "because",
    "although",
    "though",
    "which",
    "who",
    "where",
    "adding",
    "saying",
    "noting",
    "stressing",
    "warning",
];

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{Stage, TimexType};

    fn doc(text: &str, timexes: &[(&str, &str)]) -> Doc {
        let mut d = Doc::from_text("t", text);
        dragoman_tokenize::Tokenize.run(&mut d);
        for (words, value) in timexes {
            let at = text.find(words).unwrap();
            d.timexes.push(Timex {
                span: Span::new(at, at + words.len()),
                kind: TimexType::Date,
                value: value.to_string(),
            });
        }
        d
    }

    fn cue(d: &Doc, word: &str) -> Span {
        let at = d.text.find(word).unwrap();
        Span::new(at, at + word.len())
    }

    #[test]
    fn the_date_of_the_attribution_sentence() {
        let d = doc(
            "The envoy, who spoke on Monday, said talks would resume in May.",
            &[("Monday", "2025-11-17"), ("May", "2026-05")],
        );
        let said = cue(&d, "said");
        let content = [Span::new(said.end as usize + 1, d.text.len() - 1)];
        assert_eq!(when_said(&d, said, &content).as_deref(), Some("2025-11-17"));
    }

    #[test]
    fn regression_a_date_of_the_narrators_later_clause_is_not_the_sayings() {
        let d = doc(
            "Talks resumed, two officials said, as the army warned it would strike by Friday.",
            &[("Friday", "2025-11-21")],
        );
        assert_eq!(when_said(&d, cue(&d, "said"), &[]), None);
    }

    /// Regression (wire copy of our own): a quote took the date of what
    /// its speaker went on to add.
    #[test]
    fn regression_a_date_of_what_was_added_is_not_the_sayings() {
        let d = doc(
            "\"Useful talks,\" the envoy told reporters, adding that experts would meet next week.",
            &[("next week", "2025-W47")],
        );
        assert_eq!(when_said(&d, cue(&d, "told"), &[]), None);
    }

    /// Regression (wire copy of our own): "X accused Y of ... and demanded
    /// that Z hand over a suspect in a 2023 raid" dated the accusation 2023.
    #[test]
    fn regression_a_date_inside_another_saying_is_not_this_sayings() {
        let text = "Vel accused Lima of stalling and demanded that Quito hand over a suspect in a 2023 raid.";
        let d = doc(text, &[("2023", "2023")]);
        let span = |from: &str, to: &str| {
            Span::new(text.find(from).unwrap(), text.find(to).unwrap() + to.len())
        };
        let said = [span("Lima", "stalling"), span("that Quito", "raid")];
        assert_eq!(when_said(&d, cue(&d, "accused"), &said), None);
    }

    /// Regression (wire copy of our own): a saying took the date of the
    /// relative clause describing its speaker.
    #[test]
    fn regression_a_date_in_the_speakers_relative_clause_is_not_the_sayings() {
        let d = doc(
            "The minister, who is visiting Quito this week, said the border would reopen.",
            &[("this week", "2025-W19")],
        );
        assert_eq!(when_said(&d, cue(&d, "said"), &[]), None);
        let d = doc(
            "The minister said on Monday, after a visit, that talks would go on.",
            &[("Monday", "2025-05-05")],
        );
        assert_eq!(
            when_said(&d, cue(&d, "said"), &[]).as_deref(),
            Some("2025-05-05")
        );
    }

    #[test]
    fn then_takes_the_date_given_before() {
        let d = doc(
            "The minister gave interviews last week. As the agency reported then, she said no.",
            &[("last week", "2025-W46")],
        );
        assert_eq!(
            when_said(&d, cue(&d, "said"), &[]).as_deref(),
            Some("2025-W46")
        );
    }

    #[test]
    fn no_date_without_a_time_expression() {
        let d = doc("The minister said no.", &[]);
        assert_eq!(when_said(&d, cue(&d, "said"), &[]), None);
    }

    #[test]
    fn a_reference_to_the_present_dates_nothing() {
        let text = "Asked about it, Ana said the plan was off for now.";
        let d = doc(text, &[("now", "PRESENT_REF")]);
        let cue = Span::new(text.find("said").unwrap(), text.find("said").unwrap() + 4);
        assert_eq!(when_said(&d, cue, &[]), None);
    }
}
