//! The tables more than one stage reads, each kept once: countries (ISO
//! alpha-3 codes with names, demonyms, capitals and seats of government),
//! news outlets, titles, government bodies and number words; and [`load`], the one reader of our
//! data files.
//!
//! Every table is a plain text file in `data/` (see its README for where each
//! came from), embedded with `include_str!` and parsed on first use into a
//! `static` ([`COUNTRIES`], [`OUTLETS`], [`TITLES`], [`BODIES`]). A stage's own vocabulary
//! (quote cues, event verbs) stays in its crate; only what stages share is here.

mod bodies;
mod countries;
pub mod load;
mod numbers;
mod outlets;
mod titles;

pub use bodies::{Bodies, BODIES};
pub use countries::{match_key, Countries, PlaceKind, COUNTRIES};
pub use numbers::number_word;
pub use outlets::{outlet_key, Outlets, OUTLETS};
pub use titles::{Titles, TITLES};
