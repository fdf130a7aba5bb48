//! The tagger's lexicon of names from the Phoenix actor dictionaries (read by
//! [`crate::phoenix`]) and, with `ner --tables` (tried for issue 12, not in
//! the shipped model), from our own shared tables (`dragoman-lexicon`:
//! countries and outlets).
//!
//! We keep the names only, each with a coarse class. From the Phoenix files,
//! read from the file's structure: a country block (a bare three-letter code
//! in the country file: country names, adjectives, cities), a person (an
//! entry whose first code carries a date range: an office holder), or an
//! organisation. From our tables: a country's name, capital or seat of
//! government is a country-block name, its demonym a nationality (the one
//! class Phoenix does not tell apart: CoNLL types a country LOC and its
//! adjective MISC), an outlet an organisation. The model stores the class as
//! the lexicon's member flag (four classes: the gazetteer's flags hold four).

use crate::phoenix::{self, ActorFile, Code};
use dragoman_entities::features::word_key;
use dragoman_entities::gazetteer::Gazetteer;
use dragoman_lexicon::{PlaceKind, COUNTRIES, OUTLETS};
use dragoman_tokenize::tokens;
use std::path::Path;

/// The coarse class of a lexicon name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexiconClass {
    /// A country, its adjectives, capitals and regions.
    Country = 0,
    /// An office holder.
    Person = 1,
    /// An organisation or armed group.
    Organisation = 2,
    /// A nationality or a country's adjective (our country table's demonyms).
    Nationality = 3,
}

/// The names of the dictionaries of `dir` with their classes, and with our
/// tables' names when `tables` is set, as a lexicon keyed like the tokens of text.
pub fn read_lexicon(dir: &Path, tables: bool) -> std::io::Result<Gazetteer> {
    let mut all = Vec::new();
    for (file, text) in phoenix::read_dir(dir)? {
        all.extend(names(&text, file));
    }
    if tables {
        all.extend(table_names());
    }
    Ok(lexicon(&all))
}

/// The names of our shared tables with their classes: every country word
/// (a leading "the" dropped: "the Kremlin" is matched as "Kremlin") and every
/// outlet name.
pub fn table_names() -> Vec<(String, LexiconClass)> {
    let places = COUNTRIES.written().iter().map(|&(name, kind)| {
        let class = match kind {
            PlaceKind::Demonym => LexiconClass::Nationality,
            PlaceKind::Country | PlaceKind::Capital | PlaceKind::Seat => LexiconClass::Country,
        };
        let name = name
            .strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name);
        (name.to_string(), class)
    });
    let outlets = OUTLETS
        .written()
        .iter()
        .map(|name| (name.to_string(), LexiconClass::Organisation));
    places.chain(outlets).collect()
}

/// A lexicon from names with classes, keyed like the tokens of text.
pub fn lexicon(names: &[(String, LexiconClass)]) -> Gazetteer {
    let mut g = Gazetteer::default();
    let mut keys = Vec::new();
    for (name, class) in names {
        keys.clear();
        keys.extend(tokens(name).iter().map(|t| word_key(t.span.of(name))));
        g.insert(&keys, *class as usize);
    }
    g
}

/// The names of an actor file (words as written, underscores made spaces,
/// parenthesized parts dropped) with the class of their entry.
pub fn names(text: &str, file: ActorFile) -> Vec<(String, LexiconClass)> {
    let mut out = Vec::new();
    for entry in phoenix::entries(text) {
        let class = entry
            .codes
            .first()
            .map_or(default_class(file), |c| class_of(file, c));
        out.extend(
            entry
                .names
                .iter()
                .map(|n| clean(n))
                .filter(|n| !n.is_empty())
                .map(|n| (n, class)),
        );
    }
    out
}

fn default_class(file: ActorFile) -> LexiconClass {
    match file {
        ActorFile::Countries => LexiconClass::Person,
        ActorFile::International | ActorFile::MilNonState => LexiconClass::Organisation,
    }
}

/// The class an entry's first code gives it.
fn class_of(file: ActorFile, code: &Code) -> LexiconClass {
    let dated = !code.dates.is_empty();
    match file {
        ActorFile::Countries if code.code.len() == 3 && !dated => LexiconClass::Country,
        ActorFile::MilNonState => LexiconClass::Organisation,
        _ if dated => LexiconClass::Person,
        ActorFile::Countries => LexiconClass::Person,
        ActorFile::International => LexiconClass::Organisation,
    }
}

/// `UNITED_NATIONS_(UN)_` → `UNITED NATIONS`.
fn clean(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '_' if depth == 0 => out.push(' '),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_tables_give_places_nationalities_and_outlets() {
        let names = table_names();
        let has = |n: &str, c: LexiconClass| names.iter().any(|(m, k)| m == n && *k == c);
        assert!(has("Ukraine", LexiconClass::Country));
        assert!(has("Kyiv", LexiconClass::Country));
        assert!(has("Kremlin", LexiconClass::Country));
        assert!(has("Ukrainian", LexiconClass::Nationality));
        assert!(has("Associated Press", LexiconClass::Organisation));
        let lex = lexicon(&names);
        let ukrainian = dragoman_entities::features::word_key("Ukrainian");
        assert_eq!(
            lex.member_types(ukrainian) & (1 << LexiconClass::Nationality as u8),
            1 << 3
        );
    }

    #[test]
    fn classes_follow_the_file_structure() {
        let countries = "# comment\nRURITANIA_ [RUR]\n+RURITANIAN_\n+STRELSAU_\nRUDOLF_RASSENDYLL_  # note\n\t[RURGOV 940101-951231]\n+KING_RUDOLF_\n";
        let got = names(countries, ActorFile::Countries);
        assert_eq!(
            got,
            vec![
                ("RURITANIA".to_string(), LexiconClass::Country),
                ("RURITANIAN".to_string(), LexiconClass::Country),
                ("STRELSAU".to_string(), LexiconClass::Country),
                ("RUDOLF RASSENDYLL".to_string(), LexiconClass::Person),
                ("KING RUDOLF".to_string(), LexiconClass::Person),
            ]
        );
        let groups = "FREE_VALLEY_FRONT_(FVF)_ [RURREB] #  x\n";
        assert_eq!(
            names(groups, ActorFile::MilNonState),
            vec![("FREE VALLEY FRONT".to_string(), LexiconClass::Organisation)]
        );
        let intl = "WORLD_COUNCIL_OF_WIDGETS_\t[IGOWID]\nJANE_ROE_\t[IGOWID 900101-931231]\n";
        assert_eq!(
            names(intl, ActorFile::International),
            vec![
                (
                    "WORLD COUNCIL OF WIDGETS".to_string(),
                    LexiconClass::Organisation
                ),
                ("JANE ROE".to_string(), LexiconClass::Person)
            ]
        );
    }
}
