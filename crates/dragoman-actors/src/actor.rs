//! [`Actor`] and its dated [`Role`]s.

use jiff::civil::Date;

/// What kind of actor a record is: it decides which entity mentions may
/// resolve to it (a person name never resolves to a country).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A person (an office holder).
    Person,
    /// A country, its capital, regions and adjectives.
    Country,
    /// An institution, organisation or armed group.
    Organisation,
}

impl ActorKind {
    /// The name used in the data files: `person`, `country`, `org`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organisation => "org",
        }
    }

    /// The kind a data file names, if any.
    pub fn parse(s: &str) -> Option<ActorKind> {
        match s {
            "person" => Some(ActorKind::Person),
            "country" => Some(ActorKind::Country),
            "org" => Some(ActorKind::Organisation),
            _ => None,
        }
    }
}

/// Where a record comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Converted from the Phoenix (PETRARCH 2) dictionaries of 2014.
    Phoenix,
    /// Written by hand for dragoman (`data/current.tsv`); wins over Phoenix.
    Curated,
}

/// A position held, as a CAMEO code ("RUSGOV") and maybe a title
/// ("foreign minister"), over a date range (both ends included; `None` is open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// CAMEO actor code: a country or international prefix, then sector codes.
    pub code: String,
    /// The title, when known (curated roles have one, Phoenix roles do not).
    pub title: Option<String>,
    /// First day held.
    pub from: Option<Date>,
    /// Last day held.
    pub until: Option<Date>,
}

impl Role {
    /// The country part of the code (its first three letters: "RUS", "IGO").
    pub fn country(&self) -> &str {
        self.code.get(..3).unwrap_or(&self.code)
    }

    /// The sector codes after the country ("GOV", "GOVMIL"), if any.
    pub fn sector(&self) -> Option<&str> {
        self.code.get(3..).filter(|s| !s.is_empty())
    }

    /// True when the role has a date on either end.
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.until.is_some()
    }

    /// True when the role is held on `date`.
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }
}

/// "president (RUSGOV, 2012-05-07..)": how the CLI describes a role.
impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(title) = &self.title {
            write!(f, "{title} ")?;
        }
        let day = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        write!(
            f,
            "({}, {}..{})",
            self.code,
            day(self.from),
            day(self.until)
        )
    }
}

/// A person, country or institution that news can name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Stable id: the name in lower case, words joined by `-` ("vladimir-putin").
    pub id: String,
    /// What kind of actor this is.
    pub kind: ActorKind,
    /// The primary name ("Vladimir Putin").
    pub name: String,
    /// Other names it goes by ("Putin", "Vladimir Vladimirovich Putin").
    pub aliases: Vec<String>,
    /// CAMEO country: ISO 3166-1 alpha-3 for states, else as given ("IGO", "NGO").
    pub country: Option<String>,
    /// CAMEO sector codes of its main role ("GOV", "MIL").
    pub sector: Option<String>,
    /// Positions held, in the order the source lists them.
    pub roles: Vec<Role>,
    /// Where the record comes from.
    pub source: Source,
}

impl Actor {
    /// The role held on `date`: of those that cover it, a dated one before an
    /// undated one, then the latest begun, then one with a title.
    pub fn role_at(&self, date: Date) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| r.holds_on(date))
            .max_by_key(|r| (r.is_dated(), r.from, r.title.is_some()))
    }

    /// The role that stands for the actor as a whole: the dated role that ends
    /// last (an open end counts as last), then the latest begun; without dated
    /// roles, the first role.
    pub fn main_role(&self) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| r.is_dated())
            .max_by_key(|r| (r.until.is_none(), r.until, r.from))
            .or_else(|| self.roles.first())
    }

    /// The primary name and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn role(code: &str, title: Option<&str>, from: Option<Date>, until: Option<Date>) -> Role {
        Role {
            code: code.to_string(),
            title: title.map(str::to_string),
            from,
            until,
        }
    }

    fn putin() -> Actor {
        Actor {
            id: "vladimir-putin".to_string(),
            kind: ActorKind::Person,
            name: "Vladimir Putin".to_string(),
            aliases: vec!["Putin".to_string()],
            country: Some("RUS".to_string()),
            sector: Some("GOV".to_string()),
            roles: vec![
                role("RUSELI", None, None, None),
                role(
                    "RUSGOV",
                    Some("president"),
                    Some(date(2000, 5, 7)),
                    Some(date(2008, 5, 7)),
                ),
                role(
                    "RUSGOV",
                    Some("prime minister"),
                    Some(date(2008, 5, 8)),
                    Some(date(2012, 5, 7)),
                ),
                role("RUSGOV", Some("president"), Some(date(2012, 5, 7)), None),
            ],
            source: Source::Curated,
        }
    }

    fn title_at(actor: &Actor, d: Date) -> Option<&str> {
        actor.role_at(d).and_then(|r| r.title.as_deref())
    }

    #[test]
    fn the_same_person_holds_different_offices_in_different_years() {
        let p = putin();
        assert_eq!(title_at(&p, date(2005, 1, 1)), Some("president"));
        assert_eq!(title_at(&p, date(2010, 1, 1)), Some("prime minister"));
        assert_eq!(title_at(&p, date(2025, 11, 19)), Some("president"));
    }

    #[test]
    fn on_a_handover_day_the_later_office_wins() {
        assert_eq!(title_at(&putin(), date(2012, 5, 7)), Some("president"));
    }

    #[test]
    fn before_any_dated_role_the_undated_one_holds() {
        let r = putin().role_at(date(1990, 1, 1)).cloned();
        assert_eq!(r.map(|r| r.code), Some("RUSELI".to_string()));
    }

    #[test]
    fn the_main_role_is_the_open_one() {
        let p = putin();
        let main = p.main_role().unwrap();
        assert_eq!((main.country(), main.sector()), ("RUS", Some("GOV")));
        assert_eq!(main.from, Some(date(2012, 5, 7)));
    }

    #[test]
    fn roles_describe_themselves() {
        let p = putin();
        assert_eq!(p.roles[3].to_string(), "president (RUSGOV, 2012-05-07..)");
        assert_eq!(p.roles[0].to_string(), "(RUSELI, ..)");
    }

    #[test]
    fn bare_country_codes_have_no_sector() {
        let r = role("UKR", None, None, None);
        assert_eq!((r.country(), r.sector()), ("UKR", None));
    }
}
