//! Speaker resolution: the name a source phrase stands for.
//!
//! Until an entity stage exists, names are runs of capitalized words with
//! their titles stripped ("Chilean Cabinet aide Rosa Vidal" gives the
//! name "Rosa Vidal" held by the title "aide"). A source resolves to:
//! the canonical name of an entity it overlaps, when `doc.entities` has one;
//! for a pronoun, a person named earlier in its sentence, else the last
//! person named as a source before it (or else the last full name written
//! before it); for "who" and "which", the phrase their clause hangs
//! on, else the person ("who") or the name or body ("which") right before
//! their comma; for a title ("the minister"), the last name written with that title;
//! for a name, the fullest name in the document ending with its last word
//! ("Dmitriev" gives "Kirill Dmitriev").

use crate::gender::{of_pronoun, Gender, Genders};
use crate::lexicon::LEXICON;
use crate::view::View;
use dragoman_model::{Entity, EntityType, Span};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A name written in the document.
#[derive(Clone, Debug)]
struct Name {
    /// Where the name (without title) starts.
    at: u32,
    /// The words of the name, joined by spaces.
    text: Box<str>,
    /// Its number of words.
    words: u32,
    /// The title word written just before it, lower case.
    title: Option<Box<str>>,
    /// The role of an apposition right after it ("Ann Lee, a senior
    /// diplomat,": "diplomat"), lower case.
    role: Option<Box<str>>,
    /// True when the name (with its title) opens a sentence: a likely subject.
    subject: bool,
}

/// Resolves source phrases of one document to names.
pub struct Resolver<'v, 'd> {
    v: &'v View<'d>,
    names: Vec<Name>,
    /// Indices into `names` by last word.
    by_last_word: HashMap<String, Vec<usize>>,
    /// Person entities, stably sorted by start, and the furthest end of
    /// each prefix: overlaps are found by bisection, not by a scan.
    people: Vec<&'v Entity>,
    reach: Vec<u32>,
    /// Indices into `names` by title word, and of the names that open a
    /// sentence (not an outlet's), in text order.
    by_title: HashMap<String, Vec<usize>>,
    subjects: Vec<usize>,
    /// `fullest` answers, by name: the same name is asked again and again.
    fullest_memo: RefCell<HashMap<String, Option<usize>>>,
    /// Persons already resolved as speakers: where, and who.
    persons: Vec<(u32, String)>,
    /// The gender the document marks for each surname ("Mr. Berg").
    genders: Genders,
    /// Where the words said end when they come before their source
    /// ("... Trump, he wrote"): no person before it is the pronoun's.
    said_end: Cell<u32>,
}

/// How far back (in tokens) "it" looks for its organization.
const ORGANIZATION_LOOK_BACK: usize = 60;

/// Head nouns of organizations that speak ("the ministry said").
const ORGANIZATIONS: [&str; 19] = [
    "ministry",
    "department",
    "government",
    "office",
    "agency",
    "council",
    "embassy",
    "kremlin",
    "army",
    "committee",
    "commission",
    "administration",
    "cabinet",
    "presidency",
    "military",
    "court",
    "parliament",
    "secretariat",
    "mission",
];

/// The most earlier persons a pronoun passes over for one of its gender.
const GENDER_LOOK_BACK: usize = 8;

/// The most tokens a search for the start of a sentence goes back.
const LOOK_BACK: usize = dragoman_model::MAX_SENTENCE_TOKENS;

