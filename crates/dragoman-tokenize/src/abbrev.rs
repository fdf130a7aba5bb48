//! Abbreviations that keep their period.

/// Titles and forms that are followed by a name or a number, never ending a
/// sentence in news copy ("Gen. Smith", "Nov. 19", "No. 10").
pub(crate) const BEFORE_NAME: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "ft", "mt", "messrs",
    "supt", "insp", "brig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "sec", "vs", "v", "cf",
    "approx", "dept", "est", "ave", "blvd",
];

/// Abbreviations that may end a sentence ("... the U.S. The talks").
pub(crate) const ANYWHERE: &[&str] = &[
    "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "etc", "al", "e.g", "i.e", "a.m",
    "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "n.y", "l.a", "ph.d", "b.a", "m.a", "a.d",
    "b.c",
];

/// True when `word` (without its final period) is a known abbreviation.
pub(crate) fn is_abbrev(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    BEFORE_NAME.contains(&w.as_str()) || ANYWHERE.contains(&w.as_str())
}

/// True when `word` (without its period) is a title or form that precedes a name or number.
pub(crate) fn precedes_name(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    BEFORE_NAME.contains(&w.as_str())
}

/// Capitalized words that begin sentences far more often than they continue
/// names: after an ambiguous abbreviation ("U.S."), one of these starts a new sentence.
pub(crate) const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Although",
    "Though",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "Some",
    "Many",
    "Most",
    "No",
    "Not",
    "One",
    "Two",
    "Three",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Meanwhile",
    "However",
    "Still",
    "Also",
    "Both",
    "Such",
    "Each",
    "Every",
    "Officials",
    "According",
    "Asked",
    "Speaking",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Then",
    "Now",
];
