//! The tokenizer: one pass over the text, no allocation per token.

use crate::abbrev::is_abbrev;
use dragoman_model::{Span, Token, TokenKind};

/// Quotation marks of every style: straight, curly, low, guillemets, primes used as quotes.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‟'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '″'
            | '`'
    )
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '–' | '—' | '―' | '‒' | '−')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36f}')
}

/// Splits `text` into tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII whitespace fast path.
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = scan(text, i, c);
        debug_assert!(end > i);
        out.push(Token {
            span: Span::new(i, end),
            kind,
        });
        // A word followed by a clitic was cut short by `scan`; the clitic follows as a word.
        i = end;
    }
    // The guess above may overshoot (or the vector doubled): the document
    // keeps its tokens for every later stage, so give the slack back.
    out.shrink_to_fit();
    out
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        text[i..].chars().next().unwrap_or('\u{fffd}')
    }
}

#[inline]
fn next_char(text: &str, i: usize) -> Option<char> {
    (i < text.len()).then(|| char_at(text, i))
}

/// Scans one token starting at `i` (char `c`); returns its end and kind.
fn scan(text: &str, i: usize, c: char) -> (usize, TokenKind) {
    if c.is_alphabetic() {
        if let Some(end) = scan_url(text, i) {
            return (end, TokenKind::Url);
        }
        return scan_word(text, i);
    }
    if c.is_ascii_digit() {
        return scan_number(text, i);
    }
    if is_apostrophe(c) {
        // A clitic split off a word: 's, n't is handled in scan_word; here 's 're 'll 've 'd 'm
        // directly after a word, or "'90s".
        if let Some(end) = clitic_at(text, i) {
            return (end, TokenKind::Word);
        }
        // "'90s": an apostrophe standing for a century.
        let after = i + c.len_utf8();
        if next_char(text, after).is_some_and(|d| d.is_ascii_digit())
            && (i == 0 || !is_word_char(prev_char(text, i)))
        {
            let (end, _) = scan_number(text, after);
            if text[after..end].len() == 3 && text[after..end].ends_with('s') {
                return (end, TokenKind::Number);
            }
        }
        return (i + c.len_utf8(), TokenKind::Quote);
    }
    if is_quote_char(c) {
        return (i + c.len_utf8(), TokenKind::Quote);
    }
    if is_dash_char(c) {
        return (i + c.len_utf8(), TokenKind::Dash);
    }
    match c {
        '-' => {
            let mut end = i + 1;
            while text.as_bytes().get(end) == Some(&b'-') {
                end += 1;
            }
            (end, TokenKind::Dash)
        }
        '.' => {
            let mut end = i + 1;
            while text.as_bytes().get(end) == Some(&b'.') {
                end += 1;
            }
            if end - i >= 3 {
                (end, TokenKind::Ellipsis)
            } else {
                (i + 1, TokenKind::Punct)
            }
        }
        '…' => (i + c.len_utf8(), TokenKind::Ellipsis),
        ',' | ';' | ':' | '!' | '?' => (i + 1, TokenKind::Punct),
        '(' | ')' | '[' | ']' | '{' | '}' => (i + 1, TokenKind::Bracket),
        _ if c.is_alphanumeric() => scan_word(text, i),
        _ => (i + c.len_utf8(), TokenKind::Symbol),
    }
}

fn prev_char(text: &str, i: usize) -> char {
    text[..i].chars().next_back().unwrap_or(' ')
}

/// "'s", "'re", "'ll", "'ve", "'d", "'m" at `i`, ending the word.
fn clitic_at(text: &str, i: usize) -> Option<usize> {
    if i == 0 || !is_word_char(prev_char(text, i)) {
        return None;
    }
    let ap = char_at(text, i).len_utf8();
    let rest = &text[i + ap..];
    for cl in [
        "s", "re", "ll", "ve", "d", "m", "S", "RE", "LL", "VE", "D", "M",
    ] {
        if rest.starts_with(cl) {
            let after = i + ap + cl.len();
            if next_char(text, after).is_none_or(|d| !is_word_char(d)) {
                return Some(after);
            }
        }
    }
    None
}

fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut dotted = false; // "U.S", "e.g" style inner periods
    loop {
        // Consume a run of word characters.
        while i < bytes.len() {
            let c = char_at(text, i);
            if is_word_char(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(c) = next_char(text, i) else { break };
        let after = i + c.len_utf8();
        let next = next_char(text, after);
        match c {
            // Inner hyphen or slash between word characters: "U.S.-drafted", "28-point", "and/or".
            '-' | '/' | '&' if next.is_some_and(is_word_char) => i = after,
            // Inner apostrophe: "O'Brien", "don't" (n't split below), but not a clitic.
            '\'' | '’' if next.is_some_and(|d| d.is_alphabetic()) => {
                if clitic_at(text, i).is_some() {
                    break;
                }
                // n't: split "do" + "n't".
                if text[start..i].ends_with(['n', 'N'])
                    && next.is_some_and(|d| d == 't' || d == 'T')
                {
                    let n_at = i - 1;
                    let t_end = after + 1;
                    if n_at > start && next_char(text, t_end).is_none_or(|d| !is_word_char(d)) {
                        return (n_at, TokenKind::Word);
                    }
                }
                i = after;
            }
            // Inner period between letters: "U.S", "e.g", "Ph.D".
            '.' if next.is_some_and(|d| d.is_alphabetic()) && short_segment(text, start, i) => {
                dotted = true;
                i = after;
            }
            // A dotted acronym glued to a hyphenated word: "U.S.-drafted", "U.S.-Russia".
            '.' if dotted
                && next == Some('-')
                && next_char(text, after + 1).is_some_and(is_word_char) =>
            {
                i = after + 1
            }
            _ => break,
        }
    }
    // A final period belongs to the word when it is an abbreviation, a dotted
    // acronym, or a single-letter initial.
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1) != Some(&b'.') {
        let word = &text[start..i];
        let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
        if dotted || initial || is_abbrev(word) {
            i += 1;
        }
    }
    let kind = if text[start..i].starts_with(|c: char| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (i, kind)
}

/// True when the run of letters since the last period or hyphen (or the word
/// start) is short: "U.S", "Ph.D" and a party tag's "D-N.Y" are dotted;
/// "end.Next" (a missing space) is not.
fn short_segment(text: &str, start: usize, i: usize) -> bool {
    let seg = text[start..i].rsplit(['.', '-']).next().unwrap_or("");
    seg.chars().count() <= 2
}

fn scan_number(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        match bytes.get(i) {
            Some(b'.' | b',' | b':') if bytes.get(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                i += 1
            }
            _ => break,
        }
    }
    // Letters or a hyphenated word glued on: "1990s", "28th", "28-point", "3pm".
    match next_char(text, i) {
        Some(c)
            if c.is_alphabetic()
                || (c == '-' && next_char(text, i + 1).is_some_and(is_word_char)) =>
        {
            let (end, _) = scan_word(text, i);
            let end = if c == '-' {
                scan_word(text, i + 1).0.max(end)
            } else {
                end
            };
            (end, TokenKind::Number)
        }
        _ => (i, TokenKind::Number),
    }
}

/// A URL or e-mail starting at `i`, if any; trailing punctuation is left out.
fn scan_url(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let lower_start = rest.get(..8).unwrap_or(rest);
    let is_url = lower_start.starts_with("http://")
        || lower_start.starts_with("https://")
        || lower_start.starts_with("www.");
    let end_ws = rest
        .find(|c: char| {
            c.is_whitespace() || c == '"' || c == '<' || c == '>' || c == '“' || c == '”'
        })
        .unwrap_or(rest.len());
    let cand = &rest[..end_ws];
    let is_mail = !is_url && {
        match cand.find('@') {
            Some(at) if at > 0 => {
                let domain = &cand[at + 1..];
                domain.contains('.')
                    && cand[..at]
                        .chars()
                        .all(|c| c.is_alphanumeric() || "._+-".contains(c))
            }
            _ => false,
        }
    };
    if !is_url && !is_mail {
        return None;
    }
    let trimmed = cand.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '’']);
    (trimmed.len() > 4).then_some(i + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("Gen. Smith met Mr. Jones on Nov. 19."),
            ["Gen.", "Smith", "met", "Mr.", "Jones", "on", "Nov.", "19", "."]
        );
        assert_eq!(words("the U.S. plan"), ["the", "U.S.", "plan"]);
        assert_eq!(
            words("John F. Kennedy Jr. said"),
            ["John", "F.", "Kennedy", "Jr.", "said"]
        );
    }

    /// Regression: a party tag's state ("(D-N.Y.)") was split at its inner
    /// period, and the sentence ended inside the bracket.
    #[test]
    fn a_party_tag_is_one_word() {
        assert_eq!(
            words("Rep. Ann Berg (D-N.Y.) said so."),
            ["Rep.", "Ann", "Berg", "(", "D-N.Y.", ")", "said", "so", "."]
        );
        assert_eq!(words("an end.Next"), ["an", "end", ".", "Next"]);
    }

    #[test]
    fn clitics_are_split() {
        assert_eq!(words("Russia’s concerns"), ["Russia", "’s", "concerns"]);
        assert_eq!(words("we don't know"), ["we", "do", "n't", "know"]);
        assert_eq!(words("O'Brien said"), ["O'Brien", "said"]);
    }

    #[test]
    fn hyphens_numbers_and_dashes() {
        assert_eq!(
            words("an EU-brokered 12-point plan"),
            ["an", "EU-brokered", "12-point", "plan"]
        );
        assert_eq!(
            words("sections—peace, 3.5% and 2,025"),
            ["sections", "—", "peace", ",", "3.5", "%", "and", "2,025"]
        );
        assert_eq!(
            words("wait... now … go -- here"),
            ["wait", "...", "now", "…", "go", "--", "here"]
        );
    }

    #[test]
    fn quotes_of_every_style() {
        assert_eq!(
            words("“a” «b» „c“ 'd'"),
            ["“", "a", "”", "«", "b", "»", "„", "c", "“", "'", "d", "'"]
        );
    }

    #[test]
    fn regression_closing_curly_quote_after_a_word() {
        // Panicked: the scanner looked one byte past a three-byte quotation mark.
        assert_eq!(
            words("‘U.S.-Chile Trade’ Rises"),
            ["‘", "U.S.-Chile", "Trade", "’", "Rises"]
        );
    }

    #[test]
    fn urls_and_mail() {
        assert_eq!(
            words("see https://example.org/a?b=1, or mail press@example.org."),
            [
                "see",
                "https://example.org/a?b=1",
                ",",
                "or",
                "mail",
                "press@example.org",
                "."
            ]
        );
    }
}
