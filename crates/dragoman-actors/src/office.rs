//! Office holders: who held an office on a day ("the Russian president" on
//! 2025-11-19 is Vladimir Putin). Only curated people are asked: their roles
//! carry titles and dates checked by hand; the imported 2014 roles have no
//! titles.

use crate::actor::{Actor, ActorKind, Source};
use crate::table::Actors;
use dragoman_model::Date;
use std::collections::HashMap;

/// Curated people by (country, title in lower case) of any of their roles.
pub(crate) fn offices(actors: &Actors) -> HashMap<(String, String), Vec<usize>> {
    let mut index: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let people = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.source == Source::Curated && a.kind == ActorKind::Person);
    for (i, actor) in people {
        for role in &actor.roles {
            let Some(title) = &role.title else { continue };
            let key = (role.country().to_string(), title.to_lowercase());
            let ids = index.entry(key).or_default();
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
    }
    index
}

impl Actors {
    /// The one curated person holding the office `title` ("president",
    /// "foreign minister"; case does not matter) of `country` (ISO alpha-3)
    /// on `date`; `None` when nobody or several did.
    pub fn holder(&self, title: &str, country: &str, date: Date) -> Option<&Actor> {
        let key = (country.to_string(), title.trim().to_lowercase());
        let ids = self.offices().get(&key)?;
        let mut held = ids.iter().map(|&i| self.at(i)).filter(|a| {
            a.roles.iter().any(|r| {
                r.holds_on(date)
                    && r.is_dated()
                    && r.country() == country
                    && r.title
                        .as_deref()
                        .is_some_and(|t| t.eq_ignore_ascii_case(&key.1))
            })
        });
        let one = held.next()?;
        held.next().is_none().then_some(one)
    }
}

#[cfg(test)]
mod tests {
    use crate::Actors;
    use jiff::civil::date;

    const CURATED: &str = "\
vladimir-putin\tperson\tVladimir Putin\tPutin\t\t\tRUSGOV 2008-05-08..2012-05-07 prime minister|RUSGOV 2012-05-07.. president
dmitry-medvedev\tperson\tDmitry Medvedev\tMedvedev\t\t\tRUSGOV 2008-05-07..2012-05-07 president|RUSGOV 2012-05-08..2020-01-16 prime minister
sergey-lavrov\tperson\tSergey Lavrov\tLavrov\t\t\tRUSGOV 2004-03-09.. foreign minister
twin-a\tperson\tAnna Twin\t\t\t\tXXXGOV 2020.. envoy
twin-b\tperson\tBella Twin\t\t\t\tXXXGOV 2021.. envoy
";

    fn id(t: &Actors, title: &str, country: &str, d: jiff::civil::Date) -> Option<String> {
        t.holder(title, country, d).map(|a| a.id.clone())
    }

    #[test]
    fn an_office_on_a_day_names_its_holder() {
        let t = Actors::from_tsv("", CURATED).unwrap();
        let (now, then) = (date(2025, 11, 19), date(2010, 1, 1));
        assert_eq!(
            id(&t, "president", "RUS", now).as_deref(),
            Some("vladimir-putin")
        );
        assert_eq!(
            id(&t, "President", "RUS", then).as_deref(),
            Some("dmitry-medvedev")
        );
        assert_eq!(
            id(&t, "prime minister", "RUS", then).as_deref(),
            Some("vladimir-putin")
        );
        assert_eq!(
            id(&t, "foreign minister", "RUS", now).as_deref(),
            Some("sergey-lavrov")
        );
        assert_eq!(id(&t, "president", "UKR", now), None);
        assert_eq!(id(&t, "envoy", "XXX", now), None, "two hold it: no answer");
        assert_eq!(
            id(&t, "envoy", "XXX", date(2020, 6, 1)).as_deref(),
            Some("twin-a")
        );
    }

    #[test]
    fn the_shipped_table_knows_the_heads_of_state() {
        let t = Actors::shipped();
        let d = date(2025, 11, 19);
        assert_eq!(
            id(t, "president", "RUS", d).as_deref(),
            Some("vladimir-putin")
        );
        assert_eq!(
            id(t, "president", "USA", d).as_deref(),
            Some("donald-trump")
        );
    }
}
