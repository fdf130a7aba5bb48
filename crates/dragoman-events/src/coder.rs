//! Codes the events of one sentence: which triggers head an event (the main
//! clause's, coordinated clauses', meetings named by nouns), and each event's
//! code, parties, status, date, place and quote.

use crate::clause::{predicate, tagged_as_matched, vetoed};
use crate::lexicon::lexicon;
use crate::mentions::{mentions, Mention};
use crate::recode::{promised_retaliation, reaction_to_object, refuses, Code};
use crate::roles::{
    arguments, conjuncts, obligation_speaker, obliged_party, participants, possessor_country,
    speaker,
};
use crate::select::word_order_heads;
use crate::sense::other_sense;
use crate::setting::{date, in_the_past, place, Place};
use crate::status::status;
use crate::trigger::{triggers, Trigger};
use crate::words::{Layers, Words};
use dragoman_lexicon::FEATURES;
use dragoman_model::{Doc, Event, EventStatus, Sentence};
use dragoman_syntax::Tree;

/// The events of `sentence`.
pub(crate) fn code_sentence(doc: &Doc, layers: &Layers, sentence: &Sentence) -> Vec<Event> {
    let words = Words::new(doc, layers, sentence);
    let found = triggers(&words);
    if found.is_empty() {
        return Vec::new();
    }
    let mentions = mentions(doc, &words);
    // An event needs a trigger word order proposes and a party: the parse,
    // the costly part, is for the sentences that have both (the tree then
    // vetoes and corrects, it never adds an event word order did not see).
    if !worth_parsing(layers, &words, &mentions, &found) {
        return Vec::new();
    }
    let syntax = dragoman_syntax::sentence_syntax(doc, sentence);
    let tree = Tree::new(&syntax);
    if tree.len() != words.len() {
        return Vec::new();
    }
    // An agent noun that modifies another noun ("the official results",
    // "military aid") names no party: it is set aside before any role is
    // read, so that the party the tree names further on takes the slot.
    let mentions: Vec<Mention> = mentions
        .into_iter()
        .filter(|m| !modifies_a_noun(&tree, m))
        .collect();
    let context = Context {
        doc,
        layers,
        sentence,
        words: &words,
        tree: &tree,
        mentions: &mentions,
    };
    let found = confirmed(&tree, &words, found);
    let heads = heads(&tree, &words, &mentions, &found);
    let mut events: Vec<Event> = heads.iter().map(|t| context.event(t)).collect();
    context.add_noun_events(&found, &heads, &mut events);
    abstain(&mut events);
    events
}

/// Code only between parties, and abstain when the text names no actor:
/// a demand or a meeting by nobody is no record. Force is the exception:
/// an attack by someone unnamed on a named party ("a roadside bomb killed
/// two soldiers") is news as it stands. A state's agent with no country
/// and no name ("the president", "envoys") acting on no state either ties
/// the event to nobody an analyst could look up: abstain.
fn abstain(events: &mut Vec<Event>) {
    events.retain(|e| {
        let material = matches!(e.kind.as_str(), "ASSAULT" | "COERCE");
        let anchored = e.recipient.as_ref().is_some_and(|r| r.country.is_some());
        let known = e.actor.as_ref().is_some_and(|a| !unknown(a) || anchored);
        known || material && e.recipient.is_some()
    });
}

/// True when `place` lies in a country neither party's: a meeting there is
/// held on third ground (CAMEO 044).
fn elsewhere(actor: Option<&Mention>, recipient: Option<&Mention>, place: &Option<Place>) -> bool {
    let parties = [actor, recipient].map(|p| p.and_then(|m| m.country.as_deref()));
    place
        .as_ref()
        .and_then(|p| p.country.as_deref())
        .is_some_and(|c| parties.iter().all(|p| p.is_some_and(|p| p != c)))
}

/// The triggers whose pattern the tree confirms (a word matched far from
/// its verb hangs on the verb's clause, the pattern crosses no other verb);
/// the others are coded without their pattern.
fn confirmed(tree: &Tree, words: &Words, found: Vec<Trigger>) -> Vec<Trigger> {
    found
        .into_iter()
        .filter_map(|t| crate::clause::confirm_pattern(tree, words, t))
        .collect()
}

