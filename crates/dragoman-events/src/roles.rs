//! Who acts and who is acted upon: the subject before a verb, the first
//! party after it, passives turned around, the parties of event nouns, the
//! speaker of a quote; for verbs, the same read from the dependency tree.

use crate::mentions::Mention;
use crate::trigger::Trigger;
use crate::words::{is_be, is_preposition, is_pronoun, Words};
use dragoman_model::{Participant, Quote};
use dragoman_syntax::Tree;

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

/// Whom a demand reported by `speaker` ("X said Y must Z") is made of: the
/// first party named between the speaker and the trigger that is no place
/// and no outlet ("told Serbia that it must", "said the president must"), when
/// one is named; a pronoun subject of the obliged verb is not read here.
pub(crate) fn obliged_party<'m>(
    words: &Words,
    mentions: &'m [Mention],
    speaker: &Mention,
    t: &Trigger,
) -> Option<&'m Mention> {
    mentions.iter().find(|m| {
        m.first >= speaker.end
            && m.end <= t.first
            && !m.outlet
            && !(m.modifier && matches!(words.before(m.first), "in" | "at"))
    })
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
        .position(|m| {
            !object_of_preposition(m)
                && !is_pronoun(words.at(m.first))
                && !in_closed_relative(words, m, t.first)
        })
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

/// True when mention `m` stands in a relative clause (", who met Lavrov
/// in Moscow,") closed before token `here`: the clause's antecedent, not a
/// name inside it, is the subject of what follows.
fn in_closed_relative(words: &Words, m: &Mention, here: usize) -> bool {
    let opened = (0..m.first)
        .rev()
        .take_while(|&j| words.at(j) != ",")
        .find(|&j| matches!(words.at(j), "who" | "whom" | "whose" | "which"))
        .is_some_and(|r| r > 0 && words.at(r - 1) == ",");
    opened && (m.end..here).any(|j| words.at(j) == ",")
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
    let near_before = before
        .iter()
        .rev()
        .find(|m| crate::words::name_modifies_noun(words, m.end, t.first))
        .copied();
    let mut following = after.iter().filter(|m| m.first - t.end <= 6).copied();
    let linked = matches!(words.at(t.end), "between" | "with" | "of" | "by" | "among");
    match near_before {
        Some(actor) => (
            Some(actor),
            following.next().filter(|_| words.at(t.end) != "of"),
        ),
        // "consultations with Washington": the party met, not who meets
        // (left to the clause's subject, if any).
        None if words.at(t.end) == "with" => (None, following.next()),
        None if linked => {
            let first = following.next();
            (first, following.next())
        }
        None => (None, None),
    }
}

/// Prepositions that introduce the party acted upon, best first ("met
/// with", "sent to", "fired on", "protested against").
const RECIPIENT_CASES: [&str; 9] = [
    "with", "to", "against", "on", "toward", "towards", "into", "for", "from",
];

