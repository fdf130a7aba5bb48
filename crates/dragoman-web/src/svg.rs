//! Charts drawn on the server as SVG through maud (so every label is
//! escaped): a timeline of counts by day, stacked by type, and a network
//! of who acted on whom, nodes on a circle.

use maud::{html, Markup};
use std::collections::BTreeMap;

const PALETTE: &[&str] = &[
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f3a5f", "#8cd17d", "#b6992d", "#499894", "#d37295", "#79706e",
];

/// The colour of an event type, the same in every chart: PLOVER types by
/// their place in the codebook, others after them by name.
fn colour(kind: &str) -> &'static str {
    let i = dragoman_export::plover_types()
        .position(|t| t == kind)
        .unwrap_or_else(|| kind.bytes().map(usize::from).sum());
    PALETTE[i % PALETTE.len()]
}

/// A stacked bar per day: `items` are (day `YYYY-MM-DD`, type).
pub fn timeline(items: &[(String, String)]) -> Markup {
    let mut days: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut types: BTreeMap<&str, usize> = BTreeMap::new();
    for (day, kind) in items {
        *days.entry(day).or_default().entry(kind).or_default() += 1;
        *types.entry(kind).or_default() += 1;
    }
    let (w, h, left, bottom) = (760.0_f64, 200.0_f64, 30.0_f64, 40.0_f64);
    let top = days
        .values()
        .map(|t| t.values().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = (w - left) / days.len().max(1) as f64;
    let bar = (step * 0.8).clamp(1.0, 40.0);
    let scale = (h - bottom - 10.0) / top;
    let label_every = (days.len() / 8).max(1);
    html! {
        svg.chart.timeline xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (w) " " (h + 20.0 * (types.len() as f64 / 5.0).ceil()) } role="img" aria-label="events by day and type" {
            text x="0" y="12" class="axis" { (top as usize) }
            line x1=(left) y1=(h - bottom) x2=(w) y2=(h - bottom) class="axis" {}
            @for (i, (day, counts)) in days.iter().enumerate() {
                @let x = left + i as f64 * step;
                g data-day=(day) {
                    @for (y, bh, kind, n) in stack(counts, h - bottom, scale) {
                        rect x=(fmt(x)) y=(fmt(y)) width=(fmt(bar)) height=(fmt(bh)) fill=(colour(kind)) {
                            title { (day) " · " (kind) ": " (n) }
                        }
                    }
                    @if i % label_every == 0 {
                        text x=(fmt(x)) y=(fmt(h - bottom + 14.0)) class="tick" { (day) }
                    }
                }
            }
            @for (i, (kind, n)) in types.iter().enumerate() {
                @let (lx, ly) = (left + (i % 5) as f64 * 150.0, h + (i / 5) as f64 * 20.0);
                rect x=(fmt(lx)) y=(fmt(ly - 10.0)) width="10" height="10" fill=(colour(kind)) {}
                text x=(fmt(lx + 14.0)) y=(fmt(ly)) class="legend" { (kind) " (" (n) ")" }
            }
        }
    }
}

/// One day's bars from the baseline up: (top, height, type, count).
fn stack<'a>(
    counts: &BTreeMap<&'a str, usize>,
    base: f64,
    scale: f64,
) -> Vec<(f64, f64, &'a str, usize)> {
    let mut y = base;
    counts
        .iter()
        .map(|(kind, n)| {
            let bh = *n as f64 * scale;
            y -= bh;
            (y, bh, *kind, *n)
        })
        .collect()
}

/// Rounded to a tenth, for short attributes.
fn fmt(v: f64) -> String {
    format!("{:.1}", v)
}

/// A directed edge: who, to whom, what, how often.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Edge {
    /// The actor.
    pub from: String,
    /// The recipient.
    pub to: String,
    /// The event type.
    pub kind: String,
    /// How many events.
    pub count: usize,
}

/// Edges counted from (actor, recipient, type) triples.
pub fn edges<'a>(items: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> Vec<Edge> {
    let mut counts: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    for k in items {
        *counts.entry(k).or_default() += 1;
    }
    let mut out: Vec<Edge> = counts
        .into_iter()
        .map(|((f, t, k), count)| Edge {
            from: f.into(),
            to: t.into(),
            kind: k.into(),
            count,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.from.cmp(&b.from)));
    out
}

/// How many nodes the network draws at most.
const MAX_NODES: usize = 24;

/// The network of `edges`: the most connected nodes on a circle.
pub fn network(edges: &[Edge]) -> Markup {
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for e in edges {
        *degree.entry(&e.from).or_default() += e.count;
        *degree.entry(&e.to).or_default() += e.count;
    }
    let mut nodes: Vec<(&str, usize)> = degree.into_iter().collect();
    nodes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    nodes.truncate(MAX_NODES);
    let (cx, cy, r) = (380.0_f64, 210.0_f64, 150.0_f64);
    let at: BTreeMap<&str, (f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(i, (n, _))| {
            let a = i as f64 / nodes.len().max(1) as f64 * std::f64::consts::TAU
                - std::f64::consts::FRAC_PI_2;
            (*n, (cx + r * a.cos(), cy + r * a.sin()))
        })
        .collect();
    let kinds: Vec<&str> = {
        let mut k: Vec<&str> = edges.iter().map(|e| e.kind.as_str()).collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    html! {
        svg.chart.network xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 420" role="img" aria-label="who acted on whom" {
            @for e in edges {
                @if let (Some(a), Some(b)) = (at.get(e.from.as_str()), at.get(e.to.as_str())) {
                    @let c = colour(&e.kind);
                    line x1=(fmt(a.0)) y1=(fmt(a.1)) x2=(fmt(b.0)) y2=(fmt(b.1)) stroke=(c) stroke-width=(fmt(1.0 + (e.count as f64).ln() * 1.5)) {
                        title { (e.from) " → " (e.to) ": " (e.kind) " × " (e.count) }
                    }
                }
            }
            @for (name, d) in &nodes {
                @let (x, y) = at[name];
                g.node {
                    circle cx=(fmt(x)) cy=(fmt(y)) r=(fmt(4.0 + (*d as f64).sqrt() * 2.0)) {}
                    text x=(fmt(x)) y=(fmt(y - 9.0)) text-anchor="middle" { (name) }
                }
            }
            @for (i, k) in kinds.iter().enumerate().take(10) {
                rect x="10" y=(fmt(10.0 + i as f64 * 16.0)) width="10" height="10" fill=(colour(k)) {}
                text x="24" y=(fmt(19.0 + i as f64 * 16.0)) class="legend" { (k) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_stack() {
        let items = vec![
            ("2026-03-02".to_string(), "CONSULT".to_string()),
            ("2026-03-02".to_string(), "<script>".to_string()),
        ];
        let svg = timeline(&items).into_string();
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        assert_eq!(svg.matches("<rect").count(), 2 + 2); // two bars, two legend keys
        let e = edges([
            ("A", "B", "CONSULT"),
            ("A", "B", "CONSULT"),
            ("B", "<i>", "ACCUSE"),
        ]);
        assert_eq!(e[0].count, 2);
        let net = network(&e).into_string();
        assert!(net.contains("&lt;i&gt;") && !net.contains("<i>"));
    }
}
