//! `import-actors`: converts the Phoenix actor dictionaries (read by
//! [`crate::phoenix`]) into [`Actor`]s, written as `data/phoenix.tsv` of
//! `dragoman-actors` (format: `dragoman_actors::tsv`).
//!
//! Each code of an entry is valid over `A-B`, `>A` (from) or `<B` (until). Dates are
//! `YYMMDD` (years up to 14 are 20YY, the others 19YY: the files date from
//! 2014) or `YYYYMMDD`; a code with a date we cannot read is skipped and
//! counted. An entry's kind comes from the file's structure: a bare country
//! code in the country file makes a country, a `# CountryInfo.txt` comment
//! or a dated code a person, anything else an organisation.
//!
//! [`Import::finish`] then merges organisations and countries listed twice
//! under one name, drops persons whose every role ended before 1990 (they
//! cannot help with today's news, and the table stays small), and gives
//! each actor a unique id.

use crate::check::emit;
use crate::phoenix::{self, ActorFile, Entry};
use dragoman_actors::key::{name_key, slug};
use dragoman_actors::tsv::write_line;
use dragoman_actors::{Actor, ActorKind, Role, Source};
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Converts the Phoenix actor dictionaries into the actor table.
#[derive(clap::Args)]
pub struct Args {
    /// Folder of the Phoenix dictionaries.
    #[arg(long, default_value = "../shared/data/actors")]
    dictionaries: PathBuf,
    /// The table to write.
    #[arg(long, default_value = "crates/dragoman-actors/data/phoenix.tsv")]
    out: PathBuf,
    /// Compare with the committed table instead of writing it.
    #[arg(long)]
    check: bool,
}

/// Runs `import-actors`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let found = import_dir(&args.dictionaries)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.dictionaries.display()))?;
    eprintln!(
        "import-actors: {} actors; skipped {} codes with unreadable dates, \
         {} entries without codes; merged {} duplicates; dropped {} persons out of office before 1990",
        found.actors.len(),
        found.bad_dates,
        found.uncoded,
        found.merged,
        found.ended,
    );
    emit(
        &args.out,
        found.to_tsv().as_bytes(),
        args.check,
        "import-actors",
    )
}

/// The header of a converted file.
const HEADER: &str = "\
# Actors converted by dragoman-train import-actors from the Phoenix (PETRARCH 2)
# dictionaries, MIT, (c) 2014 Open Event Data Alliance: see data/README.md.
# id\tkind\tname\taliases\tcountry\tsector\troles (CODE FROM..UNTIL)
";

/// Reads the dictionaries of `dir` and finishes the import.
pub fn import_dir(dir: &Path) -> std::io::Result<Import> {
    let mut found = Import::default();
    for (file, text) in phoenix::read_dir(dir)? {
        import(&text, file, &mut found);
    }
    found.finish();
    Ok(found)
}

/// Persons whose every role ended before this day are dropped.
const OLDEST_ROLE_END: Date = Date::constant(1990, 1, 1);

/// What an import found.
#[derive(Debug, Default)]
pub struct Import {
    /// The actors, in file order (without ids until [`Import::finish`]).
    pub actors: Vec<Actor>,
    /// Codes skipped because a date could not be read.
    pub bad_dates: usize,
    /// Entries skipped because they carry no code.
    pub uncoded: usize,
    /// Entries merged into an earlier one of the same name.
    pub merged: usize,
    /// Persons dropped because all their roles ended before 1990.
    pub ended: usize,
}

impl Import {
    /// The actors as a table file (see [`crate::tsv`]), with a header.
    pub fn to_tsv(&self) -> String {
        let mut text = HEADER.to_string();
        for actor in &self.actors {
            text.push_str(&write_line(actor));
            text.push('\n');
        }
        text
    }

    /// Merges duplicates, drops persons out of office since before 1990, and
    /// gives each actor a unique id.
    pub fn finish(&mut self) {
        let before = self.actors.len();
        self.actors.retain(|a| {
            a.kind != ActorKind::Person
                || a.roles
                    .iter()
                    .any(|r| r.until.is_none_or(|u| u >= OLDEST_ROLE_END))
        });
        self.ended = before - self.actors.len();
        self.merged = merge_duplicates(&mut self.actors);
        assign_ids(&mut self.actors);
    }
}