/// The triggers that head an event. Word order chooses among the triggers
/// the tree does not veto, so that a vetoed verb (a condition's, a relative
/// clause's) takes no main clause's place, nor a verb coordinated inside a
/// coded verb's infinitive; a verb used in another sense heads nothing.
fn heads(tree: &Tree, words: &Words, mentions: &[Mention], found: &[Trigger]) -> Vec<Trigger> {
    let coded = |k: usize| found.iter().any(|t| !t.noun && t.first == k);
    let kept: Vec<Trigger> = found
        .iter()
        .filter(|t| t.noun || !vetoed(tree, words, t))
        .filter(|t| !crate::clause::in_governed_infinitive(tree, words, t, coded))
        .copied()
        .collect();
    word_order_heads(words, &kept)
        .into_iter()
        .map(|k| kept[k])
        .filter(|t| !helps_verb(words, t))
        .filter(|t| {
            let entry = &lexicon().cameo[t.cameo as usize];
            !other_sense(words, tree, mentions, predicate(tree, t), entry)
        })
        .collect()
}

/// True when events `a` and `b` are of one type between the same countries.
fn same_parties(a: &Event, b: &Event) -> bool {
    let country =
        |p: &Option<dragoman_model::Participant>| p.as_ref().and_then(|p| p.country.clone());
    a.kind == b.kind
        && country(&a.actor) == country(&b.actor)
        && country(&a.recipient) == country(&b.recipient)
}

/// True for an agent of some state known only by its agent noun ("the
/// minister", "Envoys", "police"): no country, no name of its own, so the
/// record could not say whose. (Farmers or protesters are who they are.)
fn unknown(p: &dragoman_model::Participant) -> bool {
    let of_a_state = |s: &str| matches!(s, "GOV" | "MIL" | "COP" | "JUD" | "SPY" | "LEG");
    p.country.is_none()
        && !p.name.contains(' ')
        && crate::mentions::agent_sector(&p.name.to_lowercase()).is_some_and(of_a_state)
}

