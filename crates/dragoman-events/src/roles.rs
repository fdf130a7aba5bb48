//! Who acts and who is acted upon: the subject before a verb, the first
//! party after it, passives turned around, the parties of event nouns, the
//! speaker of a quote, and subjects shared by coordinated verbs.

use crate::mentions::Mention;
use crate::trigger::Trigger;
use crate::words::{is_be, is_preposition, is_pronoun, Words};
use dragoman_model::{Event, Participant, Quote};

/// The subject a coordinated verb without its own shares with the previous
/// one ("X was indicted by the court and will resign": X): the previous
/// actor, or its recipient when the previous verb was passive.
pub(crate) fn shared_subject(
    words: &Words,
    previous: &Trigger,
    event: &Event,
) -> Option<Participant> {
    let passive = (previous.first.saturating_sub(2)..previous.first).any(|j| is_be(words.at(j)))
        && !words.at(previous.first).ends_with("ing");
    if passive {
        event.recipient.clone()
    } else {
        event.actor.clone()
    }
}

/// The mention that names the source of a quote in this sentence.
pub(crate) fn speaker<'m>(
    words: &Words,
    mentions: &'m [Mention],
    quote: &Quote,
) -> Option<&'m Mention> {
    let source = *quote.source.first()?;
    mentions
        .iter()
        .find(|m| words.span(m.first, m.end).overlaps(source))
}

/// "X said Y must Z" is X demanding Z of Y: the speaker, when the trigger
/// follows "must" or "should" in a clause reported by an earlier subject.
pub(crate) fn obligation_speaker<'m>(
    words: &Words,
    mentions: &'m [Mention],
    t: &Trigger,
) -> Option<&'m Mention> {
    let obliged =
        (t.first.saturating_sub(4)..t.first).any(|j| matches!(words.at(j), "must" | "should"));
    if !obliged {
        return None;
    }
    let speaker = mentions.first().filter(|m| m.end < t.first)?;
    let reported = (speaker.end..t.first).any(|j| {
        matches!(
            words.at(j),
            "said"
                | "says"
                | "announced"
                | "insisted"
                | "declared"
                | "stated"
                | "told"
                | "concluded"
                | "demanded"
                | "that"
        )
    });
    reported.then_some(speaker)
}

/// Actor and recipient of trigger `t`.
pub(crate) fn participants<'m>(
    words: &Words,
    mentions: &'m [Mention],
    t: &Trigger,
) -> (Option<&'m Mention>, Option<&'m Mention>) {
    let before: Vec<&Mention> = mentions.iter().filter(|m| m.end <= t.first).collect();
    let after: Vec<&Mention> = mentions.iter().filter(|m| m.first >= t.end).collect();
    let object_of_preposition = |m: &Mention| {
        let mut j = m.first;
        while j > 0 && crate::words::is_determiner(words.at(j - 1)) {
            j -= 1;
        }
        is_preposition(words.before(j))
    };
    let noun = t.noun.then(|| noun_participants(words, &before, &after, t));
    if let Some((Some(actor), recipient)) = noun {
        return (Some(actor), recipient);
    }
    let subject = before
        .iter()
        .rev()
        .position(|m| !object_of_preposition(m) && !is_pronoun(words.at(m.first)))
        .map(|k| before.len() - 1 - k)
        .map(|k| first_conjunct(words, &before, k))
        .or_else(|| before.first().copied());
    if t.noun {
        return (subject, after.first().copied());
    }
    let passive = !words.at(t.first).ends_with("ing")
        && (t.first.saturating_sub(2)..t.first).any(|j| is_be(words.at(j)));
    if passive {
        let by = (t.end..(t.end + 4).min(words.len())).find(|&j| words.at(j) == "by");
        let agent = by.and_then(|j| after.iter().find(|m| m.first > j).copied());
        let agent = agent.or_else(|| after.iter().find(|m| m.country.is_some()).copied());
        return (agent, subject);
    }
    let recipient = after
        .iter()
        .find(|m| !is_pronoun(words.at(m.first)))
        .copied();
    (subject, recipient)
}

/// The first of coordinated mentions ("the United States and Jordan").
fn first_conjunct<'m>(words: &Words, before: &[&'m Mention], mut k: usize) -> &'m Mention {
    while k > 0
        && before[k - 1].end + 1 == before[k].first
        && matches!(words.at(before[k].first - 1), "and" | ",")
    {
        k -= 1;
    }
    before[k]
}

/// Parties of an event noun: a modifier before it ("the Russian-Ukrainian
/// talks", "Syria's offensive") or "between A and B" after it.
fn noun_participants<'m>(
    words: &Words,
    before: &[&'m Mention],
    after: &[&'m Mention],
    t: &Trigger,
) -> (Option<&'m Mention>, Option<&'m Mention>) {
    let near_before = before.iter().rev().find(|m| t.first - m.end <= 2).copied();
    let mut following = after.iter().filter(|m| m.first - t.end <= 6).copied();
    let linked = matches!(words.at(t.end), "between" | "with" | "of" | "by" | "among");
    match near_before {
        Some(actor) => (
            Some(actor),
            following.next().filter(|_| words.at(t.end) != "of"),
        ),
        None if linked => {
            let first = following.next();
            (first, following.next())
        }
        None => (None, None),
    }
}