impl<'v, 'd> Resolver<'v, 'd> {
    /// Collects the names of the document.
    pub fn new(v: &'v View<'d>, entities: &'v [Entity]) -> Resolver<'v, 'd> {
        let names = names(v);
        let mut by_last_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            by_last_word
                .entry(last_word(&n.text).to_string())
                .or_default()
                .push(i);
        }
        let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, n) in names.iter().enumerate() {
            for t in [&n.title, &n.role].into_iter().flatten() {
                by_title.entry(t.to_string()).or_default().push(i);
            }
        }
        let mut people: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.kind == EntityType::Per)
            .collect();
        people.sort_by_key(|e| e.span.start);
        // A sentence's opening word is capitalized whatever it is ("Talks of
        // peace, he said, ..."): a name opening a sentence is a subject a
        // pronoun may stand for only when the tagger found a person there.
        let person_at = |n: &Name| {
            let k = people.partition_point(|e| e.span.end <= n.at);
            people.get(k).is_some_and(|e| e.span.start <= n.at)
        };
        let subjects = (0..names.len())
            .filter(|&i| {
                let n = &names[i];
                n.subject && !LEXICON.outlet_heads.contains(last_word(&n.text)) && person_at(n)
            })
            .collect();
        let reach = people
            .iter()
            .scan(0u32, |far, e| {
                *far = (*far).max(e.span.end);
                Some(*far)
            })
            .collect();
        Resolver {
            v,
            names,
            by_last_word,
            people,
            reach,
            by_title,
            subjects,
            fullest_memo: RefCell::new(HashMap::new()),
            persons: Vec::new(),
            genders: Genders::new(v),
            said_end: Cell::new(0),
        }
    }

    /// [`Resolver::resolve`] for a source after the words it said, which
    /// end at `said_end`: a pronoun there stands for no person named in
    /// them ("The issue will be settled by Trump, he wrote": not Trump).
    pub fn resolve_after(&mut self, source: Span, named: bool, said_end: u32) -> Option<String> {
        self.said_end.set(said_end);
        let found = self.resolve(source, named);
        self.said_end.set(0);
        found
    }

    /// The name `source` stands for, if one is known. A `named` source that
    /// resolves to a person is remembered for the pronouns after it.
    pub fn resolve(&mut self, source: Span, named: bool) -> Option<String> {
        let found = self.lookup(source);
        if let Some((name, true)) = &found {
            if named {
                self.persons.push((source.start, name.clone()));
            }
        }
        found.map(|(name, _)| name)
    }

    /// The name, and whether it is a person's.
    fn lookup(&self, source: Span) -> Option<(String, bool)> {
        // An organization's head noun ends the phrase: the office speaks,
        // not the person it belongs to ("Zelenskiy's office").
        if self.organization_head(source) {
            return None;
        }
        // The last person in the phrase is its head: "Obama adviser David Axelrod".
        if let Some(e) = self.last_person_overlapping(source) {
            return Some(self.person_name(e));
        }
        if let Some(e) = self.person_in_apposition(source) {
            return Some(self.person_name(e));
        }
        let v = self.v;
        let first = v.token_at_or_after(source.start);
        let last = before_bracket(v, first, v.token_at_or_after(source.end).saturating_sub(1));
        if first > last {
            return None;
        }
        let head = v.lower(last);
        match LEXICON.pronoun(head) {
            Some("person") if first == last => {
                let gender = of_pronoun(head);
                return self.person_before(source.start, gender).map(|n| (n, true));
            }
            Some("thing") if first == last => {
                let at = self.organization_before(first)?;
                let start = crate::extent::phrase_back(v, at, 0);
                return Some((v.text[v.cover(start, at).range()].to_string(), false));
            }
            Some("relative") if first == last => {
                let comma = first.checked_sub(1).filter(|&c| v.is(c, ","))?;
                let end = comma.checked_sub(1)?;
                let start = crate::extent::phrase_back(v, end, 0);
                return self
                    .lookup(v.cover(start, end))
                    .or_else(|| self.adjacent_antecedent(head, end));
            }
            Some(_) => return None,
            None => {}
        }
        if let Some(name) = name_in(v, first, last) {
            let full = self.fullest(&name).unwrap_or(&name);
            return Some((full.to_string(), true));
        }
        // "the adviser" is the adviser named before; "a longtime adviser" is not.
        if LEXICON.is_title(head)
            && !v.is_capitalized(last)
            && !crate::sourcing::counted(v.lower(first))
        {
            return self.titled_before(head, source.start).map(|n| (n, true));
        }
        None
    }

    /// The name a person's entity gives a speaker: its canonical name
    /// without an honorific, a person's.
    fn person_name(&self, e: &Entity) -> (String, bool) {
        let name = e
            .canonical
            .as_deref()
            .unwrap_or(&self.v.text[e.span.range()]);
        (without_honorific(name).to_string(), true)
    }

    /// The antecedent of the relative pronoun `relative` right before its
    /// comma, ending at token `end`, when the phrase before it names no one:
    /// a name or a body after a preposition too ("a rebuke from Egypt,
    /// which said", "from the foreign ministry, which"). "Who" stands for a
    /// person only, "which" for a body or a place, whose name may hold "of"
    /// ("the Bank of Japan").
    fn adjacent_antecedent(&self, relative: &str, end: usize) -> Option<(String, bool)> {
        let v = self.v;
        let from = if relative == "who" {
            let run = (0..=end).rev().take_while(|&j| is_name_word(v, j)).count();
            if run == 0 {
                return None;
            }
            let e = self.last_person_overlapping(v.cover(end + 1 - run, end))?;
            return Some(self.person_name(e));
        } else if ORGANIZATIONS.contains(&v.lower(end)) {
            body_phrase_start(v, end)
        } else {
            name_start_with_of(v, end)?
        };
        let text = &v.text[v.cover(from, end).range()];
        Some((self.fullest(text).unwrap_or(text).to_string(), false))
    }

    /// True when `source` is a phrase of several words ending in a
    /// lower-case head noun of a speaking organization ("Zelenskiy's office").
    fn organization_head(&self, source: Span) -> bool {
        let v = self.v;
        let first = v.token_at_or_after(source.start);
        let last = v.token_at_or_after(source.end).saturating_sub(1);
        first < last && !v.is_capitalized(last) && ORGANIZATIONS.contains(&v.lower(last))
    }

    /// "The commission's chairman, Ana Rojas, ...": the person set off by
    /// commas right after a source phrase ending in a title.
    fn person_in_apposition(&self, source: Span) -> Option<&'v Entity> {
        let v = self.v;
        let next = v.token_at_or_after(source.end);
        let last = next.checked_sub(1)?;
        if !(next + 1 < v.len() && LEXICON.is_title(v.lower(last)) && v.is(next, ",")) {
            return None;
        }
        let at = v.span(next + 1).start;
        let k = self.people.partition_point(|e| e.span.start < at);
        let person = self.people.get(k).filter(|e| e.span.start == at)?;
        let after = v.token_at_or_after(person.span.end);
        (after < v.len() && v.is(after, ",")).then_some(person)
    }

    /// The person entity overlapping `source` that starts last (of those
    /// starting together, the last in the layer's order).
    fn last_person_overlapping(&self, source: Span) -> Option<&'v Entity> {
        let mut j = self.people.partition_point(|e| e.span.start < source.end);
        while j > 0 && self.reach[j - 1] > source.start {
            j -= 1;
            if self.people[j].span.overlaps(source) {
                return Some(self.people[j]);
            }
        }
        None
    }

    /// The fullest name in the document ending with the last word of `name`.
    fn fullest(&self, name: &str) -> Option<&str> {
        if let Some(&found) = self.fullest_memo.borrow().get(name) {
            return found.map(|i| &*self.names[i].text);
        }
        let found = self
            .by_last_word
            .get(last_word(name))?
            .iter()
            .copied()
            .filter(|&i| self.names[i].text.ends_with(name))
            .max_by_key(|&i| (self.names[i].words, std::cmp::Reverse(self.names[i].at)));
        self.fullest_memo
            .borrow_mut()
            .insert(name.to_string(), found);
        found.map(|i| &*self.names[i].text)
    }

    /// The person a pronoun at `pos` stands for: a person named earlier in
    /// the pronoun's own sentence ("In Lavrov's interviews, he said"), else
    /// the nearer of the last person quoted and the last name opening a
    /// sentence (not an outlet).
    ///
    /// A person the document marks with the other gender ("Mr. Berg" for
    /// "she") is passed over for the one before.
    fn person_before(&self, pos: u32, gender: Option<Gender>) -> Option<String> {
        let agrees = |name: &str| self.genders.agrees(name, gender) || self.shared_surname(name);
        if let Some(name) = self.person_earlier_in_sentence(pos).filter(|n| agrees(n)) {
            return Some(name);
        }
        let quoted = self
            .persons
            .iter()
            .rev()
            .filter(|(at, _)| *at < pos)
            .take(GENDER_LOOK_BACK)
            .find(|(_, name)| agrees(name));
        let before = self.subjects.partition_point(|&i| self.names[i].at < pos);
        let subject = self.subjects[..before]
            .iter()
            .rev()
            .take(GENDER_LOOK_BACK)
            .map(|&i| &self.names[i])
            .find(|n| agrees(self.fullest(&n.text).unwrap_or(&n.text)));
        match (quoted, subject) {
            (Some((at, name)), Some(n)) if *at >= n.at => Some(name.clone()),
            (_, Some(n)) => Some(self.fullest(&n.text).unwrap_or(&n.text).to_string()),
            (Some((_, name)), None) => Some(name.clone()),
            (None, None) => None,
        }
    }

    /// True when two full names of the document end with the surname of
    /// `name` ("Bill Clinton", "Hillary Clinton"): a gender marked on the
    /// surname ("Mrs. Clinton") tells nothing about either.
    fn shared_surname(&self, name: &str) -> bool {
        let Some(ids) = self.by_last_word.get(last_word(name)) else {
            return false;
        };
        let mut full = ids
            .iter()
            .map(|&i| &self.names[i])
            .filter(|n| n.words > 1)
            .map(|n| &n.text);
        full.next()
            .is_some_and(|first| full.any(|other| other != first))
    }

    /// The last person entity between the start of the sentence holding
    /// `pos` and `pos`.
    fn person_earlier_in_sentence(&self, pos: u32) -> Option<String> {
        let v = self.v;
        let here = v.token_at_or_after(pos);
        // A sentence holds at most LOOK_BACK tokens (longer ones are cut).
        let floor = here.saturating_sub(LOOK_BACK);
        let sentence_start = (floor..here)
            .rev()
            .find(|&i| matches!(v.word(i), "." | "!" | "?") || !v.same_paragraph(i, here))
            .map_or(if floor == 0 { 0 } else { v.span(floor).start }, |i| {
                v.span(i).end
            });
        let mut j = self.people.partition_point(|e| e.span.start < pos);
        let e = loop {
            j = j.checked_sub(1)?;
            let e = self.people[j];
            if e.span.start < sentence_start.max(self.said_end.get()) {
                return None;
            }
            if e.span.end <= pos && !self.in_closed_relative(e.span, here) {
                break e;
            }
        };
        Some(
            e.canonical
                .as_deref()
                .unwrap_or_else(|| &v.text[e.span.range()])
                .to_string(),
        )
    }

    /// True when `span` lies in a relative clause (", who met Lavrov,")
    /// closed before token `here`: a pronoun after it is the clause's
    /// antecedent's, not a name inside it ("Berg, who met Lavrov, said he").
    fn in_closed_relative(&self, span: Span, here: usize) -> bool {
        let v = self.v;
        let first = v.token_at_or_after(span.start);
        let last = v.token_at_or_after(span.end);
        let opened = (first.saturating_sub(LOOK_BACK)..first)
            .rev()
            .take_while(|&i| !v.is(i, ","))
            .find(|&i| matches!(v.lower(i), "who" | "whom" | "whose"))
            .is_some_and(|r| r > 0 && v.is(r - 1, ","));
        opened && (last..here).any(|i| v.is(i, ","))
    }

    /// The token heading the organization "it" at token `here` stands for:
    /// the nearest organization noun before it in its paragraph ("The foreign
    /// ministry issued a statement. It said ...").
    fn organization_before(&self, here: usize) -> Option<usize> {
        let v = self.v;
        (here.saturating_sub(ORGANIZATION_LOOK_BACK)..here)
            .rev()
            .take_while(|&j| v.same_paragraph(j, here))
            .find(|&j| ORGANIZATIONS.contains(&v.lower(j)))
    }

    fn titled_before(&self, title: &str, pos: u32) -> Option<String> {
        let held = self.by_title.get(title)?;
        let before = held.partition_point(|&i| self.names[i].at < pos);
        let name = &self.names[held[before.saturating_sub(1)]];
        Some(self.fullest(&name.text).unwrap_or(&name.text).to_string())
    }
}

