//! Corrections from the hand-written tables: an honorific alone ("Mr") or a
//! number word ("Nine") taken for a name; a country, capital, seat of
//! government or nationality the tagger typed as a person, or left out; an outlet it did
//! not type as an organisation, left out, or swallowed into a longer name
//! ("Minister Denies Financial Times Report" keeps "Financial Times").

use dragoman_lexicon::{number_word, PlaceKind, COUNTRIES, OUTLETS, TITLES};
use dragoman_model::{covered_tokens, Entity, EntityType, Span, Token, TokenKind};

/// The longest table name, in tokens.
const MAX_NAME_TOKENS: usize = 3;

/// Fixes the types of `entities` that the tables contradict, and adds the
/// countries, capitals and nationalities the tagger left out; keeps text order.
pub fn correct(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    // "Mr", "Mrs." alone name nobody; nor does a number word opening a
    // sentence ("Nine points are easier to sign").
    entities.retain(|e| {
        let name = e.span.of(text).to_lowercase();
        !TITLES.is_honorific(&name) && number_word(&name).is_none()
    });
    for e in entities.iter_mut() {
        let name = e.span.of(text);
        match COUNTRIES.place(name) {
            Some((_, PlaceKind::Demonym)) if e.kind == EntityType::Per => e.kind = EntityType::Misc,
            Some((_, PlaceKind::Country | PlaceKind::Capital)) if e.kind == EntityType::Per => {
                e.kind = EntityType::Loc
            }
            // "Downing Street said": a seat of government speaks for it.
            Some((_, PlaceKind::Seat)) if e.kind == EntityType::Per => e.kind = EntityType::Org,
            _ if OUTLETS.is_outlet(name) && e.kind != EntityType::Org => e.kind = EntityType::Org,
            _ if e.kind == EntityType::Org && nationality_before_title(text, tokens, e.span) => {
                e.kind = EntityType::Misc
            }
            _ => {}
        }
    }
    split_out_outlets(text, tokens, entities);
    // Tokens already inside an entity.
    let covered = covered_tokens(tokens, entities.iter().map(|e| e.span));
    let is_candidate = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && !covered[k]
            && tokens[k].span.of(text).starts_with(char::is_uppercase)
    };
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_candidate(i) {
            i += 1;
            continue;
        }
        // The longest run of name-like words from `i` that the tables know.
        let run = (i..tokens.len().min(i + MAX_NAME_TOKENS))
            .take_while(|&k| tokens[k].kind == TokenKind::Word && !covered[k])
            .count();
        let found = (1..=run).rev().find_map(|n| {
            let span = Span {
                start: tokens[i].span.start,
                end: tokens[i + n - 1].span.end,
            };
            let name = span.of(text);
            if OUTLETS.is_outlet(name) {
                return Some((n, span, EntityType::Org));
            }
            match COUNTRIES.place(name)? {
                (_, PlaceKind::Country | PlaceKind::Capital) => Some((n, span, EntityType::Loc)),
                (_, PlaceKind::Demonym) => Some((n, span, EntityType::Misc)),
                (_, PlaceKind::Seat) => None,
            }
        });
        match found {
            Some((n, span, kind)) => {
                added.push(Entity::new(span, kind));
                i += n;
            }
            None => i += 1,
        }
    }
    super::add_in_order(entities, added);
}

/// Replaces an entity that holds a multi-word outlet name inside a longer
/// run of words by the outlet alone; the other words are left free for
/// later stages to name.
fn split_out_outlets(text: &str, tokens: &[Token], entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        if OUTLETS.is_outlet(e.span.of(text)) {
            continue;
        }
        let first = tokens.partition_point(|t| t.span.end <= e.span.start);
        let end = tokens.partition_point(|t| t.span.start < e.span.end);
        let found = (first..end).find_map(|i| {
            (2..=MAX_NAME_TOKENS.min(end - i)).rev().find_map(|n| {
                let span = Span {
                    start: tokens[i].span.start,
                    end: tokens[i + n - 1].span.end,
                };
                OUTLETS.is_outlet(span.of(text)).then_some(span)
            })
        });
        if let Some(span) = found {
            e.span = span;
            e.kind = EntityType::Org;
        }
    }
}

/// True when `span` is one word with the ending of a nationality ("-ian",
/// "-ese", "-ish", "-ic", "-i") right before a lower-case title ("Kestrian
/// envoy", "Bhutanese minister"): a country's adjective the tables do not
/// know, not an organization.
fn nationality_before_title(text: &str, tokens: &[Token], span: Span) -> bool {
    let word = span.of(text);
    let endings = ["ian", "ese", "ish", "ic", "i"];
    if word.contains(' ') || !endings.iter().any(|e| word.ends_with(e)) {
        return false;
    }
    let next = tokens.partition_point(|t| t.span.start < span.end);
    tokens.get(next).is_some_and(|t| {
        let w = t.span.of(text);
        w.starts_with(char::is_lowercase) && TITLES.is_head(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, word: &str, kind: EntityType) -> Entity {
        let start = text.find(word).unwrap();
        Entity::new(Span::new(start, start + word.len()), kind)
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

    #[test]
    fn an_unknown_nationality_before_a_title_is_no_organization() {
        let text = "Kestrian envoy Anton Varga met the Vatican envoy.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Kestrian", EntityType::Org),
            entity(text, "Vatican", EntityType::Org),
        ];
        correct(text, &tokens, &mut es);
        assert_eq!(es[0].kind, EntityType::Misc);
        assert_eq!(es[1].kind, EntityType::Org);
    }

    #[test]
    fn a_seat_of_government_is_no_person() {
        let text = "Downing Street said the call was useful.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![entity(text, "Downing Street", EntityType::Per)];
        correct(text, &tokens, &mut es);
        assert_eq!(es[0].kind, EntityType::Org);
    }

    #[test]
    fn a_number_word_alone_is_no_entity() {
        let text = "Nine points are easier to sign, Marsh said.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Nine", EntityType::Per),
            entity(text, "Marsh", EntityType::Per),
        ];
        correct(text, &tokens, &mut es);
        let got: Vec<&str> = es.iter().map(|e| e.span.of(text)).collect();
        assert_eq!(got, ["Marsh"]);
    }

    #[test]
    fn outlets_are_found_and_split_out_of_longer_names() {
        let text = "Minister Denies Financial Times Report, as Axios said.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![entity(
            text,
            "Minister Denies Financial Times Report",
            EntityType::Per,
        )];
        correct(text, &tokens, &mut es);
        let got: Vec<(&str, EntityType)> = es.iter().map(|e| (e.span.of(text), e.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("Financial Times", EntityType::Org),
                ("Axios", EntityType::Org)
            ]
        );
    }
}
