//! [`ActorStage`]: entity mentions linked to actors, with the role and
//! country the actor had on the report's date; curated people the tagger
//! missed are added first (see `recognize`).

use crate::actor::{Actor, ActorKind};
use crate::recognize::missed_people;
use crate::resolve::{country_on, Mention};
use crate::table::Actors;
use dragoman_lexicon::COUNTRIES;
use dragoman_model::{Date, Doc, Entity, EntityType, Layer, SharedStr, Stage};
use std::collections::HashMap;

/// The actor stage: fills [`dragoman_model::Entity::actor`] with the id of the
/// actor each mention stands for, and the entity's `role` and `country`, when
/// it has none, from the role the actor held on the document's date.
#[derive(Clone, Copy, Debug)]
pub struct ActorStage {
    actors: &'static Actors,
}

impl ActorStage {
    /// The stage with the shipped actor table (built on first use, then shared).
    pub fn new() -> ActorStage {
        ActorStage {
            actors: Actors::shipped(),
        }
    }

    /// The stage with another table (leaked to live as long as the program).
    pub fn with_actors(actors: &'static Actors) -> ActorStage {
        ActorStage { actors }
    }
}

impl Default for ActorStage {
    fn default() -> Self {
        ActorStage::new()
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Entities]
    }
    fn assigns(&self) -> &'static [Layer] {
        // It adds the curated people the tagger missed, and resolves actors.
        &[Layer::Entities, Layer::Actors]
    }
    fn run(&self, doc: &mut Doc) {
        let missed = missed_people(&doc.text, &doc.tokens, &doc.entities, self.actors);
        if !missed.is_empty() {
            doc.entities.extend(missed.into_iter().map(|(e, _)| e));
            doc.entities.sort_by_key(|e| (e.span.start, e.span.end));
        }
        let date = doc.meta.date;
        for e in &mut doc.entities {
            self.resolve(e, &doc.text, date);
        }
        crate::lend::body_country_to_person(doc);
        crate::lend::possessor_country_to_body(doc);
        crate::lend::dateline_country_to_body(doc);
        fill_canonical(doc);
    }
}

impl ActorStage {
    /// Resolves one entity: its actor, and its role and country when it has
    /// none. A person with a role not found by name is looked up with the
    /// role ("President Reagan"); a mention that stays ambiguous still gets
    /// the country all its candidates share ("President Bush"), and a person
    /// found only as an organisation its country.
    fn resolve(&self, e: &mut Entity, text: &str, date: Option<Date>) {
        // A span off the text (a bug upstream) reads as no name, not a panic.
        let name = e
            .canonical
            .as_deref()
            .unwrap_or_else(|| text.get(e.span.range()).unwrap_or_default());
        let mention = |name| Mention {
            name,
            kind: e.kind,
            country: e.country.as_deref(),
            date,
        };
        let titled = e.role.as_ref().map(|role| format!("{role} {name}"));
        let mut found = self.actors.candidates(&mention(name));
        if let (true, Some(titled), EntityType::Per) = (found.is_empty(), &titled, e.kind) {
            found = self.actors.candidates(&mention(titled));
        }
        if let (true, EntityType::Per, None) = (found.is_empty(), e.kind, &e.country) {
            e.country = self.organisation_country(&mention(name)).map(Into::into);
            return;
        }
        let [actor] = found[..] else {
            if e.country.is_none() {
                e.country = shared_country(&found, date).map(Into::into);
            }
            return;
        };
        if e.country.is_none() {
            e.country = iso_country_on(actor, date).map(Into::into);
        }
        if e.role.is_none() {
            e.role = date
                .and_then(|d| actor.role_at(d))
                .and_then(|r| r.title.as_deref().map(SharedStr::from));
        }
        e.actor = Some(actor.id.as_str().into());
    }

    /// The country of the organisations a person's name is filed under: the
    /// dictionary lists some leaders only under their government ("Assad"
    /// under "Bashar Al-Assad"). A person is no organisation, so this gives
    /// a country, never an actor.
    fn organisation_country(&self, person: &Mention) -> Option<String> {
        let as_org = Mention {
            kind: EntityType::Org,
            ..*person
        };
        let mut found = self.actors.candidates(&as_org);
        found.retain(|a| a.kind == ActorKind::Organisation);
        shared_country(&found, person.date)
    }
}

/// The actor's country on `date`, when it is an ISO country.
fn iso_country_on(actor: &Actor, date: Option<Date>) -> Option<String> {
    country_on(actor, date)
        .filter(|c| COUNTRIES.is_iso3(c))
        .map(str::to_string)
}

/// The country every one of several candidates has on `date`, if they agree.
fn shared_country(found: &[&Actor], date: Option<Date>) -> Option<String> {
    let mut countries = found.iter().map(|a| iso_country_on(a, date));
    let first = countries.next()??;
    countries
        .all(|c| c.as_deref() == Some(&first))
        .then_some(first)
}

