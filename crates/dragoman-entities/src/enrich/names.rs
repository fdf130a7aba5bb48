//! Repairs of name boundaries and types the tagger gets wrong on wire copy:
//! Arabic names cut at their particles ("Faisal bin Farhan", "Abdel Fattah
//! al-Burhan"), a place glued to the name after a title ("Special Envoy for
//! Sudan Tom Perriello"), a body's name typed as miscellany ("the
//! African Union Commission"), a country typed as an organisation, a
//! feature of the map typed as a person ("Second Thomas Shoal"), and a
//! title kept inside a person's name ("Belarusian Defence Minister Viktor
//! Khrenin": the nationality is its own mention, the title a role).

use dragoman_lexicon::{is_name_particle, PlaceKind, BODIES, COUNTRIES, FEATURES, OUTLETS, TITLES};
use dragoman_model::{covered_tokens, Entity, EntityType, Span, Token, TokenKind};

/// Articles of an Arabic family name written apart ("Al Thani", "El Ghoul").
const ARTICLES: &[&str] = &["Al", "El", "al", "el"];

/// Prefixes of an Arabic family name written with a hyphen ("al-Burhan").
const ARTICLE_PREFIXES: &[&str] = &["al-", "el-", "Al-", "El-", "ad-", "as-", "ash-", "ath-"];

/// Last words that make a name a body, not miscellany: each of these ends
/// far more ORG names than MISC or PER ones in CoNLL-2003 train (counted
/// there; "Bank", "Union", "Court" and "Federation" also end places, so
/// they are not listed).
const BODY_HEADS: &[&str] = &[
    "Agency",
    "Army",
    "Assembly",
    "Authority",
    "Commission",
    "Committee",
    "Council",
    "Forces",
    "Fund",
    "Institute",
    "Ministry",
    "Office",
    "Organisation",
    "Organization",
    "Party",
    "Programme",
    "Service",
];

/// Applies the repairs to `entities` (text order kept).
pub fn repair(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    split_possessive_place(text, tokens, entities);
    person_after_title(text, tokens, entities);
    split_place_after_title(text, tokens, entities);
    split_body_before_title(text, tokens, entities);
    strip_titles(text, tokens, entities);
    join_name_particles(text, tokens, entities);
    let covered = covered_tokens(tokens, entities.iter().map(|e| e.span));
    for e in entities.iter_mut() {
        let name = e.span.of(text);
        if e.kind != EntityType::Org && BODIES.is_body(name) {
            // "the African Union" tagged MISC, "NATO" LOC: a body of states.
            e.kind = EntityType::Org;
        } else if matches!(e.kind, EntityType::Misc | EntityType::Per)
            && ends_with(name, BODY_HEADS)
        {
            e.kind = EntityType::Org;
        } else if e.kind != EntityType::Loc && FEATURES.is_feature(name) {
            e.kind = EntityType::Loc;
            let first = token_at(tokens, e.span.start);
            e.span.start = capitalized_start(text, tokens, &covered, first);
        } else if e.kind == EntityType::Org
            && matches!(
                COUNTRIES.place(name),
                Some((_, PlaceKind::Country | PlaceKind::Capital))
            )
        {
            // "the Philippines agreed": CoNLL-2003 train types a country's or
            // capital's name LOC 4,664 times, ORG 36 times, whatever it does.
            e.kind = EntityType::Loc;
        }
    }
}

/// "Kyiv's European allies", "Chile's Ortiz": a person's name that starts
/// with a country's or capital's possessive holds two names. The place
/// becomes a LOC and what follows it a name of its own (a nationality MISC,
/// anything else a person).
fn split_possessive_place(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut added = Vec::new();
    for e in entities.iter_mut().filter(|e| e.kind == EntityType::Per) {
        let (first, end) = (token_at(tokens, e.span.start), token_at(tokens, e.span.end));
        let word = |k: usize| tokens[k].span.of(text);
        let possessive = first + 2 < end && matches!(word(first + 1), "'s" | "’s");
        let place = COUNTRIES.place(word(first));
        if !possessive || !matches!(place, Some((_, PlaceKind::Country | PlaceKind::Capital))) {
            continue;
        }
        let rest = Span {
            start: tokens[first + 2].span.start,
            end: e.span.end,
        };
        let nationality = matches!(
            COUNTRIES.place(rest.of(text)),
            Some((_, PlaceKind::Demonym))
        );
        let kind = if nationality {
            EntityType::Misc
        } else {
            EntityType::Per
        };
        added.push(Entity::new(rest, kind));
        e.span.end = tokens[first].span.end;
        e.kind = EntityType::Loc;
    }
    super::add_in_order(entities, added);
}

