//! Who can act in a sentence: named entities and agent nouns ("soldiers",
//! "police"), joined with the country words that modify them ("Israeli
//! soldiers", "Niger's ambassador Brah Mohamane").

use crate::lexicon::lexicon;
use crate::words::{is_determiner, is_preposition, Named, Words};
use dragoman_model::{Doc, EntityType, Participant};

/// A possible actor or recipient: tokens `first..end` of the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub end: usize,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// A country or nationality word: it lends its country to what follows.
    pub modifier: bool,
    /// A named person (located, not from, where a place follows).
    pub person: bool,
    /// A news outlet: it reports events, it is never their actor.
    pub outlet: bool,
    /// A nationality word alone ("the European proposal"): it stands for a
    /// party only joined to an actor noun ("European ministers").
    pub adjective: bool,
    /// An international body (`dragoman_lexicon::BODIES`: the U.N., the
    /// African Union): it has no state's country, and a person its title
    /// ties to it ("U.N. mediator X") acts for it.
    pub body: bool,
}

impl Mention {
    /// The mention as an event participant.
    pub fn participant(&self, words: &Words) -> Participant {
        Participant {
            span: Some(words.span(self.first, self.end)),
            name: self.name.clone(),
            country: self.country.clone(),
            sector: self.sector.clone(),
        }
    }
}

/// The mentions of a sentence, in order, not overlapping.
pub(crate) fn mentions(doc: &Doc, words: &Words) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    let entities = words.entities.iter();
    let mut entity_tokens = vec![false; words.len()];
    for e in entities {
        let first = words.index_of(e.span.start);
        let end = words.index_of(e.span.end.saturating_sub(1)) + 1;
        if first >= end || end > words.len() {
            continue;
        }
        entity_tokens[first..end].iter_mut().for_each(|t| *t = true);
        let subtype = e.subtype.as_deref();
        let written = doc.slice(e.span);
        let body = dragoman_lexicon::BODIES.is_body(written);
        let modifier = !body
            && (matches!(e.kind, EntityType::Loc | EntityType::Misc)
                || matches!(subtype, Some("COUNTRY" | "NATIONALITY")));
        let sector = match (e.role.as_deref(), subtype) {
            (Some(role), _) => Some(role_sector(role)),
            (None, Some("GOV")) => Some("GOV".into()),
            _ => None,
        };
        let name = e
            .canonical
            .as_deref()
            .unwrap_or_else(|| doc.slice(e.span))
            .to_string();
        // The country the entity stage read from the text, or the actor
        // stage from the actor's role on the report's date.
        let country = e.country.as_deref().map(str::to_string).filter(|_| !body);
        let outlet = subtype == Some("OUTLET")
            || dragoman_lexicon::OUTLETS.is_outlet(written)
            || doc.meta.outlet.as_deref() == Some(written)
            || names_medium(words, end)
            || newspaper_name(written);
        found.push(Mention {
            first,
            end,
            name,
            country,
            sector,
            modifier,
            person: e.kind == EntityType::Per,
            outlet,
            adjective: end == first + 1 && words.named(first) == Named::Adjective,
            body,
        });
    }
    found.extend(agent_mentions(doc, words, &entity_tokens));
    found.sort_by_key(|m| m.first);
    let mut joined = join_modifiers(words, found);
    lend_place_countries(words, &mut joined);
    lend_allegiance(words, &mut joined);
    join_represented(words, joined)
}

/// An agent noun of no country followed by "of" and a party that is no
/// place stands for that party ("envoys of Sudan's army",
/// "representatives of the Rapid Support Forces"): one mention, named so,
/// with the party's country. (Before a place, the place lends its country:
/// `lend_place_countries`.)
fn join_represented(words: &Words, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let joinable = out.last().is_some_and(|prev| {
            let mut j = m.first;
            while j > prev.end && is_determiner(words.at(j - 1)) {
                j -= 1;
            }
            let agent = prev.end == prev.first + 1
                && prev.country.is_none()
                && !prev.person
                && !prev.modifier
                && prev.sector.is_some();
            agent && j == prev.end + 1 && words.at(prev.end) == "of" && !m.outlet && !m.adjective
        });
        match out.last_mut() {
            Some(prev) if joinable => {
                prev.name = words.span(prev.first, m.end).of(words.text).to_string();
                prev.end = m.end;
                prev.country = m.country;
            }
            _ => out.push(m),
        }
    }
    out
}

/// A party without a country takes the country of the place it is said to
/// be in or from ("Security forces in Guinea", "settlers in the West Bank").
fn lend_place_countries(words: &Words, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (m, place) = (&mut before[k - 1], &after[0]);
        // "in the north", "in northern Iraq": an article and a
        // point of the compass may stand before the place.
        let mut j = place.first;
        while j > m.end && (is_determiner(words.at(j - 1)) || is_compass(words.at(j - 1))) {
            j -= 1;
        }
        let linked = j == m.end + 1 && matches!(words.at(m.end), "in" | "from" | "of");
        // (The last of coordinated places is not in the place after them:
        // "talks between Norland and Kestria in Geneva" are there.)
        let conjunct = m.modifier && matches!(words.before(m.first), "and" | "or");
        if m.country.is_none() && !m.person && !conjunct && linked && place.modifier {
            m.country = place.country.clone();
        }
    }
}

