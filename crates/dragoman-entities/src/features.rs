//! Feature extraction: what the tagger sees of each token, as 64-bit hashes.
//!
//! A document is first [`prepare`]d once: every token gets its normalized
//! key, exact-word key, shape, casing and affixes, and the document gets its
//! casing memory (which words it also writes in lower case, or capitalized
//! in mid-sentence). Then [`static_features`] lists the features of one
//! token that do not depend on earlier decisions, and [`dynamic_features`]
//! the ones that do (previous tags, what the same word was tagged earlier in
//! the document).

use crate::clusters::WordClusters;
use crate::gazetteer::{Gazetteer, HashKeyed};
use crate::hash::{hash_bytes, mix};
use crate::shape::{casing, normalize_into, shape_into, Casing};
use dragoman_model::{Sentence, Token, TokenKind};
use std::ops::Range;

/// Feature templates. Their values seed the hashes, so renumbering them
/// invalidates a trained model.
pub(crate) mod template {
    pub const BIAS: u64 = 1;
    pub const NORM: u64 = 2;
    pub const WORD: u64 = 3;
    pub const NORM_PREV: u64 = 4;
    pub const NORM_NEXT: u64 = 5;
    pub const NORM_PREV2: u64 = 6;
    pub const NORM_NEXT2: u64 = 7;
    pub const SHAPE: u64 = 8;
    pub const SHAPE_PREV: u64 = 9;
    pub const SHAPE_NEXT: u64 = 10;
    pub const SHAPE_TRIGRAM: u64 = 11;
    pub const AFFIX: u64 = 12;
    pub const BIGRAM_LEFT: u64 = 13;
    pub const BIGRAM_RIGHT: u64 = 14;
    pub const FIRST_SHAPE: u64 = 15;
    pub const GAZ: u64 = 16;
    pub const GAZ_CASING: u64 = 17;
    pub const DOC_CASING: u64 = 18;
    pub const HEADLINE: u64 = 19;
    pub const HEADLINE_NORM: u64 = 20;
    pub const NORM_PREV_SHAPE: u64 = 21;
    pub const GAZ_PREV: u64 = 22;
    pub const GAZ_NEXT: u64 = 23;
    pub const GAZ_MEMBER: u64 = 24;
    pub const GAZ_MEMBER_CASING: u64 = 25;
    pub const LEX: u64 = 26;
    pub const LEX_CASING: u64 = 27;
    pub const LEX_MEMBER: u64 = 28;
    pub const LEX_MEMBER_CASING: u64 = 29;
    pub const CLUSTER_COARSE: u64 = 45;
    pub const CLUSTER_FINE: u64 = 46;
    pub const CLUSTER_PREV: u64 = 47;
    pub const CLUSTER_NEXT: u64 = 48;
    pub const CLUSTER_CASING: u64 = 49;
    pub const STACK_TAG: u64 = 40;
    pub const STACK_PREV: u64 = 41;
    pub const STACK_NEXT: u64 = 42;
    pub const STACK_DOC: u64 = 43;
    pub const STACK_DOC_TAG: u64 = 44;
    pub const PREV_TAG: u64 = 30;
    pub const PREV_TAGS: u64 = 31;
    pub const PREV_TAG_NORM: u64 = 32;
    pub const PREV_TAG_SHAPE: u64 = 33;
    pub const HISTORY: u64 = 34;
    pub const HISTORY_CASING: u64 = 35;
}

/// Number of affix keys per token: prefixes of 1–4 chars, suffixes of 1–4.
const AFFIXES: usize = 8;
const OUTSIDE: u64 = 0x0b0e_0b0e;

/// What the tagger knows of one token before tagging.
#[derive(Clone, Copy, Debug)]
pub struct TokenInfo {
    /// Hash of the lower-cased word with digits masked: the word's identity.
    pub norm: u64,
    /// Its word clusters (coarse, fine); `u16::MAX` when unknown.
    pub cluster: (u16, u16),
    /// Hash of the word as written.
    pub word: u64,
    /// Where the hash of the word's shape lies in [`Prepared::shapes`]
    /// (a document has few shapes: four bytes here where the hash takes
    /// eight; the record is 32 bytes a token).
    pub shape: u32,
    /// Where its normalized form ends in [`Prepared::norms`] (bytes; it
    /// starts where the previous token's ends): its affixes are hashed from
    /// there when its static features are listed.
    pub norm_end: u32,
    /// Its casing.
    pub casing: Casing,
}

