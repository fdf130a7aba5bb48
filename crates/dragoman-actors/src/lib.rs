//! Actors for dragoman: who a name stands for, and what office they held when.
//!
//! The [`Actors`] table holds people, countries and institutions ([`Actor`]),
//! each with dated [`Role`]s: CAMEO codes ("RUSGOV") and, where we know them,
//! titles ("foreign minister"). It is built once per process
//! ([`Actors::shipped`]) from two files of `data/`: `phoenix.tsv`, converted
//! by `dragoman-train import-actors` from the MIT Phoenix/PETRARCH 2
//! dictionaries of 2014, and `current.tsv`, written by hand for the actors
//! since and for corrections (curated entries win). Both use the format of
//! [`tsv`].
//!
//! [`Actor::role_at`] picks the role held on a date, so one person is
//! president in one report and prime minister in another. [`ActorStage`]
//! (requires entities and meta) resolves each entity's fullest name
//! ([`Actors::resolve`], by [`key::name_key`]) and fills its `actor`, and its
//! `role` and `country` when missing, for the document's date. Ambiguous
//! names stay unresolved. [`Actors::holder`] answers who held an office of a
//! country on a day ("the Russian president" in a report of 2025).
//!
//! ```
//! use dragoman_actors::Actors;
//! use jiff::civil::date;
//!
//! let actors = Actors::shipped();
//! let putin = actors.find("Vladimir V. Putin")[0];
//! assert_eq!(actors.get("vladimir-putin"), Some(putin));
//! let in_2010 = putin.role_at(date(2010, 6, 1)).unwrap();
//! assert_eq!(in_2010.title.as_deref(), Some("prime minister"));
//! let in_2025 = putin.role_at(date(2025, 11, 19)).unwrap();
//! assert_eq!((in_2025.title.as_deref(), in_2025.country()), (Some("president"), "RUS"));
//! ```

mod actor;
pub mod key;
mod lend;
mod office;
mod recognize;
mod resolve;
mod stage;
mod table;
pub mod tsv;

pub use actor::{Actor, ActorKind, Role, Source};
pub use resolve::Mention;
pub use stage::ActorStage;
pub use table::Actors;
pub use tsv::TsvError;
