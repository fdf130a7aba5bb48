//! Enrichment of tagged entities: corrections from the tables
//! ([`corrections`]), repairs of name boundaries ([`names`], [`persons`]), subtypes and countries ([`subtypes`]),
//! roles next to person names ([`roles`]), and within-document linking
//! ([`canonical`]), outlets named after their kind ([`outlets`]), from the
//! shared tables of `dragoman-lexicon`.

pub mod canonical;
pub mod corrections;
pub mod names;
pub mod outlets;
pub mod persons;
pub mod roles;
pub mod subtypes;

use dragoman_lexicon::{PlaceKind, COUNTRIES, TITLES};
use dragoman_model::{Entity, EntityType, SharedStr, Token};

/// Corrects `entities` (in text order) of a document with `text` and
/// `tokens` from the tables, then fills their `subtype`, `country`, `role`
/// and `canonical`.
pub fn enrich(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    corrections::correct(text, tokens, entities);
    names::repair(text, tokens, entities);
    persons::repair(text, tokens, entities);
    outlets::mark(text, tokens, entities);
    let texts: Vec<&str> = entities.iter().map(|e| e.span.of(text)).collect();
    for (e, t) in entities.iter_mut().zip(&texts) {
        subtypes::classify(e, t);
    }
    let word = |i: usize| tokens[i].span.of(text);
    let first_token = |e: &Entity| tokens.partition_point(|t| t.span.start < e.span.start);
    let end_token = |e: &Entity| tokens.partition_point(|t| t.span.start < e.span.end);
    for i in 0..entities.len() {
        if entities[i].kind != EntityType::Per || entities[i].role.is_some() {
            continue;
        }
        let start = first_token(&entities[i]);
        let before: Vec<&str> = (start.saturating_sub(8)..start).map(word).collect();
        let (mut role, mut countries) = roles::title_before(&before);
        let end = end_token(&entities[i]);
        if role.is_none() {
            let closed = tokens.get(end).is_some_and(|t| t.span.of(text) == ",");
            let set_off = roles::title_set_off_before(&before, start <= 8, closed);
            if let Some((set_off, its_countries)) = set_off {
                (role, countries) = (Some(set_off), its_countries);
            }
        }
        let mut country = countries.first().cloned();
        if role.is_none() {
            (role, country) = appositive(text, tokens, end, entities);
        }
        if country.is_none() {
            country = country_after(text, tokens, end);
        }
        let role = role.map(SharedStr::from);
        let country = country.map(SharedStr::from);
        let countries: Vec<SharedStr> = countries.into_iter().map(SharedStr::from).collect();
        // "the French and German envoys A and B": the n-th name takes the n-th country.
        let mut followers = vec![i];
        let mut j = i;
        while j + 1 < entities.len() && entities[j + 1].kind == EntityType::Per {
            let gap = &text[entities[j].span.end as usize..entities[j + 1].span.start as usize];
            if !matches!(gap.trim(), "and" | "," | ", and") {
                break;
            }
            j += 1;
            followers.push(j);
        }
        for (n, &k) in followers.iter().enumerate() {
            let e = &mut entities[k];
            if e.role.is_none() {
                e.role = role.clone();
            }
            if e.country.is_none() {
                e.country = if countries.len() == followers.len() {
                    countries.get(n).cloned()
                } else {
                    country.clone()
                };
            }
        }
    }
    canonical::link(entities, &texts);
}

/// Adds the entities a repair found to `entities`, keeping text order.
fn add_in_order(entities: &mut Vec<Entity>, added: Vec<Entity>) {
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| (e.span.start, e.span.end));
    }
}

/// "Petrov of Ukraine": the country named right after the name ending before token `end`.
fn country_after(text: &str, tokens: &[Token], end: usize) -> Option<String> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.span.of(text));
    if !word(end).eq_ignore_ascii_case("of") {
        return None;
    }
    match COUNTRIES.place(word(end + 1)) {
        Some((code, PlaceKind::Country)) => Some(code.to_string()),
        _ => None,
    }
}

/// "Petrov, head of the Widget Fund," / "Petrov, the Russian envoy,": the
/// role and country written after the name ending before token `end`.
fn appositive(
    text: &str,
    tokens: &[Token],
    end: usize,
    entities: &[Entity],
) -> (Option<String>, Option<String>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.span.of(text));
    if word(end) != "," {
        return (None, None);
    }
    let mut k = end + 1;
    if matches!(word(k).to_ascii_lowercase().as_str(), "the" | "a" | "an") {
        k += 1;
    }
    let mut country = None;
    // "the South Korean envoy": a place of two words first, read whole.
    while let Some((code, width)) = roles::nation(Some((word(k), word(k + 1))), word(k)) {
        country.get_or_insert_with(|| code.to_string());
        k += width;
    }
    // "the EU's top diplomat", "the Kremlin's envoy": a name's possessive
    // before the title (a country's gave the country above).
    let possessive = |i: usize| matches!(word(i), "'s" | "’s");
    let name_end = (k..k + 3)
        .take_while(|&i| word(i).starts_with(char::is_uppercase))
        .last()
        .map_or(k, |i| i + 1);
    if country.is_none() && name_end > k && possessive(name_end) {
        k = name_end + 1;
    } else if possessive(k) {
        k += 1;
    }
    let mut title = Vec::new();
    while let Some(t) = TITLES.title_word(word(k)) {
        title.push(t);
        k += 1;
    }
    let Some(last) = title.iter().rposition(|t| TITLES.is_head(t)) else {
        return (None, None);
    };
    // "According to Petrov, President Ivan Sokolov said": the title is the
    // next person's.
    let next = tokens.get(k).map(|t| t.span.start);
    if entities
        .iter()
        .any(|e| e.kind == EntityType::Per && Some(e.span.start) == next)
    {
        return (None, None);
    }
    let mut role = title[..=last].join(" ");
    if last + 1 == title.len() && word(k).eq_ignore_ascii_case("of") {
        let next = tokens.get(k + 1).map_or(u32::MAX, |t| t.span.start);
        let after_the = tokens.get(k + 2).map_or(u32::MAX, |t| t.span.start);
        let of_entity = entities.iter().find(|e| {
            e.span.start == next
                || (word(k + 1).eq_ignore_ascii_case("the") && e.span.start == after_the)
        });
        if let Some(e) = of_entity {
            role = format!("{role} of {}", e.span.of(text));
            country = country.or_else(|| e.country.as_deref().map(str::to_string));
        }
    }
    (Some(role), country)
}
