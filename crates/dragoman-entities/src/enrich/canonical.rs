//! Within-document linking: each person mention gets the fullest name it is
//! a shortening of ("Petrov" → "Ivan Petrov"), and mentions of one person
//! share the role and country found at any of them.

use dragoman_model::{Entity, EntityType};

/// Sets `canonical` of every entity (`texts[i]` is the text of `entities[i]`)
/// and copies roles and countries between mentions of the same person.
pub fn link(entities: &mut [Entity], texts: &[&str]) {
    let words: Vec<Vec<&str>> = texts.iter().map(|t| t.split_whitespace().collect()).collect();
    for i in 0..entities.len() {
        let mut best = i;
        if entities[i].kind == EntityType::Per {
            for j in 0..entities.len() {
                let longer = words[j].len() > words[best].len();
                if entities[j].kind == EntityType::Per && longer && words[j].ends_with(&words[i]) {
                    best = j;
                }
            }
        }
        entities[i].canonical = Some(texts[best].to_string());
    }
    // Share roles and countries within each person.
    for i in 0..entities.len() {
        if entities[i].kind != EntityType::Per || (entities[i].role.is_some() && entities[i].country.is_some()) {
            continue;
        }
        let donor = (0..entities.len()).find(|&j| {
            j != i && entities[j].kind == EntityType::Per && entities[j].canonical == entities[i].canonical && (entities[j].role.is_some() || entities[j].country.is_some())
        });
        if let Some(j) = donor {
            let (role, country) = (entities[j].role.clone(), entities[j].country.clone());
            let e = &mut entities[i];
            e.role = e.role.take().or(role);
            e.country = e.country.take().or(country);
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
        let mut es = vec![per(Some("foreign minister"), Some("RUS")), per(None, None), per(None, None)];
        link(&mut es, &["Ivan Petrov", "Petrov", "Olga"]);
        assert_eq!(es[1].canonical.as_deref(), Some("Ivan Petrov"));
        assert_eq!(es[1].role.as_deref(), Some("foreign minister"));
        assert_eq!(es[1].country.as_deref(), Some("RUS"));
        assert_eq!(es[2].canonical.as_deref(), Some("Olga"));
        assert_eq!(es[2].role, None);
    }
}
