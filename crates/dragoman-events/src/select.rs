//! Which verb triggers head an event, read from word order: the main
//! clause's (its first finite verb), clauses coordinated with it, not a
//! condition's; an infinitive complement gives way to its coded head
//! ("threatened to attack") unless the head only states intent ("agreed
//! to lift"). The tree's reading (`clause`) vetoes what this one keeps.

use crate::clause::hands_over;
use crate::trigger::Trigger;
use crate::words::{is_be, Words};

/// The indices (into `found`) of the verb triggers word order makes events.
pub(crate) fn word_order_heads(words: &Words, found: &[Trigger]) -> Vec<usize> {
    let verbs: Vec<usize> = (0..found.len())
        .filter(|&k| {
            let t = &found[k];
            let governed =
                k > 0 && complement_of(words, &found[k - 1], t) && !hands_over(&found[k - 1], t);
            let intends = found
                .get(k + 1)
                .is_some_and(|next| complement_of(words, t, next) && hands_over(t, next));
            !t.noun && !governed && !intends
        })
        .collect();
    let Some(main) = verbs
        .iter()
        .position(|&k| finite(words, &found[k]))
        .or((!verbs.is_empty()).then_some(0))
    else {
        return Vec::new();
    };
    let mut kept = vec![verbs[main]];
    for &k in &verbs[main + 1..] {
        let t = &found[k];
        let previous = kept.last().map(|&p| &found[p]);
        if finite(words, t)
            && coordinated(words, previous, t)
            && !conditioned(words, &found[verbs[main]], t)
        {
            kept.push(k);
        }
    }
    kept
}

/// True when a verb trigger heads a clause: not an infinitive, and not a
/// participle or gerund without a form of "be" before it.
pub(crate) fn finite(words: &Words, t: &Trigger) -> bool {
    let before = words.before(t.first);
    let word = words.at(t.first);
    before != "to" && (!word.ends_with("ing") || is_be(before))
}

/// True when a condition ("unless", "if") stands between the main event and
/// `t`: `t` is part of the condition, not a further event.
fn conditioned(words: &Words, main: &Trigger, t: &Trigger) -> bool {
    (main.end..t.first).any(|j| matches!(words.at(j), "unless" | "if"))
}

/// True when `t` starts a clause coordinated with the previous event's
/// ("... and rejected", "; Y rejected"), not a relative clause.
fn coordinated(words: &Words, previous: Option<&Trigger>, t: &Trigger) -> bool {
    let from = previous.map_or(0, |p| p.reach);
    let relative =
        (from..t.first).any(|j| matches!(words.at(j), "who" | "which" | "that" | "whom" | "whose"));
    !relative
        && (from..t.first)
            .rev()
            .take(6)
            .any(|j| matches!(words.at(j), "and" | "but" | ";" | "while" | "whereas"))
}

/// True when `t` is the infinitive complement of the coded verb `head`
/// ("threatened to attack", "refused to meet"): the head is the event.
fn complement_of(words: &Words, head: &Trigger, t: &Trigger) -> bool {
    !head.noun
        && !t.noun
        && t.first > head.end
        && t.first - head.end <= 4
        && words.before(t.first) == "to"
}
