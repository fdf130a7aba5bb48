//! Emitting the clean text: whitespace folded, invisible characters dropped,
//! Unicode NFC, paragraphs joined by a blank line; every edit recorded in the
//! alignment.

use crate::paragraphs::Para;
use dragoman_model::Span;
use dragoman_text::{AlignedBuilder, Alignment};
use std::ops::Range;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Builds the clean text from the kept paragraphs.
pub(crate) fn emit(raw: &str, paras: &[Para]) -> (String, Alignment, Vec<Span>) {
    let mut b = AlignedBuilder::new(raw);
    let mut spans = Vec::with_capacity(paras.len());
    for (k, p) in paras.iter().enumerate() {
        if k > 0 {
            b.replace(p.start..p.start, "\n\n");
        }
        let start = b.text().len();
        paragraph(raw, *p, &mut b);
        spans.push(Span::new(start, b.text().len()));
    }
    let (text, alignment) = b.finish();
    (text, alignment, spans)
}

/// Characters dropped from the clean text: they carry nothing a reader sees.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
        || (c.is_control() && !c.is_whitespace())
}

/// True for a character that stands for an apostrophe after a letter
/// ("Ukraineʼs" with the modifier letter apostrophe, "Ukraine′s" with a
/// prime, "Ukraine´s" with an acute accent, "Ukraine‘s" with an opening
/// quotation mark between letters): it becomes the typographic apostrophe
/// (U+2019), which the tokenizer splits off as a possessive like "'".
fn is_glued_apostrophe(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let after_letter = prev.is_some_and(char::is_alphabetic);
    match c {
        '\u{02BC}' | '\u{2032}' | '\u{00B4}' => after_letter,
        '\u{2018}' => after_letter && next.is_some_and(char::is_alphabetic),
        _ => false,
    }
}

fn paragraph(raw: &str, p: Para, b: &mut AlignedBuilder<'_>) {
    let s = &raw[p.range()];
    let base = p.start;
    let needs_nfc = is_nfc_quick(s.chars()) != IsNormalized::Yes;
    let mut verbatim_from = 0; // start of the pending verbatim run, relative to s
    let flush = |b: &mut AlignedBuilder<'_>, from: usize, to: usize| b.copy(base + from..base + to);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let edit: Option<(Range<usize>, String)> = if c.is_whitespace() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                if !d.is_whitespace() {
                    break;
                }
                j = k + d.len_utf8();
                chars.next();
            }
            (&s[i..j] != " ").then(|| (i..j, " ".to_string()))
        } else if invisible(c) {
            Some((i..i + c.len_utf8(), String::new()))
        } else if is_glued_apostrophe(c, s[..i].chars().next_back(), chars.peek().map(|p| p.1)) {
            Some((i..i + c.len_utf8(), "’".to_string()))
        } else if needs_nfc {
            // A starter with the combining marks that follow it.
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                if canonical_combining_class(d) == 0 {
                    break;
                }
                j = k + d.len_utf8();
                chars.next();
            }
            let composed: String = s[i..j].nfc().collect();
            (composed != s[i..j]).then_some((i..j, composed))
        } else {
            None
        };
        if let Some((range, with)) = edit {
            flush(b, verbatim_from, range.start);
            b.replace(base + range.start..base + range.end, &with);
            verbatim_from = range.end;
        }
    }
    flush(b, verbatim_from, s.len());
}

/// The clean span standing for a raw range.
pub(crate) fn clean_span_of(alignment: &Alignment, raw: Range<usize>) -> Option<Span> {
    alignment.to_clean(raw).map(Span::from)
}