/// Bits of the document's casing memory for one word.
const SEEN_LOWER: u8 = 1;
const SEEN_CAPITALIZED_MID_SENTENCE: u8 = 2;

/// A document ready for feature extraction.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// One per token.
    pub tokens: Vec<TokenInfo>,
    /// Token ranges of the sentences (`u32` pairs: 8 bytes a sentence, not
    /// 16; read them with [`Prepared::sentence`]).
    sentences: Vec<(u32, u32)>,
    /// Per sentence: true when it is written in capitals (a headline).
    pub headline: Vec<bool>,
    casing_memory: HashKeyed<u8>,
    /// The normalized forms of the tokens, one after another.
    norms: String,
    /// The distinct shape hashes of the document's tokens.
    shapes: Vec<u64>,
}

impl Prepared {
    /// Token `i`'s normalized form (lower case, digits masked).
    pub fn norm_text(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.tokens[p].norm_end);
        &self.norms[start as usize..self.tokens[i].norm_end as usize]
    }

    /// The token range of sentence `s`.
    pub fn sentence(&self, s: usize) -> Range<usize> {
        let (start, end) = self.sentences[s];
        start as usize..end as usize
    }

    /// The number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// The token ranges of the sentences, in order.
    pub fn sentence_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        (0..self.sentences.len()).map(|s| self.sentence(s))
    }

    /// The hash of a token's shape.
    pub fn shape(&self, t: &TokenInfo) -> u64 {
        self.shapes[t.shape as usize]
    }
}

/// Prepares a document: its text, tokens and sentences, with the word clusters to look up.
pub fn prepare(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    clusters: &WordClusters,
) -> Prepared {
    let mut norm = String::new();
    let mut shape = String::new();
    let mut infos = Vec::with_capacity(tokens.len());
    let mut norms = String::new();
    let (mut shapes, mut shape_ids) = (Vec::new(), HashKeyed::<u32>::default());
    for t in tokens {
        let w = t.span.of(text);
        normalize_into(w, &mut norm);
        shape_into(w, &mut shape);
        let norm_key = key_of_normalized(&norm);
        let shape_key = hash_bytes(template::SHAPE, shape.as_bytes());
        let shape_id = *shape_ids.entry(shape_key).or_insert_with(|| {
            shapes.push(shape_key);
            (shapes.len() - 1) as u32
        });
        norms.push_str(&norm);
        infos.push(TokenInfo {
            norm: norm_key,
            cluster: clusters.of(norm_key).unwrap_or((u16::MAX, u16::MAX)),
            word: hash_bytes(template::WORD, w.as_bytes()),
            shape: shape_id,
            casing: if t.kind == TokenKind::Word {
                casing(w)
            } else {
                Casing::NoLetters
            },
            norm_end: norms.len() as u32,
        });
    }
    let ranges: Vec<(u32, u32)> = sentences
        .iter()
        .map(|s| (s.first_token, s.end_token))
        .collect();
    let tokens_of = |&(start, end): &(u32, u32)| &infos[start as usize..end as usize];
    let headline = ranges.iter().map(|r| is_headline(tokens_of(r))).collect();
    let mut casing_memory = HashKeyed::default();
    for r in &ranges {
        for (i, info) in tokens_of(r).iter().enumerate() {
            let bit = match info.casing {
                Casing::Lower => SEEN_LOWER,
                Casing::Title | Casing::Mixed if i > 0 => SEEN_CAPITALIZED_MID_SENTENCE,
                _ => 0,
            };
            if bit != 0 {
                *casing_memory.entry(info.norm).or_default() |= bit;
            }
        }
    }
    Prepared {
        tokens: infos,
        sentences: ranges,
        headline,
        casing_memory,
        norms,
        shapes,
    }
}

/// The normalized key of a word: what gazetteers and lexicons are keyed by.
pub fn word_key(word: &str) -> u64 {
    let mut norm = String::new();
    normalize_into(word, &mut norm);
    key_of_normalized(&norm)
}

fn key_of_normalized(norm: &str) -> u64 {
    hash_bytes(template::NORM, norm.as_bytes())
}

