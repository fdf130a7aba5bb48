//! Copies found one report at a time: a new report is compared with the
//! reports it may copy (the caller's candidates: in the store, the latest
//! members of the story it joined, with the originals they copy), joins the
//! copy groups it matches, and the group's original is chosen again by the
//! rule of [`crate::copies`] (a wire credit, then the earliest date, then the
//! earliest placed). Only the links that change are returned, so the caller
//! writes them over the old ones.

use crate::copies::{containment, passages, rank, shingle, CopyConfig, CopyLink, Shingled, Text};
use crate::error::StoryError;
use ahash::AHashSet;

/// A report placed before, as the incremental copy finder sees it.
#[derive(Clone, Debug)]
pub struct Placed<'a> {
    /// The report (its `id` is the caller's, not read here).
    pub text: Text<'a>,
    /// The position in the same slice of the original it copies, if any.
    pub copy_of: Option<usize>,
}

/// Links a new report to the copies among `placed` (oldest first; the new
/// report is position `placed.len()`). Returns the links to write: the new
/// report's own, and those of group members whose original changed.
pub fn link_new(
    new: &Text<'_>,
    placed: &[Placed<'_>],
    config: &CopyConfig,
) -> Result<Vec<CopyLink>, StoryError> {
    config.validate()?;
    let n = placed.len();
    let mut shingled: Vec<Shingled> = placed.iter().map(|p| shingle(p.text.text)).collect();
    shingled.push(shingle(new.text));
    let root = |i: usize| placed[i].copy_of.filter(|&o| o < n).unwrap_or(i);
    let roots: AHashSet<usize> = (0..n)
        .filter(|&i| {
            let (c, shared) = containment(&shingled[n], &shingled[i]);
            c >= config.min_containment && shared >= config.min_shared
        })
        .map(root)
        .collect();
    if roots.is_empty() {
        return Ok(Vec::new());
    }
    let mut group: Vec<usize> = (0..n).filter(|&i| roots.contains(&root(i))).collect();
    group.push(n);
    let text = |i: usize| if i == n { new } else { &placed[i].text };
    let original = *group
        .iter()
        .min_by_key(|&&i| rank(text(i), i))
        .expect("the new report is in the group");
    let links = group
        .into_iter()
        .filter(|&m| m != original && (m == n || placed[m].copy_of != Some(original)))
        .map(|m| CopyLink {
            copy: m,
            original,
            containment: containment(&shingled[m], &shingled[original]).0,
            passages: passages(&shingled[m], &shingled[original]),
        })
        .collect();
    Ok(links)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const WIRE: &str = "GENEVA, March 3 (Reuters) - Envoys of the two river states agreed on \
        Tuesday to resume talks on a joint water authority next month, officials said after a \
        long day of meetings at the lakeside villa. The draft sets out twelve points, from \
        shared gauges on the upper dams to a court for disputes over the summer flow.";
    const COPY: &str = "Envoys of the two river states agreed on Tuesday to resume talks on a \
        joint water authority next month, officials said after a long day of meetings at the \
        lakeside villa. The draft sets out twelve points.";
    const OTHER: &str = "A storm closed the mountain pass for a third day, and the railway \
        company said trains would run again once the snow ploughs had cleared the line.";

    fn t(text: &str, day: i8) -> Text<'_> {
        Text {
            id: "",
            text,
            date: Some(date(2026, 3, day)),
        }
    }

    #[test]
    fn a_copy_links_to_its_original_and_a_later_wire_report_takes_over() {
        let config = CopyConfig::default();
        let placed = [Placed {
            text: t(OTHER, 1),
            copy_of: None,
        }];
        assert!(link_new(&t(COPY, 3), &placed, &config).unwrap().is_empty());
        let placed = [
            placed[0].clone(),
            Placed {
                text: t(COPY, 3),
                copy_of: None,
            },
        ];
        // The wire report arrives after its copy, dated the same day: it
        // credits the wire, so it becomes the original and the copy is relinked.
        let links = link_new(&t(WIRE, 3), &placed, &config).unwrap();
        assert_eq!(links.len(), 1);
        assert_eq!((links[0].copy, links[0].original), (1, 2));
        assert!(links[0].containment > 0.9);
        let p = &links[0].passages[0];
        assert_eq!(&COPY[p.copy.clone()], &WIRE[p.original.clone()]);
    }
}