/// Role words that, written in lower case before a name, are its title
/// ("special envoy Ann Lee", "diplomat Ann Lee"), so that "the envoy" later
/// finds her. (Wider titles in lower case, "candidate", "governor", name
/// too many people in one report.)
const ROLES_BEFORE_NAMES: [&str; 10] = [
    "envoy",
    "diplomat",
    "aide",
    "adviser",
    "negotiator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "mediator",
];

/// The last token before a bracket that closes a phrase at `last` ("Ann Lee
/// (D-Ore.)" ends at "Lee"), or `last` itself.
fn before_bracket(v: &View, first: usize, last: usize) -> usize {
    if v.word(last) != ")" {
        return last;
    }
    (first..last)
        .rev()
        .find(|&j| v.word(j) == "(")
        .and_then(|j| j.checked_sub(1))
        .filter(|&j| j >= first)
        .unwrap_or(last)
}

/// The last word of a name, its surname for a person ("Berg" in "Tomas Berg").
pub(crate) fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// The name ending a source phrase `first..=last`, titles stripped ("Envoy
/// Kirill Dmitriev" gives "Kirill Dmitriev"), if its last word is a name word.
///
/// An organization's name keeps the title words in it ("the State
/// Department", "the Foreign Ministry").
fn name_in(v: &View, first: usize, last: usize) -> Option<String> {
    let organization = ORGANIZATIONS.contains(&v.lower(last));
    let mut start = last + 1;
    loop {
        while start > first
            && is_name_word(v, start - 1)
            && (organization || !LEXICON.is_title(v.lower(start - 1)))
        {
            start -= 1;
        }
        // "the Relief and Works Agency", "the Ministry of Trade and
        // Industry": a body's name goes on over "of", and over "and" when
        // the phrase names a body ("Maria Santos and Tomas Berg" are two).
        let connector = start
            .checked_sub(1)
            .filter(|&c| c > first && start <= last)
            .map(|c| v.lower(c));
        let body = || (first..=last).any(|j| ORGANIZATIONS.contains(&v.lower(j)));
        let joined = match connector {
            Some("of") => true,
            Some("and" | "&") => body(),
            _ => false,
        } && is_name_word(v, start - 2);
        if !joined {
            break;
        }
        start -= 1;
    }
    // A name after a preposition is no head: "officials in Lima" are not Lima,
    // "the mayor of Lima" is not Lima.
    if start > first && LEXICON.prepositions.contains(v.lower(start - 1)) {
        return None;
    }
    let words: Vec<&str> = (start..=last).map(|j| v.word(j)).collect();
    (start <= last).then(|| words.join(" "))
}

