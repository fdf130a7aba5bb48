//! Codes the events of one sentence: which triggers head an event (the main
//! clause's, coordinated clauses', meetings named by nouns), and each event's
//! code, parties, status, date, place and quote.

use crate::lexicon::lexicon;
use crate::mentions::{mentions, Mention};
use crate::recode::{intent_code, reaction_to_object, threat_code};
use crate::roles::{obligation_speaker, participants, shared_subject, speaker};
use crate::setting::{date, in_the_past, place};
use crate::status::status;
use crate::trigger::{triggers, Trigger};
use crate::words::{is_be, Layers, Words};
use dragoman_model::{Doc, Event, EventStatus, Sentence};

/// The events of `sentence`.
pub(crate) fn code_sentence(doc: &Doc, layers: &Layers, sentence: &Sentence) -> Vec<Event> {
    let words = Words::new(doc, layers, sentence);
    let found = triggers(&words);
    if found.is_empty() {
        return Vec::new();
    }
    let mentions = mentions(doc, &words);
    let verbs: Vec<&Trigger> = found
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            let governed =
                *k > 0 && complement_of(&words, &found[k - 1], t) && !hands_over(&found[k - 1], t);
            let intends = found
                .get(k + 1)
                .is_some_and(|next| complement_of(&words, t, next) && hands_over(t, next));
            !t.noun && !governed && !intends && !helps_verb(&words, t)
        })
        .map(|(_, t)| t)
        .collect();
    let main = verbs
        .iter()
        .position(|t| finite(&words, t))
        .or((!verbs.is_empty()).then_some(0));
    let mut events = Vec::new();
    let mut previous: Option<&Trigger> = None;
    for (k, t) in verbs.iter().enumerate() {
        let keep = match main {
            Some(m) if k == m => true,
            Some(m) if k > m => {
                finite(&words, t)
                    && coordinated(&words, previous, t)
                    && !conditioned(&words, verbs[m], t)
            }
            _ => false,
        };
        if keep {
            let mut e = event(doc, layers, sentence, &words, &mentions, t);
            if let (Some(p), Some(last)) = (previous, events.last()) {
                if lacks_subject(&words, p, t) {
                    e.actor = shared_subject(&words, p, last);
                }
            }
            events.push(e);
            previous = Some(t);
        }
    }
    for t in found
        .iter()
        .filter(|t| t.noun && noun_has_party(&words, &mentions, t))
    {
        let e = event(doc, layers, sentence, &words, &mentions, t);
        let meeting = e.kind == "CONSULT" && matches!(words.at(t.end), "between" | "of" | "among");
        if events.is_empty() || meeting && e.actor.is_some() && e.recipient.is_some() {
            events.push(e);
        }
    }
    // Like PETRARCH, code only between parties: an event nobody is named in
    // ("I think ...") is no record.
    events.retain(|e| e.actor.is_some() || e.recipient.is_some());
    events
}

/// True when a verb trigger heads a clause: not an infinitive, and not a
/// participle or gerund without a form of "be" before it.
fn finite(words: &Words, t: &Trigger) -> bool {
    let before = words.before(t.first);
    let word = words.at(t.first);
    before != "to" && (!word.ends_with("ing") || is_be(before))
}