/// Merges each organisation or country into the first of the same kind, name
/// and country: its roles and aliases join those of the first. Returns how
/// many were merged.
fn merge_duplicates(actors: &mut Vec<Actor>) -> usize {
    let mut first: HashMap<(String, ActorKind, Option<String>), usize> = HashMap::new();
    let mut kept: Vec<Actor> = Vec::with_capacity(actors.len());
    let mut merged = 0;
    for actor in actors.drain(..) {
        let key = (slug(&actor.name), actor.kind, actor.country.clone());
        match first.get(&key) {
            Some(&i) if actor.kind != ActorKind::Person => {
                merged += 1;
                let into = &mut kept[i];
                let mut seen: HashSet<String> = into.names().map(name_key).collect();
                for alias in actor.aliases {
                    if seen.insert(name_key(&alias)) {
                        into.aliases.push(alias);
                    }
                }
                for role in actor.roles {
                    if !into.roles.contains(&role) {
                        into.roles.push(role);
                    }
                }
            }
            _ => {
                first.entry(key).or_insert(kept.len());
                kept.push(actor);
            }
        }
    }
    *actors = kept;
    merged
}

/// Reads one dictionary file.
pub fn import(text: &str, file: ActorFile, into: &mut Import) {
    for entry in phoenix::entries(text) {
        finish(entry, file, into);
    }
}

/// Turns a finished entry into an actor.
fn finish(entry: Entry, file: ActorFile, into: &mut Import) {
    let mut roles = Vec::new();
    for code in &entry.codes {
        match read_range(code.dates) {
            Some((from, until)) => roles.push(Role {
                code: code.code.to_string(),
                title: None,
                from,
                until,
            }),
            None => into.bad_dates += 1,
        }
    }
    if roles.is_empty() {
        into.uncoded += 1;
        return;
    }
    let mut actor = Actor {
        id: String::new(),
        kind: ActorKind::Organisation,
        name: String::new(),
        aliases: Vec::new(),
        country: None,
        sector: None,
        roles,
        source: Source::Phoenix,
    };
    let main = actor.main_role().cloned();
    let bare_country = main.as_ref().is_some_and(|r| r.code.len() == 3);
    actor.kind = if entry.comment.to_ascii_lowercase().contains("countryinfo") {
        ActorKind::Person
    } else if file == ActorFile::Countries && bare_country {
        ActorKind::Country
    } else if file != ActorFile::MilNonState && actor.roles.iter().any(Role::is_dated) {
        ActorKind::Person
    } else {
        ActorKind::Organisation
    };
    let mut names = entry.names.into_iter().map(display_name);
    actor.name = names.next().unwrap_or_default();
    let mut seen: HashSet<String> = HashSet::from([name_key(&actor.name)]);
    actor.aliases = names.filter(|n| seen.insert(name_key(n))).collect();
    if let Some(main) = main {
        actor.country = Some(main.country().to_string());
        actor.sector = main.sector().map(str::to_string);
    }
    into.actors.push(actor);
}

/// `A-B`, `>A`, `<B` or nothing; `None` when a date cannot be read.
fn read_range(s: &str) -> Option<(Option<Date>, Option<Date>)> {
    if s.is_empty() {
        Some((None, None))
    } else if let Some(from) = s.strip_prefix('>') {
        Some((Some(read_date(from)?), None))
    } else if let Some(until) = s.strip_prefix('<') {
        Some((None, Some(read_date(until)?)))
    } else {
        let (from, until) = s.split_once('-')?;
        Some((Some(read_date(from)?), Some(read_date(until)?)))
    }
}

/// `YYMMDD` (years up to 14 are this century) or `YYYYMMDD`.
pub fn read_date(s: &str) -> Option<Date> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<i16>().ok();
    let (year, rest) = match s.len() {
        6 => {
            let yy = num(0..2)?;
            (if yy <= 14 { 2000 + yy } else { 1900 + yy }, 2)
        }
        8 => (num(0..4)?, 4),
        _ => return None,
    };
    let month = num(rest..rest + 2)? as i8;
    let day = num(rest + 2..rest + 4)? as i8;
    Date::new(year, month, day).ok()
}

/// "VLADIMIR_V._PUTIN_" as "Vladimir V. Putin": words capitalized.
fn display_name(raw: &str) -> String {
    let words = raw.split(|c: char| c == '_' || c.is_whitespace());
    let mut out = String::new();
    for word in words.filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut upper = true;
        for c in word.chars() {
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            upper = matches!(c, '-' | '.' | '(' | '/');
        }
    }
    out
}

