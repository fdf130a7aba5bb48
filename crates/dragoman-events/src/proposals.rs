//! Plans, proposals and memoranda named in the text.

use dragoman_model::{Doc, Proposal};

/// The proposals named in `doc`.
pub fn find_proposals(_doc: &Doc) -> Vec<Proposal> {
    Vec::new()
}