/// True when word order finds a verb event with a party (or one told in a
/// quote), or an event noun with a party next to it.
fn worth_parsing(layers: &Layers, words: &Words, mentions: &[Mention], found: &[Trigger]) -> bool {
    let quoted = |t: &Trigger| {
        layers
            .quotes
            .containing(words.span(t.first, t.end))
            .0
            .is_some()
    };
    let verb = word_order_heads(words, found).into_iter().any(|k| {
        let t = &found[k];
        let (actor, recipient) = participants(words, mentions, t);
        !helps_verb(words, t) && (actor.is_some() || recipient.is_some() || quoted(t))
    });
    verb || found
        .iter()
        .any(|t| t.noun && noun_has_party(words, mentions, t))
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
        .any(|m| m.end <= t.first && crate::words::name_modifies_noun(words, m.end, t.first));
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

/// One sentence with what the coder knows of it.
pub(crate) struct Context<'s, 'a> {
    pub(crate) doc: &'a Doc,
    pub(crate) layers: &'s Layers<'a>,
    pub(crate) sentence: &'a Sentence,
    pub(crate) words: &'s Words<'a>,
    pub(crate) tree: &'s Tree<'s>,
    pub(crate) mentions: &'s [Mention],
}

impl Context<'_, '_> {
    /// Adds the events of the event nouns that head no verb's argument to
    /// `events`, the verb events of heads `heads`, from triggers `found`.
    fn add_noun_events(&self, found: &[Trigger], heads: &[Trigger], events: &mut Vec<Event>) {
        // A noun that is an argument of a verb coded here ("called for talks
        // between A and B") is what that event is about, not a meeting held.
        let predicates: Vec<usize> = heads.iter().map(|t| predicate(self.tree, t)).collect();
        let argument = |t: &Trigger| {
            self.tree
                .head(crate::clause::anchor(self.tree, t))
                .is_some_and(|h| predicates.contains(&h))
        };
        for t in found.iter().filter(|t| {
            t.noun
                && tagged_as_matched(self.tree, t)
                && noun_has_party(self.words, self.mentions, t)
                && !argument(t)
        }) {
            let e = self.event(t);
            // A meeting or visit that names both its parties ("talks between A
            // and B", "the visit by A to B") is an event beside the verb's, unless
            // a verb already tells it.
            let meeting = e.kind == "CONSULT"
                && matches!(
                    self.words.at(t.end),
                    "between" | "of" | "among" | "by" | "to"
                );
            let told = events.iter().any(|v| same_parties(v, &e));
            if events.is_empty() || meeting && e.actor.is_some() && e.recipient.is_some() && !told {
                events.push(e);
            }
        }
    }

    /// The status of trigger `t` (predicate `p`, entry `entry`, told in
    /// `quote`) as its words and its clause give it.
    fn words_status(
        &self,
        t: &Trigger,
        p: usize,
        entry: &crate::lexicon::CameoEntry,
        quote: Option<usize>,
    ) -> EventStatus {
        let (doc, words, tree) = (self.doc, self.words, self.tree);
        // A verb of saying coded by what it tells ("announced that it will
        // withdraw") has the status of what it tells; a denial coded by its
        // object ("denied the charges") is itself the rejection, and is not
        // denied by its own verb.
        let told = if t.quiet && t.patterned && t.reach > t.end && &*entry.plover != "REJECT" {
            t.reach - 1
        } else {
            t.first
        };
        let mut status = status(words, told, quote.map(|i| &doc.quotes[i]));
        status = clause_status(tree, words, p, status);
        // Something set for a period already over by the report's date took
        // place: "work that paved the way for the June summit" in an October report.
        if status == EventStatus::Planned && in_the_past(doc, words, tree, p) {
            status = EventStatus::Occurred;
        }
        status
    }

    /// Builds the event of trigger `t`.
    fn event(&self, t: &Trigger) -> Event {
        let (doc, words, tree) = (self.doc, self.words, self.tree);
        let p = predicate(tree, t);
        let entry = &lexicon().cameo[t.cameo as usize];
        let trigger = words.span(t.first, t.end);
        let quote = self.telling_quote(trigger, p);
        let status = self.words_status(t, p, entry, quote);
        let (mut code, mut status) = self.code_in_context(t, p, entry, status);
        let (mut actor, mut recipient) = self.parties(t, p, &code, quote);
        if welcomes_a_visitor(tree, p, recipient) {
            // PLOVER's visit: the visitor acts, the host receives.
            code = Code::new("CONSULT", Some("visit".into()), "043");
            (actor, recipient) = (recipient, actor);
        }
        // The clause that dates the event: a demand reported of another
        // ("X told Y on Monday that it must Z") is dated by its telling.
        let mut dated = p;
        let (actor, recipient) = match self.demand(t, p, actor) {
            Some((speaker, obliged, telling)) => {
                code = Code::new("REQUEST", None, "100");
                status = EventStatus::Occurred;
                dated = telling;
                (Some(speaker), obliged)
            }
            None => (actor, recipient),
        };
        if code.cameo.starts_with("036")
            && meeting_of_others(words, self.mentions, actor, recipient)
        {
            // "called for talks between Israel and Iran": an appeal to others
            // to meet (CAMEO 026), not an intent to meet them.
            code = Code::new("REQUEST", None, "026");
        }
        let place = place(doc, words, tree, self.mentions, recipient, p);
        // Victims of no country ("killed 23 people") stand for where it befell;
        // an international body ("attacked U.N. peacekeepers") is a party of
        // its own.
        let recipient = recipient
            .filter(|m| m.country.is_some() || m.person || m.body)
            .or_else(|| self.where_it_befell(&code.kind, place.as_ref()))
            .or(recipient);
        if code.kind == "CONSULT" && code.mode.is_none() && elsewhere(actor, recipient, &place) {
            (code.mode, code.cameo) = (Some("third-party".into()), "044".into());
        }
        let mut actors = without(
            conjuncts(tree, self.mentions, actor, words),
            recipient,
            words,
        );
        actors.sort_by_key(|a| a.span.map(|s| s.start));
        Event {
            kind: code.kind,
            mode: code.mode,
            cameo: Some(code.cameo),
            actor: actor.map(|m| self.actor(m, &actors, p)),
            recipient: recipient.map(|m| m.participant(words)),
            actors,
            recipients: conjuncts(tree, self.mentions, recipient, words),
            date: date(doc, words, tree, dated, status),
            place: place.map(|p| p.name),
            trigger,
            evidence: self.sentence.span,
            status,
            quote,
        }
    }

    /// The code of trigger `t` (predicate `p`, dictionary entry `entry`) and
    /// its status (`status`, as the words and the clause give it), changed
    /// by what surrounds it: a reaction takes its meaning from its object, a
    /// promise of retaliation threatens, a negated acceptance refuses, and
    /// what is only intended is an agreement or a threat.
    fn code_in_context(
        &self,
        t: &Trigger,
        p: usize,
        entry: &crate::lexicon::CameoEntry,
        mut status: EventStatus,
    ) -> (Code, EventStatus) {
        let (words, tree) = (self.words, self.tree);
        let mut code = Code {
            kind: entry.plover.to_string(),
            mode: entry.mode.as_ref().map(|m| m.to_string()),
            cameo: entry.cameo.to_string(),
        };
        // What a reaction is to: its object, or the noun after "to"
        // ("opposed to the mediation", "objected to the plan").
        let to_object = || {
            tree.obliques(p).into_iter().find(|&o| {
                tree.child(o, &["case"])
                    .is_some_and(|c| words.at(c) == "to")
            })
        };
        let object = tree.object(p).or_else(to_object);
        let reaction = reaction_to_object(words, t, object, &code.kind)
            .or_else(|| promised_retaliation(words, t));
        if let Some((plover, cameo)) = reaction {
            code = Code::new(plover, None, cameo);
        }
        if crate::recode::summons_a_diplomat(tree, words, p, object) {
            // The PLOVER manual (ACCUSE): summoning an in-country ambassador
            // to present a grievance is a diplomatic protest, not a meeting.
            code = Code::new("ACCUSE", Some("disapprove".into()), "110");
        }
        if crate::recode::resigns(tree, p, &code.kind) {
            code = Code::new("RETREAT", Some("resign".into()), &code.cameo);
        }
        // "did not accept", "will never accept": a refusal, not an agreement
        // that did not happen (CAMEO 12x).
        if refuses(tree, p, &code.kind) {
            code = Code::new("REJECT", None, "120");
            status = EventStatus::Occurred;
        }
        // "is expected to visit", "are due to meet": a schedule others
        // report, not the actor's intent; the meeting stays one, planned.
        let scheduled = status == EventStatus::Planned
            && crate::recode::intent_code(&code.kind).is_some()
            && crate::recode::scheduled(words, t.first);
        let status = if scheduled {
            status
        } else {
            code.recode_intended(words, status)
        };
        (code, status)
    }

    /// The actor named by `m` (predicate `p`): the first of its coordinated
    /// parties `actors` when one stands before it ("Hungarian and Romanian
    /// officials": the tree heads them on the last), with the country of its
    /// possessor when it has none of its own.
    fn actor(
        &self,
        m: &Mention,
        actors: &[dragoman_model::Participant],
        p: usize,
    ) -> dragoman_model::Participant {
        let words = self.words;
        let start = words.span(m.first, m.end).start;
        let before = actors
            .first()
            .filter(|a| a.span.is_some_and(|s| s.start < start));
        let mut a = before.cloned().unwrap_or_else(|| m.participant(words));
        if a.country.is_none() {
            a.country = possessor_country(self.tree, self.mentions, m, p);
        }
        a
    }

    /// The quote that tells the event of trigger span `trigger` (predicate
    /// `p`): the one whose content holds it, unless that quote is a denial
    /// and the event's own clause is not the one denied ("X accused Y, an
    /// accusation the ministry denied": the report tells it, not the
    /// ministry).
    fn telling_quote(&self, trigger: dragoman_model::Span, p: usize) -> Option<usize> {
        let (doc, words, tree) = (self.doc, self.words, self.tree);
        let denied_by_tree =
            clause_status(tree, words, p, EventStatus::Occurred) == EventStatus::Denied;
        self.layers
            .quotes
            .containing(trigger)
            .0
            .filter(|&q| denied_by_tree || !is_denial(doc, &doc.quotes[q]))
    }

    /// "X said Y must Z" is X demanding Z of Y: the speaker, the party the
    /// demand is made of (never the speaker itself) and the predicate that
    /// dates it (the reporting verb, when the demand is its clause).
    fn demand<'m>(
        &'m self,
        t: &Trigger,
        p: usize,
        actor: Option<&'m Mention>,
    ) -> Option<(&'m Mention, Option<&'m Mention>, usize)> {
        let (words, tree) = (self.words, self.tree);
        let speaker = obligation_speaker(words, self.mentions, t)?;
        let obliged = obliged_party(words, self.mentions, speaker, t)
            .or(actor)
            .filter(|r| r.name != speaker.name);
        let clause = tree.clause_of(p);
        let reported = tree
            .deprel(clause)
            .is_some_and(|d| d.universal() == "ccomp");
        let telling = tree.head(clause).filter(|_| reported).unwrap_or(p);
        Some((speaker, obliged, telling))
    }

    /// Actor and recipient of trigger `t` (predicate `p`): from the tree for
    /// a verb, from the words around an event noun; the quote's speaker acts
    /// when the text names no subject.
    fn parties(
        &self,
        t: &Trigger,
        p: usize,
        code: &Code,
        quote: Option<usize>,
    ) -> (Option<&Mention>, Option<&Mention>) {
        let (words, mentions) = (self.words, self.mentions);
        let by_order = participants(words, mentions, t);
        let (actor, mut recipient, slot_filled, ordered) = if t.noun {
            (by_order.0, by_order.1, false, false)
        } else {
            let (actor, recipient, slot_filled) = arguments(self.tree, mentions, p, t);
            let actor = if slot_filled {
                actor
            } else {
                actor.or(by_order.0)
            };
            // (An outlet named after the verb but not as its object is the
            // one that reports it: "..., according to TASS".)
            let pronoun_object = crate::roles::pronoun_object(self.tree, p);
            // "urged both sides to release the fishermen": the parties the
            // object names are acted upon, whoever they are.
            let sides = crate::roles::sides_object(self.tree, p);
            let by_order = by_order
                .1
                .filter(|m| !m.outlet && !pronoun_object && !sides && self.may_receive(m, p));
            (
                actor,
                recipient.or(by_order),
                slot_filled,
                recipient.is_none(),
            )
        };
        // Where people meet is a place, not the party they meet ("talks in
        // Geneva"); a visit's host may be named so ("a visit in Kabul").
        // So is where an accord is signed ("signed the accord in Lima").
        let meeting = matches!(code.kind.as_str(), "CONSULT" | "AGREE" | "SUPPORT")
            && code.mode.as_deref() != Some("visit");
        if meeting && recipient.is_some_and(|m| m.modifier && is_locative(words, m.first)) {
            recipient = None;
        }
        // A feature of the map of no country is no party acted upon ("warned
        // against patrols in the South China Sea", "fired into the Yellow Sea").
        if recipient.is_some_and(|m| m.country.is_none() && FEATURES.is_feature(&m.name)) {
            recipient = None;
        }
        // Forces moved are no party moved against: "withdrew troops from",
        // "would send troops to", "deployed troops" (and the intent to
        // withdraw, CAMEO 035) name no recipient by the forces alone.
        let moving =
            matches!(code.kind.as_str(), "MOBILIZE" | "RETREAT") || code.cameo.starts_with("035");
        let own_forces =
            |m: &Mention| m.sector.as_deref() == Some("MIL") && m.country.is_none() && !m.person;
        if moving && recipient.is_some_and(own_forces) {
            recipient = None;
        }
        // Forces deployed with no agent named are their own country's move
        // ("Turkish troops would be deployed"): the passive subject acts.
        let deployed = code.kind == "MOBILIZE" && !t.noun && self.tree.is_passive(p);
        let (actor, recipient) = match (actor, recipient) {
            (None, Some(r)) if deployed && r.sector.as_deref() == Some("MIL") => (Some(r), None),
            other => other,
        };
        // The speaker acts when the clause names nobody ("'We will
        // respond,' the minister said"), not when its subject is unnamed.
        let actor = actor.or_else(|| {
            quote
                .filter(|_| !slot_filled)
                .and_then(|q| speaker(words, mentions, &self.doc.quotes[q]))
                .filter(|m| !m.outlet)
        });
        let actor = actor.filter(|m| !m.adjective || !self.alone(m));
        // Force by no one named stands only on a recipient the tree gives
        // ("killed two soldiers"), not on the next name in word order ("the
        // two countries fought ..., when Azerbaijan retook ...").
        let recipient = if actor.is_none() && ordered {
            None
        } else {
            recipient
        };
        // No party acts on itself: the speaker who acts is no recipient too
        // (nor when named twice: "would deny entry to the United States").
        let recipient = recipient.filter(|r| actor.is_none_or(|a| a != *r && a.name != r.name));
        let recipient = recipient.filter(|r| !self.tells_of(t, r) && !self.medium(r));
        if t.swapped {
            (recipient, actor)
        } else {
            (actor, recipient)
        }
    }
}

