//! The `dragoman` binary: parses the command line and hands over to one
//! command module. Exit status: 0 success, 1 failure, 2 when some inputs
//! were rejected but the rest was processed, 64 (`EX_USAGE`) when the
//! command line itself is wrong.

mod args;
mod cmd;
mod process;
mod render;
mod trees;
mod views;

use clap::Parser;
use std::process::ExitCode;

/// What a command reports back to `main`.
pub(crate) enum Outcome {
    /// All went well.
    Ok,
    /// Some inputs were rejected; the rest was processed.
    SomeRejected,
}

/// The exit status of a command line that cannot be parsed (sysexits' `EX_USAGE`),
/// kept apart from 2, which says that some inputs were rejected.
const USAGE: u8 = 64;

fn main() -> ExitCode {
    let args = match args::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(USAGE)
            } else {
                ExitCode::SUCCESS // --help, --version
            };
        }
    };
    let filter = if args.verbose { "debug" } else { "warn" };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DRAGOMAN_LOG")
                .unwrap_or_else(|_| filter.into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let json = args.json();
    match cmd::run(args) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::SomeRejected) => ExitCode::from(2),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            if json {
                // Under --json a failure is JSON too, on standard output,
                // where the caller reads the command's answer.
                let view = views::ErrorView::of(&e);
                println!("{}", serde_json::to_string(&view).expect("views serialize"));
            }
            eprintln!("dragoman: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// A closed pipe (`dragoman docs | head`) is not a failure.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
