//! What the first pass found, as the second pass reads it: the first pass's
//! tags around each token, and the types each capitalized word was given
//! anywhere in the document (document-level consistency).

use crate::features::Prepared;
use crate::gazetteer::HashKeyed;
use crate::hash::mix;

/// What a first pass found in a document, for the second pass to read.
#[derive(Clone, Debug, Default)]
pub struct Stacked {
    /// The first pass's tag of every token.
    pub tags: Vec<u8>,
    /// Per capitalized word (normalized key): bits 0–3 = tagged inside an
    /// entity of that type somewhere in the document, bits 4–7 = inside a
    /// multi-token entity of that type, bit 8 = left outside in mid-sentence.
    pub words: HashKeyed<u16>,
}

impl Stacked {
    /// Gathers the first pass's `tags` over `doc`.
    pub fn new(doc: &Prepared, tags: Vec<u8>) -> Stacked {
        let mut words: HashKeyed<u16> = HashKeyed::default();
        for (r, ty) in crate::tags::decode(&tags) {
            let multi = if r.len() > 1 { 1 << (4 + ty) } else { 0 };
            for t in &doc.tokens[r] {
                if t.casing.is_capitalized() {
                    *words.entry(t.norm).or_default() |= (1 << ty) | multi;
                }
            }
        }
        for r in doc.sentence_ranges() {
            let mid_sentence = doc.tokens[r.clone()].iter().zip(&tags[r.clone()]).skip(1);
            for (t, &tag) in mid_sentence {
                if tag == crate::tags::O && t.casing.is_capitalized() {
                    *words.entry(t.norm).or_default() |= 1 << 8;
                }
            }
        }
        Stacked { tags, words }
    }
}

/// The features a second pass adds to token `i` of sentence `s`: what the
/// first pass (`stacked`) tagged there and around, and elsewhere in the document.
pub fn stacked_features(doc: &Prepared, s: usize, i: usize, st: &Stacked, out: &mut Vec<u64>) {
    use crate::features::template::*;
    let range = &doc.sentence(s);
    let me = &doc.tokens[i];
    let tag_at = |k: isize| -> u64 {
        let j = i as isize + k;
        if j >= range.start as isize && j < range.end as isize {
            u64::from(st.tags[j as usize])
        } else {
            255
        }
    };
    out.push(mix(STACK_TAG, tag_at(0)));
    out.push(mix(mix(STACK_PREV, tag_at(-1)), tag_at(0)));
    out.push(mix(mix(STACK_NEXT, tag_at(0)), tag_at(1)));
    if me.casing.is_capitalized() {
        let seen = u64::from(st.words.get(&me.norm).copied().unwrap_or(0));
        out.push(mix(STACK_DOC, seen));
        out.push(mix(mix(STACK_DOC_TAG, seen), tag_at(0)));
    }
}
