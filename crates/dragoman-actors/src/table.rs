//! [`Actors`]: the actor table and its name indexes, built once per process
//! from the shipped data ([`Actors::shipped`]).

use crate::actor::{Actor, ActorKind, Source};
use crate::key::{last_word, name_key};
use crate::tsv::{self, TsvError};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Actors converted from the Phoenix dictionaries by `dragoman-train import-actors`.
const PHOENIX_TSV: &str = include_str!("../data/phoenix.tsv");
/// Actors after 2014 and corrections, written by hand.
const CURATED_TSV: &str = include_str!("../data/current.tsv");

/// A person found under a surname, with the first word of that name.
#[derive(Clone, Debug)]
pub(crate) struct SurnameHit {
    pub(crate) actor: usize,
    pub(crate) first: String,
}

/// The actor table, indexed by id, by name key and (for persons) by surname.
#[derive(Debug, Default)]
pub struct Actors {
    actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    pub(crate) by_name: HashMap<String, Vec<usize>>,
    pub(crate) by_surname: HashMap<String, Vec<SurnameHit>>,
    /// Curated people by name key, built on first use (see `recognize`).
    people: OnceLock<HashMap<String, usize>>,
    /// Curated people by (country, title), built on first use (see `office`).
    offices: OnceLock<HashMap<(String, String), Vec<usize>>>,
}

impl Actors {
    /// The shipped table (Phoenix and curated), built on first use, then shared.
    pub fn shipped() -> &'static Actors {
        static SHIPPED: OnceLock<Actors> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            Actors::from_tsv(PHOENIX_TSV, CURATED_TSV)
                .expect("the shipped actor tables are valid (checked by a test)")
        })
    }

    /// A table from the text of an imported and a curated TSV file.
    pub fn from_tsv(imported: &str, curated: &str) -> Result<Actors, TsvError> {
        Ok(Actors::new(
            tsv::read("phoenix.tsv", imported, Source::Phoenix)?,
            tsv::read("current.tsv", curated, Source::Curated)?,
        ))
    }

    /// A table of `imported` actors corrected and extended by `curated` ones:
    /// a curated actor with the id of an imported one replaces it and keeps
    /// its names as aliases; on a name both hold, the curated actor wins.
    pub fn new(imported: Vec<Actor>, curated: Vec<Actor>) -> Actors {
        let mut table = Actors::default();
        for actor in imported {
            table.by_id.insert(actor.id.clone(), table.actors.len());
            table.actors.push(actor);
        }
        for actor in curated {
            match table.by_id.get(&actor.id) {
                Some(&i) => {
                    let old = std::mem::replace(&mut table.actors[i], actor);
                    let new = &mut table.actors[i];
                    let old_names = std::iter::once(old.name).chain(old.aliases);
                    for name in old_names {
                        if !new.names().any(|n| name_key(n) == name_key(&name)) {
                            new.aliases.push(name);
                        }
                    }
                }
                None => {
                    table.by_id.insert(actor.id.clone(), table.actors.len());
                    table.actors.push(actor);
                }
            }
        }
        table.index();
        table
    }

    /// Fills the name and surname indexes; curated actors hide imported ones
    /// under the same key.
    fn index(&mut self) {
        for (i, actor) in self.actors.iter().enumerate() {
            for name in actor.names() {
                let key = name_key(name);
                if key.is_empty() {
                    continue;
                }
                if actor.kind == ActorKind::Person && key.contains(' ') {
                    let first = key.split(' ').next().unwrap_or_default().to_string();
                    let hits = self.by_surname.entry(last_word(&key).to_string());
                    hits.or_default().push(SurnameHit { actor: i, first });
                }
                let ids = self.by_name.entry(key).or_default();
                if !ids.contains(&i) {
                    ids.push(i);
                }
            }
        }
        let curated = |i: &usize| self.actors[*i].source == Source::Curated;
        for ids in self.by_name.values_mut() {
            if ids.iter().any(curated) {
                ids.retain(curated);
            }
        }
        for hits in self.by_surname.values_mut() {
            if hits.iter().any(|h| curated(&h.actor)) {
                hits.retain(|h| curated(&h.actor));
            }
        }
    }

    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// The actors that go by `name` (compared case- and punctuation-blind);
    /// curated actors hide imported ones of the same name.
    pub fn find(&self, name: &str) -> Vec<&Actor> {
        self.by_name
            .get(&name_key(name))
            .map(|ids| ids.iter().map(|&i| &self.actors[i]).collect())
            .unwrap_or_default()
    }

    /// Curated people by name key (names two of them share left out).
    pub(crate) fn curated_people(&self) -> &HashMap<String, usize> {
        self.people
            .get_or_init(|| crate::recognize::curated_people(self))
    }

    /// Curated people by the (country, title) of their roles.
    pub(crate) fn offices(&self) -> &HashMap<(String, String), Vec<usize>> {
        self.offices.get_or_init(|| crate::office::offices(self))
    }

    /// The actor at an index of the table.
    pub(crate) fn at(&self, i: usize) -> &Actor {
        &self.actors[i]
    }

    /// Every actor, imported ones first, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Actor> {
        self.actors.iter()
    }

    /// How many actors there are.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IMPORTED: &str = "\
