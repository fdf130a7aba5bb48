//! Paragraph splitting.
//!
//! Blank lines separate blocks. Inside a block, each line is a paragraph,
//! unless the block is hard-wrapped prose (most lines break mid-sentence),
//! in which case the block is one paragraph and its line breaks are folded
//! to spaces later.

use std::ops::Range;

/// A paragraph: a raw byte range with no leading or trailing whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Para {
    pub start: usize,
    pub end: usize,
}

impl Para {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `raw` into paragraphs, in order.
pub(crate) fn split(raw: &str) -> Vec<Para> {
    let mut out = Vec::new();
    let mut block: Vec<Range<usize>> = Vec::new(); // non-blank lines of the current block
    let mut at = 0;
    for line in raw.split_inclusive('\n') {
        let range = at..at + line.len();
        at += line.len();
        if line.trim().is_empty() {
            flush(raw, &mut block, &mut out);
        } else {
            block.push(range);
        }
    }
    flush(raw, &mut block, &mut out);
    out
}

fn flush(raw: &str, block: &mut Vec<Range<usize>>, out: &mut Vec<Para>) {
    if block.is_empty() {
        return;
    }
    if hard_wrapped(raw, block) {
        if let Some(p) = trimmed(raw, block[0].start..block[block.len() - 1].end) {
            out.push(p);
        }
    } else {
        out.extend(block.iter().filter_map(|r| trimmed(raw, r.clone())));
    }
    block.clear();
}

/// True when most lines of the block (all but the last) break mid-sentence.
fn hard_wrapped(raw: &str, lines: &[Range<usize>]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let mid = body
        .iter()
        .filter(|r| {
            let line = raw[(*r).clone()].trim_end();
            let last = line.chars().next_back().unwrap_or('.');
            // A line ending in a name ("“…” ― Anna Berg") ends a signed
            // quotation or a byline, not a wrapped sentence.
            let last_word = line.rsplit(char::is_whitespace).next().unwrap_or_default();
            let name = last_word.starts_with(char::is_uppercase);
            !name && (last.is_lowercase() || matches!(last, ',' | '-' | ';' | '('))
        })
        .count();
    mid * 10 >= body.len() * 6
}

fn trimmed(raw: &str, r: Range<usize>) -> Option<Para> {
    let s = &raw[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead + trail < s.len()).then(|| Para {
        start: r.start + lead,
        end: r.end - trail,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<&str> {
        split(raw).into_iter().map(|p| &raw[p.range()]).collect()
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        assert_eq!(
            texts("First line.\n  Second line.  \nThird."),
            ["First line.", "Second line.", "Third."]
        );
    }

    #[test]
    fn blank_lines_separate_blocks() {
        assert_eq!(
            texts("\nA title\n\n\nThe body.\n \n"),
            ["A title", "The body."]
        );
    }

    #[test]
    fn regression_signed_quotations_stay_one_per_line() {
        let raw = "“Talks are the only way.” ― Anna Berg\n“We will not sign.” ― Lukas Varga\n“Not yet.” ― Ivo Dan";
        assert_eq!(texts(raw).len(), 3);
    }

    #[test]
    fn hard_wrapped_blocks_are_one_paragraph() {
        let raw = "The envoys met on Tuesday in a hotel near\nthe lake, where they talked for three\nhours about the plan.\n\nNext.";
        assert_eq!(texts(raw), [&raw[..raw.find("\n\n").unwrap()], "Next."]);
    }
}
