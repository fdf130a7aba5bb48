//! One table per annotation layer (schema 5): `layer_entity`, `layer_timex`,
//! `layer_quote`, `layer_event`, `layer_proposal`. Typed columns, keyed by the
//! document and the item's position in its layer (`doc_id`, `n`), so a
//! document's items are stored together and read back in order without a
//! separate index. Spans are byte offsets of the clean text; lists of spans
//! are small JSON arrays (`[[start, end], ...]`), readable with SQLite's
//! JSON functions.

use dragoman_model::{
    Doc, Entity, EntityType, Event, EventStatus, LayerItem, Participant, Proposal, Quote,
    QuoteKind, Section, SharedStr, Sourcing, Span, Timex, TimexType, Via,
};
use rusqlite::types::{FromSqlError, Value};
use rusqlite::{Connection, Row};

/// How an annotation layer is stored in its table.
pub(crate) trait Table: LayerItem {
    /// The table.
    const TABLE: &'static str;
    /// Its columns after `doc_id` and `n`, in the order of [`Table::to_row`].
    const COLUMNS: &'static [&'static str];
    /// The item's values for [`Table::COLUMNS`].
    fn to_row(&self) -> Vec<Value>;
    /// The item from a row whose [`Table::COLUMNS`] start at column `at`.
    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self>;
}

/// The tables of every layer, in [`dragoman_model::each_layer`]'s order.
#[cfg(test)]
pub(crate) const TABLES: [&str; 5] = [
    Entity::TABLE,
    Timex::TABLE,
    Quote::TABLE,
    Event::TABLE,
    Proposal::TABLE,
];

/// `L`'s columns for a SELECT, prefixed with a table alias (`e.start, ...`).
pub(crate) fn columns<L: Table>(alias: &str) -> String {
    let cols: Vec<String> = L::COLUMNS.iter().map(|c| format!("{alias}.{c}")).collect();
    cols.join(", ")
}

/// Writes every item of `L` in `doc` as rows of document `id`.
pub(crate) fn write<L: Table>(conn: &Connection, id: i64, doc: &Doc) -> rusqlite::Result<()> {
    let items = L::of(doc);
    if items.is_empty() {
        return Ok(());
    }
    let marks = vec!["?"; L::COLUMNS.len() + 2].join(", ");
    let sql = format!(
        "INSERT INTO {} (doc_id, n, {}) VALUES ({marks})",
        L::TABLE,
        L::COLUMNS.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    for (n, item) in items.iter().enumerate() {
        let mut row = vec![Value::Integer(id), Value::Integer(n as i64)];
        row.extend(item.to_row());
        stmt.execute(rusqlite::params_from_iter(row))?;
    }
    Ok(())
}

/// Reads the items of `L` of document `id` into `doc`, in layer order.
pub(crate) fn read<L: Table>(conn: &Connection, id: i64, doc: &mut Doc) -> rusqlite::Result<()> {
    let sql = format!(
        "SELECT {} FROM {} WHERE doc_id = ?1 ORDER BY n",
        L::COLUMNS.join(", "),
        L::TABLE
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let items = stmt.query_map([id], |r| L::from_row(r, 0))?;
    *L::of_mut(doc) = items.collect::<Result<_, _>>()?;
    Ok(())
}

/// A column value that could not be read as the model's type.
fn bad(at: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(at, rusqlite::types::Type::Text, what.into())
}

/// An enum from its stored name (`as_str`).
fn named<T: Copy>(
    r: &Row<'_>,
    at: usize,
    all: &[T],
    name: fn(T) -> &'static str,
) -> rusqlite::Result<T> {
    let s: String = r.get(at)?;
    all.iter()
        .copied()
        .find(|v| name(*v) == s)
        .ok_or_else(|| bad(at, format!("unknown value {s:?}")))
}

fn text<S: AsRef<str>>(s: &Option<S>) -> Value {
    s.as_ref()
        .map_or(Value::Null, |s| Value::Text(s.as_ref().to_string()))
}

/// An optional text column read as a shared string.
fn shared(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<SharedStr>> {
    Ok(r.get::<_, Option<String>>(i)?.map(SharedStr::from))
}

fn int(n: Option<u32>) -> Value {
    n.map_or(Value::Null, |n| Value::Integer(n.into()))
}

fn span_at(r: &Row<'_>, at: usize) -> rusqlite::Result<Span> {
    Ok(Span {
        start: r.get(at)?,
        end: r.get(at + 1)?,
    })
}

/// A JSON column, `NULL` for an empty list.
fn json_list<T: serde::Serialize>(items: &[T]) -> Value {
    if items.is_empty() {
        return Value::Null;
    }
    Value::Text(serde_json::to_string(items).expect("plain values serialize"))
}

fn from_json<T: serde::de::DeserializeOwned + Default>(
    r: &Row<'_>,
    at: usize,
) -> rusqlite::Result<T> {
    let Some(s) = r.get::<_, Option<String>>(at)? else {
        return Ok(T::default());
    };
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            at,
            rusqlite::types::Type::Text,
            Box::new(FromSqlError::Other(e.into())),
        )
    })
}