/// Actor and recipient of the event whose predicate is token `p`, read from
/// the tree: the subject acts (the agent of a passive, whose subject is
/// acted upon), the object, indirect object or a prepositional object is
/// acted upon. A relative pronoun stands for the noun its clause modifies;
/// an outlet never acts.
///
/// The third value says whether the tree filled the actor's slot at all (a
/// subject, or a passive, whose agent may go unnamed): when it did, no
/// other reading may put an actor there.
pub(crate) fn arguments<'m>(
    tree: &Tree,
    mentions: &'m [Mention],
    p: usize,
    t: &Trigger,
) -> (Option<&'m Mention>, Option<&'m Mention>, bool) {
    // A subject never takes a preposition: "against China" read as the
    // subject is a misparse, and no other reading may fill the slot.
    let subject = subject_past_attribution(tree, p);
    let misparsed = subject.is_some_and(|s| tree.child(s, &["case"]).is_some());
    let subject = subject
        .filter(|_| !misparsed)
        .map(|s| antecedent(tree, s))
        .and_then(|s| reported_pronoun(tree, p, s));
    let passive = tree.is_passive(p);
    let (actor, acted_upon) = if passive {
        (tree.agent(p), subject)
    } else {
        (subject, None)
    };
    let slot_filled = passive || subject.is_some() || misparsed;
    // An outlet never acts; a headline glued to the sentence may give a
    // second subject, the real one ("The Daily Post — Envoys will meet").
    let actor = actor
        .and_then(|a| mention_of(tree, mentions, a))
        .filter(|m| !m.outlet)
        .or_else(|| {
            tree.children(p, &["nsubj"])
                .filter_map(|s| mention_of(tree, mentions, s))
                .find(|m| !m.outlet)
                .filter(|_| !passive)
        });
    let actor = actor.or_else(|| {
        subject
            .filter(|_| !passive)
            .and_then(|s| personal_antecedent(tree, mentions, s))
    });
    let object = tree.object(p);
    if pronoun_object(tree, p) {
        return (actor, None, slot_filled);
    }
    // "sent its envoy to Cairo": the actor's own agent is no recipient.
    let recipient_object = object.filter(|&o| possessive_pronoun(tree, o).is_none());
    let recipient = acted_upon
        .or(recipient_object)
        .or_else(|| tree.indirect_object(p))
        .and_then(|o| mention_of(tree, mentions, o))
        .or_else(|| object.and_then(|o| noun_object(tree, mentions, o)))
        .or_else(|| prepositional_object(tree, mentions, p))
        .or_else(|| {
            (t.light)
                .then(|| noun_object(tree, mentions, crate::clause::anchor(tree, t)))
                .flatten()
        })
        // "urged both sides to spare civilians": no later word replaces the
        // parties the object names.
        .or_else(|| {
            (!sides_object(tree, p))
                .then(|| first_after_in_clause(tree, mentions, p, t, subject))
                .flatten()
        });
    let recipient = recipient.filter(|r| actor.is_none_or(|a| a != *r));
    (actor, recipient, slot_filled)
}

/// The subject of predicate `p`. A verb coordinated with a reporting verb
/// that closes the clause before it ("Hezbollah fired rockets ..., the
/// group's station reported, and vowed to ...") shares that clause's
/// subject: the outlet reports the vow, it does not make it.
fn subject_past_attribution(tree: &Tree, p: usize) -> Option<usize> {
    let conj = tree.deprel(p).is_some_and(|d| d.universal() == "conj");
    let own = tree.child(p, &["nsubj", "csubj"]).is_some();
    let closing = tree.head(p).filter(|_| conj && !own).and_then(|h| {
        let reporting = crate::words::is_reporting(&tree.lemma(h).to_lowercase());
        let g = tree.head(h).filter(|&g| g < h && reporting)?;
        // The reporter stands after the clause it closes.
        tree.subject(h).filter(|&s| s > g).map(|_| g)
    });
    match closing {
        Some(g) => tree.subject(g),
        None => tree.subject(p),
    }
}

/// True when the object of predicate `p` names the parties of a dispute
/// without naming them ("both sides", "all parties", "the two sides"):
/// they are acted upon, and no word after them is.
pub(crate) fn sides_object(tree: &Tree, p: usize) -> bool {
    tree.object(p).is_some_and(|o| {
        matches!(tree.lemma(o), "side" | "party")
            && tree.children(o, &["det", "nummod", "amod"]).any(|d| {
                matches!(
                    tree.lemma(d).to_lowercase().as_str(),
                    "both" | "all" | "two"
                )
            })
    })
}

/// True when the object of predicate `p` is a personal pronoun ("accused
/// him of bowing to Baku"): whom it stands for is not read here, and no
/// later name may take its place as the recipient.
pub(crate) fn pronoun_object(tree: &Tree, p: usize) -> bool {
    tree.object(p)
        .is_some_and(|o| crate::words::is_object_pronoun(tree.lemma(o)))
}

/// The first party after the trigger that stands in the predicate's own
/// clause or in a clause it governs ("threatened to ban voting in East
/// Jerusalem"), outside its subject: the word-order reading, kept to the
/// clause the tree gives.
fn first_after_in_clause<'m>(
    tree: &Tree,
    mentions: &'m [Mention],
    p: usize,
    t: &Trigger,
    subject: Option<usize>,
) -> Option<&'m Mention> {
    let clause = tree.clause_of(p);
    let governed = |c: usize| {
        tree.deprel(c)
            .is_some_and(|d| matches!(d.universal(), "xcomp" | "ccomp"))
            && tree.head(c) == Some(clause)
    };
    let in_subject = |i: usize| subject.is_some_and(|s| tree.phrase(s).contains(&i));
    mentions
        .iter()
        .filter(|m| m.first >= t.end && !m.outlet && !companion(tree, m.first))
        .find(|m| {
            let c = tree.clause_of(m.first);
            (c == clause || governed(c)) && !in_subject(m.first)
        })
}

