//! The actor table format shared by `data/phoenix.tsv` and `data/current.tsv`:
//! one actor a line, seven tab-separated columns.
//!
//! ```text
//! id  kind  name  aliases  country  sector  roles
//! ```
//!
//! An empty `id` is the name's [`slug`]; an empty `country` or `sector` is
//! that of the actor's main role ([`Actor::main_role`]), which keeps the
//! converted file small. `kind` is `person`, `country` or `org`; `aliases` and `roles` are lists
//! separated by `|`; a role is `CODE FROM..UNTIL TITLE` where either date may
//! be empty (open) and the title may be absent: `RUSGOV 2012-05-07.. president`.
//! Dates are `YYYY-MM-DD`; hand-written files may also give `YYYY-MM` or
//! `YYYY`, read as the first day (for `FROM`) or the last day (for `UNTIL`).
//! Lines starting with `#` and blank lines are skipped.

use crate::actor::{Actor, ActorKind, Role, Source};
use crate::key::slug;
use dragoman_lexicon::load::numbered_rows;
use jiff::civil::Date;
use std::fmt::Write;

/// A line of an actor table that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct TsvError {
    /// The file's name.
    pub file: String,
    /// The line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// Reads every actor of a table (`file` names it in errors).
pub fn read(file: &str, text: &str, source: Source) -> Result<Vec<Actor>, TsvError> {
    numbered_rows(text)
        .map(|(line, cols)| {
            read_line(&cols, source).map_err(|problem| TsvError {
                file: file.to_string(),
                line,
                problem,
            })
        })
        .collect()
}

/// One actor line.
fn read_line(cols: &[&str], source: Source) -> Result<Actor, String> {
    let [id, kind, name, aliases, country, sector, roles] = cols[..] else {
        return Err(format!("{} columns, 7 expected", cols.len()));
    };
    if name.is_empty() {
        return Err("empty name".to_string());
    }
    let kind = ActorKind::parse(kind).ok_or_else(|| format!("unknown kind {kind:?}"))?;
    let mut actor = Actor {
        id: if id.is_empty() {
            slug(name)
        } else {
            id.to_string()
        },
        kind,
        name: name.to_string(),
        aliases: list(aliases).map(str::to_string).collect(),
        country: (!country.is_empty()).then(|| country.to_string()),
        sector: (!sector.is_empty()).then(|| sector.to_string()),
        roles: list(roles).map(read_role).collect::<Result<_, _>>()?,
        source,
    };
    let (main_country, main_sector) = main_codes(&actor);
    actor.country = actor.country.or(main_country);
    actor.sector = actor.sector.or(main_sector);
    Ok(actor)
}

/// The country and sector of the actor's main role.
fn main_codes(actor: &Actor) -> (Option<String>, Option<String>) {
    let main = actor.main_role();
    (
        main.map(|r| r.country().to_string()),
        main.and_then(|r| r.sector()).map(str::to_string),
    )
}