/// "envoy Al-Harith Idriss", "Ambassador Ana Ruiz": a name of two or three
/// capitalized words right after a title's head is a person's, whatever
/// type the tagger gave it, unless it is a body, a place, an outlet or a
/// country ("envoy to NATO" has its preposition between).
fn person_after_title(text: &str, tokens: &[Token], entities: &mut [Entity]) {
    for e in entities
        .iter_mut()
        .filter(|e| matches!(e.kind, EntityType::Org | EntityType::Misc))
    {
        // Cheapest tests first: most names have one word or no title before them.
        let name = e.span.of(text);
        let words = name.split_whitespace().count();
        let capitalized = || {
            name.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
        };
        if !(2..=3).contains(&words) || !capitalized() {
            continue;
        }
        let first = token_at(tokens, e.span.start);
        let after_head =
            first > 0 && TITLES.is_head(&tokens[first - 1].span.of(text).to_lowercase());
        let other = || {
            ends_with(name, BODY_HEADS)
                || FEATURES.is_feature(name)
                || BODIES.is_body(name)
                || OUTLETS.is_outlet(name)
                || COUNTRIES.place(name).is_some()
        };
        if after_head && !other() {
            e.kind = EntityType::Per;
        }
    }
}

/// Where a place's name starting at token `first` really starts: one
/// capitalized word before it that the tagger left out, inside a sentence
/// ("near Second Thomas Shoal"), is part of it.
fn capitalized_start(text: &str, tokens: &[Token], covered: &[bool], first: usize) -> u32 {
    let word = |k: usize| tokens[k].span.of(text);
    let joined = first >= 2
        && !covered[first - 1]
        && text[tokens[first - 1].span.end as usize..tokens[first].span.start as usize] == *" "
        && tokens[first - 1].kind == TokenKind::Word
        && word(first - 1).starts_with(char::is_uppercase)
        && word(first - 2).starts_with(char::is_lowercase);
    tokens[if joined { first - 1 } else { first }].span.start
}

/// True when the multi-word `name` ends with one of `heads`.
fn ends_with(name: &str, heads: &[&str]) -> bool {
    let mut words = name.split_whitespace();
    let last = words.next_back();
    words.next().is_some() && last.is_some_and(|w| heads.contains(&w))
}

/// The index of the first token starting at or after `at`.
pub(super) fn token_at(tokens: &[Token], at: u32) -> usize {
    tokens.partition_point(|t| t.span.start < at)
}

/// Extends a person's name over the particles and family name that follow
/// it ("Prince Faisal" + "bin Farhan", "Abdel Fattah" + "al-Burhan"), and
/// drops the entities the longer name now covers.
fn join_name_particles(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut i = 0;
    while i < entities.len() {
        if entities[i].kind == EntityType::Per {
            let end = name_end(text, tokens, token_at(tokens, entities[i].span.end));
            if end > entities[i].span.end {
                entities[i].span.end = end;
                let (start, stop) = (entities[i].span.start, end);
                let mut k = 0;
                entities.retain(|e| {
                    k += 1;
                    k - 1 == i || e.span.end <= start || e.span.start >= stop
                });
            }
        }
        i += 1;
    }
}