/// A name without the honorific before it ("Mr Varga": "Varga"), when a
/// name is left.
fn without_honorific(name: &str) -> &str {
    let honorifics = ["Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Dr. ", "Dr "];
    honorifics
        .iter()
        .find_map(|h| name.strip_prefix(h))
        .filter(|rest| !rest.trim().is_empty())
        .unwrap_or(name)
}

/// Runs of capitalized words, titles stripped.
fn names(v: &View) -> Vec<Name> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if !is_name_word(v, i) {
            i += 1;
            continue;
        }
        let start = i;
        // (A name ends with its paragraph: a headline in title case is no
        // part of the name opening the next line.)
        while i < v.len()
            && (i == start || v.same_paragraph(i - 1, i))
            && (is_name_word(v, i)
                || (is_particle(v, i) && i + 1 < v.len() && is_name_word(v, i + 1)))
        {
            i += 1;
        }
        // Strip everything up to the last title word; else the title is a
        // lower-case role word before the name ("special envoy Ann Lee").
        let cut = (start..i).rev().find(|&j| LEXICON.is_title(v.lower(j)));
        let first = cut.map_or(start, |c| c + 1);
        let title = cut.or_else(|| {
            start
                .checked_sub(1)
                .filter(|&j| ROLES_BEFORE_NAMES.contains(&v.lower(j)) && v.same_paragraph(j, start))
        });
        // A country or nationality word is nobody's name ("Egyptian and
        // Qatari mediators").
        let place = first + 1 == i && dragoman_lexicon::COUNTRIES.place(v.word(first)).is_some();
        // Nor is a capitalized word of the sentence's frame ("Instead, ...", "Then she").
        let frame = first + 1 == i && frame_word(v.lower(first));
        if first < i && !place && !frame {
            let words: Vec<&str> = (first..i).map(|j| v.word(j)).collect();
            let subject = start == 0
                || matches!(v.word(start - 1), "." | "?" | "!")
                || !v.same_paragraph(start - 1, start);
            out.push(Name {
                at: v.span(first).start,
                text: words.join(" ").into(),
                words: words.len() as u32,
                title: title.map(|c| v.lower(c).into()),
                role: apposition_role(v, i).map(Into::into),
                subject,
            });
        }
    }
    out
}

