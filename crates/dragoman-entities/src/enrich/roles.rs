//! Roles and countries written next to person names: "Russian Foreign
//! Minister Ivan Petrov", "the French and German special envoys A and B",
//! "Petrov, head of the Widget Fund".

use dragoman_lexicon::{PlaceKind, COUNTRIES, GOVERNMENT, TITLES};

/// The role and countries written just before a name: `before` holds the
/// words before it, nearest last. Returns the role (title words in order,
/// "of" kept inside, and the place of "envoy for Sudan" after them) and the
/// countries named before the title, in order.
pub fn title_before(before: &[&str]) -> (Option<String>, Vec<String>) {
    let (role, countries, _) = title_before_at(before);
    (role, countries)
}

/// [`title_before`], with the index in `before` of the first word it read
/// (`before.len()` when it read none).
pub fn title_before_at(before: &[&str]) -> (Option<String>, Vec<String>, usize) {
    let mut title: Vec<&'static str> = Vec::new();
    let (mut k, remit) = match remit_before(before) {
        Some((place, k)) => (k, Some(place)),
        None => (before.len(), None),
    };
    while k > 0 {
        let w = before[k - 1];
        if let Some(t) = TITLES.title_word(w) {
            title.push(t);
        } else if w.eq_ignore_ascii_case("of")
            && !title.is_empty()
            && k >= 2
            && TITLES.title_word(before[k - 2]).is_some()
        {
            title.push("of");
        } else {
            break;
        }
        k -= 1;
    }
    title.reverse();
    // "Chinese foreign ministry spokeswoman": the body the title serves
    // stands between it and the country.
    if !title.is_empty() {
        k = past_body(before, k);
    }
    // Countries before the title: "the French and German", "Germany's".
    let mut countries = Vec::new();
    if k > 0 && matches!(before[k - 1], "'s" | "’s") {
        k -= 1;
    }
    while k > 0 {
        let w = before[k - 1];
        let pair = (k >= 2).then(|| (before[k - 2], w));
        if let Some((code, width)) = nation(pair, w) {
            countries.push(code.to_string());
            k -= width - 1;
        } else if !matches!(w, "and" | "," | "'s" | "’s") || countries.is_empty() {
            break;
        }
        k -= 1;
    }
    countries.reverse();
    // "Pakistan's army chief, Field Marshal X": the title set off before a
    // titled name gives its country.
    if countries.is_empty() && !title.is_empty() && k > 0 && before[k - 1] == "," {
        let (outer, outer_countries) = title_before(&before[..k - 1]);
        if outer.is_some() {
            countries = outer_countries;
        }
    }
    let role = title
        .iter()
        .rposition(|t| TITLES.is_head(t))
        .map(|last| title[..=last].join(" "));
    let role = match (role, remit) {
        (Some(role), Some((word, place))) => Some(format!("{role} {word} {place}")),
        (role, _) => role,
    };
    (role, countries, k)
}

/// The country a nationality or country name stands for, with the number
/// of words it takes: the two words of `pair` read whole first ("South
/// Korean", "New Zealand"; not "the Peruvian", which the table would read
/// as "Peruvian"), else `word` alone. Punctuation is no word: the table
/// reads "France ." as "France", but a sentence's last word is no country of
/// the name that opens the next ("... past France. Ana Ruiz said").
pub fn nation(pair: Option<(&str, &str)>, word: &str) -> Option<(&'static str, usize)> {
    let is_word = |w: &str| w.chars().any(char::is_alphanumeric);
    if !is_word(word) {
        return None;
    }
    let whole = pair
        .filter(|(first, _)| !first.eq_ignore_ascii_case("the") && is_word(first))
        .map(|(first, second)| format!("{first} {second}"));
    let country = |name: &str| match COUNTRIES.place(name) {
        Some((code, PlaceKind::Country | PlaceKind::Demonym)) => Some(code),
        _ => None,
    };
    match whole.as_deref().and_then(country) {
        Some(code) => Some((code, 2)),
        None => country(word).map(|code| (code, 1)),
    }
}

/// "A Chilean foreign ministry spokesman, X, said": a title phrase that
/// opens its clause (a determiner or a country's possessive, "Slovenia's
/// ambassador, X,", after punctuation or at the text's start) and is set off by a comma right before the name gives the name its role
/// and countries. "After meeting the Chilean minister, X said" gives
/// nothing: the phrase is the object of another word, unless a comma
/// after the name closes an apposition ("summoned the Chilean ambassador,
/// X, to protest"): `closed` says so. `at_start` says whether `before`
/// begins where the text does.
pub fn title_set_off_before(
    before: &[&str],
    at_start: bool,
    closed: bool,
) -> Option<(String, Vec<String>)> {
    let (&comma, inner) = before.split_last()?;
    if comma != "," {
        return None;
    }
    let (role, countries, k) = title_before_at(inner);
    let determined = k.checked_sub(1).is_some_and(|d| is_article(inner[d]));
    // "Slovenia's ambassador, X,": a country's possessive opens the phrase
    // as a determiner does; so does a determined one, "the agency's
    // director general, X,".
    let possessed = matches!(inner.get(k), Some(&("'s" | "’s")))
        && k.checked_sub(2).is_some_and(|d| is_article(inner[d]));
    let start = match (determined, countries.is_empty()) {
        (true, _) => k - 1,
        (false, false) => k,
        (false, true) if possessed => k - 2,
        (false, true) => return None,
    };
    let opens = match start.checked_sub(1) {
        Some(p) => matches!(
            inner[p],
            "," | "." | ":" | ";" | "\"" | "“" | "—" | "-" | "--"
        ),
        None => at_start,
    };
    (opens || closed).then_some((role?, countries))
}

