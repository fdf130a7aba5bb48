//! The pipeline: a report in, an annotated [`Doc`] out.
//!
//! First cleaning makes the document ([`Layer::Text`] and [`Layer::Meta`]);
//! then each [`Stage`] runs in order. [`Pipeline::new`] checks, before any
//! document is seen, that every stage's requirements are assigned by cleaning
//! or by an earlier stage (after spaCy's `analyze_pipes`).

use dragoman_clean::{Cleaned, RemovalReason};
use dragoman_ingest::{Payload, Report};
use dragoman_model::{Doc, Layer, Meta, Sentence, Span, Stage, Token, TokenKind};
use std::ops::Range;
use std::time::{Duration, Instant};

pub use dragoman_clean::MAX_PARAGRAPH_BYTES;

pub mod pathological;

/// A pipeline whose stage order does not hold together.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// A stage requires a layer nothing before it assigns.
    #[error("stage `{stage}` requires {layer:?}, which no earlier stage assigns")]
    Unmet {
        /// The stage.
        stage: &'static str,
        /// The missing layer.
        layer: Layer,
    },
    /// No stage has this name.
    #[error("no stage is called `{name}` (stages: {})", known.join(", "))]
    Unknown {
        /// The name asked for.
        name: String,
        /// The stages there are.
        known: Vec<&'static str>,
    },
}

/// Builds a stage.
type MakeStage = fn() -> Box<dyn Stage>;

/// Every stage, in the standard order, by name; a stage is only built (its
/// model or table loaded) when a pipeline needs it.
const STAGES: &[(&str, MakeStage)] = &[
    ("tokenize", || Box::new(dragoman_tokenize::Tokenize)),
    ("syntax", || Box::new(dragoman_syntax::SyntaxStage::new())),
    ("entities", || {
        Box::new(dragoman_entities::EntityStage::new())
    }),
    ("actors", || Box::new(dragoman_actors::ActorStage::new())),
    ("timex", || Box::new(dragoman_time::TimexStage::new())),
    ("quotes", || Box::new(dragoman_quotes::QuoteStage::new())),
    ("events", || Box::new(dragoman_events::EventStage::new())),
];

/// Stages that run only when a later stage reads a layer they assign, or
/// when named in [`Pipeline::up_to`]: parsing every sentence costs more than
/// the rest of the pipeline, so it is done only for stages that use it (and
/// for the contract's `tokens` input, see [`Pipeline::process_tokens`]).
const ON_DEMAND: &[&str] = &["syntax"];

/// `stages` without the on-demand ones that no later stage reads (unless named in `asked`).
fn demanded(stages: Vec<Box<dyn Stage>>, asked: &[&str]) -> Vec<Box<dyn Stage>> {
    let needed: Vec<bool> = (0..stages.len())
        .map(|i| {
            let s = &stages[i];
            !ON_DEMAND.contains(&s.name())
                || asked.contains(&s.name())
                || stages[i + 1..]
                    .iter()
                    .any(|t| t.requires().iter().any(|l| s.assigns().contains(l)))
        })
        .collect();
    stages
        .into_iter()
        .zip(needed)
        .filter_map(|(s, keep)| keep.then_some(s))
        .collect()
}

/// Why a report could not be made into a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PrepareError {
    /// No article could be extracted from an HTML page.
    #[error(transparent)]
    Html(#[from] dragoman_html::HtmlError),
    /// The stages ran past the per-report time budget.
    #[error("{0}")]
    OverBudget(String),
}

/// The stage name of the diagnostic that says a report ran past its budget.
pub const BUDGET: &str = "budget";

/// A document and what cleaning removed from its raw text.
#[derive(Debug)]
pub struct Processed {
    /// The annotated document. For an HTML page, `doc.raw` is the article
    /// text extracted from it, and [`Processed::html_map`] leads back to the page.
    pub doc: Doc,
    /// Raw byte ranges removed by cleaning, with a short reason.
    pub removed: Vec<(Range<usize>, String)>,
    /// For an HTML page: each extracted paragraph's byte range in `doc.raw`
    /// and the byte range of the page it came from.
    pub html_map: Vec<(Range<usize>, Range<usize>)>,
}

