//! Reports that cite another outlet ("as NWS reported", "according to the
//! Meridian Post", "the Meridian Post reported"), and the choice of the cited
//! report among the outlet's reports: published within a window before the
//! citing one, sharing the most content words with it.

use crate::copies::words;
use crate::profile::is_stopword;
use ahash::AHashSet;
use std::ops::Range;

/// Days before the citing report the cited one may be dated.
pub const CITE_WINDOW_DAYS: i64 = 14;
/// The least share of the citing report's content words the cited report
/// must hold.
pub const MIN_OVERLAP: f32 = 0.15;

/// A set of content words ([`content_words`]).
pub type WordSet = AHashSet<String>;

/// A citation of an outlet in a report's text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Citation {
    /// The outlet, as the caller names it.
    pub outlet: String,
    /// Where the text names it (bytes of the clean text).
    pub span: Range<usize>,
    /// The phrase that makes it a citation ("as … reported", "according to").
    pub cue: String,
}

/// Cues before an outlet's name that make it a source.
const BEFORE: [&str; 4] = ["according to ", "as ", "reported by ", "citing "];
/// Verbs after an outlet's name that make it a source.
const AFTER: [&str; 5] = [" reported", " wrote", " said", " reports", " cited"];

/// The citations of `outlets` (other than the report's own) in a text.
pub fn citations(text: &str, outlets: &[String], own: Option<&str>) -> Vec<Citation> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new(); // offsets would not carry over; such texts are rare
    }
    let mut out = Vec::new();
    for outlet in outlets {
        if own.is_some_and(|o| o.eq_ignore_ascii_case(outlet)) || outlet.len() < 2 {
            continue;
        }
        let name = outlet.to_lowercase();
        for (at, _) in lower.match_indices(&name) {
            let end = at + name.len();
            let bounded = !lower[..at].ends_with(char::is_alphanumeric)
                && !lower[end..].starts_with(char::is_alphanumeric);
            if !bounded {
                continue;
            }
            let head = lower[..at].trim_end_matches("the ");
            let cue = BEFORE
                .iter()
                .find(|c| head.ends_with(*c))
                .or_else(|| AFTER.iter().find(|c| lower[end..].starts_with(*c)));
            if let Some(cue) = cue {
                out.push(Citation {
                    outlet: outlet.clone(),
                    span: at..end,
                    cue: cue.trim().to_string(),
                });
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    out
}

/// The content words of a text (lower-cased, four letters or more, function
/// words left out).
pub fn content_words(text: &str) -> AHashSet<String> {
    words(text)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| w.chars().count() >= 4 && !is_stopword(w))
        .collect()
}

/// The share of `citing`'s content words found in `cited`.
pub fn overlap(citing: &AHashSet<String>, cited: &AHashSet<String>) -> f32 {
    if citing.is_empty() {
        return 0.0;
    }
    citing.iter().filter(|w| cited.contains(*w)).count() as f32 / citing.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_before_and_after_an_outlet_make_a_citation() {
        let outlets = vec!["NWS".to_string(), "Meridian Post".to_string()];
        let text = "Talks stalled, as NWS reported on Wednesday. The Meridian Post wrote \
                    that a deal was near. A NWS-style headline is no citation.";
        let found = citations(text, &outlets, None);
        let cues: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (&text[c.span.clone()], c.cue.as_str()))
            .collect();
        assert_eq!(cues, [("NWS", "as"), ("Meridian Post", "wrote")]);
        assert!(citations(text, &outlets, Some("nws"))
            .iter()
            .all(|c| c.outlet != "NWS"));
    }

    #[test]
    fn overlap_is_the_share_of_the_citing_words() {
        let a = content_words("Negotiators ended talks in Geneva without agreement");
        let b = content_words("The talks in Geneva ended; negotiators met again");
        let c = content_words("A storm closed the mountain pass for a third day");
        assert!(overlap(&a, &b) >= 0.6, "{}", overlap(&a, &b));
        assert_eq!(overlap(&a, &c), 0.0);
    }
}
