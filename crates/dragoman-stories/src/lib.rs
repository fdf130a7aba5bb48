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
//! - [`copies`]: near-duplicates (word shingles, MinHash with LSH bands), each
//!   copy linked to its original with the shared passages as byte ranges;
//! - [`index`]: the incremental path, an inverted index over a report's
//!   strongest terms limited to a time window;
//! - [`synth`]: generated archives for tests and benchmarks;
//! - [`error`]: the crate's typed errors.

pub mod cluster;
pub mod copies;
pub mod error;
pub mod index;
pub mod profile;
pub mod synth;
pub mod vector;

pub use cluster::{cluster, ClusterConfig};
pub use copies::{find_copies, CopyConfig, CopyLink, Passage, Text};
pub use error::StoryError;
pub use index::{IndexConfig, Placement, StoryIndex};
pub use profile::{Profile, Term};
pub use vector::{Vectors, Vocab};
