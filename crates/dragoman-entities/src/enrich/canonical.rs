//! Within-document linking: each person mention gets the fullest name it is
//! a shortening of ("Petrov" → "Ivan Petrov"; a family name written first,
//! "Wang" → "Wang Yi", when no name ends with it and one name alone starts
//! with it), and mentions of one person share the role and country found at
//! any of them.

use dragoman_model::{Entity, EntityType, SharedStr};
use std::collections::HashMap;

/// Sets `canonical` of every entity (`texts[i]` is the text of `entities[i]`)
/// and copies roles and countries between mentions of the same person.
pub fn link(entities: &mut [Entity], texts: &[&str]) {
    link_counting(entities, texts);
}

/// [`link`], returning the number of candidate names compared (a bound the
/// tests check: it grows with the distinct names, not with the mentions).
fn link_counting(entities: &mut [Entity], texts: &[&str]) -> usize {
    let mut steps = 0;
    let words = Words::new(texts);
    // Persons by last word: the candidates a mention can be a shortening of.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    // Persons of several words by first word, for family names written first.
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if let (EntityType::Per, Some(last)) = (e.kind, words.of(i).last()) {
            by_last.entry(last).or_default().push(i);
        }
        if let (EntityType::Per, [first, _, ..]) = (e.kind, words.of(i)) {
            by_first.entry(first).or_default().push(i);
        }
    }
    // The answer depends on the mention's words only: a name repeated a
    // thousand times is looked up once (the scan per mention was quadratic).
    let mut fuller: HashMap<&[&str], Option<usize>> = HashMap::new();
    // One shared string per distinct name: the mentions of a name share it.
    let mut shared: HashMap<&str, SharedStr> = HashMap::new();
    for (i, e) in entities.iter_mut().enumerate() {
        let mut best = i;
        if let (EntityType::Per, Some(last)) = (e.kind, words.of(i).last()) {
            let found = *fuller.entry(words.of(i)).or_insert_with(|| {
                steps += by_last[last].len();
                fullest(&by_last[last], &words, words.of(i))
                    .or_else(|| family_name_first(&by_first, &words, words.of(i)))
            });
            best = found.unwrap_or(i);
        }
        let name = shared
            .entry(texts[best])
            .or_insert_with(|| texts[best].into());
        e.canonical = Some(name.clone());
    }
    // Share roles and countries within each person: the first mention that has one gives it.
    type Known = (Option<SharedStr>, Option<SharedStr>);
    let mut known: HashMap<SharedStr, Known> = HashMap::new();
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
    steps
}

/// Among `candidates`, the first of the longest names longer than `name`
/// that end with it.
fn fullest(candidates: &[usize], words: &Words, name: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &j in candidates {
        let longest = best.map_or(name.len(), |b| words.of(b).len());
        if words.of(j).len() > longest && words.of(j).ends_with(name) {
            best = Some(j);
        }
    }
    best
}

/// The one name of several words that starts with the one-word `name`
/// ("Wang" in "Wang Yi"): the family name written first. `None` when two
/// different names start with it ("Mohammed" before two surnames).
fn family_name_first(
    by_first: &HashMap<&str, Vec<usize>>,
    words: &Words,
    name: &[&str],
) -> Option<usize> {
    let [word] = name else { return None };
    let candidates = by_first.get(word)?;
    let first = candidates[0];
    candidates
        .iter()
        .all(|&j| words.of(j) == words.of(first))
        .then_some(first)
}

/// The words of every name, one list for all (a list per name costs an
/// allocation and 24 bytes more a mention, on a million mentions).
struct Words<'t> {
    all: Vec<&'t str>,
    /// Where each name's words end in `all`.
    ends: Vec<u32>,
}

impl<'t> Words<'t> {
    fn new(texts: &[&'t str]) -> Words<'t> {
        let mut all = Vec::new();
        let mut ends = Vec::with_capacity(texts.len());
        for t in texts {
            all.extend(t.split_whitespace());
            ends.push(all.len() as u32);
        }
        Words { all, ends }
    }

    /// The words of name `i`.
    fn of(&self, i: usize) -> &[&'t str] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.all[start..self.ends[i] as usize]
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
            role: role.map(SharedStr::from),
            country: country.map(SharedStr::from),
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

    #[test]
    fn regression_a_family_name_written_first_links_to_the_full_name() {
        // "Lin" after "Lin Weiguo" is that person (the family name comes
        // first); "Karim" is left alone when two names start with it.
        let mut es = vec![
            per(Some("foreign minister"), Some("CHN")),
            per(None, None),
            per(None, Some("EGY")),
            per(None, Some("JOR")),
            per(None, None),
        ];
        let texts = [
            "Lin Weiguo",
            "Lin",
            "Karim Mansour",
            "Karim Haddad",
            "Karim",
        ];
        link(&mut es, &texts);
        assert_eq!(es[1].canonical.as_deref(), Some("Lin Weiguo"));
        assert_eq!(es[1].country.as_deref(), Some("CHN"));
        assert_eq!(es[4].canonical.as_deref(), Some("Karim"));
        assert_eq!(es[4].country, None);
    }

    #[test]
    fn regression_a_name_repeated_is_looked_up_once() {
        // A list of 10,000 mentions of two people: the comparisons grow with
        // the mentions once, not with their square.
        let texts: Vec<&str> = (0..10_000)
            .map(|i| if i % 2 == 0 { "Anna Berg" } else { "Berg" })
            .collect();
        let mut es: Vec<Entity> = texts.iter().map(|_| per(None, None)).collect();
        let steps = link_counting(&mut es, &texts);
        assert!(steps <= 2 * texts.len(), "{steps}");
        assert_eq!(es[1].canonical.as_deref(), Some("Anna Berg"));
        assert_eq!(es[9_999].canonical.as_deref(), Some("Anna Berg"));
    }
}
