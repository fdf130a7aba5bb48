//! Within-document linking: each person mention gets the fullest name it is
//! a shortening of ("Petrov" → "Ivan Petrov"), and mentions of one person
//! share the role and country found at any of them.

use dragoman_model::{Entity, EntityType};
use std::collections::HashMap;

/// Sets `canonical` of every entity (`texts[i]` is the text of `entities[i]`)
/// and copies roles and countries between mentions of the same person.
pub fn link(entities: &mut [Entity], texts: &[&str]) {
    let words: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| t.split_whitespace().collect())
        .collect();
    // Persons by last word: the candidates a mention can be a shortening of.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if let (EntityType::Per, Some(last)) = (e.kind, words[i].last()) {
            by_last.entry(last).or_default().push(i);
        }
    }
    for i in 0..entities.len() {
        let mut best = i;
        if let (EntityType::Per, Some(last)) = (entities[i].kind, words[i].last()) {
            for &j in &by_last[last] {
                if words[j].len() > words[best].len() && words[j].ends_with(&words[i]) {
                    best = j;
                }
            }
        }
        entities[i].canonical = Some(texts[best].to_string());
    }
    // Share roles and countries within each person: the first mention that has one gives it.
    let mut known: HashMap<String, (Option<String>, Option<String>)> = HashMap::new();
    for e in entities.iter().filter(|e| e.kind == EntityType::Per) {
        let (Some(name), true) = (&e.canonical, e.role.is_some() || e.country.is_some()) else {
            continue;
        };
        let entry = known.entry(name.clone()).or_default();
        entry.0 = entry.0.take().or_else(|| e.role.clone());
        entry.1 = entry.1.take().or_else(|| e.country.clone());
    }
    for e in entities.iter_mut().filter(|e| e.kind == EntityType::Per) {
        if let Some((role, country)) = e.canonical.as_ref().and_then(|c| known.get(c)) {
            e.role = e.role.take().or_else(|| role.clone());
            e.country = e.country.take().or_else(|| country.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::Span;

    fn per(role: Option<&str>, country: Option<&str>) -> Entity {
        Entity {
            span: Span::new(0, 0),
            kind: EntityType::Per,
            subtype: None,
            canonical: None,
            role: role.map(String::from),
            country: country.map(String::from),
            actor: None,
        }
    }

    #[test]
    fn surnames_link_to_the_full_name_and_share_roles() {
        let mut es = vec![
            per(Some("foreign minister"), Some("RUS")),
            per(None, None),
            per(None, None),
        ];
        link(&mut es, &["Ivan Petrov", "Petrov", "Olga"]);
        assert_eq!(es[1].canonical.as_deref(), Some("Ivan Petrov"));
        assert_eq!(es[1].role.as_deref(), Some("foreign minister"));
        assert_eq!(es[1].country.as_deref(), Some("RUS"));
        assert_eq!(es[2].canonical.as_deref(), Some("Olga"));
        assert_eq!(es[2].role, None);
    }
}
