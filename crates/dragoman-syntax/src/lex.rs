//! Per-token attributes that features are built from: hashes of the
//! normalized form, affixes and shape, and casing flags, computed once per
//! token (no allocation: a reused character buffer).

use crate::hash::{finish, hash_chars, mix};

/// Flag: the first character is upper case.
pub const TITLE: u8 = 1;
/// Flag: every letter is upper case (and there are at least two).
pub const CAPS: u8 = 2;
/// Flag: contains a digit.
pub const DIGIT: u8 = 4;
/// Flag: contains a hyphen.
pub const HYPHEN: u8 = 8;
/// Flag: first token of the sentence.
pub const FIRST: u8 = 16;

/// What features know of one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex {
    /// The lower-cased form, digits folded to `0`.
    pub word: u64,
    /// The last one, two, three and four characters of `word`.
    pub suffix: [u64; 4],
    /// The first one and three characters of `word`.
    pub prefix: [u64; 2],
    /// The word shape ("Xx", "X.X.", "d,d"): character classes, runs folded.
    pub shape: u64,
    /// Casing and content flags ([`TITLE`], [`CAPS`], ...).
    pub flags: u8,
}

impl Lex {
    /// The attributes of the artificial root and of positions past either
    /// end of the sentence.
    pub const NONE: Lex = Lex {
        word: 1,
        suffix: [1; 4],
        prefix: [1; 2],
        shape: 1,
        flags: 0,
    };
}

/// Reused buffers for [`lex`].
#[derive(Default)]
pub struct LexBuf {
    chars: Vec<char>,
}

/// The attributes of `form` (`first`: whether it opens the sentence).
pub fn lex(form: &str, first: bool, buf: &mut LexBuf) -> Lex {
    let chars = &mut buf.chars;
    chars.clear();
    let (mut upper, mut lower, mut flags) = (0usize, 0usize, 0u8);
    let mut shape = 0x51u64;
    let mut last_class = '\0';
    for (i, c) in form.chars().enumerate() {
        let class = if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                flags |= TITLE;
            }
            'X'
        } else if c.is_lowercase() {
            lower += 1;
            'x'
        } else if c.is_ascii_digit() {
            flags |= DIGIT;
            'd'
        } else {
            if c == '-' {
                flags |= HYPHEN;
            }
            c
        };
        if class != last_class {
            shape = mix(shape, u64::from(class));
            last_class = class;
        }
        if c.is_ascii_digit() {
            chars.push('0');
        } else {
            chars.extend(c.to_lowercase());
        }
    }
    if upper >= 2 && lower == 0 {
        flags |= CAPS;
    }
    if first {
        flags |= FIRST;
    }
    let n = chars.len();
    let tail = |k: usize| hash_chars(0x100 + k as u64, &chars[n.saturating_sub(k)..]);
    let head = |k: usize| hash_chars(0x200 + k as u64, &chars[..k.min(n)]);
    Lex {
        word: hash_chars(0x10, chars),
        suffix: [tail(1), tail(2), tail(3), tail(4)],
        prefix: [head(1), head(3)],
        shape: finish(shape),
        flags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_digits_fold() {
        let mut b = LexBuf::default();
        let a = lex("Moscow", false, &mut b);
        let c = lex("moscow", false, &mut b);
        assert_eq!(a.word, c.word);
        assert_ne!(a.shape, c.shape);
        assert_eq!(a.flags & TITLE, TITLE);
        assert_eq!(
            lex("2025", false, &mut b).word,
            lex("1999", false, &mut b).word
        );
        assert_eq!(lex("NATO", true, &mut b).flags, TITLE | CAPS | FIRST);
        assert_eq!(
            lex("talks", false, &mut b).suffix[0],
            lex("its", false, &mut b).suffix[0]
        );
    }
}
