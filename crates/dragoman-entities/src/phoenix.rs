//! Reading the Phoenix (PETRARCH 2) actor dictionaries into a lexicon of names.
//!
//! The files (`../shared/data/actors/`, MIT, Open Event Data Alliance) list
//! actors as `NAME_WITH_UNDERSCORES [CODE dates]` entries with `+SYNONYM`
//! lines. We keep the names only, each with a coarse class read from the
//! file's structure: a country block (a bare three-letter code: country
//! names, adjectives, cities), a person (an entry whose first code carries a
//! date range: an office holder), or an organisation.

/// The coarse class of a lexicon name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexiconClass {
    /// A country, its adjectives, capitals and regions.
    Country = 0,
    /// An office holder.
    Person = 1,
    /// An organisation or armed group.
    Organisation = 2,
}

/// Which dictionary a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorFile {
    /// `Phoenix.Countries.actors.txt`: country blocks, then their office holders.
    Countries,
    /// `Phoenix.International.actors.txt`: organisations and their officials.
    International,
    /// `Phoenix.MilNonState.actors.txt`: armed non-state groups.
    MilNonState,
}

/// The names of an actor file (words as written, underscores made spaces,
/// parenthesized parts dropped) with their classes.
pub fn names(text: &str, file: ActorFile) -> Vec<(String, LexiconClass)> {
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new(); // the current entry and its synonyms
    let mut class = LexiconClass::Organisation;
    let mut class_known = false;
    let flush =
        |pending: &mut Vec<String>, class: LexiconClass, out: &mut Vec<(String, LexiconClass)>| {
            out.extend(pending.drain(..).map(|n| (n, class)));
        };
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let (name_part, code) = match line.find('[') {
            Some(k) => (&line[..k], line[k + 1..].split(']').next().unwrap_or("")),
            None => (line, ""),
        };
        if indented {
            if !class_known && !code.is_empty() {
                class = class_of(file, code, false);
                class_known = true;
            }
            continue;
        }
        let synonym = name_part.trim_start().starts_with('+');
        let name = clean(name_part.trim().trim_start_matches('+'));
        if !synonym {
            flush(&mut pending, class, &mut out);
            class_known = !code.is_empty();
            class = if class_known {
                class_of(file, code, true)
            } else {
                default_class(file)
            };
        }
        if !name.is_empty() {
            pending.push(name);
        }
    }
    flush(&mut pending, class, &mut out);
    out
}

fn default_class(file: ActorFile) -> LexiconClass {
    match file {
        ActorFile::Countries => LexiconClass::Person,
        ActorFile::International | ActorFile::MilNonState => LexiconClass::Organisation,
    }
}

/// The class an entry's first code gives it (`on_entry_line`: the code
/// stands on the entry's own line).
fn class_of(file: ActorFile, code: &str, on_entry_line: bool) -> LexiconClass {
    let mut parts = code.split_whitespace();
    let actor = parts.next().unwrap_or("");
    let dated = parts.next().is_some();
    match file {
        ActorFile::Countries if on_entry_line && actor.len() == 3 && !dated => {
            LexiconClass::Country
        }
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
