//! Resolution: which actor, if any, a mention stands for.
//!
//! The mention's fullest name is looked up by key; a person not found so is
//! looked up by surname, with a first name that agrees and a role held on the
//! report's date (a surname alone only resolves when the data lists it as a
//! name: too many people share one). Of several candidates, curated actors win over imported
//! ones, then those in office on the date, then those of the mention's
//! country. What is still ambiguous stays unresolved: no answer beats a
//! confident wrong one.

use crate::actor::{Actor, ActorKind, Source};
use crate::key::{last_word, name_key};
use crate::table::Actors;
use dragoman_model::{Date, EntityType};

/// What is known of a mention when resolving it.
#[derive(Clone, Copy, Debug)]
pub struct Mention<'a> {
    /// Its fullest name in the document ("Kirill Dmitriev" for "Dmitriev").
    pub name: &'a str,
    /// Its entity type.
    pub kind: EntityType,
    /// Its country (ISO alpha-3), when the text tells.
    pub country: Option<&'a str>,
    /// The report's date.
    pub date: Option<Date>,
}

impl Actors {
    /// The actor `mention` stands for, when exactly one fits.
    pub fn resolve(&self, mention: &Mention) -> Option<&Actor> {
        match self.candidates(mention)[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The actors `mention` may stand for, after the preferences below; one
    /// when it resolves, several when it is ambiguous ("President Bush").
    pub fn candidates(&self, mention: &Mention) -> Vec<&Actor> {
        let key = name_key(mention.name);
        if key.is_empty() {
            return Vec::new();
        }
        let fits = |a: &Actor| fits_kind(mention.kind, a.kind);
        for key in lookup_keys(&key, mention.kind) {
            if let Some(ids) = self.by_name.get(key) {
                let found: Vec<&Actor> = ids
                    .iter()
                    .map(|&i| self.at(i))
                    .filter(|a| fits(a))
                    .collect();
                if !found.is_empty() {
                    return choose(found, mention);
                }
            }
        }
        if mention.kind != EntityType::Per {
            return Vec::new();
        }
        let Some((first, _)) = key.split_once(' ') else {
            return Vec::new();
        };
        let Some(hits) = self.by_surname.get(last_word(&key)) else {
            return Vec::new();
        };
        let mut found: Vec<&Actor> = hits
            .iter()
            .filter(|h| same_first_name(first, &h.first))
            .map(|h| self.at(h.actor))
            .collect();
        found.dedup_by(|a, b| a.id == b.id);
        if let Some(date) = mention.date {
            found.retain(|a| a.role_at(date).is_some_and(|r| r.is_dated()));
        }
        choose(found, mention)
    }
}

/// The keys to look a name up under, in order: the whole key, then for a
/// person the endings of two words or more ("olaf scholz" for a mention that
/// took in a title, "chancellor olaf scholz").
fn lookup_keys(key: &str, kind: EntityType) -> impl Iterator<Item = &str> {
    let endings = key
        .match_indices(' ')
        .map(move |(i, _)| &key[i + 1..])
        .filter(|rest| rest.contains(' '));
    std::iter::once(key).chain(endings.filter(move |_| kind == EntityType::Per))
}

/// Person names resolve to persons, other names to countries and institutions.
fn fits_kind(entity: EntityType, actor: ActorKind) -> bool {
    (entity == EntityType::Per) == (actor == ActorKind::Person)
}

/// The kind of actor an entity type prefers when several fit: a place is a
/// country before an institution, an organisation the other way round.
fn preferred_kind(entity: EntityType) -> ActorKind {
    match entity {
        EntityType::Per => ActorKind::Person,
        EntityType::Org => ActorKind::Organisation,
        EntityType::Loc | EntityType::Misc => ActorKind::Country,
    }
}

/// Two spellings of a first name ("Yury", "Yuriy"; "Steve", "Steven"): equal
/// up to the last letter of the shorter one, and at least three letters alike.
fn same_first_name(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let shorter = a.len().min(b.len());
    common >= 3.min(shorter) && common + 1 >= shorter
}

/// The candidates left after the preferences.
fn choose<'t>(mut found: Vec<&'t Actor>, mention: &Mention) -> Vec<&'t Actor> {
    let keep_if_any = |found: &mut Vec<&'t Actor>, test: &dyn Fn(&Actor) -> bool| {
        if found.iter().any(|a| test(a)) {
            found.retain(|a| test(a));
        }
    };
    keep_if_any(&mut found, &|a| a.source == Source::Curated);
    keep_if_any(&mut found, &|a| a.kind == preferred_kind(mention.kind));
    if let Some(date) = mention.date {
        keep_if_any(&mut found, &|a| {
            a.role_at(date).is_some_and(|r| r.is_dated())
        });
    }
    if let Some(country) = mention.country {
        found.retain(|a| has_country(a, country));
    }
    found
}

/// True when `country` is the actor's or that of any of its roles ("Dutch"
/// still fits the NATO secretary general who was prime minister there).
fn has_country(actor: &Actor, country: &str) -> bool {
    actor.country.as_deref() == Some(country) || actor.roles.iter().any(|r| r.country() == country)
}

