//! Prints every entity of plain-text reports with the actor it resolves to.
//!
//! `cargo run --release -p dragoman-actors --example resolve -- [--date YYYY-MM-DD] FILE...`
//!
//! One line per entity: type, text, canonical name, then the actor id, role
//! and country, or `-` when unresolved. The date is that of the reports.

use dragoman_actors::ActorStage;
use dragoman_entities::EntityStage;
use dragoman_model::{Date, Doc, SharedStr, Stage};
use dragoman_tokenize::Tokenize;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut date = None;
    if let Some(i) = args.iter().position(|a| a == "--date") {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match value.parse::<Date>() {
            Ok(d) => date = Some(d),
            Err(e) => {
                eprintln!("resolve: --date {value:?}: {e}");
                return ExitCode::from(2);
            }
        }
        args.drain(i..i + 2);
    }
    let (entities, actors) = (EntityStage::new(), ActorStage::new());
    let (mut seen, mut resolved) = (0, 0);
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("resolve: {path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut doc = Doc::from_text(path.as_str(), text);
        doc.meta.date = date;
        Tokenize.run(&mut doc);
        entities.run(&mut doc);
        actors.run(&mut doc);
        for e in &doc.entities {
            seen += 1;
            resolved += usize::from(e.actor.is_some());
            let show = |v: &Option<SharedStr>| v.as_deref().unwrap_or("-").to_string();
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                e.kind.as_str(),
                doc.slice(e.span),
                show(&e.canonical),
                show(&e.actor),
                show(&e.role),
                show(&e.country),
            );
        }
    }
    eprintln!("resolve: {resolved} of {seen} entities resolved");
    ExitCode::SUCCESS
}
