//! Canonical actors across a story's reports: "Putin", "Vladimir Putin" and
//! "the Russian president" (in a report of 2025) are one party, so that two
//! reports' accounts of one event are compared as one claim.
//!
//! A party of an event is read in its own report, in this order:
//!
//! 1. the entity that names it (the one ending where the party's words end,
//!    or covering them) resolved to an actor by the actors stage: the
//!    actor's id (`actor:vladimir-putin`; "Moscow" and "Russia" meet too);
//! 2. an office of a country ("the Russian president", "Russia's foreign
//!    minister": the country words dropped, the rest a title) held on the
//!    report's date by one curated person ([`Actors::holder`]);
//! 3. else the fullest name the report gives it, as a name key
//!    (`name:anton varga`).
//!
//! Then, over the whole story ([`fold_surnames`]), a one-word name that is
//! the last word of exactly one longer person's name of another report
//! ("Varga", "Anton Varga") takes that name's key.

use dragoman_actors::key::{last_word, name_key};
use dragoman_actors::Actors;
use dragoman_lexicon::COUNTRIES;
use dragoman_model::{Doc, Entity, Participant};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// A party as the story knows it: a canonical key and the name written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// `actor:ID` for a resolved actor, else `name:KEY`.
    pub key: String,
    /// The name the report gives it.
    pub name: String,
    /// True when a name of the report or an office names it (not a bare
    /// noun: "delegations", "the government").
    pub named: bool,
}

/// The canonical party of a participant of an event of `doc`, a report
/// dated `date`.
pub fn party(doc: &Doc, date: Option<Date>, p: &Participant) -> Party {
    let actors = Actors::shipped();
    let entity = p
        .span
        .and_then(|s| naming_entity(&doc.entities, s.start, s.end));
    // A person's fullest name; a place or body by its own name, not the
    // group named after it ("Envoys of Norland" is Norland's party).
    let name = entity
        .filter(|e| {
            e.kind != dragoman_model::EntityType::Per || {
                let c = e.canonical.as_deref().unwrap_or_default();
                c.split_whitespace().count() >= p.name.split_whitespace().count()
            }
        })
        .and_then(|e| e.canonical.as_deref())
        .unwrap_or(&p.name)
        .to_string();
    if let Some(id) = entity.and_then(|e| e.actor.as_deref()) {
        return Party {
            key: format!("actor:{id}"),
            name,
            named: true,
        };
    }
    let holder = p.country.as_deref().zip(date).and_then(|(country, day)| {
        let title = office_title(&p.name)?;
        actors.holder(&title, country, day)
    });
    match holder {
        Some(a) => Party {
            key: format!("actor:{}", a.id),
            name,
            named: true,
        },
        None => Party {
            key: format!("name:{}", name_key(&name)),
            name,
            named: entity.is_some(),
        },
    }
}

/// The entity that names a party's words `start..end`: the one ending where
/// they end (their head), else one covering them.
fn naming_entity(entities: &[Entity], start: u32, end: u32) -> Option<&Entity> {
    let head = entities
        .iter()
        .find(|e| e.span.end == end && e.span.start >= start);
    head.or_else(|| {
        entities
            .iter()
            .find(|e| e.span.start <= start && end <= e.span.end)
    })
}

/// The title in a party's name once its article and country words are
/// dropped ("the Russian president" → "president", "Russia's foreign
/// minister" → "foreign minister"); `None` when nothing is left.
pub fn office_title(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let mut words: &[&str] = &lower.split_whitespace().collect::<Vec<_>>();
    let owned: Vec<&str>;
    if words.first() == Some(&"the") {
        owned = words[1..].to_vec();
        words = &owned;
    }
    let mut rest = words;
    while let Some((first, tail)) = rest.split_first() {
        let bare = first
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s")
            .trim_end_matches(['\'', '\u{2019}']);
        if tail.is_empty() || COUNTRIES.place(bare).is_none() {
            break;
        }
        rest = tail;
    }
    (!rest.is_empty()).then(|| rest.join(" "))
}

/// The fullest names of the people the reports name (their entities'
/// canonical names of two words or more), as (name key, name): the longer
/// names a surname may stand for.
pub fn full_names(docs: &[&Doc]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for doc in docs {
        let people = doc
            .entities
            .iter()
            .filter(|e| e.kind == dragoman_model::EntityType::Per);
        for name in people.filter_map(|e| e.canonical.as_deref()) {
            let key = name_key(name);
            if key.contains(' ') {
                out.entry(key).or_insert_with(|| name.to_string());
            }
        }
    }
    out
}

/// Gives a one-word name key the key of the one longer name (two words or
/// more) of the story that ends with that word ("name:varga" →
/// "name:anton varga"): the longer names of the parties and `known` (name
/// keys, see [`full_names`]); a word several longer names end with is left
/// alone.
pub fn fold_surnames<'k>(parties: &mut [&mut Party], known: impl IntoIterator<Item = &'k str>) {
    let mut by_last: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let party_keys = parties.iter().filter_map(|p| p.key.strip_prefix("name:"));
    let mut keys: Vec<String> = party_keys.map(str::to_string).collect();
    keys.extend(known.into_iter().map(str::to_string));
    for key in &keys {
        if key.contains(' ') {
            let longer = by_last.entry(last_word(key).to_string()).or_default();
            if !longer.iter().any(|k| k == key) {
                longer.push(key.to_string());
            }
        }
    }
    for p in parties.iter_mut() {
        let Some(key) = p.key.strip_prefix("name:") else {
            continue;
        };
        if key.contains(' ') {
            continue;
        }
        if let Some([one]) = by_last.get(key).map(Vec::as_slice) {
            p.key = format!("name:{one}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_their_article_and_country_words() {
        assert_eq!(
            office_title("the Russian president").as_deref(),
            Some("president")
        );
        assert_eq!(
            office_title("Russia's foreign minister").as_deref(),
            Some("foreign minister")
        );
        assert_eq!(
            office_title("Russia’s foreign minister").as_deref(),
            Some("foreign minister")
        );
        assert_eq!(
            office_title("deputy foreign minister").as_deref(),
            Some("deputy foreign minister")
        );
        assert_eq!(office_title("Russia").as_deref(), Some("russia"));
        assert_eq!(office_title("the"), None);
    }

    fn named(key: &str) -> Party {
        Party {
            key: format!("name:{key}"),
            name: key.to_string(),
            named: true,
        }
    }

    #[test]
    fn a_surname_takes_the_one_full_name_that_ends_with_it() {
        let (mut a, mut b, mut c) = (named("varga"), named("anton varga"), named("marsh"));
        let (mut d, mut e) = (named("helen marsh"), named("john marsh"));
        fold_surnames(&mut [&mut a, &mut b, &mut c, &mut d, &mut e], []);
        assert_eq!(a.key, "name:anton varga");
        assert_eq!(c.key, "name:marsh", "two Marshes: left alone");
        let mut f = named("brandt");
        fold_surnames(&mut [&mut f], ["ilse brandt"]);
        assert_eq!(
            f.key, "name:ilse brandt",
            "a name the reports give, not a party"
        );
    }
}