/// Where the name whose next token is `next` really ends: after any number
/// of "particle Capitalized" pairs and hyphenated family names, each one
/// space after the last; the byte end of the name so far when none follows.
fn name_end(text: &str, tokens: &[Token], mut next: usize) -> u32 {
    let word = |k: usize| tokens.get(k).map(|t| t.span.of(text));
    let spaced = |k: usize| {
        k > 0
            && k < tokens.len()
            && text[tokens[k - 1].span.end as usize..tokens[k].span.start as usize] == *" "
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut end = tokens[next.saturating_sub(1)].span.end;
    loop {
        match word(next) {
            // "Hamad Al Thani", but not "Hamad told Al Jazeera": an outlet is no family name.
            Some(w)
                if spaced(next)
                    && ARTICLES.contains(&w)
                    && word(next + 1).is_some_and(|n| {
                        spaced(next + 1)
                            && capital(n)
                            && tokens[next + 1].kind == TokenKind::Word
                            && !OUTLETS.is_outlet(&format!("{w} {n}"))
                    }) =>
            {
                end = tokens[next + 1].span.end;
                next += 2;
            }
            Some(w) if spaced(next) && is_name_particle(w) => {
                // "von der Leyen": particles in a row, then the name.
                let mut k = next + 1;
                while word(k).is_some_and(is_name_particle) && spaced(k) && k < next + 3 {
                    k += 1;
                }
                match word(k) {
                    Some(n) if spaced(k) && capital(n) && tokens[k].kind == TokenKind::Word => {
                        end = tokens[k].span.end;
                        next = k + 1;
                    }
                    _ => return end,
                }
            }
            Some(w)
                if spaced(next)
                    && ARTICLE_PREFIXES
                        .iter()
                        .any(|p| w.strip_prefix(p).is_some_and(capital)) =>
            {
                end = tokens[next].span.end;
                next += 1;
            }
            _ => return end,
        }
    }
}

/// Takes the title (and the nationality or country before it) out of a
/// name after it: "Belarusian Defence Minister Viktor Khrenin" becomes the
/// nationality (MISC) and the person "Viktor Khrenin", whose role the
/// enrichment then reads from the words before the name.
fn strip_titles(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut added = Vec::new();
    for e in entities.iter_mut() {
        let (first, end) = (token_at(tokens, e.span.start), token_at(tokens, e.span.end));
        let word = |k: usize| tokens[k].span.of(text);
        let place = COUNTRIES.place(word(first)).map(|(_, kind)| kind);
        let lead = usize::from(matches!(
            place,
            Some(PlaceKind::Demonym | PlaceKind::Country)
        ));
        let title_len = (first + lead..end)
            .take_while(|&k| word(k) == "of" || TITLES.title_word(word(k)).is_some())
            .count();
        let has_head = (first + lead..first + lead + title_len).any(|k| {
            TITLES
                .title_word(word(k))
                .is_some_and(|t| TITLES.is_head(t))
        });
        let rest = first + lead + title_len;
        // Another type takes a title with a name of two words at least
        // ("Field Marshal Asim Munir" typed LOC), not "General Motors".
        let least = if e.kind == EntityType::Per { 1 } else { 2 };
        if !has_head || rest + least > end || !word(rest).starts_with(char::is_uppercase) {
            continue;
        }
        e.kind = EntityType::Per;
        if lead == 1 {
            let kind = if place == Some(PlaceKind::Country) {
                EntityType::Loc
            } else {
                EntityType::Misc
            };
            added.push(Entity::new(tokens[first].span, kind));
        }
        e.span.start = tokens[rest].span.start;
    }
    super::add_in_order(entities, added);
}

/// "National Security Council Secretary Ana Ruiz" tagged as one name: a
/// body's name (two words at least, ending with a word of [`BODY_HEADS`]),
/// then a title, then a name of two capitalized words at least, is the body
/// (ORG) and the person (PER), whose role the enrichment reads from the
/// title before it.
fn split_body_before_title(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut added = Vec::new();
    for e in entities.iter_mut().filter(|e| e.kind != EntityType::Per) {
        let (first, end) = (token_at(tokens, e.span.start), token_at(tokens, e.span.end));
        let word = |k: usize| tokens[k].span.of(text);
        let is_title = |k: usize| TITLES.title_word(word(k)).is_some();
        let Some(body_end) = (first + 1..end)
            .find(|&k| BODY_HEADS.contains(&word(k)) && k + 1 < end && is_title(k + 1))
        else {
            continue;
        };
        let rest = (body_end + 1..end).find(|&k| !is_title(k)).unwrap_or(end);
        let has_head = (body_end + 1..rest).any(|k| {
            TITLES
                .title_word(word(k))
                .is_some_and(|t| TITLES.is_head(t))
        });
        let name = rest..end;
        let capitalized = name
            .clone()
            .all(|k| word(k).starts_with(char::is_uppercase));
        if !has_head || name.len() < 2 || !capitalized {
            continue;
        }
        added.push(Entity::new(
            Span::new(tokens[rest].span.start as usize, e.span.end as usize),
            EntityType::Per,
        ));
        e.kind = EntityType::Org;
        e.span.end = tokens[body_end].span.end;
    }
    super::add_in_order(entities, added);
}

/// "Special Envoy for Sudan Tom Perriello": an entity that starts with a
/// country or capital right after "for"/"to"/"on" and a title, and goes on
/// with a name, is the place (LOC) and the person (PER).
fn split_place_after_title(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let mut added = Vec::new();
    for e in entities.iter_mut() {
        let first = token_at(tokens, e.span.start);
        let end = token_at(tokens, e.span.end);
        if first < 2 || end < first + 3 {
            continue;
        }
        let word = |k: usize| tokens[k].span.of(text);
        let title_before = matches!(word(first - 1), "for" | "to" | "on")
            && TITLES.title_word(word(first - 2)).is_some();
        if !title_before {
            continue;
        }
        // The longest place (one or two words) the entity starts with.
        let place_len = (1..=2).rev().find(|&n| {
            first + n < end - 1
                && matches!(
                    COUNTRIES.place(
                        &text[e.span.start as usize..tokens[first + n - 1].span.end as usize]
                    ),
                    Some((_, PlaceKind::Country | PlaceKind::Capital))
                )
        });
        let Some(n) = place_len else { continue };
        let place = Span::new(
            e.span.start as usize,
            tokens[first + n - 1].span.end as usize,
        );
        added.push(Entity::new(place, EntityType::Loc));
        e.span.start = tokens[first + n].span.start;
        e.kind = EntityType::Per;
    }
    super::add_in_order(entities, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, word: &str, kind: EntityType) -> Entity {
        let start = text.find(word).unwrap();
        Entity::new(Span::new(start, start + word.len()), kind)
    }

    fn shown(text: &str, es: &[Entity]) -> Vec<(String, EntityType)> {
        es.iter()
            .map(|e| (e.span.of(text).to_string(), e.kind))
            .collect()
    }

    #[test]
    fn regression_a_body_a_title_and_a_name_tagged_as_one_name_are_split() {
        let text = "Kestria's National Defence Council Secretary Ana Ruiz spoke, and Widget Fund Secretary met them.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Kestria", EntityType::Loc),
            entity(
                text,
                "National Defence Council Secretary Ana Ruiz",
                EntityType::Org,
            ),
            entity(text, "Widget Fund Secretary", EntityType::Org),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Kestria".into(), EntityType::Loc),
                ("National Defence Council".into(), EntityType::Org),
                ("Ana Ruiz".into(), EntityType::Per),
                ("Widget Fund Secretary".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn arabic_names_keep_their_particles() {
        let text = "Emir Tamim bin Hamad met Omar al-Rashid and Sheikh Zayed.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Tamim", EntityType::Per),
            entity(text, "Hamad", EntityType::Loc),
            entity(text, "Omar", EntityType::Per),
            entity(text, "al-Rashid", EntityType::Misc),
            entity(text, "Zayed", EntityType::Per),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Tamim bin Hamad".into(), EntityType::Per),
                ("Omar al-Rashid".into(), EntityType::Per),
                ("Zayed".into(), EntityType::Per),
            ]
        );
    }

    #[test]
    fn regression_an_article_written_apart_joins_the_family_name() {
        let text = "Sheikh Hamad bin Khalid Al Marri met Yusuf Al Jazeera reporters.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Hamad bin Khalid", EntityType::Per),
            entity(text, "Marri", EntityType::Per),
            entity(text, "Yusuf", EntityType::Per),
            entity(text, "Al Jazeera", EntityType::Org),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Hamad bin Khalid Al Marri".into(), EntityType::Per),
                ("Yusuf".into(), EntityType::Per),
                ("Al Jazeera".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn regression_a_place_s_possessive_starts_no_person() {
        let text = "Lima's Chilean allies met Quito's Ortiz.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Lima's Chilean", EntityType::Per),
            entity(text, "Quito's Ortiz", EntityType::Per),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Lima".into(), EntityType::Loc),
                ("Chilean".into(), EntityType::Misc),
                ("Quito".into(), EntityType::Loc),
                ("Ortiz".into(), EntityType::Per),
            ]
        );
    }

    #[test]
    fn regression_a_name_after_a_title_is_a_person() {
        let text =
            "Chile's envoy Al-Karim Soto met Ambassador Widget Council and the minister Ana Ruiz.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Chile", EntityType::Loc),
            entity(text, "Al-Karim Soto", EntityType::Org),
            entity(text, "Widget Council", EntityType::Org),
            entity(text, "Ana Ruiz", EntityType::Misc),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Chile".into(), EntityType::Loc),
                ("Al-Karim Soto".into(), EntityType::Per),
                ("Widget Council".into(), EntityType::Org),
                ("Ana Ruiz".into(), EntityType::Per),
            ]
        );
    }

    #[test]
    fn a_particle_without_a_name_after_it_is_left_alone() {
        let text = "Karim said bin collections were late.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![entity(text, "Karim", EntityType::Per)];
        repair(text, &tokens, &mut es);
        assert_eq!(shown(text, &es), [("Karim".into(), EntityType::Per)]);
    }

    #[test]
    fn a_place_after_a_title_is_split_from_the_name() {
        let text = "The Special Envoy for Chile Ana Torres arrived.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![entity(text, "Chile Ana Torres", EntityType::Misc)];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Chile".into(), EntityType::Loc),
                ("Ana Torres".into(), EntityType::Per),
            ]
        );
    }

    #[test]
    fn places_on_the_map_and_countries_are_places() {
        let text = "Boats near Second Kestrel Shoal met Chile and the Kestrel Sea.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Kestrel Shoal", EntityType::Per),
            entity(text, "Chile", EntityType::Org),
            entity(text, "the Kestrel Sea", EntityType::Misc),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Second Kestrel Shoal".into(), EntityType::Loc),
                ("Chile".into(), EntityType::Loc),
                ("the Kestrel Sea".into(), EntityType::Loc),
            ]
        );
    }

    #[test]
    fn a_title_is_no_part_of_a_name() {
        let text = "Chilean Defence Minister Ana Rojas met President Luis Arce, Field Marshal Ali Khan and General Motors.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Chilean Defence Minister Ana Rojas", EntityType::Per),
            entity(text, "President Luis Arce", EntityType::Per),
            entity(text, "Field Marshal Ali Khan", EntityType::Loc),
            entity(text, "General Motors", EntityType::Org),
        ];
        repair(text, &tokens, &mut es);
        assert_eq!(
            shown(text, &es),
            [
                ("Chilean".into(), EntityType::Misc),
                ("Ana Rojas".into(), EntityType::Per),
                ("Luis Arce".into(), EntityType::Per),
                ("Ali Khan".into(), EntityType::Per),
                ("General Motors".into(), EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_body_is_an_organisation() {
        let text = "The Andean Water Commission met the Green Party and the World Cup.";
        let tokens = dragoman_tokenize::tokens(text);
        let mut es = vec![
            entity(text, "Andean Water Commission", EntityType::Misc),
            entity(text, "Green Party", EntityType::Per),
            entity(text, "World Cup", EntityType::Misc),
        ];
        repair(text, &tokens, &mut es);
        let kinds: Vec<EntityType> = es.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EntityType::Org, EntityType::Org, EntityType::Misc]);
    }
}