fn pairs(spans: &[Span]) -> Vec<[u32; 2]> {
    spans.iter().map(|s| [s.start, s.end]).collect()
}

fn spans(r: &Row<'_>, at: usize) -> rusqlite::Result<Vec<Span>> {
    let pairs: Vec<[u32; 2]> = from_json(r, at)?;
    Ok(pairs
        .into_iter()
        .map(|[start, end]| Span { start, end })
        .collect())
}

impl Table for Entity {
    const TABLE: &'static str = "layer_entity";
    const COLUMNS: &'static [&'static str] = &[
        "start",
        "end",
        "type",
        "subtype",
        "canonical",
        "role",
        "country",
        "actor",
    ];

    fn to_row(&self) -> Vec<Value> {
        vec![
            self.span.start.into(),
            self.span.end.into(),
            Value::Text(self.kind.as_str().into()),
            text(&self.subtype),
            text(&self.canonical),
            text(&self.role),
            text(&self.country),
            text(&self.actor),
        ]
    }

    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        use EntityType::*;
        Ok(Entity {
            span: span_at(r, at)?,
            kind: named(r, at + 2, &[Per, Org, Loc, Misc], EntityType::as_str)?,
            subtype: shared(r, at + 3)?,
            canonical: shared(r, at + 4)?,
            role: shared(r, at + 5)?,
            country: shared(r, at + 6)?,
            actor: shared(r, at + 7)?,
        })
    }
}

impl Table for Timex {
    const TABLE: &'static str = "layer_timex";
    const COLUMNS: &'static [&'static str] = &["start", "end", "type", "value"];

    fn to_row(&self) -> Vec<Value> {
        vec![
            self.span.start.into(),
            self.span.end.into(),
            Value::Text(self.kind.as_str().into()),
            Value::Text(self.value.clone()),
        ]
    }

    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        use TimexType::*;
        Ok(Timex {
            span: span_at(r, at)?,
            kind: named(r, at + 2, &[Date, Time, Duration, Set], TimexType::as_str)?,
            value: r.get(at + 3)?,
        })
    }
}

/// An outer attribution as stored: `[[start, end] or null, speaker or null]`.
type ViaRow = (Option<[u32; 2]>, Option<String>);

impl Table for Quote {
    const TABLE: &'static str = "layer_quote";
    const COLUMNS: &'static [&'static str] = &[
        "start", "end", "kind", "sourcing", "speaker", "date", "content", "cue", "source", "via",
    ];

    /// `start`, `end`: from the first word said to the last (the anchor).
    fn to_row(&self) -> Vec<Value> {
        let at = self.anchor();
        let via: Vec<ViaRow> = self
            .via
            .iter()
            .map(|v| (v.source.map(|s| [s.start, s.end]), v.speaker.clone()))
            .collect();
        vec![
            at.start.into(),
            at.end.into(),
            Value::Text(self.kind.as_str().into()),
            Value::Text(self.sourcing.as_str().into()),
            text(&self.speaker),
            text(&self.date),
            json_list(&pairs(&self.content)),
            json_list(&pairs(&self.cue)),
            json_list(&pairs(&self.source)),
            json_list(&via),
        ]
    }

    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        use QuoteKind::*;
        use Sourcing::*;
        let via: Vec<ViaRow> = from_json(r, at + 9)?;
        Ok(Quote {
            kind: named(r, at + 2, &[Direct, Indirect, Mixed], QuoteKind::as_str)?,
            sourcing: named(
                r,
                at + 3,
                &[Named, Anonymous, Outlet, Document, Unattributed],
                Sourcing::as_str,
            )?,
            speaker: r.get(at + 4)?,
            date: r.get(at + 5)?,
            content: spans(r, at + 6)?,
            cue: spans(r, at + 7)?,
            source: spans(r, at + 8)?,
            via: via
                .into_iter()
                .map(|(s, speaker)| Via {
                    source: s.map(|[start, end]| Span { start, end }),
                    speaker,
                })
                .collect(),
        })
    }
}

/// A participant's five columns: name, country, sector, start, end.
fn participant(p: &Option<Participant>) -> [Value; 5] {
    let Some(p) = p else {
        return [
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
        ];
    };
    [
        Value::Text(p.name.clone()),
        text(&p.country),
        text(&p.sector),
        int(p.span.map(|s| s.start)),
        int(p.span.map(|s| s.end)),
    ]
}

fn participant_at(r: &Row<'_>, at: usize) -> rusqlite::Result<Option<Participant>> {
    let Some(name) = r.get::<_, Option<String>>(at)? else {
        return Ok(None);
    };
    let span = match (
        r.get::<_, Option<u32>>(at + 3)?,
        r.get::<_, Option<u32>>(at + 4)?,
    ) {
        (Some(start), Some(end)) => Some(Span { start, end }),
        _ => None,
    };
    Ok(Some(Participant {
        span,
        name,
        country: r.get(at + 1)?,
        sector: r.get(at + 2)?,
    }))
}

