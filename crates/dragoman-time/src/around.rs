//! The words right around a time expression that decide its tense over
//! the verbs of its sentence: a lead before it ("since March", "as soon as
//! Tuesday"), a possessive naming a deed after it ("Wednesday's ruling"),
//! and a limit before it ("until Sunday"), which lies ahead unless the
//! clause is told in the past. The word lists of each are here, once.

use crate::tense::Tense;

/// The tense the words right before byte offset `at` of `text` give an
/// expression, whatever the verbs say: "since March" and "the year ended
/// Jan. 31" are past, "as soon as Tuesday" and "as early as Tuesday" to come.
pub fn lead(text: &str, at: usize) -> Option<Tense> {
    let before = text.get(..at)?;
    let ends = |words: &str| ends_with_words(before, words);
    if ends("since") || ends("ended") {
        Some(Tense::Past)
    } else if ends("as soon as") || ends("as early as") {
        Some(Tense::Future)
    } else {
        None
    }
}

/// The tense a possessive day gives its expression: "Tuesday's ruling",
/// "Friday's close" name something already done or said, which news reports
/// after the fact, so it is past whatever the verbs around it say ("they
/// would look for ways around Wednesday's ruling", "before Friday's
/// purchases"); "ahead of Friday's ruling" looks ahead. An event that may still come ("Sunday's vote",
/// "Monday's talks") is left to the verbs. `start..end` is the expression's
/// span in `text`.
pub fn done_on(text: &str, start: usize, end: usize) -> Option<Tense> {
    let after = text.get(end..)?;
    let rest = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))?;
    // The noun, or the one after an adjective ("Thursday's surprise ruling").
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(2);
    if !words.any(|w| DONE.iter().any(|d| d.eq_ignore_ascii_case(w))) {
        return None;
    }
    let before = text.get(..start)?;
    let ahead = AHEAD_OF.iter().any(|words| ends_with_words(before, words));
    Some(if ahead { Tense::Future } else { Tense::Past })
}

/// Nouns of something done or said, reported after it happened. Not those
/// of events announced ahead ("Tuesday's speech", "Friday's jobs report",
/// "Saturday's rally", "a strike").
#[rustfmt::skip]
const DONE: &[&str] = &[
    "ruling", "rulings", "decision", "verdict", "statement", "announcement", "declaration",
    "remarks", "comments", "attack", "attacks", "bombing", "bombings", "blast", "explosion",
    "shooting", "killing", "killings", "raid", "arrest", "arrests", "resignation", "close",
    "closing", "trading", "sell-off", "selloff", "decline", "drop", "purchases", "offerings",
    "shelling", "clashes", "incident", "crash", "collapse", "earthquake", "ouster", "coup",
];

/// Words before a possessive day that make its event one to come.
const AHEAD_OF: &[&str] = &["ahead of", "await", "awaiting"];

/// True when `before` ends with the whole words `words` (ASCII case ignored).
fn ends_with_words(before: &str, words: &str) -> bool {
    let before = before.trim_end();
    before.len() >= words.len()
        && before.as_bytes()[before.len() - words.len()..].eq_ignore_ascii_case(words.as_bytes())
        && !before[..before.len() - words.len()].ends_with(|c: char| c.is_alphanumeric())
}

/// True when a limit stands right before byte offset `at` of `text`
/// ("until Sunday", "by Friday", "no later than Monday"): in a clause not
/// told in the past it lies ahead ("has until Sunday to reply", "the offer
/// stands until Friday"), while "the truce held until Tuesday" is past.
pub fn limit(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    LIMITS.iter().any(|words| ends_with_words(before, words))
}

/// The words of [`limit`].
const LIMITS: &[&str] = &["until", "till", "by", "no later than"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn some_words_before_an_expression_decide() {
        let at = |text: &str, word: &str| lead(text, text.find(word).unwrap());
        assert_eq!(
            at("It has stood there since March.", "March"),
            Some(Tense::Past)
        );
        assert_eq!(
            at("He may leave as soon as Tuesday.", "Tuesday"),
            Some(Tense::Future)
        );
        assert_eq!(at("He left on Tuesday.", "Tuesday"), None);
    }

    #[test]
    fn a_possessive_deed_is_done_unless_awaited() {
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            done_on(text, start, start + word.len())
        };
        let text = "They would appeal Wednesday's ruling.";
        assert_eq!(at(text, "Wednesday"), Some(Tense::Past));
        let text = "Markets waited ahead of Monday's ruling.";
        assert_eq!(at(text, "Monday"), Some(Tense::Future));
        assert_eq!(at("Sunday's vote will be close.", "Sunday"), None);
    }

    #[test]
    fn limits_stand_before() {
        let text = "The group has until Sunday to reply.";
        assert!(limit(text, text.find("Sunday").unwrap()));
        let text = "The group met on Sunday.";
        assert!(!limit(text, text.find("Sunday").unwrap()));
    }
}
