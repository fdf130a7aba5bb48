//! Claims compared across reports run through the whole pipeline: a plan's
//! versions (12 points, then 9) with the reports that say so, who says so and
//! on what sourcing, a copy marked and not counted as independent, and the
//! points where the accounts of one event differ. Texts written for this
//! test.

mod common;

use common::doc;
use dragoman_stories::{compare, Report};

const FIRST: &str = "Norland will present a 12-point proposal to Kestria next week, \
    a Norlandic diplomat said on condition of anonymity. The plan has three parts: a \
    ceasefire line, an exchange of prisoners and a joint river authority.";
const SECOND: &str = "Norland's Foreign Minister Helen Marsh said Norland would present its \
    12-point proposal to Kestria in Vienna on March 12.";
const LATER: &str = "Norland presented a revised 9-point proposal to Kestria in Geneva on \
    Thursday, Foreign Minister Helen Marsh said.";

#[test]
fn a_plan_has_versions_and_accounts_keep_their_sourcing() {
    let docs = [
        doc(FIRST, "2026-03-04"),
        doc(FIRST, "2026-03-04"),
        doc(SECOND, "2026-03-05"),
        doc(LATER, "2026-03-20"),
    ];
    let outlets = ["NWS", "Courier", "Ledger", "NWS"];
    let reports: Vec<Report<'_>> = docs
        .iter()
        .enumerate()
        .map(|(k, d)| Report {
            id: k as i64 + 1,
            date: d.meta.date,
            outlet: Some(outlets[k]),
            copy_of: (k == 1).then_some(1),
            doc: d,
        })
        .collect();
    let c = compare(&reports);
    let plan = c
        .plans
        .iter()
        .find(|p| p.name.contains("12-point"))
        .unwrap_or_else(|| panic!("{:#?}", c.plans));
    let points: Vec<Option<u32>> = plan.versions.iter().map(|v| v.points).collect();
    assert_eq!(points.first(), Some(&Some(12)), "{plan:#?}");
    assert_eq!(points.last(), Some(&Some(9)), "{plan:#?}");
    let first = &plan.versions[0];
    let by: Vec<i64> = first.reports.iter().map(|(d, _)| *d).collect();
    assert!(by.contains(&1) && by.contains(&2), "{first:#?}");
    assert!(
        plan.disagreements
            .iter()
            .any(|d| d.starts_with("points: 12")),
        "{plan:#?}"
    );
    let last = plan.versions.last().unwrap();
    assert_eq!(last.reports[0].0, 4);
    assert_eq!(last.reports[0].1.said_by.as_deref(), Some("Helen Marsh"));
    // The anonymous diplomat of the first report is kept as such.
    let anonymous = c
        .events
        .iter()
        .flat_map(|e| &e.accounts)
        .chain(std::iter::empty())
        .any(|a| a.doc == 1 && a.source.sourcing == "anonymous");
    let in_plans = first
        .reports
        .iter()
        .any(|(d, s)| *d == 1 && s.sourcing == "anonymous");
    assert!(anonymous || in_plans, "{c:#?}");
    // The copy's accounts are marked and not independent.
    for e in &c.events {
        let docs: std::collections::BTreeSet<i64> = e
            .accounts
            .iter()
            .filter(|a| a.copy_of.is_none())
            .map(|a| a.doc)
            .collect();
        assert_eq!(e.independent, docs.len(), "{e:#?}");
    }
}