/// True for a point of the compass used before a place ("northern",
/// "southeastern", "central").
fn is_compass(word: &str) -> bool {
    let point = |w: &str| matches!(w, "north" | "south" | "east" | "west");
    word == "central"
        || word.strip_suffix("ern").is_some_and(|w| {
            point(w)
                || ["north", "south"]
                    .iter()
                    .any(|p| w.strip_prefix(p).is_some_and(point))
        })
}

/// A party without a country takes the country of the party it is said
/// to be loyal or affiliated to ("fighters loyal to Libya's eastern
/// commander", "unions affiliated with the Chilean federation"), when that one is
/// named within three words.
fn lend_allegiance(words: &Words, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let m = &mut before[k - 1];
        let tie = matches!(
            (words.at(m.end), words.at(m.end + 1)),
            ("loyal", "to")
                | ("affiliated", "with" | "to")
                | ("allied", "with" | "to")
                | ("aligned", "with")
        );
        let owner = after
            .iter()
            .find(|o| o.first >= m.end + 2 && o.first <= m.end + 4)
            .filter(|o| (m.end + 2..o.first).all(|j| is_determiner(words.at(j))));
        if let (true, None, false, Some(owner)) = (tie, &m.country, m.person, owner) {
            m.country = owner.country.clone();
        }
    }
}

/// True when the words at `end` say that the name before them is a news
/// medium ("Ansa news agency", "the daily Kommersant" aside).
fn names_medium(words: &Words, end: usize) -> bool {
    matches!(
        words.at(end),
        "news"
            | "agency"
            | "newspaper"
            | "daily"
            | "television"
            | "tv"
            | "radio"
            | "website"
            | "weekly"
    )
}

/// True when a name ends as newspapers' names do ("The Harbour Gazette",
/// "Daily Ledger").
fn newspaper_name(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    name.contains(' ')
        && matches!(
            last,
            "Gazette"
                | "Post"
                | "Times"
                | "Herald"
                | "Tribune"
                | "Journal"
                | "Telegraph"
                | "Chronicle"
                | "Ledger"
                | "Courier"
                | "Observer"
                | "Gazeta"
                | "Izvestia"
        )
}

/// The sector of an agent noun, singular or plural.
/// The agent nouns of the sentence outside names ("soldiers", "the
/// president"), each a mention of its own.
fn agent_mentions(doc: &Doc, words: &Words, entity_tokens: &[bool]) -> Vec<Mention> {
    let mut found = Vec::new();
    for (i, _) in entity_tokens
        .iter()
        .enumerate()
        .filter(|(_, &named)| !named)
    {
        // "Army Secretary Daniel Driscoll": the agent noun belongs to the
        // title of the person named after it, who is the party.
        let titled_person = |k: usize| {
            (k + 1..words.len().min(k + 4))
                .take_while(|&j| dragoman_lexicon::TITLES.title_word(words.at(j)).is_some())
                .last()
                .is_some_and(|j| {
                    j + 1 < words.len() && entity_tokens[j + 1] && words.named(j + 1) != Named::No
                })
        };
        if let Some(sector) =
            agent_sector(words.at(i)).filter(|_| !titled_person(i) && !anaphoric(words, i))
        {
            // "the president" after "President Ana Rojas": the holder named before.
            let holder = holder_before(doc, words, i);
            let (name, country) = match holder {
                Some(e) => (
                    e.canonical
                        .as_deref()
                        .unwrap_or_else(|| doc.slice(e.span))
                        .to_string(),
                    e.country.as_deref().map(str::to_string),
                ),
                None => (words.raw(i).to_string(), None),
            };
            found.push(Mention {
                first: i,
                end: i + 1,
                name,
                country,
                sector: Some(sector.into()),
                modifier: false,
                person: holder.is_some(),
                outlet: false,
                adjective: false,
                body: false,
            });
        }
    }
    found
}

/// True when the agent noun at token `i` points back to parties named
/// before ("the two men", "both leaders", "the three ministers"): who they
/// are is not read here, so they are no party of their own.
fn anaphoric(words: &Words, i: usize) -> bool {
    let before = |k: usize| if i >= k { words.at(i - k) } else { "" };
    before(1) == "both"
        || before(2) == "the" && dragoman_lexicon::number_word(before(1)).is_some_and(|n| n > 1)
}

