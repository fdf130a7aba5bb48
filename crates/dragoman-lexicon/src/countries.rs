//! Countries: ISO 3166-1 alpha-3 codes, and the words that name a country in
//! news (names, demonyms, capitals, seats of government).

use crate::load::{lines, rows};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const PLACES: &str = include_str!("../data/countries.tsv");
const ISO: &str = include_str!("../data/iso3166_alpha3.txt");

/// The country table, parsed on first use.
pub static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| Countries::parse(PLACES, ISO));

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

/// Country words by their [`match_key`], and the ISO codes.
#[derive(Debug, Default)]
pub struct Countries {
    places: HashMap<String, (&'static str, PlaceKind)>,
    /// Every place word as the table writes it, with its kind, in table order.
    written: Vec<(&'static str, PlaceKind)>,
    iso: HashSet<&'static str>,
}

/// The matching form of a place name: lower case, periods dropped, no leading
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

impl Countries {
    fn parse(places: &'static str, iso: &'static str) -> Countries {
        let kinds = [
            PlaceKind::Country,
            PlaceKind::Demonym,
            PlaceKind::Capital,
            PlaceKind::Seat,
        ];
        let mut table = HashMap::new();
        let mut written = Vec::new();
        for row in rows(places) {
            let code = row[0];
            for (kind, names) in kinds.iter().zip(&row[1..]) {
                for name in names.split('|').filter(|n| !n.is_empty()) {
                    table.entry(match_key(name)).or_insert((code, *kind));
                    written.push((name, *kind));
                }
            }
        }
        Countries {
            places: table,
            written,
            iso: lines(iso).collect(),
        }
    }

    /// The country code and kind of a place word, if it is one (case,
    /// periods and a leading "the" do not matter).
    pub fn place(&self, name: &str) -> Option<(&'static str, PlaceKind)> {
        self.places.get(&match_key(name)).copied()
    }

    /// The country a name or demonym stands for ("Russia", "Russian").
    pub fn by_name(&self, name: &str) -> Option<&'static str> {
        match self.place(name)? {
            (code, PlaceKind::Country | PlaceKind::Demonym) => Some(code),
            _ => None,
        }
    }

    /// Every place word as the table writes it ("the Kremlin", "U.S."), with
    /// its kind, in table order (a word of two countries is listed twice).
    pub fn written(&self) -> &[(&'static str, PlaceKind)] {
        &self.written
    }

    /// True when `code` is an ISO 3166-1 alpha-3 country code: the only codes
    /// an entity's `country` may hold ("IGO", "USR" or "KSV" may not).
    pub fn is_iso3(&self, code: &str) -> bool {
        self.iso.contains(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_by_every_kind_of_word() {
        let c = &*COUNTRIES;
        assert_eq!(c.place("Russian"), Some(("RUS", PlaceKind::Demonym)));
        assert_eq!(c.place("the U.S."), Some(("USA", PlaceKind::Country)));
        assert_eq!(c.place("The Kremlin"), Some(("RUS", PlaceKind::Seat)));
        assert_eq!(c.place("Kyiv"), Some(("UKR", PlaceKind::Capital)));
        assert_eq!(c.place("Narnia"), None);
        assert_eq!(c.by_name("Ukrainians"), Some("UKR"));
        assert_eq!(c.by_name("Moscow"), None);
        assert!(c.written().contains(&("Kyiv", PlaceKind::Capital)));
        assert!(c.written().contains(&("Ukrainians", PlaceKind::Demonym)));
    }

    #[test]
    fn iso_codes_are_states_only() {
        assert_eq!(COUNTRIES.iso.len(), 249);
        for code in ["RUS", "USA", "UKR", "ZWE"] {
            assert!(COUNTRIES.is_iso3(code), "{code}");
        }
        for code in ["IGO", "NGO", "USR", "KSV", "rus", ""] {
            assert!(!COUNTRIES.is_iso3(code), "{code}");
        }
    }

    #[test]
    fn every_row_has_an_iso_code_and_five_columns() {
        for row in rows(PLACES) {
            // Kosovo has no ISO code; XKX is the user-assigned one in use.
            assert!(COUNTRIES.is_iso3(row[0]) || row[0] == "XKX", "{row:?}");
            assert_eq!(row.len(), 5, "{row:?}");
        }
    }

    #[test]
    fn the_iso_list_is_sorted() {
        let codes: Vec<&str> = lines(ISO).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }
}
