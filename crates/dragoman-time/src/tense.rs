//! The tense around a time expression, from the words of its sentence.
//!
//! Each sentence yields tense *cues*: auxiliaries ("will", "was", "had"),
//! modals ("may", "should"; "could" is neutral), past forms ("met",
//! "signed") and words of plan ("scheduled", "plans to", "wants to").
//! Reporting verbs ("said", "told") are weak past cues: they speak for the
//! words right next to them ("said Friday"), not for what was said
//! ("officials said the talks will resume Friday" is about the future). The
//! cues of one verb group share its tense ("will be held" is future). A time
//! expression takes the tense of the nearest cue in its sentence, a cue after
//! it counting double; a few words right before it overrule the verbs
//! (module `around`: "since March", "as soon as Tuesday").

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
    /// Byte offset of its end.
    pub end: u32,
    /// Its tense.
    pub tense: Tense,
    /// True for a reporting verb ("said"): past, but it speaks only for the
    /// words next to it ("said Friday"), not for what was said.
    pub weak: bool,
    /// How many commas and semicolons of the sentence stand before it: the
    /// stretch of the sentence it speaks in.
    pub stretch: u32,
    /// True for a cue of a present perfect ("has given", "have set"): past,
    /// but what it set up still holds ("has given them until Tuesday").
    pub perfect: bool,
}

/// How many times farther a weak cue counts.
const WEAK_DISTANCE: u32 = 4;

/// The tense cues among `tokens` of `text` (one sentence), in order.
///
/// The words of one verb group ("will be held", "were planning to",
/// "is to resume") speak with one voice: a future word anywhere in the group
/// makes it future, else its first (finite) verb decides. "held" in "will be
/// held" is then no past cue.
pub fn cues(text: &str, tokens: &[Token]) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    // Index in `out` of the first cue of the verb group being read.
    let mut group: Option<usize> = None;
    let mut stretch = 0;
    for (i, token) in tokens.iter().enumerate() {
        if is_stretch_mark(token.span.of(text)) {
            stretch += 1;
        }
        let mut buf = [0u8; 16];
        let Some(word) = lower_word(text, token, &mut buf) else {
            group = None;
            continue;
        };
        let weak = is_reporting(word);
        let tense = if weak {
            Tense::Past
        } else if word == "plans" && out.last().is_some_and(|c| c.end + 1 >= token.span.start) {
            // "announced plans to": the noun, object of the verb before it.
            Tense::Unknown
        } else if next_is_to(text, tokens, i) && intends(word) {
            Tense::Future
        } else if is_modal(word, token.span.of(text)) {
            modal(word, text, tokens, i)
        } else if after_to_be(text, tokens, i) {
            // "to be completed by Dec. 15": an infinitive, no past.
            Tense::Unknown
        } else if matches!(word, "has" | "have") && possesses(text, tokens, i) {
            // "has until Sunday to reply", "has no estimate": to hold, in
            // the present.
            Tense::Present
        } else if (is_plan(word) || word.ends_with("ed"))
            && attributive(text, tokens, i, is_plan(word))
        {
            // "the hastily planned trip", "a still unspecified date": an
            // adjective, no verb.
            Tense::Unknown
        } else {
            cue_of(word)
        };
        if tense == Tense::Unknown {
            if !in_verb_group(word) {
                group = None;
            }
            continue;
        }
        out.push(Cue {
            at: token.span.start,
            end: token.span.end,
            tense,
            weak,
            stretch,
            perfect: matches!(word, "has" | "have"),
        });
        match group {
            Some(first) if !weak => {
                let voice = if tense == Tense::Future && is_plan(word) && out[first].is(text, "had")
                {
                    // "had been planned for May 28": a plan of the past, whose
                    // day may have come and gone; no direction.
                    Tense::Present
                } else if tense == Tense::Future {
                    Tense::Future
                } else {
                    out[first].tense
                };
                let perfect = voice == Tense::Past && out[first].perfect;
                for cue in &mut out[first..] {
                    cue.tense = voice;
                    cue.perfect = perfect;
                }
            }
            _ => group = (!weak).then_some(out.len() - 1),
        }
    }
    out
}