/// The most words of an apposition read for its role ("a senior Norlandic
/// career diplomat").
const MAX_APPOSITION: usize = 6;

/// The role word heading an apposition after the comma at `comma` that
/// ends a name: "Ann Lee, a senior diplomat, ..." and "Ann Lee, the
/// country's envoy to Oslo, ..." give "diplomat" and "envoy", so that "the
/// diplomat" later finds her. The apposition opens with an article and its
/// head, a title, is the last word before a comma, a full stop or a
/// preposition.
fn apposition_role<'a>(v: &'a View<'_>, comma: usize) -> Option<&'a str> {
    if comma + 2 >= v.len()
        || !v.is(comma, ",")
        || !matches!(v.lower(comma + 1), "a" | "an" | "the")
    {
        return None;
    }
    let end = (comma + 2..v.len().min(comma + 2 + MAX_APPOSITION))
        .find(|&j| !v.is_wordlike(j) || LEXICON.prepositions.contains(v.lower(j)))?;
    let head = end - 1;
    let role = v.lower(head);
    let closes = v.is(end, ",") || v.is(end, ".") || LEXICON.prepositions.contains(v.lower(end));
    (head > comma + 1 && closes && !v.is_capitalized(head) && LEXICON.is_title(role))
        .then_some(role)
}