/// The actor's country on `date` (that of the role then held), else its main one.
pub(crate) fn country_on(actor: &Actor, date: Option<Date>) -> Option<&str> {
    date.and_then(|d| actor.role_at(d))
        .map(|r| r.country())
        .or(actor.country.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const IMPORTED: &str = "\
yuriy-ushakov\tperson\tYuriy Ushakov\t\tRUS\tGOV\tRUSGOV 2003-01-01..2008-07-31
ivan-petrov\tperson\tIvan Petrov\tPetrov\tRUS\tGOV\tRUSGOV 2005-01-01..
ivan-petrov-bgr\tperson\tIvan Petrov\tPetrov\tBGR\tGOV\tBGRGOV 2005-01-01..
cyrus-vance\tperson\tCyrus Vance\t\tUSA\tGOV\tUSAGOV 1977-01-23..1980-04-28
georgia\tcountry\tGeorgia\tTbilisi\tGEO\t\tGEO ..
united-states\tcountry\tUnited States\tWashington|Georgia\tUSA\t\tUSA ..
white-house\torg\tWhite House\t\tUSA\tGOV\tUSAGOV ..
jordan\tcountry\tJordan\tAmman\tJOR\t\tJOR ..
mark-rutte\tperson\tMark Rutte\tRutte\tIGO\tWSTNAT\tNLDGOV 2010..2024 prime minister|IGOWSTNAT 2024.. NATO chief
";
    const CURATED: &str = "\
yuriy-ushakov\tperson\tYury Ushakov\tYuri Ushakov\tRUS\tGOV\tRUSGOV 2012-05.. presidential aide
";

    fn table() -> Actors {
        Actors::from_tsv(IMPORTED, CURATED).unwrap()
    }

    fn resolve(name: &str, kind: EntityType, country: Option<&str>) -> Option<String> {
        let mention = Mention {
            name,
            kind,
            country,
            date: Some(date(2025, 11, 19)),
        };
        table().resolve(&mention).map(|a| a.id.clone())
    }

    #[test]
    fn full_names_and_spelling_variants_resolve() {
        let ushakov = Some("yuriy-ushakov".to_string());
        assert_eq!(resolve("Yury Ushakov", EntityType::Per, None), ushakov);
        assert_eq!(resolve("YURIY USHAKOV", EntityType::Per, None), ushakov);
        assert_eq!(resolve("Yuriy V. Ushakov", EntityType::Per, None), ushakov);
        assert_eq!(
            resolve("Yuriy Ushakov", EntityType::Per, Some("RUS")),
            ushakov
        );
    }

    #[test]
    fn a_shared_surname_needs_the_country_to_decide() {
        let per = EntityType::Per;
        assert_eq!(resolve("Petrov", per, None), None);
        assert_eq!(resolve("Ivan Petrov", per, None), None);
        assert_eq!(
            resolve("Ivan Petrov", per, Some("BGR")).as_deref(),
            Some("ivan-petrov-bgr")
        );
        assert_eq!(
            resolve("Petrov", per, Some("RUS")).as_deref(),
            Some("ivan-petrov")
        );
        assert_eq!(resolve("Ivan Petrov", per, Some("UKR")), None);
    }

    #[test]
    fn a_title_taken_into_the_name_is_looked_past() {
        let ushakov = Some("yuriy-ushakov".to_string());
        assert_eq!(resolve("Aide Yury Ushakov", EntityType::Per, None), ushakov);
        assert_eq!(
            resolve("Kremlin Aide Yury Ushakov", EntityType::Per, None),
            ushakov
        );
        assert_eq!(resolve("Ivan Ushakov", EntityType::Per, None), None);
    }

    #[test]
    fn unlisted_surnames_and_disagreeing_first_names_stay_unresolved() {
        assert_eq!(resolve("Oleg Ushakov", EntityType::Per, None), None);
        assert_eq!(resolve("Vance", EntityType::Per, None), None);
        assert_eq!(resolve("Ushakov", EntityType::Per, None), None);
        assert_eq!(resolve("J.D. Vance", EntityType::Per, None), None);
    }

    #[test]
    fn places_and_institutions_resolve_to_their_actors() {
        let loc = EntityType::Loc;
        assert_eq!(
            resolve("Washington", loc, None).as_deref(),
            Some("united-states")
        );
        assert_eq!(
            resolve("the White House", EntityType::Org, None).as_deref(),
            Some("white-house")
        );
        assert_eq!(resolve("Georgia", loc, None), None);
        assert_eq!(
            resolve("Georgia", loc, Some("GEO")).as_deref(),
            Some("georgia")
        );
    }

    #[test]
    fn a_country_fits_any_role_of_a_career() {
        let rutte = Some("mark-rutte".to_string());
        assert_eq!(resolve("Mark Rutte", EntityType::Per, Some("NLD")), rutte);
        assert_eq!(resolve("Mark Rutte", EntityType::Per, Some("IGO")), rutte);
        assert_eq!(resolve("Mark Rutte", EntityType::Per, Some("BEL")), None);
    }

    #[test]
    fn a_person_never_resolves_to_a_country() {
        assert_eq!(resolve("Jordan", EntityType::Per, None), None);
        assert_eq!(
            resolve("Jordan", EntityType::Loc, None).as_deref(),
            Some("jordan")
        );
        assert_eq!(resolve("Cyrus Vance", EntityType::Loc, None), None);
    }

    #[test]
    fn first_name_spellings() {
        assert!(same_first_name("yury", "yuriy"));
        assert!(same_first_name("steve", "steven"));
        assert!(same_first_name("sergei", "sergey"));
        assert!(!same_first_name("mike", "mark"));
        assert!(!same_first_name("james", "jane"));
        assert!(!same_first_name("yury", "yulia"));
    }
}
