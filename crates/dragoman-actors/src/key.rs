//! Name keys: the form names are compared in, so that "Sergei Lavrov",
//! "SERGEI_LAVROV" and "Sergéi  Lavrov" meet, as do "U.S." and "US".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The key of a name: accents dropped, lower case, periods and apostrophes
/// removed ("U.S." is "us"), every other non-alphanumeric run a single space,
/// a leading "the" dropped, and single-letter middle words (initials) dropped
/// ("Vladimir V. Putin" is "vladimir putin").
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if !matches!(c, '.' | '\'' | '\u{2019}' | '`') && !is_combining_mark(c) {
            pending_space = true;
        }
    };
    if name.is_ascii() {
        name.chars().for_each(|c| push(c, &mut out));
    } else {
        name.nfkd().for_each(|c| push(c, &mut out));
    }
    if let Some(rest) = out.strip_prefix("the ") {
        out = rest.to_string();
    }
    drop_middle_initials(out)
}

/// Drops one-letter words that are neither first nor last.
fn drop_middle_initials(key: String) -> String {
    let inner = match (key.find(' '), key.rfind(' ')) {
        (Some(first), Some(last)) if first < last => &key[first + 1..last],
        _ => return key,
    };
    if !inner.split(' ').any(|w| w.len() == 1) {
        return key;
    }
    let words: Vec<&str> = key.split(' ').collect();
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || i == last || w.len() > 1)
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The id a name gives: its key with words joined by `-` ("vladimir-putin").
pub fn slug(name: &str) -> String {
    name_key(name).replace(' ', "-")
}

/// The last word of a key (a person's surname, for most names in the news).
pub fn last_word(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_punctuation_and_accents_do_not_matter() {
        assert_eq!(name_key("SERGEY_LAVROV_"), "sergey lavrov");
        assert_eq!(name_key("Sergéy  Lavrov"), "sergey lavrov");
        assert_eq!(name_key("U.S. State Department"), "us state department");
        assert_eq!(
            name_key("UNITED_NATIONS_CHILDREN'S_FUND_"),
            "united nations childrens fund"
        );
    }

    #[test]
    fn a_leading_article_and_middle_initials_go() {
        assert_eq!(name_key("the Kremlin"), "kremlin");
        assert_eq!(name_key("The White House"), "white house");
        assert_eq!(name_key("Vladimir V. Putin"), "vladimir putin");
        assert_eq!(name_key("J.D. Vance"), "jd vance");
        assert_eq!(name_key("Kim Jong Un"), "kim jong un");
    }

    #[test]
    fn empty_and_symbol_only_names_have_empty_keys() {
        assert_eq!(name_key(""), "");
        assert_eq!(name_key(" -- "), "");
    }

    #[test]
    fn slugs_join_the_words_of_the_key() {
        assert_eq!(slug("VLADIMIR_V._PUTIN_"), "vladimir-putin");
        assert_eq!(slug("The United Nations"), "united-nations");
    }

    #[test]
    fn the_last_word_is_the_surname() {
        assert_eq!(last_word("kirill dmitriev"), "dmitriev");
        assert_eq!(last_word("lavrov"), "lavrov");
    }
}