/// Coordinated `parties` without the one that is the recipient ("talks
/// between A and B": A acts, B receives); empty when one party is left.
fn without(
    parties: Vec<dragoman_model::Participant>,
    recipient: Option<&Mention>,
    words: &Words,
) -> Vec<dragoman_model::Participant> {
    let span = recipient.map(|m| words.span(m.first, m.end));
    let kept: Vec<_> = parties.into_iter().filter(|p| p.span != span).collect();
    if kept.len() < 2 {
        Vec::new()
    } else {
        kept
    }
}

/// True when `recipient` opens the parties of a meeting ("between Israel
/// and Iran") of which `actor` is none.
fn meeting_of_others(
    words: &Words,
    mentions: &[Mention],
    actor: Option<&Mention>,
    recipient: Option<&Mention>,
) -> bool {
    let (Some(actor), Some(first)) = (actor, recipient) else {
        return false;
    };
    let mut j = first.first;
    while j > 0 && crate::words::is_determiner(words.at(j - 1)) {
        j -= 1;
    }
    if words.before(j) != "between" {
        return false;
    }
    let same =
        |m: &Mention| m.name == actor.name || m.country.is_some() && m.country == actor.country;
    let mut end = first.end;
    let mut parties = vec![first];
    while let Some(next) = mentions
        .iter()
        .find(|m| m.first == end + 1 && matches!(words.at(end), "and" | ","))
    {
        parties.push(next);
        end = next.end;
    }
    parties.len() > 1 && !parties.iter().any(|m| same(m))
}