/// Gives every mention of an actor that has no canonical name the fullest
/// name the document writes that actor with.
fn fill_canonical(doc: &mut Doc) {
    let mut fullest: HashMap<SharedStr, &str> = HashMap::new();
    for e in &doc.entities {
        if let Some(id) = &e.actor {
            let written = e
                .canonical
                .as_deref()
                .unwrap_or_else(|| e.span.of(&doc.text));
            let best = fullest.entry(id.clone()).or_insert(written);
            if written.len() > best.len() {
                *best = written;
            }
        }
    }
    let fullest: HashMap<SharedStr, SharedStr> =
        fullest.into_iter().map(|(k, v)| (k, v.into())).collect();
    for e in &mut doc.entities {
        if e.canonical.is_none() {
            e.canonical = e.actor.as_ref().and_then(|id| fullest.get(id).cloned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{Entity, EntityType, Span};
    use jiff::civil::date;

    const IMPORTED: &str = "\
un\torg\tUnited Nations\tUN\tIGO\tUNO\tIGOUNO ..
";
    const CURATED: &str = "\
vladimir-putin\tperson\tVladimir Putin\tPutin\tRUS\tGOV\t\
RUSGOV 2008-05-08..2012-05-07 prime minister|RUSGOV 2012-05-07.. president
";

    fn stage() -> ActorStage {
        let actors = Actors::from_tsv(IMPORTED, CURATED).unwrap();
        ActorStage::with_actors(Box::leak(Box::new(actors)))
    }

    fn doc(text: &str, kind: EntityType, day: Option<jiff::civil::Date>) -> Doc {
        let mut doc = Doc::from_text("t", text);
        doc.meta.date = day;
        doc.entities
            .push(Entity::new(Span::new(0, text.len()), kind));
        doc
    }

    #[test]
    fn the_role_follows_the_date() {
        for (day, role) in [
            (date(2010, 3, 1), "prime minister"),
            (date(2025, 11, 19), "president"),
        ] {
            let mut d = doc("Putin", EntityType::Per, Some(day));
            stage().run(&mut d);
            let e = &d.entities[0];
            assert_eq!(e.actor.as_deref(), Some("vladimir-putin"));
            assert_eq!(e.role.as_deref(), Some(role));
            assert_eq!(e.country.as_deref(), Some("RUS"));
        }
    }

    #[test]
    fn without_a_date_there_is_an_actor_but_no_role() {
        let mut d = doc("Putin", EntityType::Per, None);
        stage().run(&mut d);
        assert_eq!(d.entities[0].actor.as_deref(), Some("vladimir-putin"));
        assert_eq!(d.entities[0].role, None);
    }

    #[test]
    fn international_codes_do_not_become_countries() {
        let mut d = doc("the U.N.", EntityType::Org, Some(date(2025, 1, 1)));
        stage().run(&mut d);
        assert_eq!(d.entities[0].actor.as_deref(), Some("un"));
        assert_eq!(d.entities[0].country, None);
    }

    #[test]
    fn roles_and_countries_already_found_are_kept() {
        let mut d = doc("Putin", EntityType::Per, Some(date(2025, 1, 1)));
        d.entities[0].role = Some("leader".into());
        stage().run(&mut d);
        assert_eq!(d.entities[0].role.as_deref(), Some("leader"));
    }

    #[test]
    fn a_span_off_the_text_is_skipped() {
        let mut d = doc("Putin", EntityType::Per, None);
        d.entities[0].span = Span::new(3, 99);
        stage().run(&mut d);
        assert_eq!(d.entities[0].actor, None);
    }

    /// Two former presidents written the same way, and one alone.
    const NAMESAKES: &str = "\
ana-vold\tperson\tAna Vold\tPresident Vold\tNOR\tGOV\tNORGOV 1990..1995 president
ben-vold\tperson\tBen Vold\tPresident Vold\tNOR\tGOV\tNORGOV 2001..2005 president
cara-lund\tperson\tCara Lund\tPresident Lund\tSWE\tGOV\tSWEGOV 1980..1985 president
dan-moss-regime\torg\tDan Moss Regime\tMoss\tFIN\tGOV\tFINGOV ..
finland\tcountry\tFinland\tLund Island\tFIN\t\tFIN ..
";

    fn titled(name: &str) -> Entity {
        let actors = Actors::from_tsv(NAMESAKES, "").unwrap();
        let mut d = doc(name, EntityType::Per, None);
        d.entities[0].role = Some("president".into());
        ActorStage::with_actors(Box::leak(Box::new(actors))).run(&mut d);
        d.entities.remove(0)
    }

    #[test]
    fn a_surname_resolves_with_its_title() {
        let e = titled("Lund");
        assert_eq!(e.actor.as_deref(), Some("cara-lund"));
        assert_eq!(e.country.as_deref(), Some("SWE"));
    }

    #[test]
    fn namesakes_stay_unresolved_but_keep_the_country_they_share() {
        let e = titled("Vold");
        assert_eq!(e.actor, None);
        assert_eq!(e.country.as_deref(), Some("NOR"));
    }

    #[test]
    fn a_person_found_only_as_an_organisation_gets_its_country_alone() {
        let e = titled("Moss");
        assert_eq!((e.actor, e.country.as_deref()), (None, Some("FIN")));
        let e = titled("Lund Island");
        assert_eq!((e.actor, e.country), (None, None));
    }

    #[test]
    fn the_stage_declares_its_layers() {
        let s = ActorStage::new();
        assert_eq!(s.name(), "actors");
        assert_eq!(
            s.requires(),
            &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Entities]
        );
        assert_eq!(s.assigns(), &[Layer::Entities, Layer::Actors]);
    }
}
