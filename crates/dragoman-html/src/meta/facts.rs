//! Gathering what the markup says about the page, before choosing among sources: `<meta>`
//! contents by key, `<title>`, the first `<h1>`, `<time>` and `itemprop` dates, byline elements.

use std::collections::HashMap;

use super::clean;
use crate::dom::{Child, Dom, ElementId};
use crate::tag::Tag;

/// What the markup says, before choosing among sources.
#[derive(Default)]
pub(crate) struct Facts {
    /// `<meta>` key (lower-cased `name`/`property`/`itemprop`) to the first non-empty content.
    pub(crate) meta: HashMap<String, String>,
    pub(crate) title: Option<String>,
    pub(crate) h1: Option<String>,
    /// `datetime`/`content` of `<time>` and `itemprop=datePublished`, best first.
    pub(crate) dates: Vec<String>,
    /// Text of an `itemprop=author` or `rel=author` element.
    pub(crate) author: Option<String>,
}

impl Facts {
    /// Reads the facts of every element in one pass.
    pub(crate) fn gather(dom: &Dom) -> Facts {
        let mut facts = Facts::default();
        let mut time_dates = Vec::new();
        for (id, element) in dom.elements.iter().enumerate() {
            let attrs = element.attrs();
            let itemprop = attrs.itemprop.as_deref().map(str::to_ascii_lowercase);
            if element.tag == Tag::Meta {
                let key = attrs.meta_key.clone().or_else(|| itemprop.clone());
                if let (Some(key), Some(content)) = (key, attrs.content.as_ref()) {
                    if !content.is_empty() {
                        facts.meta.entry(key).or_insert_with(|| content.clone());
                    }
                }
                continue;
            }
            match element.tag {
                Tag::Title if facts.title.is_none() => facts.title = non_empty(text_of(dom, id)),
                Tag::H(1) if facts.h1.is_none() => facts.h1 = non_empty(text_of(dom, id)),
                Tag::Time => time_dates.extend(
                    attrs
                        .datetime
                        .clone()
                        .or_else(|| non_empty(text_of(dom, id))),
                ),
                _ => {}
            }
            match itemprop.as_deref() {
                Some("datepublished") => {
                    facts.dates.extend(
                        attrs
                            .datetime
                            .clone()
                            .or_else(|| attrs.content.clone())
                            .or_else(|| non_empty(text_of(dom, id))),
                    );
                }
                Some("author" | "creator") if facts.author.is_none() => {
                    facts.author = non_empty(text_of(dom, id))
                }
                _ => {}
            }
            if facts.author.is_none()
                && element.tag == Tag::A
                && attrs.rel.as_deref() == Some("author")
            {
                facts.author = non_empty(text_of(dom, id));
            }
        }
        facts.dates.extend(time_dates);
        facts
    }
}

/// The text below an element, white space collapsed.
fn text_of(dom: &Dom, id: ElementId) -> String {
    let mut out = String::new();
    let mut stack = vec![id];
    let mut runs = Vec::new();
    while let Some(e) = stack.pop() {
        for child in dom.elements[e].children.iter().rev() {
            match *child {
                Child::Element(c) => stack.push(c),
                Child::Text(run) => runs.push((e, run)),
            }
        }
    }
    runs.sort_by_key(|&(_, run)| run);
    for (_, run) in runs {
        out.push_str(dom.run_text(run));
        out.push(' ');
    }
    clean(&out)
}

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}