/// True when the cue of `quote` is a verb of denial ("denied", "rejected").
fn is_denial(doc: &Doc, quote: &dragoman_model::Quote) -> bool {
    quote.cue.iter().any(|c| {
        doc.slice(*c)
            .split_whitespace()
            .any(|w| crate::status::denies(&w.to_lowercase()))
    })
}

/// True when `m` is an agent noun that modifies another noun ("the
/// official results", "military aid"): it names no party.
fn modifies_a_noun(tree: &Tree, m: &Mention) -> bool {
    let agent_noun = m.end == m.first + 1 && m.country.is_none() && !m.person;
    agent_noun
        && tree
            .deprel(m.first)
            .is_some_and(|d| d.universal() == "amod")
}

/// True when "welcome" (or "receive") has a person or an official as its
/// object ("the prime minister welcomed the president in London"): a
/// visit hosted, not support for a policy ("welcomed the decision").
fn welcomes_a_visitor(tree: &Tree, p: usize, recipient: Option<&Mention>) -> bool {
    let hosting = matches!(tree.lemma(p), "welcome" | "receive" | "host");
    // The visitor is the object, or the subject of a passive ("the president
    // was welcomed by ...").
    let object = tree
        .object(p)
        .or_else(|| tree.is_passive(p).then(|| tree.subject(p)).flatten());
    let visitor = recipient.is_some_and(|m| {
        let official = m.person || m.sector.as_deref() == Some("GOV");
        official && object.is_some_and(|o| m.first <= o && o < m.end)
    });
    hosting && visitor
}

