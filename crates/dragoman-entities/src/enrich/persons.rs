//! Persons the tagger mistypes or cuts around their names on wire copy: a
//! name right after an honorific is a person's ("Mr. Kwon" typed LOC, or
//! left out), a person's name cut before its last word is joined again
//! ("Kim Jong" + "Un" typed ORG), and a "person" named right before a body's
//! common noun is the body ("the Mossad spy agency").

use super::names::token_at;
use dragoman_lexicon::{BODIES, COUNTRIES, FEATURES, GOVERNMENT, OUTLETS, TITLES};
use dragoman_model::{covered_tokens, Entity, EntityType, Span, Token, TokenKind};

/// The most capitalized words a name after an honorific takes when the
/// tagger left it out ("Mr. Kwon", "Dr. Amal Haddad").
const MAX_UNTAGGED_NAME: usize = 2;

/// Common nouns that name what kind of body the name before them is ("the
/// Mossad spy agency", "the Wagner mercenary group").
const BODY_NOUNS: &[&str] = &[
    "agency", "service", "services", "group", "movement", "militia", "network", "party",
];

/// Words that tell what kind of body follows ("spy agency", "armed group"):
/// the only words allowed between a name and its body noun, so that a verb
/// never is ("Vik said party leaders would meet").
const BODY_MODIFIERS: &[&str] = &[
    "spy",
    "intelligence",
    "security",
    "secret",
    "militant",
    "mercenary",
    "rebel",
    "paramilitary",
    "armed",
    "separatist",
    "islamist",
    "political",
    "opposition",
    "ruling",
    "news",
];

/// Applies the repairs to `entities` (text order kept).
pub fn repair(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    after_honorific(text, tokens, entities);
    join_cut_names(text, tokens, entities);
    bodies_named_before_their_noun(text, tokens, entities);
}

/// "Israel's Mossad spy agency", "the Wagner mercenary group": a name typed
/// as a person's, after "the" or a possessive, followed by a body's common
/// noun (after up to two words of [`BODY_MODIFIERS`]), is the body's name.
fn bodies_named_before_their_noun(text: &str, tokens: &[Token], entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.kind == EntityType::Per) {
        let (first, end) = (token_at(tokens, e.span.start), token_at(tokens, e.span.end));
        let determined = first > 0
            && matches!(
                tokens[first - 1].span.of(text).to_lowercase().as_str(),
                "the" | "'s" | "’s"
            );
        if !determined {
            continue;
        }
        let word = |k: usize| tokens.get(k).map_or("", |t| t.span.of(text));
        let lower = |k: usize| word(k).to_lowercase();
        let modifiers = (end..end + 2)
            .take_while(|&k| BODY_MODIFIERS.contains(&lower(k).as_str()))
            .count();
        if BODY_NOUNS.contains(&word(end + modifiers)) {
            e.kind = EntityType::Org;
        }
    }
}

/// True when the token before token `first` is an honorific: "Mr." as one
/// token, or "Mr" then "." as two.
fn honorific_before(text: &str, tokens: &[Token], first: usize) -> bool {
    let word = |k: usize| tokens[k].span.of(text).to_lowercase();
    match first {
        0 => false,
        1 => TITLES.is_honorific(&word(0)),
        _ if word(first - 1) == "." => TITLES.is_honorific(&format!("{}.", word(first - 2))),
        _ => TITLES.is_honorific(&word(first - 1)),
    }
}

/// True when `name` is a name some table gives another type: a place, a
/// body, an outlet, a feature of the map or a government body.
fn named_by_a_table(name: &str) -> bool {
    COUNTRIES.place(name).is_some()
        || BODIES.is_body(name)
        || OUTLETS.is_outlet(name)
        || FEATURES.is_feature(name)
        || GOVERNMENT.is_government(name)
}

/// "Mr. Kwon said", "Dr Haddad": the name after an honorific is a
/// person's. A tagged name of another type becomes a person's; capitalized
/// words the tagger left out become one.
fn after_honorific(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    for e in entities.iter_mut().filter(|e| e.kind != EntityType::Per) {
        let first = token_at(tokens, e.span.start);
        if honorific_before(text, tokens, first) && !named_by_a_table(e.span.of(text)) {
            e.kind = EntityType::Per;
        }
    }
    let covered = covered_tokens(tokens, entities.iter().map(|e| e.span));
    let capitalized = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && !covered[k]
            && tokens[k].span.of(text).starts_with(char::is_uppercase)
    };
    let mut added = Vec::new();
    for first in 1..tokens.len() {
        if !capitalized(first) || !honorific_before(text, tokens, first) {
            continue;
        }
        let words = (first..tokens.len().min(first + MAX_UNTAGGED_NAME))
            .take_while(|&k| capitalized(k))
            .count();
        let span = Span {
            start: tokens[first].span.start,
            end: tokens[first + words - 1].span.end,
        };
        let title = TITLES.title_word(&span.of(text).to_lowercase()).is_some();
        if !title && !named_by_a_table(span.of(text)) {
            added.push(Entity::new(span, EntityType::Per));
        }
    }
    super::add_in_order(entities, added);
}

/// "Kim Jong Un": a person's name followed, one space after, by a single
/// short capitalized word the tagger typed as another kind of name, which
/// no table knows and which is no title's or body's head, is the person's
/// name cut short.
fn join_cut_names(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut i = 0;
    while i + 1 < entities.len() {
        let (person, next) = (&entities[i], &entities[i + 1]);
        if person.kind == EntityType::Per && is_cut_off_part(text, tokens, person, next) {
            entities[i].span.end = entities[i + 1].span.end;
            entities.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// True when `next` is the last word of the name `person` cut short: a
/// short word (three letters at most, "Un", "Ho") after a name of two
/// words or more, so that a title-case headline ("Putin Ally Says") joins
/// nothing.
fn is_cut_off_part(text: &str, tokens: &[Token], person: &Entity, next: &Entity) -> bool {
    let gap = text.get(person.span.end as usize..next.span.start as usize);
    let word = next.span.of(text);
    let first = token_at(tokens, next.span.start);
    gap == Some(" ")
        && person.span.of(text).split_whitespace().nth(1).is_some()
        && word.chars().count() <= 3
        && matches!(next.kind, EntityType::Org | EntityType::Misc)
        && token_at(tokens, next.span.end) == first + 1
        && tokens[first].kind == TokenKind::Word
        && word.starts_with(char::is_uppercase)
        && !TITLES.is_head(&word.to_lowercase())
        && !GOVERNMENT.is_head(&word.to_lowercase())
        && !named_by_a_table(word)
}
