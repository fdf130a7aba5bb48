//! `dragoman actors`: the people, states and bodies the stored reports
//! mention, resolved to one actor each, with their roles and documents.

use crate::args::ActorsArgs;
use crate::Outcome;
use dragoman_actors::Actors;
use dragoman_model::Date;
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: ActorsArgs) -> anyhow::Result<Outcome> {
    let rows = store.actors(args.name.as_deref(), args.limit)?;
    let table = Actors::shipped();
    let mut out = std::io::stdout().lock();
    for r in &rows {
        let actor = table.get(&r.actor);
        // The role held on the latest report's date, else the actor's main role.
        let last: Option<Date> = r.last_date.as_deref().and_then(|d| d.parse().ok());
        let role = actor.and_then(|a| last.and_then(|d| a.role_at(d)).or_else(|| a.main_role()));
        let name = actor.map_or_else(
            || r.names.first().cloned().unwrap_or_default(),
            |a| a.name.clone(),
        );
        let country = actor.and_then(|a| a.country.clone());
        if args.json {
            let v = serde_json::json!({
                "actor": r.actor, "name": name, "country": country,
                "kind": actor.map(|a| a.kind.as_str()),
                "role": role.map(|x| x.to_string()),
                "mentions": r.mentions, "docs": r.docs, "written_as": r.names,
                "first_date": r.first_date, "last_date": r.last_date,
            });
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
            continue;
        }
        let docs: Vec<String> = r.docs.iter().map(i64::to_string).collect();
        writeln!(
            out,
            "{:<28} {:<4} {:>4} mentions in {} doc(s) [{}]{}",
            name,
            country.as_deref().unwrap_or("-"),
            r.mentions,
            r.docs.len(),
            docs.join(", "),
            role.map(|x| format!("  {x}")).unwrap_or_default()
        )?;
    }
    if rows.is_empty() && !args.json {
        writeln!(out, "no actors found")?;
    }
    Ok(Outcome::Ok)
}