/// The status the clause itself sets: negated ("did not sign") or governed
/// by a denial ("denied that ... had met") is denied,
/// under a condition ("would deploy if ...") hypothetical; else what the
/// words before the trigger said.
fn clause_status(tree: &Tree, words: &Words, p: usize, words_say: EventStatus) -> EventStatus {
    // "denied on Friday that its envoys had met ...": the clause a denial
    // governs is denied, however far the verb of denial stands.
    let denied = tree.deprel(p).is_some_and(|d| d.universal() == "ccomp")
        && tree
            .head(p)
            .is_some_and(|h| crate::status::denies(words.at(h)));
    // "would be deployed ... only if a ceasefire is agreed": a modal verb
    // with a condition after it in the same stretch of words is
    // hypothetical, wherever the parser hangs the condition.
    let modal = tree
        .children(p, &["aux"])
        .any(|a| matches!(words.at(a), "would" | "could" | "might"));
    let condition_after = (p + 1..words.len())
        .take_while(|&j| words.at(j) != "," && !words.is_boundary(j))
        .any(|j| matches!(words.at(j), "if" | "unless"));
    if tree.is_negated(p) || denied {
        EventStatus::Denied
    } else if (tree.is_conditional(p) || modal && condition_after)
        && words_say != EventStatus::Denied
    {
        EventStatus::Hypothetical
    } else {
        words_say
    }
}