vladimir-putin\tperson\tVladimir Putin\tPutin|President Putin\tRUS\tGOV\tRUSGOV 2008-05-08..
yuriy-ushakov\tperson\tYuriy Ushakov\t\tRUS\tGOV\tRUSGOV 2003-01-01..2008-07-31
kremlin\torg\tKremlin\tRussian White House\tRUS\tGOV\tRUSGOV ..
";
    const CURATED: &str = "\
vladimir-putin\tperson\tVladimir Putin\tPutin\tRUS\tGOV\tRUSGOV 2012-05-07.. president
dmitry-peskov\tperson\tDmitry Peskov\tPeskov\tRUS\tGOV\tRUSGOV 2012-05.. Kremlin spokesman
";

    fn table() -> Actors {
        Actors::from_tsv(IMPORTED, CURATED).unwrap()
    }

    #[test]
    fn curated_actors_replace_imported_ones_and_keep_their_names() {
        let t = table();
        assert_eq!(t.len(), 4);
        let putin = t.get("vladimir-putin").unwrap();
        assert_eq!(putin.source, Source::Curated);
        assert_eq!(putin.aliases, ["Putin", "President Putin"]);
        assert_eq!(putin.roles.len(), 1);
        assert!(t.get("dmitry-peskov").is_some());
        assert!(t.get("nobody").is_none());
    }

    #[test]
    fn find_ignores_case_punctuation_and_articles() {
        let t = table();
        let ids = |name| {
            t.find(name)
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("PUTIN"), ["vladimir-putin"]);
        assert_eq!(ids("the Kremlin"), ["kremlin"]);
        assert_eq!(ids("Russian  White-House"), ["kremlin"]);
        assert!(ids("Lavrov").is_empty());
    }

    #[test]
    fn persons_are_indexed_by_surname() {
        let t = table();
        let hits = &t.by_surname["ushakov"];
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].first, "yuriy");
        assert!(!t.by_surname.contains_key("kremlin"));
    }

    #[test]
    fn on_a_shared_name_the_curated_actor_hides_the_imported_one() {
        let imported = "lavrov-s\tperson\tS. Lavrov\tLavrov\tRUS\tGOV\tRUSGOV 2004..";
        let curated = "sergey-lavrov\tperson\tSergey Lavrov\tLavrov\tRUS\tGOV\tRUSGOV 2004..";
        let t = Actors::from_tsv(imported, curated).unwrap();
        let found: Vec<&str> = t.find("Lavrov").iter().map(|a| a.id.as_str()).collect();
        assert_eq!(found, ["sergey-lavrov"]);
        assert!(t.get("lavrov-s").is_some());
    }

    #[test]
    fn the_shipped_tables_load() {
        let t = Actors::shipped();
        assert!(t.len() > 10_000, "{}", t.len());
        assert_eq!(t.by_id.len(), t.len(), "ids are unique");
        let curated: Vec<&Actor> = t.iter().filter(|a| a.source == Source::Curated).collect();
        assert!(curated.len() > 50, "{}", curated.len());
        for a in curated.iter().filter(|a| a.kind == ActorKind::Person) {
            assert!(a.roles.iter().all(|r| r.title.is_some()), "{}", a.id);
            assert!(a.roles.iter().all(|r| r.from.is_some()), "{}", a.id);
        }
    }

    #[test]
    fn the_shipped_tables_know_the_parties_to_the_talks() {
        let t = Actors::shipped();
        for (name, id) in [
            ("Vladimir Putin", "vladimir-putin"),
            ("Steve Witkoff", "steve-witkoff"),
            ("Kirill Dmitriev", "kirill-dmitriev"),
            ("Sergei Lavrov", "sergey-lavrov"),
            ("Yuri Ushakov", "yuriy-ushakov"),
            ("the Kremlin", "kremlin"),
            ("Moscow", "russian-federation"),
            ("Kyiv", "ukraine"),
            ("the White House", "white-house"),
        ] {
            let found: Vec<&str> = t.find(name).iter().map(|a| a.id.as_str()).collect();
            assert_eq!(found, [id], "{name}");
        }
    }
}