/// True for a participle of plan ("planned", "scheduled", "expected"), a
/// future cue as a verb ("is scheduled for Friday").
fn is_plan(word: &str) -> bool {
    matches!(word, "planned" | "scheduled" | "expected")
}

/// True when the words before token `i` make it an adjective before its
/// noun: a determiner ("the planned visit", "an unnamed official"),
/// possibly with an adverb between ("a still unspecified date"); for a
/// participle of plan, an adverb in "-ly" alone too ("a hastily scheduled
/// trip"), which before another verb modifies the verb ("tentatively
/// decided").
fn attributive(text: &str, tokens: &[Token], i: usize, plan: bool) -> bool {
    let word = |back: usize| {
        i.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .map_or("", |t| t.span.of(text))
    };
    let adverb = |w: &str| w.eq_ignore_ascii_case("still") || (w.len() > 4 && w.ends_with("ly"));
    let determiner = |w: &str| {
        [
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
        ]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w))
    };
    determiner(word(1)) || (adverb(word(1)) && (plan || determiner(word(2))))
}

/// True when "to be" stands right before token `i`.
fn after_to_be(text: &str, tokens: &[Token], i: usize) -> bool {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.span.of(text));
    i >= 2 && at(i - 1).eq_ignore_ascii_case("be") && at(i - 2).eq_ignore_ascii_case("to")
}

/// True when the word after token `i` is "to" ("set to", "due to").
fn next_is_to(text: &str, tokens: &[Token], i: usize) -> bool {
    next_is(text, tokens, i, "to")
}

/// True when "has" or "have" at token `i` is the verb to hold, not the
/// auxiliary of a perfect: "until" or a determiner follows it ("has until
/// Sunday", "has no estimate", "have a plan").
fn possesses(text: &str, tokens: &[Token], i: usize) -> bool {
    HELD.iter().any(|w| next_is(text, tokens, i, w))
}

/// The words after "has" that make it the verb to hold.
const HELD: &[&str] = &[
    "until", "no", "a", "an", "the", "its", "their", "his", "her", "some", "any",
];

/// True when the word after token `i` is `word` (ASCII case ignored).
fn next_is(text: &str, tokens: &[Token], i: usize, word: &str) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case(word))
}

/// True for a modal verb ("would", "could", "may", "might", "should",
/// "must") as `written`: "May" with a capital is the month.
fn is_modal(word: &str, written: &str) -> bool {
    match word {
        "would" | "could" | "might" | "should" | "must" => true,
        "may" => written == "may",
        _ => false,
    }
}

/// The tense a modal verb `word` at token `i` gives: what is or was then
/// to come ("said the vote would take place on Thursday" is the Thursday
/// ahead, "talks may resume in the summer" the summer ahead), unless "have"
/// follows ("would have met", "may have left": a past). "could" is as often
/// a past ("could not stop the attack on Friday") as a possibility ("a deal
/// could come in the summer"): it gives no direction, but its clause is no
/// longer the reporting verb's past.
fn modal(word: &str, text: &str, tokens: &[Token], i: usize) -> Tense {
    let at = |k: usize| tokens.get(k).map_or("", |t| t.span.of(text));
    let next = if matches!(at(i + 1), "not" | "n't") {
        i + 2
    } else {
        i + 1
    };
    if at(next).eq_ignore_ascii_case("have") {
        Tense::Past
    } else if word == "could" {
        Tense::Present
    } else {
        Tense::Future
    }
}

/// True for a word that, before "to", points to what is to come ("set to
/// resume", "is to resume", "ready to leave", "did not plan to remove",
/// "wants to visit"). "plans" counts only so: without "to" it is mostly the
/// noun ("set aside vacation plans on Friday").
fn intends(word: &str) -> bool {
    INTENDS.contains(&word)
}

