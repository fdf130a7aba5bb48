//! The tables more than one stage reads, each kept once: countries (ISO
//! alpha-3 codes with names, demonyms, capitals and seats of government),
//! international bodies (with their CAMEO code, `IGO`/`NGO`), government
//! bodies, the last words of the names of features of the map, news
//! outlets, titles and number words; and [`load`], the one reader of our
//! data files.
//!
//! Every table is a plain text file in `data/` (see its README for where each
//! came from), embedded with `include_str!` and parsed on first use into a
//! `static` ([`COUNTRIES`], [`BODIES`], [`GOVERNMENT`], [`FEATURES`],
//! [`OUTLETS`], [`TITLES`]). A stage's own vocabulary (quote cues, event
//! verbs) stays in its crate; only what stages share is here.

mod bodies;
mod countries;
mod features;
mod government;
pub mod load;
mod numbers;
mod outlets;
mod particles;
mod titles;

pub use bodies::{Bodies, BODIES};
pub use countries::{match_key, Countries, PlaceKind, COUNTRIES};
pub use features::{Features, FEATURES};
pub use government::{Government, GOVERNMENT};
pub use numbers::number_word;
pub use outlets::{ends_with_outlet_kind, is_outlet_kind, outlet_key, Outlets, OUTLETS};
pub use particles::is_name_particle;
pub use titles::{Titles, TITLES};
