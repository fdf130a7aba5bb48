//! Quotation regions: pairs of double quotation marks in every style.
//!
//! Straight (`"`), curly (`“ ”`), low (`„`), guillemets (`« »`) and the doubled
//! apostrophes some wire copy uses (`''`, ``` `` ```). Single marks (`‘ ’`) are
//! read only where they open a quotation at the top level (a headline), since
//! inside double quotes they nest and elsewhere `’` is mostly an apostrophe. A
//! quotation that runs over several paragraphs reopens its mark at the start
//! of each paragraph without closing it; such a run is one region. A curly
//! mark written the wrong way round (`here,“ she said`) takes the role its
//! neighbours give it.

use dragoman_model::Span;

/// One quotation, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// From the opening mark to the closing mark (or the paragraph end when the mark is never closed).
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    start: usize,
    end: usize,
    role: Role,
    single: bool,
}

/// Finds the quotation regions of `text`, in order, not overlapping.
pub fn regions(text: &str) -> Vec<Region> {
    let marks = marks(text);
    let mut out = Vec::new();
    let mut open: Option<Mark> = None;
    // Where the open quotation was last opened or reopened.
    let mut reopened = 0usize;
    for (k, m) in marks.iter().enumerate() {
        match open {
            None => {
                let opens = match m.role {
                    Role::Open => true,
                    Role::Close => false,
                    Role::Either => !m.single,
                };
                if opens {
                    open = Some(*m);
                    reopened = m.end;
                }
            }
            Some(o) => {
                if m.single != o.single {
                    continue; // a nested quotation of the other kind
                }
                let since = &text[reopened..m.start];
                let paragraph_break = has_paragraph_break(since);
                if m.role == Role::Open
                    || (m.role == Role::Either && paragraph_break && opens_paragraph(text, m.start))
                {
                    if paragraph_break && opens_paragraph(text, m.start) {
                        reopened = m.end; // the quotation goes on in a new paragraph
                        continue;
                    }
                    // An opening mark while open: the first one was never
                    // closed; it ends with its first sentence, or where the
                    // new quotation opens.
                    out.push(Region {
                        span: Span::new(o.start, unclosed_end(text, o.end, m.start)),
                    });
                    open = Some(*m);
                    reopened = m.end;
                    continue;
                }
                if paragraph_break && !continues(text, &marks[k..], reopened) {
                    // Unclosed at the end of its paragraph: close it there, then reread this mark.
                    out.push(Region {
                        span: Span::new(o.start, line_end(text, reopened)),
                    });
                    open = None;
                    if m.role == Role::Either && !m.single {
                        open = Some(*m);
                        reopened = m.end;
                    }
                    continue;
                }
                out.push(Region {
                    span: Span::new(o.start, m.end),
                });
                open = None;
            }
        }
    }
    if let Some(o) = open {
        out.push(Region {
            span: Span::new(o.start, line_end(text, reopened)),
        });
    }
    out
}

/// Where a quotation opened at `from` and never closed ends, when another
/// opens at `to`: after its first sentence ("“Minister Debunks Story. As the
/// Wire reported, “...”"), else just before the new mark.
fn unclosed_end(text: &str, from: usize, to: usize) -> usize {
    let between = &text[from..to];
    let sentence_end = between
        .match_indices(['.', '?', '!'])
        .find(|(i, _)| between[i + 1..].starts_with(char::is_whitespace))
        .map(|(i, _)| from + i + 1);
    sentence_end.unwrap_or_else(|| from + between.trim_end().len())
}

/// True when the next mark after a paragraph break reopens the quotation at the start of a paragraph.
fn continues(text: &str, rest: &[Mark], from: usize) -> bool {
    rest.first().is_some_and(|m| {
        m.role != Role::Close
            && opens_paragraph(text, m.start)
            && has_paragraph_break(&text[from..m.start])
    })
}

fn has_paragraph_break(s: &str) -> bool {
    s.contains('\n')
}

fn opens_paragraph(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).ends_with('\n')
}

/// The end of the paragraph holding byte `from` (before trailing spaces).
fn line_end(text: &str, from: usize) -> usize {
    let end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    text[..end].trim_end().len().max(from)
}

