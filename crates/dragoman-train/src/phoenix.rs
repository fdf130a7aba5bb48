//! The one reader of the Phoenix (PETRARCH 2) `.actors` dictionaries
//! (`../shared/data/actors/`, MIT, Open Event Data Alliance), shared by
//! `import-actors`, the entity tagger's lexicon and `convert-ontology`.
//!
//! An entry is a name with words joined by `_`; `+` lines, and indented lines
//! that carry a name, are its synonyms; `[CODE DATES]` groups (on the entry
//! line or on the lines after it) are its CAMEO codes. `#` starts a comment.
//! Codes that are not upper-case letters (`[---]`) are skipped. Each user reads
//! what it needs from the [`Entry`]s: names, codes, dates, comment.

use std::path::Path;

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

/// The dictionaries of a Phoenix directory and what each is.
pub const FILES: [(&str, ActorFile); 3] = [
    ("Phoenix.Countries.actors.txt", ActorFile::Countries),
    ("Phoenix.International.actors.txt", ActorFile::International),
    ("Phoenix.MilNonState.actors.txt", ActorFile::MilNonState),
];

/// One `[CODE DATES]` group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code<'a> {
    /// The CAMEO code (`RUSGOV`).
    pub code: &'a str,
    /// The date range as written (`A-B`, `>A`, `<B`), empty when undated.
    pub dates: &'a str,
}

/// One entry: its names as written (the first is the entry's own), its codes
/// in file order, and the comment on its first line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Names as written, without the `+` (`VLADIMIR_V._PUTIN`).
    pub names: Vec<&'a str>,
    /// Codes in file order.
    pub codes: Vec<Code<'a>>,
    /// The comment of the entry's line (`CountryInfo.txt`), or empty.
    pub comment: &'a str,
}

/// Reads the [`FILES`] of `dir` (bytes that are not UTF-8 replaced).
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<(ActorFile, String)>> {
    FILES
        .iter()
        .map(|&(name, file)| {
            let bytes = std::fs::read(dir.join(name))?;
            Ok((file, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

/// The entries of one dictionary file, in file order.
pub fn entries(text: &str) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry> = Vec::new();
    for line in text.lines() {
        let (body, comment) = line.split_once('#').unwrap_or((line, ""));
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let (name, codes) = match trimmed.find('[') {
            Some(k) => (trimmed[..k].trim(), &trimmed[k..]),
            None => (trimmed, ""),
        };
        let indented = body.starts_with([' ', '\t']);
        if let Some(synonym) = name.strip_prefix('+') {
            if let Some(e) = out.last_mut() {
                e.names.push(synonym.trim());
            }
        } else if !name.is_empty() {
            match out.last_mut() {
                Some(e) if indented => e.names.push(name),
                _ => out.push(Entry {
                    names: vec![name],
                    codes: Vec::new(),
                    comment: comment.trim(),
                }),
            }
        }
        if let Some(e) = out.last_mut() {
            e.codes.extend(read_codes(codes));
        }
    }
    out
}

/// Every well-formed `[CODE DATES]` group of `s`.
fn read_codes(s: &str) -> impl Iterator<Item = Code<'_>> {
    s.split('[').skip(1).filter_map(|group| {
        let inside = group.split(']').next().unwrap_or_default();
        let mut words = inside.split_whitespace();
        let code = words.next()?;
        (code.len() >= 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then(|| Code {
            code,
            dates: words.next().unwrap_or_default(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code<'a>(code: &'a str, dates: &'a str) -> Code<'a> {
        Code { code, dates }
    }

    #[test]
    fn entries_synonyms_codes_and_comments_are_read() {
        let text =
            "# header\nRURITANIA_ [RUR]\n+RURITANIAN_\nRUDOLF_V._RASSENDYLL_  # CountryInfo.txt\n\
                    \t[RURGOV 940101-951231]\n\t[RURELI] [ELI]\n+KING_RUDOLF_\nNOBODY_\n\t[---]\n";
        let got = entries(text);
        assert_eq!(
            got,
            [
                Entry {
                    names: vec!["RURITANIA_", "RURITANIAN_"],
                    codes: vec![code("RUR", "")],
                    comment: "",
                },
                Entry {
                    names: vec!["RUDOLF_V._RASSENDYLL_", "KING_RUDOLF_"],
                    codes: vec![
                        code("RURGOV", "940101-951231"),
                        code("RURELI", ""),
                        code("ELI", "")
                    ],
                    comment: "CountryInfo.txt",
                },
                Entry {
                    names: vec!["NOBODY_"],
                    codes: vec![],
                    comment: "",
                },
            ]
        );
    }

    /// The International file has `JOHN_J MCCLOY_` followed by an indented
    /// `JOHN_MCCLOY_ [code]`: one person under two spellings, not two entries.
    #[test]
    fn regression_an_indented_name_is_a_synonym() {
        let text = "JOHN_J MCCLOY_\n\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt\n";
        let got = entries(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].names, ["JOHN_J MCCLOY_", "JOHN_MCCLOY_"]);
        assert_eq!(got[0].codes, [code("IGOUNODEVWBK", "470301-490630")]);
    }
}
