//! `dragoman-train`: the commands that make dragoman's shipped models and
//! tables from the data in `../shared/data`, one module per command.
//!
//! Run from the workspace root; every command takes `--check`, which makes
//! the artifact in memory and compares it with the committed file instead of
//! writing it (exit status 1 when they differ). Training code lives here, so
//! the runtime crates carry none of it.

mod check;
mod convert_ontology;
mod import_actors;
mod learn_cues;
mod ner;
mod parser;
mod phoenix;

use clap::{Parser, Subcommand};

/// Makes (or, with `--check`, verifies) dragoman's models and tables.
#[derive(Parser)]
#[command(name = "dragoman-train")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Trains the entity tagger: `crates/dragoman-entities/model/ner.bin`.
    Ner(ner::Args),
    /// Converts the Phoenix actor dictionaries: `crates/dragoman-actors/data/phoenix.tsv`.
    ImportActors(import_actors::Args),
    /// Converts the CAMEO/PLOVER ontology: the converted files of `crates/dragoman-events/data`.
    ConvertOntology(convert_ontology::Args),
    /// Learns single-word attribution cues: `crates/dragoman-quotes/data/learned_cues.txt`.
    LearnCues(learn_cues::Args),
    /// Trains the syntax model (tagger, parser, lemmas): `crates/dragoman-syntax/model/syntax.bin`.
    Parser(parser::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Ner(args) => ner::run(&args),
        Command::ImportActors(args) => import_actors::run(&args),
        Command::ConvertOntology(args) => convert_ontology::run(&args),
        Command::LearnCues(args) => learn_cues::run(&args),
        Command::Parser(args) => parser::run(&args),
    }
}