/// True for a word that opens a sentence without naming anyone: an adverb,
/// a time word, a preposition, a conjunction, a pronoun.
fn frame_word(w: &str) -> bool {
    LEXICON.sentence_adverbs.contains(w)
        || LEXICON.time_words.contains(w)
        || LEXICON.prepositions.contains(w)
        || LEXICON.conjunctions.contains(w)
        || LEXICON.pronoun(w).is_some()
        || matches!(w, "and" | "but" | "so" | "yet" | "or")
}

/// The first token of the name that ends at `end`, "of" between its
/// capitalized words included ("Bank of Japan"), when `end` is a name's.
fn name_start_with_of(v: &View, end: usize) -> Option<usize> {
    let mut start = end + 1;
    while start > 0 {
        let j = start - 1;
        let of = v.lower(j) == "of" && j > 0 && is_name_word(v, j - 1) && start <= end;
        if !(is_name_word(v, j) || of) {
            break;
        }
        start = j;
    }
    (start <= end).then_some(start)
}

/// The first token of the noun phrase a body's head noun at `end` closes
/// ("Egypt's foreign ministry", "the ministry"): back to its determiner,
/// or to the word after a preposition or a mark, at most six words.
fn body_phrase_start(v: &View, end: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < 6 {
        let j = start - 1;
        let possessive = v.word(j).starts_with(['\'', '’']);
        if !(v.is_wordlike(j) || possessive) || LEXICON.prepositions.contains(v.lower(j)) {
            break;
        }
        start = j;
        if LEXICON.determiners.contains(v.lower(j)) {
            break;
        }
    }
    start
}

fn is_name_word(v: &View, i: usize) -> bool {
    v.is_capitalized(i)
        && !LEXICON.determiners.contains(v.lower(i))
        && !v.word(i).starts_with(['\'', '’'])
}

