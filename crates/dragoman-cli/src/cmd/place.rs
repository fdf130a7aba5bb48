//! Stories kept up to date one document at a time: the index saved in the
//! store is read, every document stored after the last one it placed joins
//! a story (or opens one) in id order, is linked to the copies among the
//! story's latest reports, and the index is saved again, all in one write
//! transaction. `ingest` calls this at the end of each run and `restory`
//! after emptying the stories, so both give one result for one order of
//! input.

use dragoman_model::Stage;
use dragoman_store::{CopyRow, Store, StoryMember};
use dragoman_stories::{
    link_new, CopyConfig, CopyLink, IndexConfig, Placed as Known, Profile, StoryIndex, Text,
};
use dragoman_tokenize::Tokenize;
use jiff::civil::Date;
use std::collections::BTreeSet;

/// How many of a story's latest reports a new report is compared with for
/// copies (with the originals they copy).
const PEERS: usize = 32;

/// What one update did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Placed {
    /// Documents placed.
    pub docs: usize,
    /// Stories opened.
    pub opened: usize,
    /// Copy links written (a relinked copy counts again).
    pub links: usize,
}

/// Places the documents stored since the last update; with no saved index
/// (a new database, or stories made by `restory --batch` or an older
/// dragoman), empties the stories and places every document with `config`.
pub(crate) fn update(store: &Store, config: IndexConfig) -> anyhow::Result<Placed> {
    store.write_locked(|s| place_new(s, config))
}

/// Empties the stories and places every document again.
pub(crate) fn rebuild(store: &Store, config: IndexConfig) -> anyhow::Result<Placed> {
    store.write_locked(|s| {
        s.clear_stories()?;
        place_new(s, config)
    })
}

fn place_new(store: &Store, config: IndexConfig) -> anyhow::Result<Placed> {
    let saved = store.story_index()?;
    let fresh = saved.is_none();
    let (mut index, last) = match saved {
        Some((last, bytes)) => (StoryIndex::from_bytes(&bytes)?, last),
        None => {
            store.clear_stories()?;
            (StoryIndex::new(config)?, 0)
        }
    };
    let ids = store.doc_ids_after(last)?;
    let mut done = Placed::default();
    let mut touched = BTreeSet::new();
    for &id in &ids {
        let Some((_, mut doc)) = store.doc(id)? else {
            continue;
        };
        // Tokens are not stored: the profile's content words need them.
        Tokenize.run(&mut doc);
        let mut profile = Profile::of(&doc);
        profile.id = id.to_string();
        let placement = index.add(&profile)?;
        let story = i64::from(placement.story) + 1;
        store.add_story_member(&StoryMember {
            doc: id,
            story,
            date: profile.date.map(|d| d.to_string()),
        })?;
        touched.insert(story);
        done.docs += 1;
        done.opened += usize::from(placement.opened);
        done.links += link_copies(store, id, story, &doc.text, profile.date)?;
    }
    if ids.is_empty() && !fresh {
        return Ok(done);
    }
    let touched: Vec<i64> = touched.into_iter().collect();
    store.summarize_stories(&touched)?;
    store.save_story_index(ids.last().copied().unwrap_or(last), &index.to_bytes())?;
    Ok(done)
}

/// Links a newly placed document to the copies among its story's latest
/// reports (and relinks the group when it becomes the original).
fn link_copies(
    store: &Store,
    id: i64,
    story: i64,
    text: &str,
    date: Option<Date>,
) -> anyhow::Result<usize> {
    let peers = store.story_peers(story, id, PEERS)?;
    if peers.is_empty() {
        return Ok(0);
    }
    let texts = peers
        .iter()
        .map(|p| Ok(store.clean_text(p.doc)?.unwrap_or_default()))
        .collect::<anyhow::Result<Vec<String>>>()?;
    let known: Vec<Known<'_>> = peers
        .iter()
        .zip(&texts)
        .map(|(p, t)| Known {
            text: Text {
                id: "",
                text: t,
                date: p.date.as_deref().and_then(|d| d.parse().ok()),
            },
            copy_of: p
                .copy_of
                .and_then(|o| peers.iter().position(|q| q.doc == o)),
        })
        .collect();
    let new = Text { id: "", text, date };
    let links = link_new(&new, &known, &CopyConfig::default())?;
    let doc_of = |i: usize| peers.get(i).map_or(id, |p| p.doc);
    for l in &links {
        store.put_copy(&copy_row(l, doc_of))?;
    }
    Ok(links.len())
}

/// The store's row of a copy link whose reports are numbered by `doc_of`.
pub(crate) fn copy_row(l: &CopyLink, doc_of: impl Fn(usize) -> i64) -> CopyRow {
    CopyRow {
        copy: doc_of(l.copy),
        original: doc_of(l.original),
        containment: f64::from(l.containment),
        passages: l
            .passages
            .iter()
            .map(|p| [p.copy.start, p.copy.end, p.original.start, p.original.end])
            .collect(),
    }
}
