//! Grammatical gender of the persons of one document, read from what the
//! document itself writes before their names: an honorific ("Mr. Berg",
//! "Mrs. Lind", "Ms. Vel") or a gendered role word ("Congresswoman Lind",
//! "spokesman Tomas Berg"). A surname written both ways ("Mr. Clinton" and
//! "Mrs. Clinton") has no gender. A pronoun is then never resolved to a
//! person of the other gender: "she" does not stand for Mr. Berg.

use crate::speaker::last_word;
use crate::view::View;
use std::collections::HashMap;

/// A person's gender as the document marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    /// Marked both ways (two persons sharing a surname).
    Both,
}

/// Genders by the last word of a name.
#[derive(Debug, Default)]
pub struct Genders {
    by_last_word: HashMap<Box<str>, Gender>,
}

impl Genders {
    /// Reads every honorific or gendered role word before a name in `v`.
    pub fn new(v: &View) -> Genders {
        let mut by_last_word: HashMap<Box<str>, Gender> = HashMap::new();
        for i in 0..v.len() {
            let Some(g) = marker(v.lower(i)) else {
                continue;
            };
            let Some(last) = name_after(v, i) else {
                continue;
            };
            by_last_word
                .entry(v.word(last).into())
                .and_modify(|old| {
                    if *old != g {
                        *old = Gender::Both;
                    }
                })
                .or_insert(g);
        }
        Genders { by_last_word }
    }

    /// True when the person `name` may be what a pronoun of gender `g`
    /// stands for: the document marks no other gender for the name.
    pub fn agrees(&self, name: &str, g: Option<Gender>) -> bool {
        let Some(g) = g else {
            return true;
        };
        match self.by_last_word.get(last_word(name)) {
            Some(Gender::Male) => g == Gender::Male,
            Some(Gender::Female) => g == Gender::Female,
            _ => true,
        }
    }
}

/// The gender of a personal pronoun, lower case ("she", "him").
pub fn of_pronoun(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender an honorific or role word before a name marks, lower case.
fn marker(w: &str) -> Option<Gender> {
    match w {
        "mr" | "mr." | "sir" | "congressman" | "spokesman" | "chairman" | "king" | "prince" => {
            Some(Gender::Male)
        }
        "mrs" | "mrs." | "ms" | "ms." | "miss" | "madam" | "dame" | "congresswoman"
        | "spokeswoman" | "chairwoman" | "queen" | "princess" => Some(Gender::Female),
        _ => None,
    }
}

/// The last word of the capitalized name right after token `i` (past a
/// period the tokenizer kept apart: "Mr" "." "Berg"), if there is one.
fn name_after(v: &View, i: usize) -> Option<usize> {
    let mut j = i + 1;
    if j < v.len() && v.is(j, ".") {
        j += 1;
    }
    let first = j;
    while j < v.len() && v.is_capitalized(j) && v.word(j).chars().all(char::is_alphabetic) {
        j += 1;
    }
    (j > first).then(|| j - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Doc;

    fn genders(text: &str) -> Genders {
        let mut doc = Doc::from_text("t", text);
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        Genders::new(&View::new(&doc))
    }

    #[test]
    fn an_honorific_marks_the_surname() {
        let g = genders("Mr. Tomas Berg met Ms. Lind.");
        assert!(!g.agrees("Tomas Berg", Some(Gender::Female)));
        assert!(g.agrees("Berg", Some(Gender::Male)));
        assert!(!g.agrees("Vera Lind", Some(Gender::Male)));
        assert!(g.agrees("Ana Vel", Some(Gender::Female)));
    }

    #[test]
    fn a_surname_marked_both_ways_agrees_with_both() {
        let g = genders("Mr. Lind and Mrs. Lind arrived.");
        assert!(g.agrees("Lind", Some(Gender::Male)));
        assert!(g.agrees("Lind", Some(Gender::Female)));
    }
}