fn is_particle(v: &View, i: usize) -> bool {
    dragoman_lexicon::is_name_particle(v.word(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Doc;

    fn person(start: usize, end: usize, canonical: &str) -> Entity {
        Entity {
            span: Span::new(start, end),
            kind: EntityType::Per,
            subtype: None,
            canonical: Some(canonical.into()),
            role: None,
            country: None,
            actor: None,
        }
    }

    #[test]
    fn a_person_entity_gives_its_canonical_name() {
        let text = "Dan spoke first.";
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let entities = [person(0, 3, "Ivo Dan")];
        assert_eq!(
            Resolver::new(&v, &entities)
                .resolve(Span::new(0, 3), true)
                .as_deref(),
            Some("Ivo Dan")
        );
    }

    #[test]
    fn the_last_person_of_a_source_phrase_speaks() {
        let text = "Santos aide Ivo Dan spoke first.";
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let entities = [person(0, 6, "Maria Santos"), person(12, 19, "Ivo Dan")];
        assert_eq!(
            Resolver::new(&v, &entities)
                .resolve(Span::new(0, 19), true)
                .as_deref(),
            Some("Ivo Dan")
        );
    }

    fn resolve(text: &str, source: &str) -> Option<String> {
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let at = text.rfind(source).unwrap();
        Resolver::new(&v, &[]).resolve(Span::new(at, at + source.len()), true)
    }

    #[test]
    fn regression_a_name_ends_with_its_paragraph() {
        assert_eq!(
            resolve(
                "Why The Ferry Deal Matters\n\nInes Vik spoke. Later Vik left.",
                "Vik"
            )
            .as_deref(),
            Some("Ines Vik")
        );
    }

    #[test]
    fn a_surname_takes_the_fullest_name() {
        assert_eq!(
            resolve(
                "Envoy Kirill Dmitriev arrived. Later Dmitriev spoke.",
                "Dmitriev"
            )
            .as_deref(),
            Some("Kirill Dmitriev")
        );
    }

    #[test]
    fn a_title_takes_its_holder() {
        let text = "Foreign Minister Anna Lind met them. The minister said no.";
        assert_eq!(resolve(text, "The minister").as_deref(), Some("Anna Lind"));
    }

    /// `resolve` with the tagger's persons: each of `people` where it first occurs.
    fn resolve_with(text: &str, people: &[&str], source: &str) -> Option<String> {
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let entities: Vec<Entity> = people
            .iter()
            .map(|p| {
                let at = text.find(p).unwrap();
                person(at, at + p.len(), p)
            })
            .collect();
        let at = text.rfind(source).unwrap();
        Resolver::new(&v, &entities).resolve(Span::new(at, at + source.len()), true)
    }

    #[test]
    fn a_pronoun_takes_the_last_full_name() {
        assert_eq!(
            resolve_with(
                "Maria Santos left early. He said nothing.",
                &["Maria Santos"],
                "He"
            )
            .as_deref(),
            Some("Maria Santos")
        );
        // The paragraph opens with "Dan", whom the tagger found (named in full before).
        let text = "Dan, who spoke to the Ledger, spoke: He said yes.";
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let entities = [person(0, 3, "Ivo Dan")];
        let he = Span::new(37, 39);
        assert_eq!(&text[he.range()], "He");
        assert_eq!(
            Resolver::new(&v, &entities).resolve(he, true).as_deref(),
            Some("Ivo Dan")
        );
    }

    #[test]
    fn a_word_opening_a_sentence_is_no_person_for_a_pronoun() {
        assert_eq!(
            resolve_with("Storms came early. He said so.", &[], "He"),
            None
        );
    }

    #[test]
    fn regression_a_pronoun_takes_a_person_named_earlier_in_its_sentence() {
        // The last person quoted (Ivo Dan) is further away than the minister
        // named in the pronoun's own sentence.
        let text = "Ivo Dan said talks went on. In Minister Ana Vel’s interviews last week, she stressed the plan.";
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        let v = View::new(&doc);
        let ana = text.find("Ana Vel").unwrap();
        let entities = [
            person(0, 7, "Ivo Dan"),
            person(ana, ana + "Ana Vel".len(), "Ana Vel"),
        ];
        let mut r = Resolver::new(&v, &entities);
        assert_eq!(r.resolve(Span::new(0, 7), true).as_deref(), Some("Ivo Dan"));
        let she = text.find("she").unwrap();
        assert_eq!(
            r.resolve(Span::new(she, she + 3), true).as_deref(),
            Some("Ana Vel")
        );
    }

    /// Regression (wire copy of our own): "a rebuke from Chile, which said"
    /// left "which" as the speaker: the name before a preposition was no
    /// antecedent. "Which" stands for the name or body right before its
    /// comma, "who" for a person only.
    #[test]
    fn regression_which_stands_for_the_name_before_its_comma() {
        let rebuke = |who: &str| format!("The plan drew a rebuke from {who}, which said no.");
        let speaker = |who: &str| resolve(&rebuke(who), "which");
        assert_eq!(speaker("Chile").as_deref(), Some("Chile"));
        assert_eq!(speaker("the Bank of Lima").as_deref(), Some("Bank of Lima"));
        assert_eq!(
            speaker("Chile's foreign ministry").as_deref(),
            Some("Chile's foreign ministry")
        );
        let text = "Ana Vel, an analyst at Harbour Capital, who said no, left.";
        let who = resolve_with(text, &["Ana Vel"], "who");
        assert_ne!(who.as_deref(), Some("Harbour Capital"));
        let text = "The plan drew a rebuke from Ana Vel, who said no.";
        assert_eq!(
            resolve_with(text, &["Ana Vel"], "who").as_deref(),
            Some("Ana Vel")
        );
    }
}