/// True for "a", "an" and "the", in any case.
fn is_article(word: &str) -> bool {
    ["a", "an", "the"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// How many words of `before[..k]` are left once a body ending at `k`
/// ("foreign ministry", "defence ministry", "presidential office", "the
/// German Foreign Office") is taken off: up to two words before the body's
/// noun, neither a place nor an article.
fn past_body(before: &[&str], k: usize) -> usize {
    if k == 0 || !GOVERNMENT.is_head(&before[k - 1].to_lowercase()) {
        return k;
    }
    let modifier = |w: &str| {
        w.chars().all(char::is_alphabetic) && !is_article(w) && COUNTRIES.place(w).is_none()
    };
    let modifiers = before[..k - 1]
        .iter()
        .rev()
        .take(2)
        .take_while(|w| modifier(w))
        .count();
    k - 1 - modifiers
}

/// "special envoy for Sudan", "ambassador to Chile": the place a title's
/// remit names right before the name, with its preposition, and how many
/// words of `before` are left once both are taken off.
fn remit_before<'a>(before: &[&'a str]) -> Option<((&'a str, &'a str), usize)> {
    let n = before.len();
    if n < 3 || TITLES.title_word(before[n - 3]).is_none() {
        return None;
    }
    let word = before[n - 2];
    let place = before[n - 1];
    let is_place = matches!(
        COUNTRIES.place(place),
        Some((_, PlaceKind::Country | PlaceKind::Capital))
    );
    (matches!(word, "for" | "to") && is_place).then_some(((word, place), n - 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str) -> (Option<String>, Vec<String>) {
        let words: Vec<&str> = text.split_whitespace().collect();
        title_before(&words)
    }

    #[test]
    fn regression_a_title_set_off_before_the_name_opens_its_clause() {
        let set_off = |text: &str, at_start| {
            let words: Vec<&str> = text.split_whitespace().collect();
            title_set_off_before(&words, at_start, false)
        };
        assert_eq!(
            set_off("On Monday , a Chilean foreign ministry spokesman ,", false),
            Some(("spokesman".into(), vec!["CHL".into()]))
        );
        assert_eq!(
            set_off("The Peruvian trade minister ,", true),
            Some(("trade minister".into(), vec!["PER".into()]))
        );
        assert_eq!(set_off("After meeting the Chilean minister ,", true), None);
        assert_eq!(set_off("The Peruvian trade minister ,", false), None);
        assert_eq!(set_off("On Monday , the delegation ,", false), None);
    }

    #[test]
    fn regression_a_capitalized_body_and_a_determined_possessive_before_a_set_off_title() {
        let set_off = |text: &str| {
            let words: Vec<&str> = text.split_whitespace().collect();
            title_set_off_before(&words, true, false)
        };
        assert_eq!(
            set_off("A Chilean Foreign Office spokeswoman ,"),
            Some(("spokeswoman".into(), vec!["CHL".into()]))
        );
        assert_eq!(
            set_off("The fund 's director general ,"),
            Some(("director general".into(), vec![]))
        );
        // Neither an undetermined possessive nor a bare title opens a phrase.
        assert_eq!(set_off("Fund 's director general ,"), None);
        assert_eq!(set_off("director general ,"), None);
        // An apposition closed after the name is the same person, wherever it stands.
        let words: Vec<&str> = "summoned the Chilean ambassador ,"
            .split_whitespace()
            .collect();
        assert_eq!(
            title_set_off_before(&words, false, true),
            Some(("ambassador".into(), vec!["CHL".into()]))
        );
    }

    #[test]
    fn titles_and_countries_before_names() {
        assert_eq!(
            before("yesterday Russian Foreign Minister"),
            (Some("foreign minister".into()), vec!["RUS".into()])
        );
        assert_eq!(
            before("met Presidential aide"),
            (Some("presidential aide".into()), vec![])
        );
        assert_eq!(
            before("the French and German special envoys"),
            (
                Some("special envoy".into()),
                vec!["FRA".into(), "DEU".into()]
            )
        );
        assert_eq!(
            before("by Secretary of State"),
            (Some("secretary of state".into()), vec![])
        );
        assert_eq!(before("talks with"), (None, vec![]));
        assert_eq!(before("in Ukraine 's"), (None, vec!["UKR".into()]));
        assert_eq!(
            before("Iran 's religious leader"),
            (Some("religious leader".into()), vec!["IRN".into()])
        );
        assert_eq!(
            before("Chile 's army chief , field marshal"),
            (Some("field marshal".into()), vec!["CHL".into()])
        );
        assert_eq!(
            before("Chilean foreign ministry spokeswoman"),
            (Some("spokeswoman".into()), vec!["CHL".into()])
        );
        assert_eq!(
            before("the U.S. special envoy for Chile"),
            (Some("special envoy for Chile".into()), vec!["USA".into()])
        );
        assert_eq!(
            before("said South African Foreign Minister"),
            (Some("foreign minister".into()), vec!["ZAF".into()])
        );
        assert_eq!(
            before("the EU foreign policy chief"),
            (Some("eu foreign policy chief".into()), vec![])
        );
        assert_eq!(
            before("Nigerian junior foreign minister"),
            (Some("junior foreign minister".into()), vec!["NGA".into()])
        );
    }
}