/// True when the party starting at token `first` is a companion of the
/// actor ("alongside Peru's envoy", "together with", "along with"): it acts
/// with the actor and is never acted upon. The party's title and its remit
/// stand between ("alongside the U.S. Special Envoy for Sudan X").
pub(crate) fn companion(tree: &Tree, first: usize) -> bool {
    let word = |k: usize| tree.lemma(k).to_lowercase();
    let proper = |k: usize| tree.upos(k) == Some(dragoman_model::Upos::Propn);
    let in_title = |k: usize| {
        let w = word(k);
        crate::words::is_determiner(&w)
            || dragoman_lexicon::TITLES.is_title_word(&w)
            || matches!(w.as_str(), "for" | "of" | "to" | "'s" | "’s")
            || proper(k)
    };
    let mut j = first;
    while j > 0 && first - j < 8 && in_title(j - 1) {
        j -= 1;
    }
    j > 0
        && (word(j - 1) == "alongside"
            || (word(j - 1) == "with"
                && j >= 2
                && matches!(word(j - 2).as_str(), "along" | "together")))
}

/// A third-person pronoun subject of a reported clause stands for the
/// reporting verb's subject ("Uganda said it had paid": Uganda); "we" and
/// "I" leave the slot open for the quote's speaker (`None`). Any other
/// subject is itself.
fn reported_pronoun(tree: &Tree, p: usize, subject: usize) -> Option<usize> {
    let lemma = tree.lemma(subject).to_lowercase();
    match lemma.as_str() {
        "we" | "i" => None,
        // The reported clause is the one of the verb that holds the pronoun
        // (a conjunct may share it: "said it had not shelled ..., and blamed").
        "he" | "she" | "it" | "they" => {
            let verb = tree.head(subject).unwrap_or(p);
            Some(reporter(tree, verb).unwrap_or(subject))
        }
        _ => Some(subject),
    }
}

/// The person "he" or "she" at token `pronoun` stands for when the
/// sentence names one person only before it ("The visit by X to Delhi was
/// the first ..., and he met Y"): with two or more, whom it means is not
/// read here.
fn personal_antecedent<'m>(
    tree: &Tree,
    mentions: &'m [Mention],
    pronoun: usize,
) -> Option<&'m Mention> {
    if !matches!(tree.lemma(pronoun).to_lowercase().as_str(), "he" | "she") {
        return None;
    }
    let mut people = mentions.iter().filter(|m| m.person && m.end <= pronoun);
    let one = people.next()?;
    people.next().is_none().then_some(one)
}

/// The third-person possessive pronoun that token `noun` is owned by ("her
/// government", "its envoy").
fn possessive_pronoun(tree: &Tree, noun: usize) -> Option<usize> {
    tree.dependents(noun)
        .iter()
        .map(|&k| k as usize)
        .find(|&k| {
            tree.deprel(k).is_some_and(|d| d.as_str() == "nmod:poss")
                && matches!(
                    tree.lemma(k).to_lowercase().as_str(),
                    "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their"
                )
        })
}

/// The subject of the verb that reports the clause of predicate `p` ("Uganda
/// said it had paid": Uganda), when that clause is a reported one.
fn reporter(tree: &Tree, p: usize) -> Option<usize> {
    let clause = tree.clause_of(p);
    let reported = tree
        .deprel(clause)
        .is_some_and(|d| d.universal() == "ccomp");
    tree.head(clause)
        .filter(|_| reported)
        .and_then(|h| tree.subject(h))
}

/// The noun a relative pronoun subject stands for ("the envoy, who met
/// ...": the envoy); any other subject is itself.
///
/// The relative clause is the one of the verb that holds the pronoun, which
/// may be a conjunct's head ("who arrived on Sunday, held talks": a verb the
/// parser made a conjunct of the relative clause's shares its subject).
fn antecedent(tree: &Tree, subject: usize) -> usize {
    let relative = matches!(tree.lemma(subject), "who" | "which" | "that");
    let Some(verb) = tree.head(subject) else {
        return subject;
    };
    let relcl = tree.deprel(verb).is_some_and(|d| d.as_str() == "acl:relcl");
    match tree.head(verb) {
        Some(h) if relative && relcl => h,
        _ => subject,
    }
}

