//! Who may receive an event, for the coder's [`Context`]: not whoever
//! tells of it nor the medium it was told in, not a party named inside
//! another's phrase, and, for a protest or attack that names no party of a
//! country, the place it befell.

use crate::coder::Context;
use crate::mentions::Mention;
use crate::trigger::Trigger;
use dragoman_syntax::Tree;

impl Context<'_, '_> {
    /// The party a protest or an attack that names none (or none of a
    /// country) is against: the place it befell, when that place has a country ("demonstrated in
    /// Tbilisi", "killed 23 people in Tel Aviv"), as PLOVER codes them.
    pub(crate) fn where_it_befell(
        &self,
        kind: &str,
        place: Option<&crate::setting::Place>,
    ) -> Option<&Mention> {
        let place = place.filter(|p| p.country.is_some())?;
        matches!(kind, "PROTEST" | "ASSAULT")
            .then(|| {
                self.mentions
                    .iter()
                    .find(|m| m.first <= place.at && place.at < m.end)
            })
            .flatten()
    }

    /// True when party `m` is the source of an attribution whose content
    /// holds trigger `t` ("Brazil offered to host talks, according to a
    /// diplomat"): whoever tells of an event is not acted upon in it.
    pub(crate) fn tells_of(&self, t: &Trigger, m: &Mention) -> bool {
        let (trigger, party) = (
            self.words.span(t.first, t.end),
            self.words.span(m.first, m.end),
        );
        self.doc.quotes.iter().any(|q| {
            q.content.iter().any(|c| c.contains(trigger))
                && q.source.iter().any(|s| s.overlaps(party))
        })
    }

    /// True when party `m` is the medium something was said in, not a
    /// party: a news medium named by its common noun after "on", "in",
    /// "via" or "through" ("confirmed the truce on state television").
    pub(crate) fn medium(&self, m: &Mention) -> bool {
        let words = self.words;
        let through = |w: &str| matches!(w, "on" | "in" | "via" | "through");
        let mut j = m.first;
        while j > 0 && m.first - j < 3 && !through(words.before(j)) {
            let w = words.before(j);
            let modifier = crate::words::is_determiner(w) || w.starts_with(char::is_lowercase);
            if !modifier || !words.is_word(j - 1) {
                break;
            }
            j -= 1;
        }
        let through = through(words.before(j));
        through && m.sector.as_deref() == Some("MED") && !m.person && m.country.is_none()
    }

    /// True when word order's recipient `m` of predicate `p` may be one: not
    /// a place after "near", "at", "off" ("a collision near the Shoal"),
    /// not the subject of a clause outside the predicate's (", the ministry
    /// said"), nor of a free relative ("what Ankara called").
    pub(crate) fn may_receive(&self, m: &Mention, p: usize) -> bool {
        let (words, tree) = (self.words, self.tree);
        let mut j = m.first;
        while j > 0 && crate::words::is_determiner(words.at(j - 1)) {
            j -= 1;
        }
        let placed = m.modifier
            && matches!(
                words.before(j),
                "near" | "at" | "off" | "outside" | "around" | "across" | "beyond"
            );
        let head = crate::clause::head_of(tree, m.first, m.end);
        // The subject of a clause the predicate governs may receive ("threatened
        // to strike unless Israel withdrew", "demanded that Kyiv ..."); one of
        // a clause outside it may not.
        // A reporting clause hung on the predicate (", Downing Street said")
        // is outside it too.
        // (The parser hangs it as parataxis, or even as a relative clause.)
        let reporting =
            |h: usize| h > p && crate::words::is_reporting(&tree.lemma(h).to_lowercase());
        // Nor the subject of what a noun holds ("rejected claims that Russian
        // drones had entered"): the content of a claim is no party to it.
        let of_a_noun = |h: usize| {
            tree.deprel(h)
                .is_some_and(|d| matches!(d.universal(), "acl" | "ccomp"))
                && tree
                    .head(h)
                    .is_some_and(|n| tree.upos(n) == Some(dragoman_model::Upos::Noun))
        };
        // (A nationality stands for the noun it modifies: "Russian drones".)
        let head = match tree.deprel(head).map(|d| d.universal()) {
            Some("amod" | "compound") => tree.head(head).unwrap_or(head),
            _ => head,
        };
        let subject_elsewhere = tree.deprel(head).is_some_and(|d| d.universal() == "nsubj")
            && tree.head(head).is_some_and(|h| {
                h != p && (!dominates(tree, p, h) || reporting(h) || of_a_noun(h))
            });
        // Nor a party of a clause coordinated with the predicate's ("rammed
        // its vessel and urged Manila ...").
        let clause = tree.clause_of(head);
        let coordinated = clause != tree.clause_of(p)
            && tree.deprel(clause).is_some_and(|d| d.universal() == "conj")
            && tree.upos(clause) == Some(dragoman_model::Upos::Verb);
        let companion = crate::roles::companion(tree, m.first);
        // Nor whoever names the object in a free relative ("struck what
        // Ankara called militant camps"): that is a speaker, not a target.
        let names_the_object = words.before(j) == "what";
        !subject_elsewhere
            && !placed
            && !coordinated
            && !companion
            && !names_the_object
            && !in_other_relative(tree, head, p)
    }

    /// True when a nationality word stands alone, heading no noun phrase
    /// (the tagger's "Ukrainian" as a subject): it names no actor.
    pub(crate) fn alone(&self, m: &Mention) -> bool {
        let head = self.tree.head(m.first);
        let modifies = self
            .tree
            .deprel(m.first)
            .is_some_and(|d| matches!(d.universal(), "amod" | "compound" | "nmod"));
        !modifies || head.is_none()
    }
}

/// True when token `x` stands in a relative clause that neither holds
/// predicate `p` nor modifies it: "agreed to a truce to end fighting that has killed
/// 35 people" does nothing to the people.
fn in_other_relative(tree: &Tree, mut x: usize, p: usize) -> bool {
    for _ in 0..tree.len() {
        if tree.deprel(x).is_some_and(|d| d.as_str() == "acl:relcl") {
            return relative_pronoun(tree, x) && !dominates(tree, x, p) && tree.head(x) != Some(p);
        }
        match tree.head(x) {
            Some(h) if h != p => x = h,
            _ => return false,
        }
    }
    false
}

/// True when clause `x` opens with a relative pronoun that plays a part in
/// it ("that has killed", "which ended"): "a demand that Israel ease" is the
/// demand's content (the parser may call it a relative clause too).
fn relative_pronoun(tree: &Tree, x: usize) -> bool {
    tree.children(x, &["nsubj", "obj", "obl", "advmod"])
        .any(|c| {
            matches!(
                tree.lemma(c).to_lowercase().as_str(),
                "that" | "which" | "who" | "whom" | "where"
            )
        })
}

/// True when token `top` is `x` or above it in the tree.
fn dominates(tree: &Tree, top: usize, mut x: usize) -> bool {
    for _ in 0..tree.len() {
        if x == top {
            return true;
        }
        match tree.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}
