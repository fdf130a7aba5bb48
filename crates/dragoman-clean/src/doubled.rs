//! Doubled paragraphs: `A A`, `AA`, or `A` + dateline + `A`.
//!
//! Scrapers often deliver every paragraph twice, sometimes with the dateline
//! glued between the copies. One copy is kept: the second when a dateline
//! stands before it (so the dateline and the text it introduces stay
//! together), the first otherwise.

use crate::dateline::{parse_dateline, Dateline};
use crate::paragraphs::Para;
use std::ops::Range;

/// The outcome of undoubling a paragraph.
#[derive(Debug)]
pub(crate) struct Undoubled {
    /// The copy kept (with its dateline, if any).
    pub kept: Para,
    /// The raw range removed.
    pub removed: Range<usize>,
    /// The dateline between the copies, in raw coordinates.
    pub dateline: Option<Dateline>,
}

/// Shortest paragraph considered for undoubling, in bytes of one copy.
const MIN_COPY: usize = 12;
/// Longest text between the copies that may be a dateline.
const MAX_GAP: usize = 160;
/// How many places in the second half are tried as the start of the second
/// copy: bounds the work on pathological paragraphs ("aaaa…").
const MAX_TRIES: usize = 16;

/// Finds the doubling of paragraph `p`, if any.
pub(crate) fn undouble(raw: &str, p: &Para) -> Option<Undoubled> {
    let s = &raw[p.range()];
    let n = s.len();
    if n < 2 * MIN_COPY {
        return None;
    }
    // The second copy starts with the same words as the first: look for the
    // paragraph's head in its second half.
    let head_len = floor_char(s, (n / 4).clamp(MIN_COPY / 2, 48));
    let head = &s[..head_len];
    let mut from = floor_char(s, n / 2);
    let mut tries = 0;
    while let Some(off) = s[from..].find(head) {
        tries += 1;
        if tries > MAX_TRIES {
            break;
        }
        let j = from + off; // start of the second copy
        let m = n - j; // length of each copy
        if m >= MIN_COPY && m <= j && s.is_char_boundary(m) && s[..m] == s[j..] {
            let gap = &s[m..j];
            if gap.trim().is_empty() {
                return Some(Undoubled {
                    kept: Para {
                        start: p.start,
                        end: p.start + m,
                    },
                    removed: p.start + m..p.end,
                    dateline: None,
                });
            }
            let lead = gap.len() - gap.trim_start().len();
            if let Some(d) = (gap.len() <= MAX_GAP)
                .then(|| parse_dateline(gap.trim_start()))
                .flatten()
            {
                // The dateline must run up to the second copy.
                if lead + d.consumed as usize == gap.len() {
                    let kept_start = p.start + m + lead;
                    return Some(Undoubled {
                        kept: Para {
                            start: kept_start,
                            end: p.end,
                        },
                        removed: p.start..kept_start,
                        dateline: Some(d.shifted(kept_start)),
                    });
                }
            }
        }
        from = j + s[j..].chars().next().map_or(1, char::len_utf8);
        if from >= n {
            break;
        }
    }
    None
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Option<(String, String, Option<String>)> {
        let p = Para {
            start: 0,
            end: s.len(),
        };
        undouble(s, &p).map(|u| {
            (
                s[u.kept.range()].to_string(),
                s[u.removed].to_string(),
                u.dateline.map(|d| s[d.span.range()].to_string()),
            )
        })
    }

    #[test]
    fn doubled_with_a_space() {
        let (kept, removed, d) = run("The talks went on. The talks went on.").unwrap();
        assert_eq!(kept, "The talks went on.");
        assert_eq!(removed, " The talks went on.");
        assert_eq!(d, None);
    }

    #[test]
    fn doubled_glued() {
        let (kept, _, _) = run("The talks went on.The talks went on.").unwrap();
        assert_eq!(kept, "The talks went on.");
    }

    #[test]
    fn doubled_around_a_dateline_keeps_the_dateline_and_second_copy() {
        let s = "Envoys met in Geneva.Dec. 2, 2025 (Wire)—Envoys met in Geneva.";
        let (kept, removed, d) = run(s).unwrap();
        assert_eq!(kept, "Dec. 2, 2025 (Wire)—Envoys met in Geneva.");
        assert_eq!(removed, "Envoys met in Geneva.");
        assert_eq!(d.as_deref(), Some("Dec. 2, 2025 (Wire)—"));
    }

    #[test]
    fn a_pathological_paragraph_is_cheap() {
        let s = "a".repeat(200_001);
        assert!(run(&s).is_none());
    }

    #[test]
    fn a_paragraph_that_merely_repeats_words_is_not_doubled() {
        assert!(run("Talks, talks and more talks: the talks go on and on.").is_none());
        assert!(run("No no no no no no no no no no no no no no no.").is_none());
    }
}
