//! Drawing labelled byte ranges as carets under the lines of a text: how
//! golden tests show spans, and how `dragoman show` marks a document.
//!
//! ```text
//! Dmitriev said on Nov. 17 that talks go on.
//! ^^^^^^^^ PER
//!                  ^^^^^^^ DATE 2025-11-17
//! ```

use std::ops::Range;

/// Draws `marks` (byte ranges with labels) under the lines of `text` they fall in.
///
/// Marks are sorted by start; a mark crossing a line break is drawn on each
/// line it covers, with its label on the first. Columns count chars, not bytes.
pub fn carets(text: &str, marks: &[(Range<usize>, String)]) -> String {
    let mut marks: Vec<&(Range<usize>, String)> = marks.iter().collect();
    marks.sort_by(|a, b| (a.0.start, a.0.end, &a.1).cmp(&(b.0.start, b.0.end, &b.1)));
    let mut out = String::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let body_end = line_start + body.len();
        out.push_str(body);
        out.push('\n');
        for (range, label) in &marks {
            let (s, e) = (range.start, range.end);
            let touches =
                (s < body_end && e > line_start) || (s == e && s >= line_start && s <= body_end);
            if !touches {
                continue;
            }
            let from = s.max(line_start) - line_start;
            let to = e.min(body_end) - line_start;
            out.push_str(&" ".repeat(body[..from].chars().count()));
            out.push_str(&"^".repeat(body[from..to].chars().count().max(1)));
            if s >= line_start {
                out.push(' ');
                out.push_str(label);
            }
            out.push('\n');
        }
        line_start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_draw_under_each_line() {
        let text = "Dmitriev said it.\n“Yes,” he said.";
        let he = text.find("he said").unwrap();
        let out = carets(
            text,
            &[(0..8, "PER".to_string()), (he..he + 2, "SRC".to_string())],
        );
        assert_eq!(
            out,
            "Dmitriev said it.\n^^^^^^^^ PER\n“Yes,” he said.\n       ^^ SRC\n"
        );
    }
}
