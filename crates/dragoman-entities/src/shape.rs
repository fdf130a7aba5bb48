//! Word shapes and casing classes: how a word looks, whatever it says.

/// The casing of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Casing {
    /// No letters.
    NoLetters,
    /// All letters lower case.
    Lower,
    /// First letter upper case, the others lower.
    Title,
    /// All letters upper case (two or more letters).
    Upper,
    /// A single upper-case letter.
    Initial,
    /// Anything else ("McDonald", "iPhone").
    Mixed,
}

impl Casing {
    /// True for casings that mark a name in running text.
    pub fn is_capitalized(self) -> bool {
        matches!(
            self,
            Casing::Title | Casing::Upper | Casing::Initial | Casing::Mixed
        )
    }
}

/// The casing of `word`.
pub fn casing(word: &str) -> Casing {
    let (mut upper, mut lower, mut first_upper, mut seen) = (0usize, 0usize, false, false);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !seen {
            first_upper = c.is_uppercase();
            seen = true;
        }
        if c.is_uppercase() {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    match (upper, lower) {
        (0, 0) => Casing::NoLetters,
        (0, _) => Casing::Lower,
        (1, 0) => Casing::Initial,
        (_, 0) => Casing::Upper,
        (1, _) if first_upper => Casing::Title,
        _ => Casing::Mixed,
    }
}

/// The shape of `word` into `out`: `X` upper, `x` lower, `d` digit, other
/// chars as they are; runs of one class longer than two are cut to two
/// ("Moscow" → "Xxx", "1996-08-22" → "dd-dd-dd").
pub fn shape_into(word: &str, out: &mut String) {
    out.clear();
    let mut prev = '\0';
    let mut run = 0usize;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        run = if class == prev { run + 1 } else { 1 };
        prev = class;
        if run <= 2 {
            out.push(class);
        }
    }
}

/// `word` lower-cased with every digit replaced by `0`, into `out`.
pub fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        if c.is_ascii_digit() {
            out.push('0');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(w: &str) -> String {
        let mut s = String::new();
        shape_into(w, &mut s);
        s
    }

    #[test]
    fn shapes_cut_long_runs() {
        assert_eq!(shape("Moscow"), "Xxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "dd-dd-dd");
        assert_eq!(shape("NATO"), "XX");
    }

    #[test]
    fn casings() {
        assert_eq!(casing("Moscow"), Casing::Title);
        assert_eq!(casing("NATO"), Casing::Upper);
        assert_eq!(casing("U.S."), Casing::Upper);
        assert_eq!(casing("McDonald"), Casing::Mixed);
        assert_eq!(casing("talks"), Casing::Lower);
        assert_eq!(casing("28"), Casing::NoLetters);
        assert_eq!(casing("A"), Casing::Initial);
    }

    #[test]
    fn normalization_lowercases_and_masks_digits() {
        let mut s = String::new();
        normalize_into("Nov-1996", &mut s);
        assert_eq!(s, "nov-0000");
    }
}