/// An ordered, checked list of stages.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
    /// The most time the stages may take on one report, checked between stages.
    budget: Option<Duration>,
    /// The cleaner's options (the longest paragraph among them).
    clean: dragoman_clean::Options,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.stages.iter().map(|s| s.name()))
            .finish()
    }
}

impl Pipeline {
    /// A pipeline of `stages`, checked.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Pipeline, PipelineError> {
        let mut have = vec![Layer::Text, Layer::Meta];
        for s in &stages {
            if let Some(&layer) = s.requires().iter().find(|l| !have.contains(l)) {
                return Err(PipelineError::Unmet {
                    stage: s.name(),
                    layer,
                });
            }
            have.extend_from_slice(s.assigns());
        }
        Ok(Pipeline {
            stages,
            budget: None,
            clean: dragoman_clean::Options::default(),
        })
    }

    /// Every stage dragoman has, in order (on-demand stages only when a
    /// later stage reads what they assign).
    pub fn standard() -> Pipeline {
        let all = STAGES.iter().map(|(_, make)| make()).collect();
        Pipeline::new(demanded(all, &[])).expect("the standard pipeline is well ordered")
    }

    /// The standard pipeline cut after the last of the named stages: the
    /// stages named and those they need. `["tokenize"]` is cleaning and
    /// tokenizing only; `["clean"]` is cleaning (and HTML extraction) alone.
    pub fn up_to(names: &[&str]) -> Result<Pipeline, PipelineError> {
        let known = |n: &str| n == "clean" || STAGES.iter().any(|(s, _)| *s == n);
        if let Some(unknown) = names.iter().find(|n| !known(n)) {
            return Err(PipelineError::Unknown {
                name: unknown.to_string(),
                known: STAGES.iter().map(|(s, _)| *s).collect(),
            });
        }
        let last = STAGES
            .iter()
            .rposition(|(s, _)| names.contains(s))
            .map_or(0, |i| i + 1);
        let stages = STAGES[..last].iter().map(|(_, make)| make()).collect();
        Pipeline::new(demanded(stages, names))
    }

    /// The stages, in order.
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }

    /// The stage names, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// This pipeline with a time budget per report: once the stages have
    /// taken `budget` on a report, the stages after the one running are not
    /// run, a diagnostic (stage [`BUDGET`]) names the stage that ran over,
    /// and [`Pipeline::process`] rejects the report. A stage is not
    /// interrupted: the budget is checked between stages.
    pub fn with_budget(mut self, budget: Duration) -> Pipeline {
        self.budget = Some(budget);
        self
    }

    /// This pipeline with sentences cut at `max` tokens instead of
    /// [`dragoman_model::MAX_SENTENCE_TOKENS`] (a lower limit only).
    pub fn with_sentence_limit(mut self, max: usize) -> Pipeline {
        for s in self.stages.iter_mut().filter(|s| s.name() == "tokenize") {
            *s = Box::new(dragoman_tokenize::TokenizeWithin {
                max_sentence_tokens: max,
            });
        }
        self
    }

    /// This pipeline with paragraphs longer than `max` bytes split by the
    /// cleaner instead of at [`dragoman_clean::MAX_PARAGRAPH_BYTES`] (a
    /// diagnostic of stage `clean` counts the splits).
    pub fn with_paragraph_limit(mut self, max: usize) -> Pipeline {
        self.clean.max_paragraph_bytes = max;
        self
    }

    /// Runs the stages over a document that cleaning made.
    pub fn run(&self, doc: &mut Doc) {
        let started = Instant::now();
        for (k, s) in self.stages.iter().enumerate() {
            s.run(doc);
            let spent = started.elapsed();
            if let Some(budget) = self.budget.filter(|&b| spent >= b) {
                let skipped: Vec<&str> = self.stages[k + 1..].iter().map(|s| s.name()).collect();
                let message = format!(
                    "the stages took {:.1} s by the end of stage `{}`, over the time budget of {:.1} s per report; not run: {}",
                    spent.as_secs_f64(),
                    s.name(),
                    budget.as_secs_f64(),
                    if skipped.is_empty() { "none".to_string() } else { skipped.join(", ") }
                );
                doc.note(BUDGET, message, None);
                return;
            }
        }
    }

    /// Cleans a text and runs the stages: the whole job for one report.
    pub fn process_text(&self, id: &str, raw: String, meta: Meta) -> Processed {
        let cleaned = dragoman_clean::clean_with(&raw, &self.clean);
        let removed = removals(&cleaned);
        let mut doc = cleaned.into_doc(id, raw, meta);
        self.run(&mut doc);
        Processed {
            doc,
            removed,
            html_map: Vec::new(),
        }
    }

    /// Extracts the article from an HTML page, then cleans it and runs the
    /// stages. What the caller knew (`meta`) wins over the page's metadata.
    pub fn process_html(
        &self,
        id: &str,
        html: &[u8],
        charset: Option<&str>,
        meta: Meta,
    ) -> Result<Processed, PrepareError> {
        let article = dragoman_html::extract(html, charset, meta.url.as_deref())?;
        let page = article.meta;
        let meta = Meta {
            title: meta.title.or(page.title),
            date: meta.date.or(page.date),
            outlet: meta.outlet.or(page.outlet),
            author: meta.author.or(page.author),
            url: meta.url.or(page.url),
            ..meta
        };
        let html_map = article
            .paragraphs
            .iter()
            .map(|p| (p.text_range.clone(), p.html_range.clone()))
            .collect();
        let mut processed = self.process_text(id, article.text, meta);
        for w in article.warnings {
            processed.doc.note("html", w, None);
        }
        processed.html_map = html_map;
        Ok(processed)
    }

    /// Runs the stages after tokenizing over one sentence given as tokens
    /// (the contract's `tokens` input): the text is the tokens joined by
    /// single spaces, uncleaned; the tokens are kept as given and make one
    /// sentence, which is always parsed.
    pub fn process_tokens(&self, id: &str, tokens: &[String], meta: Meta) -> Processed {
        let mut doc = Doc::from_text(id, tokens.join(" "));
        doc.meta = meta;
        let mut pos = 0;
        for t in tokens {
            let kind = dragoman_tokenize::tokens(t)
                .first()
                .map_or(TokenKind::Symbol, |x| x.kind);
            doc.tokens.push(Token {
                span: Span::new(pos, pos + t.len()),
                kind,
            });
            pos += t.len() + 1;
        }
        if !tokens.is_empty() {
            doc.sentences.push(Sentence {
                span: Span::new(0, doc.text.len()),
                first_token: 0,
                end_token: tokens.len() as u32,
            });
        }
        // The contract answers `tokens` input with syntax, whatever the stages.
        if !self
            .stages
            .iter()
            .any(|s| s.assigns().contains(&Layer::Syntax))
        {
            dragoman_syntax::SyntaxStage::new().run(&mut doc);
        }
        for s in &self.stages {
            if !s.assigns().contains(&Layer::Tokens) {
                s.run(&mut doc);
            }
        }
        Processed {
            doc,
            removed: Vec::new(),
            html_map: Vec::new(),
        }
    }

    /// Processes an ingested report.
    /// A report over the time budget (see [`Pipeline::with_budget`]) is an
    /// error naming the stage that ran over.
    pub fn process(&self, report: &Report) -> Result<Processed, PrepareError> {
        let processed = match &report.payload {
            Payload::Text(t) => self.process_text(&report.id, t.clone(), report.meta.clone()),
            Payload::Html { bytes, charset } => {
                self.process_html(&report.id, bytes, charset.as_deref(), report.meta.clone())?
            }
        };
        match processed.doc.diagnostics.iter().find(|d| d.stage == BUDGET) {
            Some(over) => Err(PrepareError::OverBudget(over.message.clone())),
            None => Ok(processed),
        }
    }
}

