//! Codes the events of one sentence: triggers, their actor and recipient,
//! status, date, place and quote.

use crate::lexicon::lexicon;
use crate::mentions::{mentions, Mention};
use crate::status::status;
use crate::trigger::{triggers, Trigger};
use crate::words::{is_be, is_determiner, is_preposition, is_pronoun, Layers, Words};
use dragoman_model::{
    Doc, EntityType, Event, EventStatus, Participant, Quote, Sentence, TimexType,
};

/// PLOVER types of cooperation that, when only intended, are coded AGREE.
fn intent_code(plover: &str) -> Option<&'static str> {
    match plover {
        "CONSULT" => Some("036"),
        "SUPPORT" => Some("032"),
        "COOPERATE" => Some("031"),
        "AID" => Some("033"),
        "CONCEDE" | "RETREAT" => Some("035"),
        _ => None,
    }
}

/// PLOVER types of force and pressure that, when only intended, are
/// threats, with the CAMEO code of that threat (sanctions and withdrawals
/// only under a condition: "will withdraw unless ...").
fn threat_code(plover: &str) -> Option<&'static str> {
    match plover {
        "ASSAULT" => Some("138"),
        "COERCE" => Some("132"),
        "SANCTION" => Some("131"),
        "RETREAT" => Some("136"),
        _ => None,
    }
}

/// The nouns of `data/objects.tsv` of one kind.
fn object_nouns(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    include_str!("../data/objects.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(move |(k, _)| *k == kind)
        .map(|(_, noun)| noun)
}

/// A verbal reaction recoded by its object: disapproving a proposal or
/// appeal rejects it ("dismissed an appeal": REJECT 120), agreeing to a
/// demand concedes it ("accepted demands": CONCEDE 083).
fn reaction_to_object(
    words: &Words,
    t: &Trigger,
    plover: &str,
) -> Option<(&'static str, &'static str)> {
    let object = (t.end..(t.end + 3).min(words.len()))
        .find(|&j| !is_determiner(words.at(j)) && !words.at(j).ends_with("al"))?;
    let noun = words.at(object);
    match plover {
        "ACCUSE" if object_nouns("rejectable").any(|n| n == noun) => Some(("REJECT", "120")),
        "AGREE" if object_nouns("demand").any(|n| n == noun) => Some(("CONCEDE", "083")),
        _ => None,
    }
}

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
            let mut e = event(doc, sentence, &words, &mentions, t);
            if let (Some(p), Some(last)) = (previous, events.last()) {
                if !mentions
                    .iter()
                    .any(|m| m.first >= p.reach && m.end <= t.first)
                {
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
        let e = event(doc, sentence, &words, &mentions, t);
        let meeting = e.kind == "CONSULT" && matches!(words.at(t.end), "between" | "of" | "among");
        if events.is_empty() || meeting && e.actor.is_some() && e.recipient.is_some() {
            events.push(e);
        }
    }
    events
}

/// True when a verb trigger heads a clause: not an infinitive, and not a
/// participle or gerund without a form of "be" before it.
fn finite(words: &Words, t: &Trigger) -> bool {
    let before = words.before(t.first);
    let word = words.at(t.first);
    before != "to" && (!word.ends_with("ing") || is_be(before))
}

/// The subject a coordinated verb without its own shares with the previous
/// one ("X was indicted by the court and will resign": X): the previous
/// actor, or its recipient when the previous verb was passive.
fn shared_subject(words: &Words, previous: &Trigger, event: &Event) -> Option<Participant> {
    let passive = (previous.first.saturating_sub(2)..previous.first).any(|j| is_be(words.at(j)))
        && !words.at(previous.first).ends_with("ing");
    if passive {
        event.recipient.clone()
    } else {
        event.actor.clone()
    }
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
    (from..t.first)
        .rev()
        .take(6)
        .take_while(|&j| !matches!(words.at(j), "who" | "which" | "that" | "whom" | "whose"))
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

/// Builds the event of trigger `t`.
fn event(
    doc: &Doc,
    sentence: &Sentence,
    words: &Words,
    mentions: &[Mention],
    t: &Trigger,
) -> Event {
    let lex = lexicon();
    let entry = &lex.cameo[t.cameo as usize];
    let trigger = words.span(t.first, t.end);
    let quote = doc
        .quotes
        .iter()
        .position(|q| q.content.iter().any(|c| c.contains(trigger)));
    let mut status = status(words, t.first, quote.map(|i| &doc.quotes[i]));
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
    let (actor, recipient) = participants(words, mentions, t);
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
    Event {
        kind,
        mode,
        cameo: Some(cameo),
        actor: actor.map(|m| m.participant(words)),
        recipient: recipient.map(|m| m.participant(words)),
        date: date(doc, words, trigger.start, status),
        place: place(doc, words, mentions, t),
        trigger,
        evidence: sentence.span,
        status,
        quote,
    }
}

/// The mention that names the source of a quote in this sentence.
fn speaker<'m>(words: &Words, mentions: &'m [Mention], quote: &Quote) -> Option<&'m Mention> {
    let source = *quote.source.first()?;
    mentions
        .iter()
        .find(|m| words.span(m.first, m.end).overlaps(source))
}

/// "X said Y must Z" is X demanding Z of Y: the speaker, when the trigger
/// follows "must" or "should" in a clause reported by an earlier subject.
fn obligation_speaker<'m>(
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
fn participants<'m>(
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

/// The date of the nearest time expression of the sentence, else the report's.
/// A month or day without a year that resolved after the report's date is
/// moved a year back when the event already happened ("met in March").
fn date(doc: &Doc, words: &Words, at: u32, status: EventStatus) -> Option<String> {
    let timex = words
        .timexes
        .iter()
        .filter(|x| x.kind == TimexType::Date && !x.value.starts_with('P'))
        .min_by_key(|x| x.span.start.abs_diff(at));
    let Some(timex) = timex else {
        return doc.meta.date.map(|d| d.to_string());
    };
    let report = doc.meta.date.map(|d| d.to_string());
    let happened = matches!(
        status,
        EventStatus::Occurred | EventStatus::Reported | EventStatus::Denied
    );
    let yearless = !doc
        .slice(timex.span)
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4);
    match report {
        Some(report)
            if happened && yearless && timex.value.len() >= 7 && timex.value[..7] > report[..7] =>
        {
            let year: i32 = timex.value[..4].parse().ok()?;
            Some(format!("{}{}", year - 1, &timex.value[4..]))
        }
        _ => Some(timex.value.clone()),
    }
}

/// The place: a location after "in" or "at" that is not a party.
fn place(doc: &Doc, words: &Words, mentions: &[Mention], t: &Trigger) -> Option<String> {
    words
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Loc)
        .map(|e| (e, words.index_of(e.span.start)))
        .filter(|(_, i)| {
            matches!(words.before(*i), "in" | "at")
                || words.before(*i) == "the" && matches!(words.at(i.wrapping_sub(2)), "in" | "at")
        })
        .filter(|(_, i)| {
            !mentions
                .iter()
                .any(|m| m.first == *i && *i >= t.end && *i - t.end <= 1)
        })
        .min_by_key(|(_, i)| i.abs_diff(t.first))
        .map(|(e, _)| doc.slice(e.span).to_string())
}
