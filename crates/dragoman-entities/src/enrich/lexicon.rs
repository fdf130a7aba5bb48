//! The hand-written tables of `data/`: countries (names, demonyms, capitals,
//! seats of government, with ISO alpha-3 codes) and news outlets.

use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const OUTLETS: &str = include_str!("../../data/outlets.txt");

/// What a place word says about its country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// The country's name ("Russia").
    Country,
    /// Its adjective or people ("Russian", "Russians").
    Demonym,
    /// Its capital ("Moscow").
    Capital,
    /// A seat of government standing for it ("the Kremlin").
    Seat,
}

/// The tables, parsed once.
#[derive(Debug, Default)]
pub struct Tables {
    places: HashMap<String, (&'static str, PlaceKind)>,
    outlets: HashMap<String, ()>,
}

/// The shared tables.
pub fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables::parse(COUNTRIES, OUTLETS))
}

/// The matching form of a name: lower case, periods dropped, no leading
/// "the", single spaces ("the U.S." → "us").
pub fn match_key(name: &str) -> String {
    let lower: String = name
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = if words.len() > 1 && words[0] == "the" {
        &words[1..]
    } else {
        &words[..]
    };
    words.join(" ")
}

impl Tables {
    fn parse(countries: &'static str, outlets: &'static str) -> Tables {
        let mut places = HashMap::new();
        for line in countries
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let code = cols.next().unwrap_or_default();
            for kind in [
                PlaceKind::Country,
                PlaceKind::Demonym,
                PlaceKind::Capital,
                PlaceKind::Seat,
            ] {
                for name in cols
                    .next()
                    .unwrap_or_default()
                    .split('|')
                    .filter(|n| !n.is_empty())
                {
                    places.entry(match_key(name)).or_insert((code, kind));
                }
            }
        }
        let outlets = outlets
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| (match_key(l), ()))
            .collect();
        Tables { places, outlets }
    }

    /// The country code and kind of a place name, if it is one.
    pub fn place(&self, name: &str) -> Option<(&'static str, PlaceKind)> {
        self.places.get(&match_key(name)).copied()
    }

    /// True when `name` is a news outlet.
    pub fn is_outlet(&self, name: &str) -> bool {
        self.outlets.contains_key(&match_key(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_outlets() {
        let t = tables();
        assert_eq!(t.place("Russian"), Some(("RUS", PlaceKind::Demonym)));
        assert_eq!(t.place("the U.S."), Some(("USA", PlaceKind::Country)));
        assert_eq!(t.place("The Kremlin"), Some(("RUS", PlaceKind::Seat)));
        assert_eq!(t.place("Kyiv"), Some(("UKR", PlaceKind::Capital)));
        assert_eq!(t.place("Narnia"), None);
        assert!(t.is_outlet("the Financial Times"));
        assert!(!t.is_outlet("Finance Ministry"));
    }

    #[test]
    fn every_row_has_a_three_letter_code() {
        for line in COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let code = line.split('\t').next().unwrap();
            assert!(
                code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()),
                "{line}"
            );
            assert_eq!(line.split('\t').count(), 5, "{line}");
        }
    }
}