/// The country of whom a possessive pronoun in a party stands for ("her
/// government", "their delegation"): the country of the subject of the
/// verb that reports the party's clause ("Marsh said her government would
/// ..."), else the one country the parties before it in the sentence have.
pub(crate) fn possessor_country(
    tree: &Tree,
    mentions: &[Mention],
    m: &Mention,
    p: usize,
) -> Option<String> {
    let head = crate::clause::head_of(tree, m.first, m.end);
    let poss = possessive_pronoun(tree, head)?;
    let reporter = reporter(tree, p).and_then(|s| mention_of(tree, mentions, s));
    if let Some(country) = reporter.and_then(|r| r.country.clone()) {
        return Some(country);
    }
    let mut before = mentions
        .iter()
        .filter(|x| x.end <= poss && !x.outlet)
        .filter_map(|x| x.country.as_deref());
    let first = before.next()?;
    before.all(|c| c == first).then(|| first.to_string())
}

/// Who does what predicate `p` says, named as a plan's proposer is: the
/// subject of an active verb or the agent of a passive one ("Norland
/// presented", "a draft tabled by Norland"), through a relative or a
/// reported pronoun. A person or an organization by its name, a country
/// or a nationality word by its country, "her government" by the country of
/// whoever reports it; an outlet never.
pub(crate) fn doer(tree: &Tree, mentions: &[Mention], p: usize) -> Option<String> {
    let who = if tree.is_passive(p) {
        tree.agent(p)?
    } else {
        let subject = antecedent(tree, tree.subject(p)?);
        reported_pronoun(tree, p, subject)?
    };
    let m = mention_of(tree, mentions, who).filter(|m| !m.outlet)?;
    let head = crate::clause::head_of(tree, m.first, m.end);
    if possessive_pronoun(tree, head).is_some() {
        // "her government" is whose it is, or no one we can name.
        return possessor_country(tree, mentions, m, p);
    }
    match &m.country {
        Some(country) if m.modifier => Some(country.clone()),
        // "the government" of no named country names no one.
        _ => m
            .name
            .starts_with(char::is_uppercase)
            .then(|| m.name.clone()),
    }
}

/// The mention a tree token stands for: the mention it is part of, else
/// one that modifies it directly ("Russian troops" when only "Russian" is
/// named, "the leaders of Hungary").
fn mention_of<'m>(tree: &Tree, mentions: &'m [Mention], i: usize) -> Option<&'m Mention> {
    let covering = |k: usize| mentions.iter().find(|m| m.first <= k && k < m.end);
    // "U.S. Secretary of State Marco Rubio met ...", parsed with the country
    // as the head: the person of that country named in the head's phrase
    // is the party.
    if let Some(place) = covering(i).filter(|m| m.modifier && !m.person) {
        let phrase = tree.phrase(i);
        let person = mentions.iter().find(|m| {
            m.person
                && m.first > place.first
                && phrase.contains(&m.first)
                && m.country.is_some()
                && m.country == place.country
        });
        return Some(person.unwrap_or(place));
    }
    covering(i).or_else(|| {
        tree.dependents(i)
            .iter()
            .map(|&k| k as usize)
            .filter(|&k| {
                let rel = tree.deprel(k).map_or("", |d| d.as_str());
                matches!(rel, "amod" | "compound" | "nmod:poss" | "appos" | "flat")
                    || rel == "nmod"
                        && tree
                            .child(k, &["case"])
                            .is_some_and(|c| matches!(tree.lemma(c), "of" | "in" | "from" | "near"))
            })
            // "The head of the agency, Ana Ruiz, met ...": the person set in
            // apposition (the parser may hang her on the body) is the party.
            .find_map(|k| {
                let mut named = tree.children(k, &["appos"]).filter_map(covering);
                named.find(|m| m.person).or_else(|| covering(k))
            })
    })
}

/// Words that make a complex preposition with the one after them ("in
/// line with", "according to", "along with", "in response to"): its
/// object is a reference, a cause or a companion, never whom the event is
/// done to.
const COMPLEX_PREPOSITIONS: [&str; 16] = [
    "according",
    "line",
    "along",
    "together",
    "response",
    "due",
    "thanks",
    "addition",
    "contrast",
    "prior",
    "reply",
    "regard",
    "respect",
    "relation",
    "reference",
    "compared",
];

/// True when the preposition at token `case` ends a complex preposition
/// (the word before it is one of [`COMPLEX_PREPOSITIONS`]).
fn complex_preposition(tree: &Tree, case: usize) -> bool {
    case > 0
        && COMPLEX_PREPOSITIONS
            .iter()
            .any(|w| tree.lemma(case - 1).eq_ignore_ascii_case(w))
}

