//! A story's briefing (`dragoman story ID`, the demo's last section,
//! `proposals --history`), read by `dragoman-briefing` (shared with the
//! workbench); as JSON here, as text in `briefing_text`.

use crate::cmd::docs::one_line;
pub(crate) use dragoman_briefing::{load, Loaded};
use dragoman_store::Store;
use dragoman_stories::plans::PlanHistory;
use serde_json::json;
use std::io::Write;

/// The briefing as one JSON object.
pub(crate) fn json(store: &Store, id: i64) -> anyhow::Result<serde_json::Value> {
    Ok(load(store, id)?.json())
}

/// `proposals --history NAME`: in each story with a plan whose name or
/// proposer contains `name`, that plan's versions. Returns whether any was
/// found.
pub(crate) fn history(
    out: &mut impl Write,
    store: &Store,
    name: &str,
    as_json: bool,
) -> anyhow::Result<bool> {
    let needle = name.to_lowercase();
    let matches = |p: &PlanHistory| {
        p.name.to_lowercase().contains(&needle)
            || p.versions.iter().any(|v| {
                v.proposer
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase().contains(&needle))
            })
    };
    let mut found = false;
    for story in store.stories_with_proposal(name)? {
        let l = load(store, story)?;
        for p in l.compared.plans.iter().filter(|p| matches(p)) {
            found = true;
            if as_json {
                writeln!(out, "{}", json!({"story": story, "plan": p}))?;
                continue;
            }
            writeln!(
                out,
                "story {story} ({}):",
                one_line(l.summary.title.as_deref().unwrap_or("-"), 60)
            )?;
            crate::cmd::briefing_text::plans(out, std::slice::from_ref(p))?;
        }
    }
    Ok(found)
}
