//! Outlets named after their kind: "the state news agency SUNA", "public
//! broadcaster Kan" (tagged LOC), "the daily Maariv". The name is an
//! organisation of subtype `OUTLET`, whether or not the outlet table knows
//! it; the kinds are the lexicon's (`outlet_kinds.txt`).

use super::names::token_at;
use dragoman_lexicon::{ends_with_outlet_kind, COUNTRIES};
use dragoman_model::{Entity, EntityType, Token};

/// How many words before a name are read for its kind ("news agency").
const KIND_WORDS: usize = 2;

/// Marks the names right after a kind of outlet as outlets. A person's name
/// is left alone ("told state television Putin would ..." is rare, but a
/// person is no outlet), and so is a place's.
pub fn mark(text: &str, tokens: &[Token], entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.kind != EntityType::Per) {
        let first = token_at(tokens, e.span.start);
        let before: Vec<&str> = (first.saturating_sub(KIND_WORDS)..first)
            .map(|k| tokens[k].span.of(text))
            .collect();
        if ends_with_outlet_kind(&before) && COUNTRIES.place(e.span.of(text)).is_none() {
            e.kind = EntityType::Org;
            e.subtype = Some("OUTLET".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Span;

    #[test]
    fn regression_a_name_after_a_kind_of_outlet_is_an_outlet() {
        let text = "Public broadcaster Tavo reported it, and the news agency Vesta and Norland radio agreed.";
        let tokens = dragoman_tokenize::tokens(text);
        let at = |w: &str, kind| {
            let s = text.find(w).unwrap();
            Entity::new(Span::new(s, s + w.len()), kind)
        };
        let mut es = vec![
            at("Tavo", EntityType::Loc),
            at("Vesta", EntityType::Per),
            at("Norland", EntityType::Loc),
        ];
        mark(text, &tokens, &mut es);
        let kinds: Vec<_> = es.iter().map(|e| (e.kind, e.subtype.as_deref())).collect();
        assert_eq!(
            kinds,
            [
                (EntityType::Org, Some("OUTLET")),
                (EntityType::Per, None),
                (EntityType::Loc, None),
            ]
        );
    }
}