impl Table for Event {
    const TABLE: &'static str = "layer_event";
    const COLUMNS: &'static [&'static str] = &[
        "start",
        "end",
        "type",
        "mode",
        "cameo",
        "status",
        "date",
        "place",
        "evidence_start",
        "evidence_end",
        "quote",
        "actor",
        "actor_country",
        "actor_sector",
        "actor_start",
        "actor_end",
        "recipient",
        "recipient_country",
        "recipient_sector",
        "recipient_start",
        "recipient_end",
        "actors",
        "recipients",
    ];

    /// `start`, `end`: the trigger.
    fn to_row(&self) -> Vec<Value> {
        let mut row = vec![
            self.trigger.start.into(),
            self.trigger.end.into(),
            Value::Text(self.kind.clone()),
            text(&self.mode),
            text(&self.cameo),
            Value::Text(self.status.as_str().into()),
            text(&self.date),
            text(&self.place),
            self.evidence.start.into(),
            self.evidence.end.into(),
            self.quote.map_or(Value::Null, |q| Value::Integer(q as i64)),
        ];
        row.extend(participant(&self.actor));
        row.extend(participant(&self.recipient));
        row.push(json_list(&party_rows(&self.actors)));
        row.push(json_list(&party_rows(&self.recipients)));
        row
    }

    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        use EventStatus::*;
        let all = [Occurred, Planned, Proposed, Denied, Hypothetical, Reported];
        Ok(Event {
            trigger: span_at(r, at)?,
            kind: r.get(at + 2)?,
            mode: r.get(at + 3)?,
            cameo: r.get(at + 4)?,
            status: named(r, at + 5, &all, EventStatus::as_str)?,
            date: r.get(at + 6)?,
            place: r.get(at + 7)?,
            evidence: span_at(r, at + 8)?,
            quote: r.get::<_, Option<i64>>(at + 10)?.map(|q| q as usize),
            actor: participant_at(r, at + 11)?,
            recipient: participant_at(r, at + 16)?,
            actors: parties_from(from_json(r, at + 21)?),
            recipients: parties_from(from_json(r, at + 22)?),
        })
    }
}

/// A coordinated party as stored: `[name, country, sector, start, end]`.
type PartyRow = (
    String,
    Option<String>,
    Option<String>,
    Option<u32>,
    Option<u32>,
);

fn party_rows(parties: &[Participant]) -> Vec<PartyRow> {
    parties
        .iter()
        .map(|p| {
            let span = p.span.map(|s| (s.start, s.end));
            (
                p.name.clone(),
                p.country.clone(),
                p.sector.clone(),
                span.map(|s| s.0),
                span.map(|s| s.1),
            )
        })
        .collect()
}

fn parties_from(rows: Vec<PartyRow>) -> Vec<Participant> {
    rows.into_iter()
        .map(|(name, country, sector, start, end)| Participant {
            span: start.zip(end).map(|(start, end)| Span { start, end }),
            name,
            country,
            sector,
        })
        .collect()
}

/// A section as stored: `[title, start, end]`.
type SectionRow = (String, u32, u32);

impl Table for Proposal {
    const TABLE: &'static str = "layer_proposal";
    const COLUMNS: &'static [&'static str] = &[
        "start", "end", "name", "proposer", "points", "sections", "mentions", "status", "date",
    ];

    fn to_row(&self) -> Vec<Value> {
        let sections: Vec<SectionRow> = self
            .sections
            .iter()
            .map(|s| (s.title.clone(), s.span.start, s.span.end))
            .collect();
        vec![
            self.span.start.into(),
            self.span.end.into(),
            Value::Text(self.name.clone()),
            text(&self.proposer),
            int(self.points),
            json_list(&sections),
            json_list(
                &self
                    .mentions
                    .iter()
                    .map(|m| (m.start, m.end))
                    .collect::<Vec<_>>(),
            ),
            text(&self.status),
            text(&self.date),
        ]
    }

    fn from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Self> {
        let sections: Vec<SectionRow> = from_json(r, at + 5)?;
        let mentions: Vec<(u32, u32)> = from_json(r, at + 6)?;
        Ok(Proposal {
            span: span_at(r, at)?,
            name: r.get(at + 2)?,
            proposer: r.get(at + 3)?,
            points: r.get(at + 4)?,
            sections: sections
                .into_iter()
                .map(|(title, start, end)| Section {
                    title,
                    span: Span { start, end },
                })
                .collect(),
            mentions: mentions
                .into_iter()
                .map(|(start, end)| Span { start, end })
                .collect(),
            status: r.get(at + 7)?,
            date: r.get(at + 8)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{each_layer, LayerVisitor};

    struct Names(Vec<&'static str>);
    impl LayerVisitor for Names {
        fn layer<L: LayerItem>(&mut self) {
            self.0.push(L::NAME);
        }
    }

    #[test]
    fn every_layer_has_its_table() {
        let mut names = Names(Vec::new());
        each_layer(&mut names);
        let tables: Vec<String> = names.0.iter().map(|n| format!("layer_{n}")).collect();
        assert_eq!(
            tables, TABLES,
            "a new layer needs a Table and a line in write_layers/read_layers"
        );
    }
}