/// The items of a `|`-separated list.
fn list(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// `CODE FROM..UNTIL TITLE`.
fn read_role(s: &str) -> Result<Role, String> {
    let mut parts = s.splitn(3, ' ');
    let code = parts.next().unwrap_or_default();
    let range = parts.next().unwrap_or_default();
    let title = parts.next().map(str::trim).filter(|t| !t.is_empty());
    let (from, until) = range
        .split_once("..")
        .ok_or_else(|| format!("role {s:?}: no FROM..UNTIL range"))?;
    let day = |d: &str, last: bool| -> Result<Option<Date>, String> {
        (!d.is_empty())
            .then(|| read_date(d, last).ok_or_else(|| format!("role {s:?}: bad date {d:?}")))
            .transpose()
    };
    Ok(Role {
        code: code.to_string(),
        title: title.map(str::to_string),
        from: day(from, false)?,
        until: day(until, true)?,
    })
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date is its first day, or
/// its last when `last`.
fn read_date(s: &str, last: bool) -> Option<Date> {
    let nums: Vec<&str> = s.split('-').collect();
    let num = |i: usize| nums.get(i).map(|n| n.parse::<i8>().ok()).unwrap_or(Some(1));
    let year: i16 = nums[0].parse().ok()?;
    let (month, day) = (num(1)?, num(2)?);
    let first = Date::new(year, month, day).ok()?;
    Some(match (nums.len(), last) {
        (1, true) => Date::new(year, 12, 31).ok()?,
        (2, true) => first.last_of_month(),
        (1..=3, _) => first,
        _ => return None,
    })
}

/// The line of `actor` (without its newline).
pub fn write_line(actor: &Actor) -> String {
    let mut roles = String::new();
    for (i, r) in actor.roles.iter().enumerate() {
        let sep = if i == 0 { "" } else { "|" };
        let day = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let _ = write!(roles, "{sep}{} {}..{}", r.code, day(r.from), day(r.until));
        if let Some(t) = &r.title {
            let _ = write!(roles, " {t}");
        }
    }
    let (main_country, main_sector) = main_codes(actor);
    let unless_derived = |value: &Option<String>, derived: Option<String>| match value {
        Some(v) if derived.as_ref() != Some(v) => v.clone(),
        _ => String::new(),
    };
    let id = if actor.id == slug(&actor.name) {
        ""
    } else {
        &actor.id
    };
    [
        id,
        actor.kind.as_str(),
        &actor.name,
        &actor.aliases.join("|"),
        &unless_derived(&actor.country, main_country),
        &unless_derived(&actor.sector, main_sector),
        &roles,
    ]
    .join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const LINE: &str = "\tperson\tSergey Lavrov\tLavrov|Sergei Lavrov\t\t\t\
                        RUSGOV 1994-09-22..2004-07-12|RUSGOV 2004-03-09.. foreign minister";

    #[test]
    fn a_line_reads_and_writes_back_the_same() {
        let actors = read("t.tsv", LINE, Source::Curated).unwrap();
        assert_eq!(actors.len(), 1);
        let a = &actors[0];
        assert_eq!(a.aliases, ["Lavrov", "Sergei Lavrov"]);
        assert_eq!(a.roles[1].title.as_deref(), Some("foreign minister"));
        assert_eq!(a.roles[1].from, Some(date(2004, 3, 9)));
        assert_eq!(a.roles[1].until, None);
        assert_eq!(write_line(a), LINE);
    }

    #[test]
    fn derived_ids_and_codes_are_left_out_and_others_kept() {
        let a = &read("t.tsv", LINE, Source::Phoenix).unwrap()[0];
        assert_eq!(a.id, "sergey-lavrov");
        assert_eq!(
            (a.country.as_deref(), a.sector.as_deref()),
            (Some("RUS"), Some("GOV"))
        );
        let line = "lavrov-2\tperson\tSergey Lavrov\t\tUSR\tGOVMIL\tRUSGOV 2004-03-09..";
        let a = &read("t.tsv", line, Source::Phoenix).unwrap()[0];
        assert_eq!(
            (a.id.as_str(), a.country.as_deref()),
            ("lavrov-2", Some("USR"))
        );
        assert_eq!(write_line(a), line);
    }

    #[test]
    fn partial_dates_cover_their_month_or_year() {
        let line = "x\tperson\tX\t\tRUS\tGOV\tRUSGOV 2012-05..2020-02 aide|RUSGOV 1999..2003";
        let a = &read("t.tsv", line, Source::Curated).unwrap()[0];
        assert_eq!(a.roles[0].from, Some(date(2012, 5, 1)));
        assert_eq!(a.roles[0].until, Some(date(2020, 2, 29)));
        assert_eq!(a.roles[1].from, Some(date(1999, 1, 1)));
        assert_eq!(a.roles[1].until, Some(date(2003, 12, 31)));
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let text = format!("# header\n\n{LINE}\n");
        assert_eq!(read("t.tsv", &text, Source::Curated).unwrap().len(), 1);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let text = format!("{LINE}\nbad\tline\n");
        let err = read("t.tsv", &text, Source::Curated).unwrap_err();
        assert_eq!(err.to_string(), "t.tsv:2: 2 columns, 7 expected");
        let text = "x\tperson\tX\t\t\t\tRUSGOV 2012-13-01..";
        let err = read("t.tsv", text, Source::Curated).unwrap_err();
        assert!(err.problem.contains("bad date"), "{err}");
        let text = "x\tpeople\tX\t\t\t\t";
        assert!(read("t.tsv", text, Source::Curated).is_err());
        let text = "x\tperson\t\t\t\t\t";
        assert!(read("t.tsv", text, Source::Curated).is_err());
    }
}
