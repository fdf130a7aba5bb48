//! [`EntityStage`]: the tagger as a pipeline stage, with the shipped model.

use crate::enrich::enrich;
use crate::model::Model;
use crate::tagger::Tagger;
use dragoman_lexicon::OUTLETS;
use dragoman_model::{
    Diagnostic, Doc, Entity, EntityType, Layer, Sentence, Span, Stage, Token, TokenKind,
};
use std::sync::OnceLock;

/// The shipped model, trained by `dragoman-train ner` (see `MODEL_CARD.md`).
const SHIPPED_MODEL: &[u8] = include_bytes!("../model/ner.bin");

/// The shipped tagger, decoded once per process.
pub fn shipped_tagger() -> &'static Tagger {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| {
        Tagger::new(
            Model::from_bytes(SHIPPED_MODEL)
                .expect("the shipped NER model is valid (checked by a test)"),
        )
    })
}

/// The entity stage: fills [`Doc::entities`] with PER, ORG, LOC and MISC
/// mentions, with subtype, country, role and canonical name where known.
#[derive(Clone, Copy, Debug)]
pub struct EntityStage {
    tagger: &'static Tagger,
}

impl EntityStage {
    /// The stage with the shipped model (decoded on first use, then shared).
    pub fn new() -> EntityStage {
        EntityStage {
            tagger: shipped_tagger(),
        }
    }
}

impl Default for EntityStage {
    fn default() -> Self {
        EntityStage::new()
    }
}

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn requires(&self) -> &'static [Layer] {
        // Meta: the dateline's place is a location.
        &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Sentences]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn run(&self, doc: &mut Doc) {
        if doc.tokens.is_empty() && !doc.text.trim().is_empty() {
            doc.diagnostics.push(Diagnostic {
                stage: self.name().to_string(),
                message: "no tokens: run the tokenize stage first".to_string(),
                span: None,
            });
        }
        let whole = [Sentence {
            span: Span::new(0, doc.text.len()),
            first_token: 0,
            end_token: doc.tokens.len() as u32,
        }];
        let sentences = if doc.sentences.is_empty() && !doc.tokens.is_empty() {
            doc.diagnostics.push(Diagnostic {
                stage: self.name().to_string(),
                message: "no sentences: the text is tagged as one sentence".to_string(),
                span: None,
            });
            &whole[..]
        } else {
            &doc.sentences[..]
        };
        let mut entities: Vec<Entity> = self
            .tagger
            .entities(&doc.text, &doc.tokens, sentences)
            .into_iter()
            .map(|(span, kind)| Entity::new(span, kind))
            .collect();
        split_at_dashes(&doc.tokens, &mut entities);
        split_at_lowercase_words(&doc.text, &doc.tokens, &mut entities);
        enrich(&doc.text, &doc.tokens, &mut entities);
        dateline_place(doc, &mut entities);
        doc.entities = entities;
    }
}

/// The tokens an entity covers.
fn tokens_of<'t>(tokens: &'t [Token], e: &Entity) -> &'t [Token] {
    let first = tokens.partition_point(|t| t.span.end <= e.span.start);
    let end = tokens.partition_point(|t| t.span.start < e.span.end);
    &tokens[first..end.max(first)]
}

/// A name never runs across a dash standing alone ("The Meridian Post —
/// Envoys of Norland ...", a headline or outlet glued to the first
/// sentence): such an entity is cut into the names on either side.
fn split_at_dashes(tokens: &[Token], entities: &mut Vec<Entity>) {
    let dash = |t: &Token| t.kind == TokenKind::Dash;
    if !entities
        .iter()
        .any(|e| tokens_of(tokens, e).iter().any(dash))
    {
        return; // kept in place: no second list of every entity
    }
    let mut out = Vec::with_capacity(entities.len());
    for e in entities.drain(..) {
        let inside = tokens_of(tokens, &e);
        if !inside.iter().any(dash) {
            out.push(e);
            continue;
        }
        for piece in inside.split(dash) {
            if let (Some(a), Some(b)) = (piece.first(), piece.last()) {
                let mut part = e.clone();
                part.span = Span::new(a.span.start as usize, b.span.end as usize);
                out.push(part);
            }
        }
    }
    *entities = out;
}

/// Lower-case words a name may hold ("Bank of England", "Council on
/// Foreign Relations", "Osama bin Laden", "Ludwig van Beethoven"); a
/// hyphenated one ("al-Assad", "post-Soviet") too.
const NAME_PARTICLES: [&str; 30] = [
    "of", "the", "and", "for", "on", "in", "at", "de", "da", "di", "du", "des", "del", "la", "le",
    "al", "el", "bin", "ibn", "von", "van", "der", "den", "y", "et", "della", "dos", "das", "do",
    "e",
];

