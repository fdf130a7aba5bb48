//! `dragoman actors`: the people, states and bodies the stored reports
//! mention, resolved to one actor each, with their roles and documents.

use crate::args::ActorsArgs;
use crate::views::ActorView;
use crate::Outcome;
use dragoman_actors::Actors;
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: ActorsArgs) -> anyhow::Result<Outcome> {
    let rows = store.actors(args.name.as_deref(), args.limit.saturating_add(1))?;
    let rows = crate::cmd::cut(rows, args.limit, "actors");
    let table = Actors::shipped();
    let mut out = std::io::stdout().lock();
    for r in &rows {
        let v = ActorView::of(r, table);
        if args.json {
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
            continue;
        }
        let docs: Vec<String> = r.docs.iter().map(i64::to_string).collect();
        writeln!(
            out,
            "{:<28} {:<4} {:>4} mentions in {} doc(s) [{}]{}",
            v.name,
            v.country.as_deref().unwrap_or("-"),
            r.mentions,
            r.docs.len(),
            docs.join(", "),
            v.role.map(|x| format!("  {x}")).unwrap_or_default()
        )?;
    }
    if rows.is_empty() && !args.json {
        writeln!(out, "no actors found")?;
    }
    Ok(Outcome::Ok)
}
