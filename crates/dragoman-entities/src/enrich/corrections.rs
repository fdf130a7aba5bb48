//! Corrections from the hand-written tables: a country, capital or
//! nationality the tagger typed as a person, or left out, and an outlet it
//! did not type as an organisation.

use super::lexicon::{tables, PlaceKind};
use dragoman_model::{Entity, EntityType, Span, Token, TokenKind};

/// The longest table name, in tokens.
const MAX_NAME_TOKENS: usize = 3;

/// Fixes the types of `entities` that the tables contradict, and adds the
/// countries, capitals and nationalities the tagger left out; keeps text order.
pub fn correct(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let t = tables();
    for e in entities.iter_mut() {
        let name = e.span.of(text);
        match t.place(name) {
            Some((_, PlaceKind::Demonym)) if e.kind == EntityType::Per => e.kind = EntityType::Misc,
            Some((_, PlaceKind::Country | PlaceKind::Capital)) if e.kind == EntityType::Per => {
                e.kind = EntityType::Loc
            }
            _ if t.is_outlet(name) && e.kind != EntityType::Org => e.kind = EntityType::Org,
            _ => {}
        }
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = (1..=MAX_NAME_TOKENS).rev().find_map(|n| {
            let last = tokens.get(i + n - 1)?;
            let span = Span {
                start: tokens[i].span.start,
                end: last.span.end,
            };
            let name = span.of(text);
            let words = tokens[i..i + n].iter().all(|t| t.kind == TokenKind::Word);
            let capitalized = words && name.starts_with(char::is_uppercase);
            let kind = match t.place(name)? {
                (_, PlaceKind::Country | PlaceKind::Capital) => EntityType::Loc,
                (_, PlaceKind::Demonym) => EntityType::Misc,
                (_, PlaceKind::Seat) => return None,
            };
            (capitalized && !entities.iter().any(|e| e.span.overlaps(span)))
                .then_some((n, span, kind))
        });
        match found {
            Some((n, span, kind)) => {
                added.push(Entity {
                    span,
                    kind,
                    subtype: None,
                    canonical: None,
                    role: None,
                    country: None,
                    actor: None,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| (e.span.start, e.span.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, word: &str, kind: EntityType) -> Entity {
        let start = text.find(word).unwrap();
        Entity {
            span: Span::new(start, start + word.len()),
            kind,
            subtype: None,
            canonical: None,
            role: None,
            country: None,
            actor: None,
        }
    }

    #[test]
    fn tables_fix_types_and_fill_gaps() {
        let text = "Officials in Kyiv read Axios and met Ukrainian envoys in Warsaw.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Kyiv", EntityType::Per),
            entity(text, "Axios", EntityType::Per),
        ];
        correct(text, &tokens, &mut es);
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.span.of(text), e.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("Kyiv", EntityType::Loc),
                ("Axios", EntityType::Org),
                ("Ukrainian", EntityType::Misc),
                ("Warsaw", EntityType::Loc)
            ]
        );
    }
}