/// The first object of a preposition of [`RECIPIENT_CASES`] among the
/// obliques of `p`, by the order of that list. "According to X" names who
/// says so, "in line with X" what the event follows: never whom the event
/// is done to.
fn prepositional_object<'m>(tree: &Tree, mentions: &'m [Mention], p: usize) -> Option<&'m Mention> {
    let obliques = tree.obliques(p);
    RECIPIENT_CASES.iter().find_map(|case| {
        obliques
            .iter()
            .filter(|&&o| !crate::words::is_time_word(tree.lemma(o)))
            .filter(|&&o| {
                tree.child(o, &["case"])
                    .is_some_and(|c| tree.lemma(c) == *case && !complex_preposition(tree, c))
            })
            .find_map(|&o| mention_of(tree, mentions, o))
    })
}

/// The party a noun names after "of", "on", "against" or "with" ("an
/// invasion of the island", "asylum to the rebels").
fn noun_object<'m>(tree: &Tree, mentions: &'m [Mention], noun: usize) -> Option<&'m Mention> {
    tree.children(noun, &["nmod"])
        .filter(|&k| {
            tree.child(k, &["case"]).is_some_and(|c| {
                matches!(tree.lemma(c), "of" | "on" | "against" | "with" | "to")
                    && !complex_preposition(tree, c)
            })
        })
        .find_map(|k| mention_of(tree, mentions, k))
}

/// Every party coordinated with `first` ("Armenia and Azerbaijan",
/// "Hungarian and Romanian officials"), `first` included, as participants;
/// empty when it stands alone. Read from the tree: the conjuncts of the
/// token that heads `first`'s words.
pub(crate) fn conjuncts(
    tree: &Tree,
    mentions: &[Mention],
    first: Option<&Mention>,
    words: &Words,
) -> Vec<Participant> {
    let Some(first) = first else {
        return Vec::new();
    };
    let head = crate::clause::head_of(tree, first.first, first.end);
    let mut all = vec![first];
    // The head's own conjuncts, else those of the party it is named by
    // ("envoys of Peru and Chile", "diplomats from Peru and Chile").
    let owners: Vec<usize> = tree
        .children(head, &["nmod"])
        .filter(|&n| {
            tree.child(n, &["case"])
                .is_some_and(|c| matches!(tree.lemma(c), "of" | "from"))
        })
        .collect();
    for h in std::iter::once(head).chain(owners) {
        for k in tree.children(h, &["conj"]) {
            let m = mentions.iter().find(|m| m.first <= k && k < m.end);
            if let Some(m) = m.filter(|m| !all.contains(m) && !m.outlet) {
                all.push(m);
            }
        }
        if all.len() > 1 {
            break;
        }
    }
    // Nationality words coordinated before one noun name a party each
    // ("Russian and Ukrainian negotiators").
    let mut j = first.first;
    while matches!(words.before(j), "and" | ",") {
        let before = mentions
            .iter()
            .find(|m| m.end + 1 == j && m.adjective && !all.contains(m));
        let Some(m) = before else { break };
        all.push(m);
        j = m.first;
    }
    if all.len() < 2 {
        // Coordinated country words before the head: "U.S. and Ukrainian
        // officials" (the tree hangs "Ukrainian" on "U.S.", a compound of
        // "officials").
        let covering = |k: usize| mentions.iter().find(|m| m.first <= k && k < m.end);
        let modifies = |k: usize| {
            tree.deprel(k)
                .is_some_and(|d| matches!(d.as_str(), "compound" | "amod"))
        };
        let first_modifier = match tree.head(head) {
            Some(h) if tree.deprel(head).is_some_and(|d| d.as_str() == "conj") && modifies(h) => {
                Some(h)
            }
            _ => tree
                .children(head, &["compound", "amod"])
                .find(|&k| tree.children(k, &["conj"]).next().is_some()),
        };
        if let Some(k) = first_modifier {
            for j in std::iter::once(k).chain(tree.children(k, &["conj"])) {
                if let Some(m) = covering(j).filter(|m| m.country.is_some() && !all.contains(m)) {
                    all.push(m);
                }
            }
        }
    }
    if all.len() < 2 {
        return Vec::new();
    }
    all.iter().map(|m| m.participant(words)).collect()
}
