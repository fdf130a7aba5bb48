//! Word clusters learnt from unlabeled text: words that occur in similar
//! contexts share a cluster, so that a name never seen in the training data
//! still looks like the names it resembles. Learnt by `dragoman-train ner`;
//! the model file stores them (see [`crate::model`]).

use crate::gazetteer::HashKeyed;

/// Cluster ids of words at a coarse and a fine granularity.
#[derive(Clone, Debug, Default)]
pub struct WordClusters {
    clusters: HashKeyed<(u16, u16)>,
}

impl WordClusters {
    /// The (coarse, fine) clusters of a word key, if the word was seen enough.
    pub fn of(&self, key: u64) -> Option<(u16, u16)> {
        self.clusters.get(&key).copied()
    }

    /// Number of words with clusters.
    pub fn len(&self) -> usize {
        self.clusters.len()
    }

    /// True when no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.clusters.is_empty()
    }

    /// Entries sorted by key, for writing.
    pub fn sorted_entries(&self) -> Vec<(u64, u16, u16)> {
        let mut v: Vec<(u64, u16, u16)> = self
            .clusters
            .iter()
            .map(|(&k, &(a, b))| (k, a, b))
            .collect();
        v.sort_unstable();
        v
    }

    /// Clusters from stored entries.
    pub fn from_entries(entries: impl IntoIterator<Item = (u64, u16, u16)>) -> WordClusters {
        WordClusters {
            clusters: entries.into_iter().map(|(k, a, b)| (k, (a, b))).collect(),
        }
    }
}