/// Gives each actor a unique id: its name's slug; a clash adds the country,
/// then a number.
fn assign_ids(actors: &mut [Actor]) {
    let mut taken: HashSet<String> = HashSet::new();
    for actor in actors.iter_mut() {
        let base = slug(&actor.name);
        let mut id = base.clone();
        if taken.contains(&id) {
            if let Some(c) = &actor.country {
                id = format!("{base}-{}", c.to_ascii_lowercase());
            }
        }
        let mut n = 2;
        let stem = id.clone();
        while taken.contains(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        taken.insert(id.clone());
        actor.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const SAMPLE: &str = "\
# a comment line
UKRAINE_
+UKRAINIAN_
+KYIV_
\t[USRUKR <910824]
\t[UKR >911221]
KREMLIN_
+RUSSIAN_WHITE_HOUSE
\t[RUSGOV]
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+VLADIMIR_V._PUTIN
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[GBRGOV >201005011]
ORPHAN_ENTRY_
TRYGVE_LIE_\t[IGOUNO 460201-521110] [ELI]# IGOrulers.txt
";

    fn sample(file: ActorFile) -> Import {
        let mut imp = Import::default();
        import(SAMPLE, file, &mut imp);
        imp.finish();
        imp
    }

    #[test]
    fn entries_synonyms_and_codes_are_read() {
        let imp = sample(ActorFile::Countries);
        let ids: Vec<&str> = imp.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["ukraine", "kremlin", "vladimir-putin", "trygve-lie"]);
        let [ukraine, kremlin, putin, lie] = &imp.actors[..] else {
            unreachable!()
        };
        assert_eq!(ukraine.kind, ActorKind::Country);
        assert_eq!(ukraine.aliases, ["Ukrainian", "Kyiv"]);
        assert_eq!(ukraine.country.as_deref(), Some("UKR"));
        assert_eq!(kremlin.kind, ActorKind::Organisation);
        assert_eq!(kremlin.sector.as_deref(), Some("GOV"));
        assert_eq!(putin.kind, ActorKind::Person);
        assert_eq!(
            putin.aliases,
            ["Putin"],
            "\"Vladimir V. Putin\" has the key of the name"
        );
        assert_eq!(putin.roles.len(), 2);
        assert_eq!(putin.roles[0].from, Some(date(1970, 1, 1)));
        assert_eq!(lie.kind, ActorKind::Person);
        assert_eq!(lie.country.as_deref(), Some("IGO"));
        assert_eq!(lie.sector.as_deref(), Some("UNO"));
        assert_eq!((imp.bad_dates, imp.uncoded), (1, 1));
    }

    #[test]
    fn duplicate_organisations_merge_and_past_office_holders_go() {
        let mut imp = Import::default();
        let text = "EXXON_ [MNCUSA]\n+EXXON_CORP\nEXXON_ [MNCUSA]\n+ESSO\n\
                    OLD_MAN_ # CountryInfo.txt\n[USAGOV 500101-800101]\n";
        import(text, ActorFile::International, &mut imp);
        imp.finish();
        assert_eq!((imp.actors.len(), imp.merged, imp.ended), (1, 1, 1));
        assert_eq!(imp.actors[0].aliases, ["Exxon Corp", "Esso"]);
        assert_eq!(imp.actors[0].roles.len(), 1);
    }

    #[test]
    fn armed_groups_are_organisations() {
        let imp = sample(ActorFile::MilNonState);
        assert_eq!(imp.actors[3].kind, ActorKind::Organisation);
    }

    #[test]
    fn both_date_widths_are_read_and_malformed_ones_refused() {
        assert_eq!(read_date("090120"), Some(date(2009, 1, 20)));
        assert_eq!(read_date("320101"), Some(date(1932, 1, 1)));
        assert_eq!(read_date("19270101"), Some(date(1927, 1, 1)));
        for bad in ["9008223", "201005011", "1920030320", "991332", "", "12ab56"] {
            assert_eq!(read_date(bad), None, "{bad}");
        }
        assert_eq!(
            read_range("890120-19930120"),
            Some((Some(date(1989, 1, 20)), Some(date(1993, 1, 20))))
        );
    }

    #[test]
    fn clashing_ids_take_the_country_then_a_number() {
        let mut imp = Import::default();
        let text = "JOHN_SMITH_ # CountryInfo.txt\n[GBRGOV]\nJOHN_SMITH_ # CountryInfo.txt\n\
                    [USAGOV]\nJOHN_SMITH_ # CountryInfo.txt\n[USAGOV]\n";
        import(text, ActorFile::Countries, &mut imp);
        imp.finish();
        let ids: Vec<&str> = imp.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["john-smith", "john-smith-usa", "john-smith-usa-2"]);
    }
}