/// True when only auxiliaries and adverbs stand between a conjunction and
/// the coordinated verb `t` ("... and will resign"): it has no subject of its
/// own.
fn lacks_subject(words: &Words, previous: &Trigger, t: &Trigger) -> bool {
    let conjunction = (previous.reach..t.first)
        .rev()
        .find(|&j| matches!(words.at(j), "and" | "but"));
    let Some(conjunction) = conjunction else {
        return false;
    };
    (conjunction + 1..t.first).all(|j| {
        let w = words.at(j);
        is_be(w)
            || w.ends_with("ly")
            || matches!(
                w,
                "will" | "would" | "has" | "have" | "had" | "also" | "then" | "not" | "did"
            )
    })
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

/// True when a verb hands the event to its infinitive complement: a verb of
/// intent (CAMEO 03x: "plans to impose", "agreed to lift", coded as
/// intended), or a verb of action before a protest ("shunned work to
/// protest"; a threat or demand to protest stays a threat or demand).
fn hands_over(head: &Trigger, complement: &Trigger) -> bool {
    let lex = lexicon();
    let head = &lex.cameo[head.cameo as usize];
    let verbal = matches!(&*head.plover, "THREATEN" | "REQUEST" | "REJECT" | "AGREE");
    head.cameo.starts_with("03")
        || !verbal && &*lex.cameo[complement.cameo as usize].plover == "PROTEST"
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

/// True for "help" before a bare verb ("helped prepare"): the event, if
/// any, is the verb helped.
fn helps_verb(words: &Words, t: &Trigger) -> bool {
    words.at(t.first).starts_with("help") && lexicon().verbs.contains_key(words.at(t.end))
}

/// A noun codes an event only when a party stands next to it.
fn noun_has_party(words: &Words, mentions: &[Mention], t: &Trigger) -> bool {
    let before = mentions
        .iter()
        .any(|m| m.end <= t.first && t.first - m.end <= 2);
    let after = mentions.iter().any(|m| {
        m.first >= t.end
            && m.first - t.end <= 3
            && matches!(
                words.at(t.end),
                "between" | "with" | "of" | "by" | "against" | "on" | "in"
            )
    });
    before || after
}

/// True when the mention starting at `first` follows "in" or "at" (past any determiner).
fn is_locative(words: &Words, mut first: usize) -> bool {
    while first > 0 && crate::words::is_determiner(words.at(first - 1)) {
        first -= 1;
    }
    first > 0 && matches!(words.at(first - 1), "in" | "at")
}

/// Builds the event of trigger `t`.
fn event(
    doc: &Doc,
    layers: &Layers,
    sentence: &Sentence,
    words: &Words,
    mentions: &[Mention],
    t: &Trigger,
) -> Event {
    let lex = lexicon();
    let entry = &lex.cameo[t.cameo as usize];
    let trigger = words.span(t.first, t.end);
    let quote = layers.quotes.containing(trigger).0;
    let mut status = status(words, t.first, quote.map(|i| &doc.quotes[i]));
    // Something set for a period already over by the report's date took place:
    // "work that paved the way for the June summit" in an October report.
    if status == EventStatus::Planned && in_the_past(doc, words, trigger.start) {
        status = EventStatus::Occurred;
    }
    let (mut kind, mut mode, mut cameo) = (
        entry.plover.to_string(),
        entry.mode.as_ref().map(|m| m.to_string()),
        entry.cameo.to_string(),
    );
    if let Some((plover, code)) = reaction_to_object(words, t, &kind) {
        (kind, mode, cameo) = (plover.into(), None, code.into());
    }
    let intended = matches!(status, EventStatus::Planned | EventStatus::Hypothetical);
    let conditional = (0..words.len()).any(|j| matches!(words.at(j), "unless" | "if"));
    if let Some(code) = threat_code(&kind)
        .filter(|_| intended && (conditional || matches!(kind.as_str(), "ASSAULT" | "COERCE")))
    {
        let threat = lexicon().cameo_entry(code);
        kind = "THREATEN".into();
        mode = threat.and_then(|e| e.mode.as_ref()).map(|m| m.to_string());
        cameo = code.into();
    } else if let (EventStatus::Planned, Some(code)) = (status, intent_code(&kind)) {
        kind = "AGREE".into();
        mode = None;
        cameo = code.into();
    } else if kind == "AGREE" && status == EventStatus::Occurred {
        status = EventStatus::Planned;
    }
    let (actor, mut recipient) = participants(words, mentions, t);
    // Where people meet is a place, not the party they meet ("talks in
    // Geneva"); a visit's host may be named so ("a visit in Kabul").
    let meeting = matches!(kind.as_str(), "CONSULT" | "AGREE") && mode.as_deref() != Some("visit");
    if meeting && recipient.is_some_and(|m| m.modifier && is_locative(words, m.first)) {
        recipient = None;
    }
    let actor = actor.or_else(|| quote.and_then(|q| speaker(words, mentions, &doc.quotes[q])));
    let (mut actor, mut recipient) = if t.swapped {
        (recipient, actor)
    } else {
        (actor, recipient)
    };
    if let Some(speaker) = obligation_speaker(words, mentions, t) {
        (kind, mode, cameo) = ("REQUEST".into(), None, "100".into());
        status = EventStatus::Occurred;
        (actor, recipient) = (Some(speaker), actor);
    }
    let place = place(doc, words, mentions, recipient, t);
    let parties = [&actor, &recipient].map(|p| p.and_then(|m| m.country.as_deref()));
    let elsewhere = place
        .as_ref()
        .and_then(|p| p.country.as_deref())
        .is_some_and(|c| parties.iter().all(|p| p.is_some_and(|p| p != c)));
    if kind == "CONSULT" && mode.is_none() && elsewhere {
        (mode, cameo) = (Some("third-party".into()), "044".into());
    }
    Event {
        kind,
        mode,
        cameo: Some(cameo),
        actor: actor.map(|m| m.participant(words)),
        recipient: recipient.map(|m| m.participant(words)),
        date: date(doc, words, trigger.start, status),
        place: place.map(|p| p.name),
        trigger,
        evidence: sentence.span,
        status,
        quote,
    }
}

#[cfg(test)]
mod tests {
    use crate::EventStage;
    use dragoman_model::{Doc, Stage};

    /// (type, status, trigger) of the events of `text`, tokenized, no entities.
    fn events(text: &str) -> Vec<(String, &'static str, String)> {
        let mut doc = Doc::from_text("t", text);
        dragoman_tokenize::Tokenize.run(&mut doc);
        EventStage::new().run(&mut doc);
        doc.events
            .iter()
            .map(|e| {
                (
                    e.kind.clone(),
                    e.status.as_str(),
                    doc.slice(e.trigger).to_string(),
                )
            })
            .collect()
    }

    fn one(kind: &str, status: &'static str, trigger: &str) -> Vec<(String, &'static str, String)> {
        vec![(kind.to_string(), status, trigger.to_string())]
    }

    #[test]
    fn a_meeting_and_its_standings() {
        assert_eq!(
            events("The envoys met on Monday."),
            one("CONSULT", "occurred", "met")
        );
        assert_eq!(
            events("The envoys did not meet on Monday."),
            one("CONSULT", "denied", "meet")
        );
        assert_eq!(
            events("The envoys reportedly met on Monday."),
            one("CONSULT", "reported", "met")
        );
        assert_eq!(
            events("The envoys might meet on Monday."),
            one("CONSULT", "hypothetical", "meet")
        );
    }

    #[test]
    fn intended_cooperation_is_agree_and_intended_force_a_threat() {
        assert_eq!(
            events("The envoys will meet next week."),
            one("AGREE", "planned", "meet")
        );
        assert_eq!(
            events("The rebels will attack the town."),
            one("THREATEN", "planned", "attack")
        );
        // The dictionary codes "plan ... attack" itself as a threat.
        assert_eq!(
            events("The rebels plan to attack the town."),
            one("THREATEN", "occurred", "plan")
        );
    }

    #[test]
    fn the_head_of_an_infinitive_is_the_event() {
        assert_eq!(
            events("The army threatened to attack the town."),
            one("THREATEN", "occurred", "threatened")
        );
        assert_eq!(
            events("The cabinet refused to meet the envoys."),
            one("REJECT", "occurred", "refused")
        );
    }

    #[test]
    fn verb_forms_used_as_nouns_are_no_verbs() {
        assert!(events("The talks ended.")
            .iter()
            .all(|(_, _, t)| t != "talks"));
        assert_eq!(
            events("The troops attacked the town."),
            one("ASSAULT", "occurred", "attacked")
        );
    }

    #[test]
    fn a_light_verb_hands_its_clause_to_the_noun() {
        assert_eq!(
            events("The army mounted an invasion of the island."),
            one("COERCE", "occurred", "invasion")
        );
    }

    #[test]
    fn regression_an_override_reaches_every_block_of_its_verb() {
        // "add" sits in the dictionary's "grant" block too; "added that" is
        // speech, not a gift.
        let found = events("The minister added that the troops would leave.");
        assert!(
            found
                .iter()
                .all(|(kind, _, trigger)| !(kind == "COOPERATE" && trigger == "added")),
            "{found:?}"
        );
    }

    #[test]
    fn regression_close_to_is_no_closure() {
        let found = events("“Nobody expects a breakthrough,” said a diplomat close to the talks.");
        assert!(
            found.iter().all(|(_, _, trigger)| trigger != "close"),
            "{found:?}"
        );
    }
}
