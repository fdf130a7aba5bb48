//! The command line, declared with clap: every command with examples in its help.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// dragoman reads news about diplomacy and negotiations and turns it into a
/// record an analyst can trust: who said what, when, and where in the report.
#[derive(Debug, Parser)]
#[command(
    name = "dragoman",
    version,
    after_help = "Start with `dragoman demo`. Every command has examples in its --help."
)]
pub(crate) struct Cli {
    /// The database file (default: dragoman.db in the working directory; the demo uses dragoman-demo.db).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Log what happens, to standard error (or set DRAGOMAN_LOG=debug).
    #[arg(long, short, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Store reports: text, JSON Lines, HTML pages, WARC archives, RSS/Atom feeds, directories, or - for stdin.
    #[command(after_help = "Examples:
  dragoman ingest report.txt
  dragoman ingest reports/ archive.jsonl
  dragoman ingest page.html crawl.warc.gz wire.rss
  cat report.txt | dragoman ingest -
  dragoman ingest --encoding windows-1252 old/*.txt
  dragoman ingest --json reports/ > summary.json

Formats are recognized by extension and content: plain text, JSON Lines (one report per
line: id, text or html, date, url, title, outlet), HTML pages (the article is extracted),
WARC archives (plain or gzipped, HTML responses), RSS 2.0 and Atom feeds (one report per item).
Ingest is idempotent: a report whose content is stored already is counted as a duplicate.
Exit status: 0 when every input was stored or already there, 2 when some were rejected
(each is named with its reason), 1 on failure.")]
    Ingest(IngestArgs),
    /// List stored documents.
    #[command(after_help = "Examples:
  dragoman docs
  dragoman docs --limit 20 --offset 40
  dragoman docs --json | jq .title")]
    Docs(DocsArgs),
    /// Show one document: metadata, clean text with its annotations marked.
    #[command(after_help = "Examples:
  dragoman show 1
  dragoman show 1 --json
  dragoman show 1 --raw        # the input as it arrived, byte for byte
  dragoman show 1 --syntax     # each sentence's dependency tree")]
    Show(ShowArgs),
    /// List who said what, across documents.
    #[command(after_help = "Examples:
  dragoman quotes
  dragoman quotes --speaker Dmitriev
  dragoman quotes --doc 3 --json")]
    Quotes(QuotesArgs),
    /// List the people, states and bodies mentioned, resolved to one actor each.
    #[command(after_help = "Examples:
  dragoman actors
  dragoman actors --name lavrov
  dragoman actors --json --limit 20")]
    Actors(ActorsArgs),
    /// A timeline of events: who met, proposed, demanded, rejected, accused, threatened whom.
    #[command(after_help = "Examples:
  dragoman events
  dragoman events --actor Lavrov --since 2025-11-01
  dragoman events --type CONSULT --json")]
    Events(EventsArgs),
    /// The plans and proposals the reports describe, with points and sections.
    #[command(after_help = "Examples:
  dragoman proposals
  dragoman proposals --json
  dragoman proposals --history \"12-point\"

--history shows one plan's versions across the reports of each story that
names it: points, sections, proposer and status, each with the reports that
say so, in date order, and where the versions differ.")]
    Proposals(ProposalsArgs),
    /// Write every stored event as PLOVER JSON, GDELT 2.0 event rows or JSON
    /// Lines, or every layer as Parquet tables.
    #[command(after_help = "Examples:
  dragoman export --format plover > events.plover.jsonl
  dragoman export --format gdelt --header --output events.tsv
  dragoman export --format jsonl | jq .type
  dragoman export --format parquet --output tables/   # tables/events/report_date=2025-11-20/part-00000.parquet")]
    Export(ExportArgs),
    /// Annotate JSON Lines (the contract of shared/eval/CONTRACT.md), streaming.
    #[command(after_help = "Examples:
  dragoman annotate < input.jsonl > output.jsonl
  dragoman annotate --input input.jsonl --output output.jsonl --threads 4
  dragoman annotate --stages tokenize < input.jsonl     # cleaning and tokens only
  dragoman annotate --stages clean < pages.jsonl        # HTML extraction and cleaning only
  echo '{\"id\": \"d1\", \"text\": \"Talks resumed on Nov. 17.\", \"date\": \"2025-11-19\"}' | dragoman annotate

One output line per input line, in order, with the same id. A bad line yields
{\"id\": ..., \"error\": ...} and the stream goes on; the exit status is then 2.")]
    Annotate(AnnotateArgs),
    /// Group reports into stories (the eval runner's `--stories-cmd`): contract input lines in, {"id", "cluster"} lines out.
    #[command(after_help = "Examples:
  dragoman stories-eval < input.jsonl > clusters.jsonl
  dragoman stories-eval --cut 0.2 --window-days 60 --input input.jsonl
  python3 ../shared/eval/run --tasks stories --stories-cmd \"target/release/dragoman stories-eval\"

Reads every line first (a batch is clustered as a whole), runs the pipeline up to
entities and time expressions on all cores, and writes one {\"id\", \"cluster\"} line
per input line, in order. Reports whose dates (the `date` field, else a date line
at the top of the text) lie more than --window-days apart never share a story.
A bad line yields {\"id\", \"line\", \"error\"} and the exit status is then 2.")]
    StoriesEval(StoriesEvalArgs),
    /// Rebuild every story and copy link from the stored documents.
    #[command(after_help = "Examples:
  dragoman restory
  dragoman restory --cut 0.25 --window-days 30
  dragoman restory --batch

Empties the stories and places every stored document again, one at a time in
the order they were stored, through the incremental index `ingest` uses (so the
result is the one a single ingest of the same reports gives); copies are linked
as each document is placed. The settings given are kept in the saved index and
used by later ingests.

--batch clusters all documents at once instead (average link, as `stories-eval`
does without --incremental): better groups for a closed set, but time and memory
grow with the square of the number of documents (about 1 GB of similarities at
16k documents), and no index is kept, so the next ingest rebuilds the stories
through the incremental path.")]
    Restory(RestoryArgs),
    /// List stories (kept up to date by `ingest`): size, dates, outlets, copies, title.
    #[command(after_help = "Examples:
  dragoman stories
  dragoman stories --since 2026-03-01 --actor Kestria
  dragoman stories --limit 20 --json | jq .title

--since keeps the stories with a report on or after the date; --actor those with
an event whose actor or recipient, or an entity, names it (case-insensitive).")]
    Stories(StoriesArgs),
    /// A story's briefing: reports, copies, citations, claims compared, plan versions.
    #[command(after_help = "Examples:
  dragoman story 3
  dragoman story 3 --json | jq '.reports[].title'
  dragoman story 3 --json | jq '.plans[].versions[].points'

Reports in date order, each copy folded under its original; the outlets each
report cites (\"as X reported\", \"according to X\"), linked to X's report in the
store when there is one; every event the reports tell, each report's account side
by side (who says so, sourcing, via, when, date, place, parties, status) with the
points where they differ; every plan's versions with the reports that say so.")]
    Story(StoryArgs),
    /// Serve the workbench: pages and their JSON twins over the database, read-only.
    #[command(after_help = "Examples:
  dragoman serve                          # http://127.0.0.1:8080, this machine only
  dragoman serve --db dragoman-demo.db --bind 127.0.0.1:9000
  dragoman serve --bind 0.0.0.0:8080 --token-file token.txt

The database is opened read-only (an older schema is migrated first, as any
reading command does, when the file is writable); `dragoman ingest` may write
to it meanwhile. Every page has a JSON twin under /api/ (or with Accept:
application/json), described at /api/openapi.json. An address other than
loopback is refused unless --token-file is given; every request must then
carry the token (Authorization: Bearer TOKEN, or the cookie the /login form
sets).")]
    Serve(ServeArgs),
    /// Ingest the sample reports that ship with dragoman and print a briefing.
    #[command(after_help = "Examples:
  dragoman demo
  dragoman demo --db /tmp/demo.db

The sample reports are written by the dragoman authors (no real news text): a
negotiation told the way scraped news arrives, with doubled paragraphs, datelines,
quotes, unnamed sources and relative dates.")]
    Demo,
}

impl Cli {
    /// Whether the command was asked for JSON output (then its errors are JSON too).
    pub fn json(&self) -> bool {
        match &self.command {
            Command::Ingest(a) => a.json,
            Command::Docs(a) => a.json,
            Command::Show(a) => a.json,
            Command::Quotes(a) => a.json,
            Command::Actors(a) => a.json,
            Command::Events(a) => a.json,
            Command::Proposals(a) => a.json,
            Command::Stories(a) => a.json,
            Command::Story(a) => a.json,
            Command::Export(_)
            | Command::Annotate(_)
            | Command::StoriesEval(_)
            | Command::Restory(_)
            | Command::Serve(_)
            | Command::Demo => false,
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Where to listen; a non-loopback address needs --token-file.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: std::net::SocketAddr,
    /// A file whose first line is the token every request must carry (16+ characters).
    #[arg(long)]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct IngestArgs {
    /// Files, directories (read recursively) or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The encoding of text files without a byte-order mark (default UTF-8), e.g. windows-1252.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Reject files (and JSON lines) larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = dragoman_ingest::MAX_REPORT_BYTES)]
    pub max_bytes: u64,
    /// Reject a report whose stages take longer than this many seconds (checked between stages).
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub time_budget: f64,
    #[command(flatten)]
    pub text_limits: TextLimits,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct DocsArgs {
    /// How many to list.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// How many to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    /// The document id (from `dragoman docs`).
    pub id: i64,
    /// The whole document and its annotations as JSON.
    #[arg(long, conflicts_with = "raw")]
    pub json: bool,
    /// Print the raw input bytes as they arrived.
    #[arg(long)]
    pub raw: bool,
    /// Print each sentence's dependency tree: every token with its part of
    /// speech, lemma, head and relation.
    #[arg(long, conflicts_with_all = ["raw", "json"])]
    pub syntax: bool,
}

#[derive(Debug, Args)]
pub(crate) struct QuotesArgs {
    /// Only speakers whose name contains this (case-insensitive).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only this document.
    #[arg(long)]
    pub doc: Option<i64>,
    /// How many at most.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ActorsArgs {
    /// Only actors written with a name (or with an id) containing this (case-insensitive).
    #[arg(long)]
    pub name: Option<String>,
    /// How many at most.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct EventsArgs {
    /// Only events whose actor or recipient name contains this (case-insensitive).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events on or after this date (YYYY-MM-DD; the event's date, else the report's).
    #[arg(long, value_name = "DATE", value_parser = calendar_day)]
    pub since: Option<String>,
    /// Only this PLOVER type (any case).
    #[arg(long = "type", value_name = "TYPE", value_parser = plover_type)]
    pub kind: Option<String>,
    /// How many at most.
    #[arg(long, default_value_t = 500)]
    pub limit: usize,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ProposalsArgs {
    /// How many at most.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// The versions of one plan across reports: proposals whose name or
    /// proposer contains this (case-insensitive), grouped by story.
    #[arg(long, value_name = "NAME")]
    pub history: Option<String>,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

/// The formats of `dragoman export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ExportFormat {
    /// PLOVER 2.0 JSON records, one per line.
    Plover,
    /// GDELT 2.0 event-table rows, tab-separated.
    Gdelt,
    /// dragoman's own event objects, one per line.
    Jsonl,
    /// Every layer (documents, entities, quotes, events, proposals) as
    /// Parquet tables under --output DIR, partitioned by report date.
    Parquet,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output (with --format parquet: a new
    /// or empty directory, required).
    #[arg(long, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// With --format gdelt: a first line naming the columns.
    #[arg(long)]
    pub header: bool,
}

#[derive(Debug, Args)]
pub(crate) struct AnnotateArgs {
    /// Read from this file (- for standard input).
    #[arg(long, default_value = "-")]
    pub input: PathBuf,
    /// Write to this file (- for standard output).
    #[arg(long, default_value = "-")]
    pub output: PathBuf,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Run the pipeline only up to these stages (comma-separated: clean, tokenize, syntax, entities, actors, timex, quotes, events); default: all.
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub stages: Vec<String>,
    #[command(flatten)]
    pub text_limits: TextLimits,
}

/// A day written YYYY-MM-DD.
/// The limits on a report's text that `ingest` and `annotate` share.
#[derive(Debug, Args)]
pub(crate) struct TextLimits {
    /// Cut a sentence without a full stop at this many tokens (at most 1000, the default).
    #[arg(long, value_name = "TOKENS", default_value_t = dragoman_model::MAX_SENTENCE_TOKENS, value_parser = sentence_limit)]
    pub max_sentence_tokens: usize,
    /// Split a paragraph longer than this many bytes (at a sentence end where there is one; at least 256).
    #[arg(long, value_name = "BYTES", default_value_t = dragoman_pipeline::MAX_PARAGRAPH_BYTES)]
    pub max_paragraph_bytes: usize,
}

impl TextLimits {
    /// `pipeline` with these limits.
    pub fn apply(&self, pipeline: dragoman_pipeline::Pipeline) -> dragoman_pipeline::Pipeline {
        pipeline
            .with_sentence_limit(self.max_sentence_tokens)
            .with_paragraph_limit(self.max_paragraph_bytes)
    }
}

/// A sentence limit between 1 and the ceiling the stages' bounds assume.
fn sentence_limit(s: &str) -> Result<usize, String> {
    let max = dragoman_model::MAX_SENTENCE_TOKENS;
    match s.parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(format!("{s:?} is not a number of tokens from 1 to {max}")),
    }
}

#[derive(Debug, Args)]
pub(crate) struct RestoryArgs {
    /// A report joins a story (with --batch: stories merge) while the cosine
    /// similarity is above this (0 to 1).
    #[arg(long)]
    pub cut: Option<f32>,
    /// Cluster all documents at once (average link) instead of one at a time.
    #[arg(long)]
    pub batch: bool,
    /// Two reports dated further apart than this many days are never similar.
    #[arg(long)]
    pub window_days: Option<u32>,
}

#[derive(Debug, Args)]
pub(crate) struct StoriesArgs {
    /// How many to list.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Only stories with a report dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = calendar_day)]
    pub since: Option<String>,
    /// Only stories where an event's actor or recipient, or a named entity,
    /// contains this (case-insensitive).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct StoryArgs {
    /// The story id (from `dragoman stories`).
    pub id: i64,
    /// One JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct StoriesEvalArgs {
    /// Read from this file (- for standard input).
    #[arg(long, default_value = "-")]
    pub input: PathBuf,
    /// Write to this file (- for standard output).
    #[arg(long, default_value = "-")]
    pub output: PathBuf,
    /// Worker threads for the pipeline (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Stories merge while their average cosine similarity is above this (0 to 1; default 0.19); with --incremental, a report joins a story while its similarity is above this (default 0.2).
    #[arg(long)]
    pub cut: Option<f32>,
    /// Two reports dated further apart than this many days are never similar.
    #[arg(long)]
    pub window_days: Option<u32>,
    /// Added to the similarity of two reports dated within 3 days of each other.
    #[arg(long)]
    pub near_bonus: Option<f32>,
    /// Place reports one at a time, in input order, through the incremental index (the path `ingest` takes) instead of clustering the batch.
    #[arg(long)]
    pub incremental: bool,
    /// With --incremental: weigh terms as if the archive held this many more reports holding none of them (idf ln((N + 1 + prior) / df)).
    #[arg(long)]
    pub prior_docs: Option<u32>,
}

/// A `YYYY-MM-DD` day that exists in the calendar.
fn calendar_day(s: &str) -> Result<String, String> {
    let ok = s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok();
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!(
            "{s:?} is not a calendar day written YYYY-MM-DD (e.g. 2025-11-01)"
        ))
    }
}

/// A PLOVER event type, upper-cased.
fn plover_type(s: &str) -> Result<String, String> {
    let upper = s.to_ascii_uppercase();
    if dragoman_export::plover_types().any(|t| t == upper) {
        Ok(upper)
    } else {
        let known: Vec<&str> = dragoman_export::plover_types().collect();
        Err(format!(
            "{s:?} is not a PLOVER type; one of {}",
            known.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every subcommand clap knows shows examples in its --help: the list
    /// comes from the parser, so a new command is covered without editing
    /// this test.
    #[test]
    fn every_command_has_examples_in_its_help() {
        let mut cli = Cli::command();
        cli.build();
        let mut checked = Vec::new();
        for sub in cli.get_subcommands_mut() {
            let name = sub.get_name().to_string();
            if name == "help" {
                continue; // clap's own
            }
            let help = sub.render_help().to_string();
            assert!(help.contains("Examples:"), "{name} --help has no examples");
            checked.push(name);
        }
        assert!(checked.iter().any(|n| n == "ingest"), "{checked:?}");
    }
}