/// The person a definite title at token `i` stands for ("the president"
/// after "Ukrainian President Volodymyr Zelenskiy"): the last person of the
/// document before it whose role is that title, when that person has a
/// country. None after another word than "the", or for a plural.
fn holder_before<'d>(doc: &'d Doc, words: &Words, i: usize) -> Option<&'d dragoman_model::Entity> {
    if i == 0 || !words.at(i - 1).eq_ignore_ascii_case("the") {
        return None;
    }
    let title = dragoman_lexicon::TITLES.title_word(words.at(i))?;
    if title != words.at(i).to_lowercase() {
        return None;
    }
    let at = words.span(i, i + 1).start;
    doc.entities
        .iter()
        .take_while(|e| e.span.start < at)
        .filter(|e| e.kind == EntityType::Per && e.country.is_some())
        .filter(|e| {
            e.role
                .as_deref()
                .is_some_and(|r| r.rsplit(' ').next() == Some(title))
        })
        .last()
}

pub(crate) fn agent_sector(word: &str) -> Option<&'static str> {
    let agents = &lexicon().agents;
    let singular = [
        word.strip_suffix("ies").map(|s| format!("{s}y")),
        word.strip_suffix('s').map(str::to_string),
    ];
    agents
        .get(word)
        .or_else(|| {
            singular
                .iter()
                .flatten()
                .find_map(|s| agents.get(s.as_str()))
        })
        .map(|s| &**s)
}

/// The sector of a title: the last word of the title that is an agent noun.
fn role_sector(role: &str) -> String {
    role.split_whitespace()
        .rev()
        .find_map(|w| agent_sector(&w.to_lowercase()))
        .unwrap_or("GOV")
        .to_string()
}

/// Joins a country word with the mention it modifies, when only a possessive
/// and a few plain words stand between ("Iraqi President X", "Syria's new
/// President Y"): the joined mention keeps the country. An international
/// body joins the person its title names ("U.N. Secretary-General X",
/// "African Union Commission chairman Y"): the person acts, for the body,
/// with no state's country.
fn join_modifiers(words: &Words, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let joinable = out.last().is_some_and(|prev| {
            prev.end <= m.first
                && m.first - prev.end <= 3
                && (prev.end..m.first).all(|j| is_np_word(words, j) || office(words, prev, &m, j))
                && (prev.modifier
                    || m.first == prev.end
                    || possessive(words, prev, &m)
                    || prev.body && m.person)
        });
        match out.last_mut() {
            Some(prev) if joinable => {
                let first = prev.first;
                // "U.N. mediator X" acts for the body, whatever X's nationality.
                let country = if prev.body {
                    None
                } else if prev.modifier {
                    prev.country.clone().or(m.country)
                } else {
                    m.country.or(prev.country.clone())
                };
                let sector = m.sector.or(prev.sector.clone());
                let span = words.span(first, m.end);
                // A person keeps their own (canonical) name; the span still
                // covers the title or country words joined to it.
                let name = if m.person {
                    m.name
                } else {
                    span.of(words.text).to_string()
                };
                *prev = Mention {
                    first,
                    end: m.end,
                    name,
                    country,
                    sector,
                    modifier: m.modifier && prev.modifier,
                    person: m.person,
                    // "state media KCNA": the name at the head says what it is.
                    outlet: m.outlet,
                    adjective: false,
                    body: prev.body || m.body,
                };
            }
            _ => out.push(m),
        }
    }
    out
}

/// True for a name's agent noun ("Zelensky's office", "Putin's envoy"):
/// the office acts, with the country of the person it belongs to.
fn possessive(words: &Words, owner: &Mention, m: &Mention) -> bool {
    words.at(owner.end) == "'s"
        && m.first == owner.end + 1
        && m.end == m.first + 1
        && m.sector.is_some()
}

/// True when word `j`, between a possessive party and an agent noun, names
/// the office: "Lebanon's finance minister", "China's trade envoy" (a
/// word the verb dictionary also holds; only right after "'s", so that
/// "Iran arms rebels" stays a verb).
fn office(words: &Words, owner: &Mention, m: &Mention, j: usize) -> bool {
    words.at(owner.end) == "'s"
        && j == owner.end + 1
        && j + 1 == m.first
        && m.end == m.first + 1
        && m.sector.is_some()
        && words.named(j) == Named::No
        && words.at(j).chars().all(|c| c.is_ascii_lowercase())
}

/// Words that open or link clauses: no noun phrase runs across them
/// ("the summit in Tirana if Kosovo's prime minister ...").
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "if" | "unless"
            | "when"
            | "while"
            | "as"
            | "because"
            | "since"
            | "that"
            | "who"
            | "which"
            | "whom"
            | "whose"
            | "where"
            | "though"
            | "although"
            | "whether"
            | "so"
            | "then"
            | "also"
            | "not"
            | "after"
            | "before"
    )
}

/// A word that may stand inside a noun phrase between a modifier and its head.
fn is_np_word(words: &Words, j: usize) -> bool {
    let w = words.at(j);
    (w == "'s"
        || w == "'"
        || w == "-"
        || words.named(j) == Named::No && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !is_preposition(w)
        && !is_clause_word(w)
        && !matches!(
            w,
            "and"
                | "or"
                | "but"
                | "said"
                | "says"
                | "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
        )
        && !(is_determiner(w) && w != "'s")
        && !lexicon().verbs.contains_key(w)
}