/// Every quotation mark with the role its neighbours suggest.
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut depth_double = false;
    let mut iter = text.char_indices().peekable();
    let mut prev = ' ';
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map_or(' ', |&(_, n)| n);
        let mark = match c {
            // A curly mark written the wrong way round ("here,“ she said",
            // "”The first ...") takes the role its neighbours give it.
            '“' if depth_double && straight_role(prev, next) == Role::Close => {
                Some((i + c.len_utf8(), Role::Close, false))
            }
            '”' if !depth_double && straight_role(prev, next) == Role::Open => {
                Some((i + c.len_utf8(), Role::Open, false))
            }
            '“' | '„' | '«' => Some((i + c.len_utf8(), Role::Open, false)),
            '”' | '»' => Some((i + c.len_utf8(), Role::Close, false)),
            '"' => Some((i + 1, straight_role(prev, next), false)),
            '\'' | '`' if next == c => {
                iter.next();
                let after = iter.peek().map_or(' ', |&(_, n)| n);
                Some((i + 2, straight_role(prev, after), false))
            }
            // (Before a digit it is an apostrophe: "in ‘08", "the ‘90s".)
            '‘' if !depth_double && !prev.is_alphanumeric() && !next.is_ascii_digit() => {
                Some((i + c.len_utf8(), Role::Open, true))
            }
            '’' if !depth_double && !next.is_alphanumeric() && !prev.is_whitespace() => {
                Some((i + c.len_utf8(), Role::Close, true))
            }
            _ => None,
        };
        if let Some((end, role, single)) = mark {
            if !single {
                depth_double = match role {
                    Role::Open => true,
                    Role::Close => false,
                    Role::Either => !depth_double,
                };
            }
            out.push(Mark {
                start: i,
                end,
                role,
                single,
            });
            prev = text[..end].chars().next_back().unwrap_or(' ');
        } else {
            prev = c;
        }
    }
    // Single closers without an opener are apostrophes ("the Jones’ house").
    let mut single_open = false;
    out.retain(|m| {
        if !m.single {
            return true;
        }
        match m.role {
            Role::Open => {
                single_open = true;
                true
            }
            _ => std::mem::replace(&mut single_open, false),
        }
    });
    out
}

/// A straight mark opens after a space or an opening bracket and closes before one.
fn straight_role(prev: char, next: char) -> Role {
    let before_space = prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | '-' | '/');
    let after_space = next.is_whitespace()
        || matches!(
            next,
            ')' | ']' | ',' | '.' | ';' | ':' | '?' | '!' | '—' | '–'
        );
    match (before_space, after_space) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        regions(text).iter().map(|r| r.span.of(text)).collect()
    }

    #[test]
    fn every_style_pairs() {
        assert_eq!(
            quoted("He said \"no\" and “yes” and «oui»."),
            ["\"no\"", "“yes”", "«oui»"]
        );
        assert_eq!(quoted("''It is done,'' she said."), ["''It is done,''"]);
    }

    #[test]
    fn single_inside_double_nests() {
        assert_eq!(
            quoted("“They called it ‘a trap’ today,” he said."),
            ["“They called it ‘a trap’ today,”"]
        );
    }

    #[test]
    fn curly_marks_the_wrong_way_round_take_their_neighbours_role() {
        assert_eq!(
            quoted("“Not yet,“ he said. ”We wait.” Then"),
            ["“Not yet,“", "”We wait.”"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("The envoys’ talks went on; it’s late."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn paragraphs_reopen_a_long_quotation() {
        let text = "She said: “The first part.\n\n“The second part.”\n\nAfter.";
        assert_eq!(quoted(text), ["“The first part.\n\n“The second part.”"]);
    }

    #[test]
    fn regression_an_unclosed_title_before_a_quotation_ends_with_its_sentence() {
        let text = "Issues (“Minister Debunks Story of ‘Tensions’. As the Wire reported then, “Aide Ivo Dan said no.”";
        assert_eq!(
            quoted(text),
            [
                "“Minister Debunks Story of ‘Tensions’.",
                "“Aide Ivo Dan said no.”"
            ]
        );
    }

    #[test]
    fn an_unclosed_mark_ends_at_its_paragraph() {
        let text = "He said “it was fine.\n\nThen he left.";
        assert_eq!(quoted(text), ["“it was fine."]);
    }
}