fn affixes(norm: &str) -> [u64; AFFIXES] {
    let mut out = [0u64; AFFIXES];
    let ends: Vec<usize> = norm
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .chain([norm.len()])
        .collect();
    let n = ends.len();
    for k in 0..4 {
        let len = (k + 1).min(n);
        out[k] = hash_bytes(
            template::AFFIX + 100 * k as u64,
            &norm.as_bytes()[..ends[len - 1]],
        );
        let from = if n > len { ends[n - len - 1] } else { 0 };
        out[4 + k] = hash_bytes(
            template::AFFIX + 100 * (4 + k) as u64,
            &norm.as_bytes()[from..],
        );
    }
    out
}

/// A sentence is a headline when most of its words are in capitals.
fn is_headline(tokens: &[TokenInfo]) -> bool {
    let upper = tokens.iter().filter(|t| t.casing == Casing::Upper).count();
    let other = tokens
        .iter()
        .filter(|t| matches!(t.casing, Casing::Lower | Casing::Title | Casing::Mixed))
        .count();
    upper >= 2 && upper > other
}

/// What static features read besides the document.
#[derive(Clone, Copy, Debug)]
pub struct Lookups<'a> {
    /// The gazetteer learnt from the training data.
    pub gazetteer: &'a Gazetteer,
    /// Its phrase matches over the current sentence (see [`Gazetteer::matches`]).
    pub masks: &'a [u16],
    /// The lexicon of names from other sources (one class bit each: country, person, organisation).
    pub lexicon: &'a Gazetteer,
    /// Its phrase matches over the current sentence.
    pub lexicon_masks: &'a [u16],
}

/// The static features of token `i` of sentence `s`; appended to `out`.
pub fn static_features(
    doc: &Prepared,
    s: usize,
    i: usize,
    lookups: Lookups<'_>,
    out: &mut Vec<u64>,
) {
    use template::*;
    let range = &doc.sentence(s);
    let at = |k: isize| -> Option<&TokenInfo> {
        let j = i as isize + k;
        (j >= range.start as isize && j < range.end as isize).then(|| &doc.tokens[j as usize])
    };
    let norm = |k: isize| at(k).map_or(OUTSIDE.wrapping_add(k as u64), |t| t.norm);
    let shape = |k: isize| at(k).map_or(OUTSIDE.wrapping_add(k as u64), |t| doc.shape(t));
    let me = &doc.tokens[i];
    let my_shape = doc.shape(me);
    let first = i == range.start;
    out.push(BIAS);
    out.push(me.norm);
    out.push(me.word);
    out.push(mix(NORM_PREV, norm(-1)));
    out.push(mix(NORM_NEXT, norm(1)));
    out.push(mix(NORM_PREV2, norm(-2)));
    out.push(mix(NORM_NEXT2, norm(2)));
    out.push(my_shape);
    out.push(mix(SHAPE_PREV, shape(-1)));
    out.push(mix(SHAPE_NEXT, shape(1)));
    out.push(mix(mix(SHAPE_TRIGRAM, shape(-1)), mix(my_shape, shape(1))));
    out.extend_from_slice(&affixes(doc.norm_text(i)));
    out.push(mix(mix(BIGRAM_LEFT, norm(-1)), me.norm));
    out.push(mix(mix(BIGRAM_RIGHT, me.norm), norm(1)));
    out.push(mix(mix(NORM_PREV_SHAPE, norm(-1)), my_shape));
    if first {
        out.push(mix(FIRST_SHAPE, my_shape));
    }
    let fine = |k: isize| at(k).map_or(u64::from(u16::MAX) + 1, |t| u64::from(t.cluster.1));
    out.push(mix(CLUSTER_COARSE, u64::from(me.cluster.0)));
    out.push(mix(CLUSTER_FINE, fine(0)));
    out.push(mix(CLUSTER_PREV, fine(-1)));
    out.push(mix(CLUSTER_NEXT, fine(1)));
    out.push(mix(mix(CLUSTER_CASING, fine(0)), me.casing as u64));
    let gaz = |k: isize| -> u16 {
        let j = i as isize + k;
        if j >= range.start as isize && j < range.end as isize {
            lookups.masks[(j - range.start as isize) as usize]
        } else {
            0
        }
    };
    push_mask_bits(gaz(0), |bit| {
        out.push(mix(GAZ, bit));
        out.push(mix(mix(GAZ_CASING, bit), me.casing as u64));
    });
    push_mask_bits(u16::from(lookups.gazetteer.member_types(me.norm)), |bit| {
        out.push(mix(GAZ_MEMBER, bit));
        out.push(mix(mix(GAZ_MEMBER_CASING, bit), me.casing as u64));
    });
    push_mask_bits(gaz(-1), |bit| out.push(mix(GAZ_PREV, bit)));
    push_mask_bits(lookups.lexicon_masks[i - range.start], |bit| {
        out.push(mix(LEX, bit));
        out.push(mix(mix(LEX_CASING, bit), me.casing as u64));
    });
    push_mask_bits(u16::from(lookups.lexicon.member_types(me.norm)), |bit| {
        out.push(mix(LEX_MEMBER, bit));
        out.push(mix(mix(LEX_MEMBER_CASING, bit), me.casing as u64));
    });
    push_mask_bits(gaz(1), |bit| out.push(mix(GAZ_NEXT, bit)));
    if me.casing.is_capitalized() {
        let memory = doc.casing_memory.get(&me.norm).copied().unwrap_or(0);
        out.push(mix(mix(DOC_CASING, u64::from(memory)), u64::from(first)));
    }
    if doc.headline[s] {
        out.push(HEADLINE);
        out.push(mix(HEADLINE_NORM, me.norm));
    }
}