fn removals(c: &Cleaned) -> Vec<(Range<usize>, String)> {
    c.removed
        .iter()
        .map(|r| {
            let why = match r.reason {
                RemovalReason::Doubled => "doubled",
                RemovalReason::Contained { .. } => "contained",
            };
            (r.raw.clone(), why.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Needs(Layer);
    impl Stage for Needs {
        fn name(&self) -> &'static str {
            "needs"
        }
        fn requires(&self) -> &'static [Layer] {
            match self.0 {
                Layer::Quotes => &[Layer::Quotes],
                _ => &[Layer::Tokens],
            }
        }
        fn assigns(&self) -> &'static [Layer] {
            &[]
        }
        fn run(&self, _: &mut Doc) {}
    }

    #[test]
    fn a_report_over_the_time_budget_is_rejected_naming_the_stage() {
        let pipeline = Pipeline::standard().with_budget(Duration::ZERO);
        let mut doc = Doc::from_text("t", "The envoys met in Geneva.");
        pipeline.run(&mut doc);
        let over = doc.diagnostics.iter().find(|d| d.stage == BUDGET).unwrap();
        assert!(
            over.message.contains("stage `tokenize`"),
            "{}",
            over.message
        );
        assert!(
            over.message.contains("not run: entities"),
            "{}",
            over.message
        );
        assert!(doc.entities.is_empty() && !doc.tokens.is_empty());
        let text = "The envoys met in Geneva.";
        let report = Report {
            source: "test".into(),
            record: None,
            id: "r".into(),
            raw: text.as_bytes().to_vec(),
            encoding: "UTF-8",
            payload: Payload::Text(text.into()),
            meta: Meta::default(),
        };
        let err = pipeline.process(&report).unwrap_err();
        assert!(err.to_string().contains("time budget"), "{err}");
        assert!(Pipeline::standard().process(&report).is_ok());
    }

    #[test]
    fn stage_order_is_checked() {
        assert!(Pipeline::new(vec![
            Box::new(dragoman_tokenize::Tokenize),
            Box::new(Needs(Layer::Tokens))
        ])
        .is_ok());
        let err = Pipeline::new(vec![
            Box::new(Needs(Layer::Tokens)),
            Box::new(dragoman_tokenize::Tokenize),
        ])
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "stage `needs` requires Tokens, which no earlier stage assigns"
        );
    }

    #[test]
    fn stage_table_names_match_the_stages() {
        for (name, make) in STAGES {
            assert_eq!(make().name(), *name);
        }
    }

    #[test]
    fn a_pipeline_can_stop_early() {
        assert_eq!(
            Pipeline::up_to(&["tokenize"]).unwrap().names(),
            ["tokenize"]
        );
        assert_eq!(
            Pipeline::up_to(&["timex"]).unwrap().names(),
            ["tokenize", "entities", "actors", "timex"]
        );
        assert!(Pipeline::up_to(&["nope"])
            .unwrap_err()
            .to_string()
            .starts_with("no stage is called `nope`"));
    }

    #[test]
    fn syntax_runs_when_asked_for_or_read() {
        assert_eq!(
            Pipeline::up_to(&["syntax"]).unwrap().names(),
            ["tokenize", "syntax"]
        );
        let standard = Pipeline::standard();
        let read = standard
            .stages()
            .iter()
            .any(|s| s.requires().contains(&Layer::Syntax));
        assert_eq!(standard.names().contains(&"syntax"), read);
        let tokens = ["Talks", "resumed", "."].map(String::from);
        let out =
            Pipeline::up_to(&["tokenize"])
                .unwrap()
                .process_tokens("t", &tokens, Meta::default());
        assert_eq!(out.doc.text, "Talks resumed .");
        assert_eq!(out.doc.tokens.len(), 3);
        assert_eq!(out.doc.sentences.len(), 1);
        assert_eq!(out.doc.syntax.len(), 3, "tokens input is always parsed");
    }

    #[test]
    fn a_doubled_report_becomes_one_clean_document() {
        let p = Pipeline::standard();
        let raw = "Talks resumed in Vienna on Tuesday.Dec. 2, 2025 (Wire)—Talks resumed in Vienna on Tuesday.\n";
        let out = p.process_text("d", raw.to_string(), Meta::default());
        assert_eq!(
            out.doc.text,
            "Dec. 2, 2025 (Wire)—Talks resumed in Vienna on Tuesday."
        );
        assert_eq!(
            out.doc.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2025-12-02")
        );
        assert_eq!(out.doc.meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(out.removed, vec![(0..35, "doubled".to_string())]);
        assert!(!out.doc.sentences.is_empty());
    }
}