#[cfg(test)]
mod tests {
    use crate::EventStage;
    use dragoman_model::{Doc, Stage};

    /// (type, status, trigger) of the events of `text`, tokenized, no entities
    /// (so the parties are rebels: a state's agent of no known state acting
    /// on none is no record).
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
            events("The rebels met on Monday."),
            one("CONSULT", "occurred", "met")
        );
        assert_eq!(
            events("The rebels did not meet on Monday."),
            one("CONSULT", "denied", "meet")
        );
        assert_eq!(
            events("The rebels reportedly met on Monday."),
            one("CONSULT", "reported", "met")
        );
        assert_eq!(
            events("The rebels might meet on Monday."),
            one("CONSULT", "hypothetical", "meet")
        );
    }

    #[test]
    fn intended_cooperation_is_agree_and_intended_force_a_threat() {
        assert_eq!(
            events("The rebels will meet next week."),
            one("AGREE", "planned", "meet")
        );
        assert_eq!(
            events("The rebels will attack the town."),
            one("THREATEN", "planned", "attack")
        );
        // The dictionary codes "plan ... attack" itself as a threat.
        assert_eq!(
            events("The rebels planned to attack the town."),
            one("THREATEN", "occurred", "planned")
        );
    }

    #[test]
    fn the_head_of_an_infinitive_is_the_event() {
        assert_eq!(
            events("The rebels threatened to attack the town."),
            one("THREATEN", "occurred", "threatened")
        );
        assert_eq!(
            events("The rebels refused to meet the envoys."),
            one("REJECT", "occurred", "refused")
        );
    }

    #[test]
    fn verb_forms_used_as_nouns_are_no_verbs() {
        assert!(events("The talks ended.")
            .iter()
            .all(|(_, _, t)| t != "talks"));
        assert_eq!(
            events("The rebels attacked the town."),
            one("ASSAULT", "occurred", "attacked")
        );
    }

    #[test]
    fn a_light_verb_hands_its_clause_to_the_noun() {
        assert_eq!(
            events("The rebels mounted an invasion of the island."),
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
