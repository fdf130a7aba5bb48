//! Countries lent by the words around a mention: the organization named
//! before a person's title ("Widget Party official X"), and the dateline's
//! country to a government body named without one ("The Foreign Ministry
//! said" in a report datelined in a capital).

use dragoman_lexicon::{PlaceKind, BODIES, COUNTRIES, TITLES};
use dragoman_model::{Doc, EntityType, SharedStr};

/// "Widget Party official X", "Kestria Ministry spokesman X": a titled
/// person without a country takes the country of the organization or place
/// written right before the title, and so do the other mentions of that
/// person (same canonical name).
pub(crate) fn body_country_to_person(doc: &mut Doc) {
    let mut lent: Vec<(SharedStr, SharedStr)> = Vec::new();
    for i in 0..doc.entities.len() {
        let e = &doc.entities[i];
        let (EntityType::Per, None, Some(role)) = (e.kind, &e.country, &e.role) else {
            continue;
        };
        let before = doc.text[..e.span.start as usize].trim_end();
        let Some(body_end) = strip_suffix_ignoring_case(before, role) else {
            continue;
        };
        let body_end = body_end.trim_end().len() as u32;
        let body = doc.entities[..i].iter().rev().find(|b| {
            b.span.end == body_end && matches!(b.kind, EntityType::Org | EntityType::Loc)
        });
        if let Some(country) = body.and_then(|b| b.country.clone()) {
            let name = e
                .canonical
                .clone()
                .unwrap_or_else(|| e.span.of(&doc.text).into());
            lent.push((name, country));
        }
    }
    for (name, country) in lent {
        for e in doc
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityType::Per)
        {
            let same = e.canonical.as_ref() == Some(&name) || e.span.of(&doc.text) == &*name;
            if same && e.country.is_none() {
                e.country = Some(country.clone());
            }
        }
    }
}

/// `text` without `suffix` at its end, compared ignoring ASCII case, when
/// the suffix starts a word.
fn strip_suffix_ignoring_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let (head, tail) = (text.get(..cut)?, &text[cut..]);
    let starts_word = head.is_empty() || head.ends_with(char::is_whitespace);
    (tail.eq_ignore_ascii_case(suffix) && starts_word).then_some(head)
}

/// "Iran's Foreign Ministry", "South Sudan's Defence Ministry": a body named
/// by body and title words alone takes the country of the place whose
/// possessive stands right before it (the place entity's own country, so
/// a name of several words counts whole).
pub(crate) fn possessor_country_to_body(doc: &mut Doc) {
    let mut lent = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityType::Org
            || e.country.is_some()
            || !is_generic_body(e.span.of(&doc.text))
        {
            continue;
        }
        let before = doc.text[..e.span.start as usize].trim_end();
        let Some(owner) = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
        else {
            continue;
        };
        let owner_end = owner.len() as u32;
        let country = doc.entities[..i]
            .iter()
            .rev()
            .find(|o| o.span.end == owner_end && o.kind == EntityType::Loc)
            .and_then(|o| o.country.clone());
        lent.extend(country.map(|c| (i, c)));
    }
    for (i, country) in lent {
        doc.entities[i].country = Some(country);
    }
}

/// "The Foreign Ministry said", "the Defence Ministry": an organization
/// named by the words of a government body alone, with no country written
/// before it, is the body of the country whose capital (or the country
/// itself) the dateline names. A possessive before it ("Iran's", see
/// [`possessor_country_to_body`]) or a nationality ("the Iranian Defence
/// Ministry", not a body's words alone) lends nothing here.
pub(crate) fn dateline_country_to_body(doc: &mut Doc) {
    let Some(place) = doc.meta.place.as_deref() else {
        return;
    };
    let Some((code, PlaceKind::Capital | PlaceKind::Country)) = COUNTRIES.place(place) else {
        return;
    };
    let code: SharedStr = code.into();
    let lent: Vec<usize> = (0..doc.entities.len())
        .filter(|&i| unowned_body(doc, i) && !other_country_near(doc, i, &code))
        .collect();
    for i in lent {
        doc.entities[i].country = Some(code.clone());
    }
}

/// True when entity `i` is an organization without a country named by a
/// government body's words alone, with no possessive or word of its own
/// before it ("The Foreign Ministry said", "..., Foreign Ministry
/// spokesman").
fn unowned_body(doc: &Doc, i: usize) -> bool {
    let e = &doc.entities[i];
    if e.kind != EntityType::Org || e.country.is_some() {
        return false;
    }
    let before = doc.text[..e.span.start as usize].trim_end();
    if before.ends_with("'s") || before.ends_with("’s") {
        return false;
    }
    let last_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let unowned = matches!(last_before, "" | "the" | "The" | "." | "," | "\"" | "“")
        || last_before.ends_with(['.', ',', '"', '“']);
    unowned && is_generic_body(e.span.of(&doc.text))
}

/// True when a country other than `code` is named in entity `i`'s sentence
/// or the one before it ("Iran rejected the demand. ..., Foreign Ministry
/// spokesman X said" in a report datelined in Muscat): the body may be that
/// country's, so the dateline lends nothing.
fn other_country_near(doc: &Doc, i: usize, code: &str) -> bool {
    let at = doc.entities[i].span.start;
    let from = doc
        .sentence_at(at)
        .map_or(0, |s| doc.sentences[s.saturating_sub(1)].span.start);
    doc.entities[..i]
        .iter()
        .rev()
        .take_while(|o| o.span.start >= from)
        .any(|o| o.kind != EntityType::Per && o.country.as_deref().is_some_and(|c| c != code))
}

/// True when every word of `name` is a word of a government body or of a
/// title ("Foreign Ministry", "Ministry of Foreign Affairs") and one of them
/// is a body noun.
fn is_generic_body(name: &str) -> bool {
    let mut body = false;
    for w in name.split_whitespace().map(str::to_lowercase) {
        if BODIES.is_head(&w) {
            body = true;
        } else if !(matches!(w.as_str(), "of" | "the") || TITLES.is_title_word(&w)) {
            return false;
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_bodies_are_only_body_and_title_words() {
        assert!(is_generic_body("Foreign Ministry"));
        assert!(is_generic_body("Ministry of Foreign Affairs"));
        assert!(is_generic_body("Defence Ministry"));
        assert!(!is_generic_body("Kestrian Foreign Ministry"));
        assert!(!is_generic_body("Foreign Affairs"));
        assert!(!is_generic_body("Widget Office"));
    }
}
