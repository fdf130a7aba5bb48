//! Numbers that count, not date: "2072 points", "1500 troops", "$1999",
//! "more than 2000".
//!
//! A four-digit number alone reads as a year ("in 1996", "1989 results").
//! It is a count instead when a counted noun follows it or a currency sign
//! or "than" stands before it. [`COUNTED`] is the one list of such nouns:
//! things counted in news, never dated ("the 1990 elections" is a year, so
//! "elections" is not in it).

use crate::expr::{Expr, YearOf, YearPart};
use crate::grammar::Found;
use crate::pieces::Piece;

/// Nouns that a number before them counts.
const COUNTED: &[&str] = &[
    "points",
    "troops",
    "soldiers",
    "people",
    "civilians",
    "refugees",
    "migrants",
    "prisoners",
    "hostages",
    "votes",
    "seats",
    "members",
    "delegates",
    "deaths",
    "dead",
    "casualties",
    "victims",
    "cases",
    "tonnes",
    "tons",
    "barrels",
    "shares",
    "dollars",
    "euros",
    "rubles",
    "roubles",
    "yuan",
    "pounds",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "units",
    "vehicles",
    "tanks",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "aircraft",
    "jobs",
    "workers",
    "employees",
    "homes",
    "houses",
    "buildings",
    "words",
    "pages",
    "signatures",
    "participants",
    "students",
    "children",
    "families",
    "households",
    "patients",
    "runs",
    "goals",
    "wounded",
    "injured",
    "arrests",
    "strikes",
    "attacks",
    "fighters",
    "militants",
    "officers",
    "police",
    "policemen",
    "personnel",
    "men",
    "women",
    "residents",
    "villages",
    "sites",
    "companies",
    "firms",
    "projects",
    "items",
    "copies",
    "visitors",
    "tourists",
];

/// Words and signs before a number that make it an amount.
const BEFORE: &[&str] = &["$", "€", "£", "¥", "US$", "than", "No.", "no.", "#"];

/// True when `found` (in `pieces` of `text`) is a lone number that counts
/// something rather than a year.
pub fn is_count(text: &str, pieces: &[Piece], found: &Found) -> bool {
    let lone_year = matches!(found.expr, Expr::Date(YearPart::Whole, YearOf::Given(_)))
        && found.end == found.start + 1;
    if !lone_year {
        return false;
    }
    let word = |i: usize| pieces.get(i).map(|p| p.span.of(text));
    let counted = word(found.end).is_some_and(|w| COUNTED.contains(&w));
    let amount = found
        .start
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| BEFORE.contains(&w));
    counted || amount
}

#[cfg(test)]
mod tests {
    use crate::find_timexes;
    use dragoman_model::Date;

    fn values(text: &str) -> Vec<String> {
        let tokens = dragoman_tokenize::tokens(text);
        find_timexes(text, &tokens, &[], Some(Date::constant(2025, 11, 21)), None)
            .into_iter()
            .map(|t| format!("{} = {}", t.span.of(text), t.value))
            .collect()
    }

    #[test]
    fn a_count_is_no_year() {
        assert!(values("The side scored 2072 points.").is_empty());
        assert!(values("Some 1500 troops crossed the river.").is_empty());
        assert!(values("The fee rose to $1999 and then to more than 2000.").is_empty());
    }

    #[test]
    fn a_year_stays_a_year() {
        assert_eq!(values("The pact was signed in 2019."), ["2019 = 2019"]);
        assert_eq!(values("The 1990 elections were close."), ["1990 = 1990"]);
    }
}
