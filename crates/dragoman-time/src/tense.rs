//! The tense around a time expression, from the words of its sentence.
//!
//! Each sentence yields tense *cues*: auxiliaries ("will", "was", "had"),
//! past forms ("met", "signed") and words of plan ("scheduled", "plans").
//! Reporting verbs ("said", "told") are weak past cues: they speak for the
//! words right next to them ("said Friday"), not for what was said
//! ("officials said the talks will resume Friday" is about the future). A
//! time expression takes the tense of the nearest cue in its sentence.

use dragoman_model::{Token, TokenKind};

/// The tense of a clause, as far as its words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Told in the past ("met", "was held").
    Past,
    /// Told in the present ("is", "are").
    Present,
    /// Told in the future ("will meet", "is scheduled").
    Future,
    /// No cue.
    Unknown,
}

/// A tense cue: where it stands (byte offset) and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Byte offset of the cue word.
    pub at: u32,
    /// Its tense.
    pub tense: Tense,
    /// True for a reporting verb ("said"): past, but it speaks only for the
    /// words next to it ("said Friday"), not for what was said.
    pub weak: bool,
}

/// How many times farther a weak cue counts.
const WEAK_DISTANCE: u32 = 4;

/// The tense cues among `tokens` of `text` (one sentence), in order.
pub fn cues(text: &str, tokens: &[Token]) -> Vec<Cue> {
    let mut out = Vec::new();
    for token in tokens {
        let mut buf = [0u8; 16];
        let Some(word) = lower_word(text, token, &mut buf) else {
            continue;
        };
        let weak = is_reporting(word);
        let tense = if weak { Tense::Past } else { cue_of(word) };
        if tense != Tense::Unknown {
            out.push(Cue {
                at: token.span.start,
                tense,
                weak,
            });
        }
    }
    out
}

/// The lower-cased text of a word token (ASCII, at most 16 bytes), in `buf`.
fn lower_word<'b>(text: &str, token: &Token, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let word = token.span.of(text);
    if token.kind != TokenKind::Word || word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// The tense of the cue nearest to byte offset `at`.
pub fn tense_at(cues: &[Cue], at: u32) -> Tense {
    let distance = |c: &&Cue| c.at.abs_diff(at) * if c.weak { WEAK_DISTANCE } else { 1 };
    cues.iter()
        .min_by_key(distance)
        .map_or(Tense::Unknown, |c| c.tense)
}

/// True for a verb that reports speech in the past.
fn is_reporting(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "told"
            | "added"
            | "stated"
            | "noted"
            | "reported"
            | "announced"
            | "explained"
            | "declared"
            | "indicated"
            | "insisted"
            | "warned"
            | "confirmed"
            | "disclosed"
    )
}

/// The tense a word signals, if any.
fn cue_of(word: &str) -> Tense {
    match word {
        "will" | "'ll" | "’ll" | "shall" | "wo" | "going" | "expected" | "expects" | "expect"
        | "scheduled" | "plans" | "planned" | "planning" | "intends" | "upcoming" | "tomorrow"
        | "due" => Tense::Future,
        "is" | "are" | "am" => Tense::Present,
        "according" | "need" | "needed" | "indeed" | "proceed" | "speed" | "based" | "limited"
        | "united" | "related" | "called" | "named" => Tense::Unknown,
        "was" | "were" | "had" | "did" | "has" | "have" | "been" | "ago" | "last" | "yesterday"
        | "earlier" | "met" | "came" | "went" | "took" | "gave" | "made" | "rose" | "fell"
        | "sold" | "bought" | "began" | "won" | "lost" | "held" | "left" | "saw" | "got"
        | "paid" | "became" | "brought" | "ran" | "spoke" | "wrote" | "sent" | "spent" | "felt"
        | "kept" | "broke" | "chose" | "flew" | "grew" | "knew" | "led" | "meant" | "struck"
        | "sank" | "hit" | "slid" | "fought" | "taught" | "caught" | "thought" | "found" => {
            Tense::Past
        }
        w if w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") => Tense::Past,
        _ => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(text: &str, word: &str) -> Tense {
        let tokens = dragoman_tokenize::tokens(text);
        let at = text.find(word).unwrap() as u32;
        tense_at(&cues(text, &tokens), at)
    }

    #[test]
    fn the_nearest_cue_decides() {
        assert_eq!(tense_of("The envoys met in August.", "August"), Tense::Past);
        assert_eq!(
            tense_of("Officials said the envoys will meet in August.", "August"),
            Tense::Future
        );
        assert_eq!(
            tense_of("The summit is in August.", "August"),
            Tense::Present
        );
        assert_eq!(tense_of("Nothing about August.", "August"), Tense::Unknown);
        assert_eq!(
            tense_of("The envoys will meet again, he said Friday.", "Friday"),
            Tense::Past
        );
    }
}