/// The words of [`intends`].
#[rustfmt::skip]
const INTENDS: &[&str] = &[
    "set", "slated", "poised", "ready", "likely", "is", "are", "was", "were", "plan", "plans",
    "hope", "hopes", "hoped", "want", "wants", "wanted", "intend", "intended", "aim", "aims",
    "aimed", "seek", "seeks", "sought", "vow", "vows", "vowed", "promise", "promises", "promised",
    "threaten", "threatens", "threatened", "prepare", "prepares", "prepared",
];

/// True for a word that may stand inside a verb group without a tense of
/// its own ("not", "be", "also").
fn in_verb_group(word: &str) -> bool {
    matches!(
        word,
        "not" | "n't" | "be" | "being" | "also" | "still" | "already" | "to" | "never" | "just"
    )
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

/// True for a mark that ends a stretch of a sentence: a comma or semicolon.
fn is_stretch_mark(token: &str) -> bool {
    matches!(token, "," | ";")
}

/// The stretch of the sentence of `tokens` that byte offset `at` stands in
/// (see [`Cue::stretch`]).
pub fn stretch_at(text: &str, tokens: &[Token], at: u32) -> u32 {
    let before = tokens.partition_point(|t| t.span.start < at);
    tokens[..before]
        .iter()
        .filter(|t| is_stretch_mark(t.span.of(text)))
        .count() as u32
}

/// The tense of the cue nearest to byte offset `at`, standing in `stretch`
/// of its sentence (see [`nearest_cue`]).
pub fn tense_at(cues: &[Cue], at: u32, stretch: u32) -> Tense {
    nearest_cue(cues, at, stretch).map_or(Tense::Unknown, |c| c.tense)
}

/// The cue nearest to byte offset `at`, standing in `stretch` of its
/// sentence. A cue in another stretch counts twice as far: "who talked with
/// reporters on Monday, said the aim was to ..." is Monday past.
pub fn nearest_cue(cues: &[Cue], at: u32, stretch: u32) -> Option<&Cue> {
    let distance = |c: &&Cue| {
        let d = c.at.abs_diff(at)
            * if c.at > at { AFTER_DISTANCE } else { 1 }
            * if c.stretch == stretch {
                1
            } else {
                OTHER_STRETCH
            };
        // The gap between a reporting verb and the expression.
        let gap = if c.at < at {
            at.saturating_sub(c.end)
        } else {
            c.at - at
        };
        if c.weak && gap > ADJACENT {
            d * WEAK_DISTANCE
        } else {
            d
        }
    };
    cues.iter().min_by_key(distance)
}

impl Cue {
    /// True when the cue's word is `word` (ASCII case ignored).
    fn is(&self, text: &str, word: &str) -> bool {
        text.get(self.at as usize..self.end as usize)
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    /// True when this cue is a past verb (not a reporting one) standing
    /// right before byte offset `at` of `text`, nothing between them but "in",
    /// "on" or "at", after a short object: the verb the expression belongs
    /// to ("were held in May", "met on November 19", "signed Friday",
    /// "bought the unit in February"), which tells when it happened. A
    /// limit ("extended the offer until Nov. 10") may lie ahead, and so may
    /// what a clause or an infinitive between them tells ("agreed to meet in
    /// February", "said that talks resume in May").
    pub fn governs_past(&self, text: &str, at: u32) -> bool {
        let Some(between) = text.get(self.end as usize..at as usize).map(str::trim) else {
            return false;
        };
        let object = ["in", "on", "at"].iter().find_map(|p| {
            let rest = between.strip_suffix(p)?;
            (rest.is_empty() || rest.ends_with(' ')).then(|| rest.trim_end())
        });
        let governs = between.is_empty() || object.is_some_and(is_short_object);
        self.tense == Tense::Past && !self.weak && governs
    }

    /// True when this cue is a reporting verb whose own date stands at byte
    /// offset `at` of `text`, after the one it was told to or the occasion
    /// it was said at: "told reporters (on) Tuesday that ...", "told a news
    /// conference on Monday", "said in a statement on Friday". The date is
    /// then the day of the telling, whatever the words told say.
    pub fn reports_at(&self, text: &str, at: u32) -> bool {
        let Some(between) = text.get(self.end as usize..at as usize).map(str::trim) else {
            return false;
        };
        let words = between.strip_suffix(" on").unwrap_or(between).trim_end();
        let occasion = OCCASION
            .iter()
            .any(|p| words.strip_prefix(p).is_some_and(|r| r.starts_with(' ')));
        let told = self.is(text, "told") && !words.is_empty();
        self.weak && (occasion || told) && is_short_object(words)
    }
}

/// Prepositions of the occasion a reporting verb was said at ("in a
/// statement", "at a news conference").
const OCCASION: &[&str] = &["in", "at", "during"];

/// The most words an object between a past verb and its date may have.
const OBJECT_WORDS: usize = 4;

/// True when `words` can be the object of a verb, within its clause: a few
/// plain words ("the unit", "RJR"), no punctuation, no word that opens
/// another clause or verb group.
fn is_short_object(words: &str) -> bool {
    let mut n = 0;
    for word in words.split(' ') {
        n += 1;
        let plain = word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '’');
        if n > OBJECT_WORDS || !plain || OPENS_CLAUSE.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    true
}

/// Words that open a clause or a verb group of their own between a verb
/// and a date.
#[rustfmt::skip]
const OPENS_CLAUSE: &[&str] = &[
    "that", "which", "who", "to", "and", "but", "or", "when", "if", "after", "before", "until",
    "as", "because", "while", "for", "will", "would", "could", "should", "may", "might", "plans",
];

/// How many times farther a cue in another stretch of the sentence counts.
const OTHER_STRETCH: u32 = 2;

/// How many times farther a cue after the expression counts: the verb an
/// adverbial belongs to mostly comes before it.
const AFTER_DISTANCE: u32 = 2;

/// How close (in bytes, between the two) a reporting verb stands to an
/// expression it speaks for in full ("said Monday", "announced on Monday",
/// "Monday said").
const ADJACENT: u32 = 12;

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
        | "scheduled" | "planned" | "planning" | "intends" | "upcoming" | "tomorrow" | "due" => {
            Tense::Future
        }
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
        tense_at(&cues(text, &tokens), at, stretch_at(text, &tokens, at))
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

    #[test]
    fn a_verb_group_speaks_with_one_voice() {
        assert_eq!(
            tense_of("The vote will be held on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense_of(
                "Crowds marched and were planning to return on Friday.",
                "Friday"
            ),
            Tense::Future
        );
        assert_eq!(
            tense_of("The court is to rule on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("The agency said Monday that it intends to bid.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("In May, the firm unveiled plans to merge.", "May"),
            Tense::Past
        );
    }

    #[test]
    fn modals_and_intentions_look_ahead() {
        let text = "Officials said talks may resume in the summer.";
        assert_eq!(tense_of(text, "summer"), Tense::Future);
        let text = "Officials said a deal could come in the summer.";
        assert_eq!(tense_of(text, "summer"), Tense::Present);
        let text = "The envoys may have met in February.";
        assert_eq!(tense_of(text, "February"), Tense::Past);
        let text = "The ministry did not plan to expel him on Thursday.";
        assert_eq!(tense_of(text, "Thursday"), Tense::Future);
        let text = "She set aside her plans on Friday.";
        assert_eq!(tense_of(text, "Friday"), Tense::Unknown);
        assert_eq!(tense_of("The vote was held in May.", "May"), Tense::Past);
    }
}
