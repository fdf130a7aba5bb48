//! Subtypes and countries read off an entity's own words: countries,
//! nationalities, capitals, seats of government, outlets, government bodies.

use dragoman_lexicon::{PlaceKind, COUNTRIES, GOVERNMENT, OUTLETS};
use dragoman_model::{Entity, EntityType};

/// Sets `subtype` and `country` of `entity` from its text (not for persons:
/// "Chad" the man is no country).
pub fn classify(entity: &mut Entity, text: &str) {
    if entity.kind == EntityType::Per {
        return;
    }
    if let Some((code, kind)) = COUNTRIES.place(text) {
        entity.country = Some(code.into());
        // "Qatari mediators" typed LOC: a nationality is miscellany.
        if kind == PlaceKind::Demonym && entity.kind == EntityType::Loc {
            entity.kind = EntityType::Misc;
        }
        entity.subtype = Some(
            match kind {
                PlaceKind::Country => "COUNTRY",
                PlaceKind::Demonym => "NATIONALITY",
                PlaceKind::Capital => "CITY",
                PlaceKind::Seat => "GOV",
            }
            .into(),
        );
        return;
    }
    if entity.kind == EntityType::Org && OUTLETS.is_outlet(text) {
        entity.subtype = Some("OUTLET".into());
        return;
    }
    if entity.kind == EntityType::Org || entity.kind == EntityType::Misc {
        if entity.kind == EntityType::Org && GOVERNMENT.is_government(text) {
            entity.subtype = Some("GOV".into());
        }
        // A country word inside the name: "the Russian Foreign Ministry", "U.S. Army".
        entity.country = country_inside(text).map(Into::into);
    }
}

/// The country of the first country name or demonym among the words of `text`
/// (one or two words at a time).
pub fn country_inside(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for n in [2, 1] {
        for w in words.windows(n) {
            if let Some((code, PlaceKind::Country | PlaceKind::Demonym)) =
                COUNTRIES.place(&w.join(" "))
            {
                return Some(code.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Span;

    fn entity(kind: EntityType) -> Entity {
        Entity::new(Span::new(0, 0), kind)
    }

    fn classified(kind: EntityType, text: &str) -> (Option<String>, Option<String>) {
        let mut e = entity(kind);
        classify(&mut e, text);
        (e.subtype.map(String::from), e.country.map(String::from))
    }

    #[test]
    fn subtypes_from_the_words() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(classified(EntityType::Loc, "Moscow"), (s("CITY"), s("RUS")));
        assert_eq!(
            classified(EntityType::Misc, "Ukrainian"),
            (s("NATIONALITY"), s("UKR"))
        );
        assert_eq!(
            classified(EntityType::Loc, "U.S."),
            (s("COUNTRY"), s("USA"))
        );
        assert_eq!(
            classified(EntityType::Org, "White House"),
            (s("GOV"), s("USA"))
        );
        assert_eq!(classified(EntityType::Org, "Axios"), (s("OUTLET"), None));
        assert_eq!(
            classified(EntityType::Org, "Russian Foreign Ministry"),
            (s("GOV"), s("RUS"))
        );
        assert_eq!(classified(EntityType::Org, "Armyworks Ltd"), (None, None));
        assert_eq!(classified(EntityType::Per, "Chad"), (None, None));
    }

    #[test]
    fn regression_a_nationality_typed_as_a_place_is_miscellany() {
        let mut e = entity(EntityType::Loc);
        classify(&mut e, "Qatari");
        assert_eq!(e.kind, EntityType::Misc);
        let mut e = entity(EntityType::Loc);
        classify(&mut e, "Qatar");
        assert_eq!(e.kind, EntityType::Loc);
    }
}
