//! Stories across reports: which reports tell the same developing event, which
//! are copies of which, and an index that places a new report without
//! reclustering the archive.
//!
//! The crate reads annotated [`dragoman_model::Doc`]s (the pipeline's output)
//! and never the store or the network:
//!
//! - [`profile`]: what a report says about its story (content words, names,
//!   years, the report's date), as weighted terms;
//! - [`vector`]: terms interned into sparse TF-IDF vectors and their cosine;
//! - [`cluster`]: average-link clustering of a batch of reports with a
//!   similarity cut and a time window;
//! - [`cite`]: reports citing another outlet (by the words around its name,
//!   or through a quote's `via`), and the cited report chosen by date window
//!   and shared words;
//! - [`compare`]: claims compared within a story (each report's account of
//!   each event and plan, sourcing, disagreements, a plan's versions);
//! - [`claims`]: events of different reports grouped as one claim by type,
//!   canonical actors and dates;
//! - [`canon`]: canonical actors across reports ("Putin", "the Russian
//!   president");
//! - [`when`]: the days a TIMEX3 value covers, and whether two agree;
//! - [`label`]: a story's generated label (main actors, action, place);
//! - [`plans`]: a plan's versions across a story's reports;
//! - [`copies`]: near-duplicates (word shingles, MinHash with LSH bands), each
//!   copy linked to its original with the shared passages as byte ranges;
//! - [`relink`]: copies found one report at a time, for the store's
//!   incremental path;
//! - [`index`]: the incremental path, an inverted index over a report's
//!   strongest terms limited to a time window;
//! - [`snapshot`]: the incremental index saved as bytes and read back;
//! - [`synth`]: generated archives for tests and benchmarks;
//! - [`error`]: the crate's typed errors.

mod bytes;
pub mod canon;
pub mod cite;
pub mod claims;
pub mod cluster;
pub mod compare;
pub mod copies;
pub mod error;
pub mod index;
pub mod label;
pub mod plans;
pub mod profile;
pub mod relink;
pub mod snapshot;
pub mod synth;
pub mod vector;
pub mod when;

pub use cluster::{cluster, ClusterConfig};
pub use compare::{compare, Comparison, Report};
pub use copies::{find_copies, CopyConfig, CopyLink, Passage, Text};
pub use error::StoryError;
pub use index::{IndexConfig, Placement, StoryIndex};
pub use profile::{Profile, Term};
pub use relink::{link_new, Placed};
pub use vector::{Vectors, Vocab};