fn push_mask_bits(mask: u16, mut push: impl FnMut(u64)) {
    let mut m = mask;
    while m != 0 {
        let bit = m.trailing_zeros();
        push(u64::from(bit));
        m &= m - 1;
    }
}

/// The features of token `i` that depend on the tags before it (`prev`,
/// `prev2`; 255 at the sentence start) and on the type (1 + type index, 0 =
/// none) the same word was last tagged with in the document.
pub fn dynamic_features(
    doc: &Prepared,
    i: usize,
    prev: u8,
    prev2: u8,
    history: u8,
    out: &mut Vec<u64>,
) {
    use template::*;
    let me = &doc.tokens[i];
    out.push(mix(PREV_TAG, u64::from(prev)));
    out.push(mix(mix(PREV_TAGS, u64::from(prev2)), u64::from(prev)));
    out.push(mix(mix(PREV_TAG_NORM, u64::from(prev)), me.norm));
    out.push(mix(mix(PREV_TAG_SHAPE, u64::from(prev)), doc.shape(me)));
    if history != 0 {
        out.push(mix(HISTORY, u64::from(history)));
        out.push(mix(
            mix(HISTORY_CASING, u64::from(history)),
            me.casing as u64,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_tokenize::{sentences, tokens};

    #[test]
    fn a_token_record_is_32_bytes() {
        // What the tagger keeps for every token of a document at once.
        assert_eq!(std::mem::size_of::<TokenInfo>(), 32);
    }

    #[test]
    fn norms_and_shapes_read_back_per_token() {
        let text = "Talks in GENEVA resumed, 2025.";
        let (toks, sents) = (tokens(text), sentences(text, &tokens(text)));
        let doc = prepare(text, &toks, &sents, &WordClusters::default());
        let norms: Vec<&str> = (0..toks.len()).map(|i| doc.norm_text(i)).collect();
        assert_eq!(
            norms,
            ["talks", "in", "geneva", "resumed", ",", "0000", "."]
        );
        let shape = |i: usize| doc.shape(&doc.tokens[i]);
        assert_eq!(shape(0), hash_bytes(template::SHAPE, b"Xxx"));
        assert_eq!(shape(1), hash_bytes(template::SHAPE, b"xx"));
        assert_eq!(shape(3), shape(1), "one shape, one entry");
    }

    #[test]
    fn casing_memory_sees_lower_case_uses() {
        let text = "Turkey prices rose. They ate turkey.";
        let toks = tokens(text);
        let sents = sentences(text, &toks);
        let doc = prepare(text, &toks, &sents, &WordClusters::default());
        assert_eq!(
            doc.casing_memory.get(&doc.tokens[0].norm),
            Some(&SEEN_LOWER)
        );
        assert_eq!(doc.sentence_count(), 2);
    }

    #[test]
    fn affixes_of_short_words_repeat_the_word() {
        let a = affixes("ab");
        assert_eq!(a[1], hash_bytes(template::AFFIX + 100, b"ab"));
        assert_eq!(a[5], hash_bytes(template::AFFIX + 500, b"ab"));
    }

    #[test]
    fn headlines_are_mostly_capitals() {
        let text = "TALKS END IN GENEVA\nThe talks ended.";
        let toks = tokens(text);
        let sents = sentences(text, &toks);
        assert_eq!(
            prepare(text, &toks, &sents, &WordClusters::default()).headline,
            vec![true, false]
        );
    }
}