/// A name never holds a lower-case word other than its particles: the
/// tagger's "Minsk accused Lithuania" is two names and a verb. Such an
/// entity is cut into the runs of words on either side, each kept when it
/// starts with a capital.
fn split_at_lowercase_words(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let breaks = |t: &Token| {
        let w = t.span.of(text);
        t.kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_lowercase)
            && !w.contains('-')
            && !NAME_PARTICLES.contains(&w)
    };
    if !entities
        .iter()
        .any(|e| tokens_of(tokens, e).iter().any(breaks))
    {
        return; // kept in place: no second list of every entity
    }
    let mut out = Vec::with_capacity(entities.len());
    for e in entities.drain(..) {
        let inside = tokens_of(tokens, &e);
        if !inside.iter().any(breaks) {
            out.push(e);
            continue;
        }
        for piece in inside.split(breaks) {
            let capital = |t: &Token| {
                t.span
                    .of(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            };
            let start = piece.iter().position(capital);
            let last = piece.iter().rposition(|t| {
                t.kind != TokenKind::Word || capital(t) || t.kind == TokenKind::Number
            });
            if let (Some(a), Some(b)) = (start, last.filter(|&b| Some(b) >= start)) {
                let mut part = e.clone();
                part.span = Span::new(piece[a].span.start as usize, piece[b].span.end as usize);
                out.push(part);
            }
        }
    }
    *entities = out;
}

/// The place of a dateline ("KESTRA CITY, March 6 (Wire) -") is a city,
/// whatever the tagger made of its capitals; its outlet is an organisation;
/// nothing else in it is an entity ("Mar." of "Mar. 4, 2026 (NWS)—").
fn dateline_place(doc: &Doc, entities: &mut Vec<Entity>) {
    let Some(dateline) = doc.meta.dateline else {
        return;
    };
    let place = doc.meta.place.as_deref().unwrap_or_default();
    let outlet = doc.meta.outlet.as_deref();
    entities.retain_mut(|e| {
        if !dateline.contains(e.span) {
            return true;
        }
        let name = doc.slice(e.span);
        if name == place {
            e.kind = EntityType::Loc;
            e.subtype.get_or_insert_with(|| "CITY".into());
        } else if Some(name) == outlet || OUTLETS.is_outlet(name) {
            e.kind = EntityType::Org;
        }
        place.contains(name) || Some(name) == outlet || OUTLETS.is_outlet(name)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_place_is_a_city() {
        let mut doc = Doc::from_text("t", "KESTRA CITY, March 6 (Wire) - Talks resumed.");
        doc.meta.dateline = Some(Span::new(0, 29));
        doc.meta.place = Some("KESTRA CITY".into());
        let mut es = vec![Entity::new(Span::new(0, 11), EntityType::Org)];
        dateline_place(&doc, &mut es);
        assert_eq!(
            (es[0].kind, es[0].subtype.as_deref()),
            (EntityType::Loc, Some("CITY"))
        );
    }

    #[test]
    fn a_month_in_a_dateline_is_no_entity() {
        let mut doc = Doc::from_text("t", "Mar. 4, 2026 (Wire)—Talks resumed.");
        doc.meta.dateline = Some(Span::new(0, 22));
        doc.meta.outlet = Some("Wire".into());
        let mut es = vec![
            Entity::new(Span::new(0, 4), EntityType::Org),
            Entity::new(Span::new(14, 18), EntityType::Per),
        ];
        dateline_place(&doc, &mut es);
        assert_eq!(es.len(), 1);
        assert_eq!(
            (doc.slice(es[0].span), es[0].kind),
            ("Wire", EntityType::Org)
        );
    }

    #[test]
    fn shipped_model_loads() {
        let tagger = shipped_tagger();
        assert_eq!(tagger.model().passes(), 2);
    }

    #[test]
    fn stage_declares_its_layers() {
        let s = EntityStage::new();
        assert_eq!(
            s.requires(),
            &[Layer::Text, Layer::Meta, Layer::Tokens, Layer::Sentences]
        );
        assert_eq!(s.assigns(), &[Layer::Entities]);
    }

    #[test]
    fn tokens_without_sentences_are_one_sentence() {
        let mut doc = Doc::from_text("d", "Ivan Petrov spoke in Moscow.");
        doc.tokens = dragoman_tokenize::tokens(&doc.text);
        EntityStage::new().run(&mut doc);
        assert!(!doc.entities.is_empty());
        assert_eq!(doc.diagnostics.len(), 1);
    }

    #[test]
    fn untokenized_documents_get_a_diagnostic() {
        let mut doc = Doc::from_text("d", "Ivan Petrov spoke.");
        EntityStage::new().run(&mut doc);
        assert!(doc.entities.is_empty());
        assert_eq!(doc.diagnostics.len(), 1);
    }
}
