//! People the tagger missed: a capitalized run of words, outside every
//! entity, that is a name of exactly one curated person ("Trump", "Zelensky"),
//! becomes a person mention. Only the curated table is used: its people are
//! current and their names checked by hand, so a surname there is a safe
//! signal; the imported 2014 table is far too broad for that.

use crate::actor::{ActorKind, Source};
use crate::key::name_key;
use crate::table::Actors;
use dragoman_model::{covered_tokens, Entity, EntityType, Span, Token, TokenKind};
use std::collections::HashMap;

/// The longest name tried, in tokens ("Donald J. Trump").
const MAX_TOKENS: usize = 3;

/// Name key → index of the one curated person with that name; names two
/// people share are left out.
pub(crate) fn curated_people(actors: &Actors) -> HashMap<String, usize> {
    let mut index: HashMap<String, Option<usize>> = HashMap::new();
    for (i, actor) in actors.iter().enumerate() {
        if actor.source != Source::Curated || actor.kind != ActorKind::Person {
            continue;
        }
        for name in actor.names() {
            let key = name_key(name);
            if key.is_empty() {
                continue;
            }
            index
                .entry(key)
                .and_modify(|slot| {
                    if *slot != Some(i) {
                        *slot = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    index
        .into_iter()
        .filter_map(|(k, v)| v.map(|i| (k, i)))
        .collect()
}

/// Person mentions of curated people among the words no entity covers, with
/// the index of the actor each names.
pub(crate) fn missed_people(
    text: &str,
    tokens: &[Token],
    entities: &[Entity],
    actors: &Actors,
) -> Vec<(Entity, usize)> {
    let covered = covered_tokens(tokens, entities.iter().map(|e| e.span));
    let name_like = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && !covered[k]
            && tokens[k].span.of(text).starts_with(char::is_uppercase)
    };
    let people = actors.curated_people();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !name_like(i) {
            i += 1;
            continue;
        }
        let run = (i..tokens.len().min(i + MAX_TOKENS))
            .take_while(|&k| name_like(k))
            .count();
        let hit = (1..=run).rev().find_map(|n| {
            let span = Span {
                start: tokens[i].span.start,
                end: tokens[i + n - 1].span.end,
            };
            people
                .get(&name_key(span.of(text)))
                .map(|&actor| (n, span, actor))
        });
        match hit {
            Some((n, span, actor)) => {
                let entity = Entity::new(span, EntityType::Per);
                found.push((entity, actor));
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curated_surnames_the_tagger_missed_become_people() {
        let text = "Presidents Putin and Trump met; Zelensky was not there, nor was Smith.";
        let tokens = dragoman_tokenize::tokens(text);
        let putin = text.find("Putin").unwrap();
        let tagged = vec![Entity::new(Span::new(putin, putin + 5), EntityType::Per)];
        let actors = Actors::shipped();
        let found = missed_people(text, &tokens, &tagged, actors);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|(e, a)| (e.span.of(text), actors.at(*a).id.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Trump", "donald-trump"),
                ("Zelensky", "volodymyr-zelensky")
            ]
        );
    }
}
