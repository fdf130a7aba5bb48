//! One line of JSON Lines input, in the annotate contract's form.

use dragoman_model::{Date, Meta};
use serde_json::Value;

/// A parsed input line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputLine {
    /// The caller's id, as text.
    pub id: String,
    /// The caller's id as it was written (a string or a number), to echo back.
    pub id_value: Value,
    /// Plain text of the report.
    pub text: Option<String>,
    /// A whole HTML page.
    pub html: Option<String>,
    /// One sentence, already tokenized (kept as given).
    pub tokens: Option<Vec<String>>,
    /// Publication date (the date part of an ISO date or timestamp).
    pub date: Option<Date>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
}

impl InputLine {
    /// What the line says about its report, as document metadata.
    pub fn meta(&self) -> Meta {
        Meta {
            title: self.title.clone(),
            date: self.date,
            outlet: self.outlet.clone(),
            url: self.url.clone(),
            ..Meta::default()
        }
    }
}

/// Parses one line. On error, returns the id when one could be read (so the
/// caller can echo it) and what is wrong.
pub fn parse_input_line(line: &str) -> Result<InputLine, (Option<Value>, String)> {
    let v: Value = serde_json::from_str(line).map_err(|e| (None, format!("not JSON: {e}")))?;
    parse_input_value(v)
}

/// Reads one input object already parsed as JSON (what [`parse_input_line`]
/// does after parsing), with the same errors.
pub fn parse_input_value(v: Value) -> Result<InputLine, (Option<Value>, String)> {
    let Value::Object(obj) = v else {
        return Err((None, "not a JSON object".into()));
    };
    let id_value = obj.get("id").cloned();
    let id = match &id_value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err((id_value, "`id` must be a string or a number".into())),
        None => return Err((None, "no `id`".into())),
    };
    let string = |k: &str| -> Result<Option<String>, (Option<Value>, String)> {
        match obj.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err((id_value.clone(), format!("`{k}` must be a string"))),
        }
    };
    let text = string("text")?;
    let html = string("html")?;
    let tokens = match obj.get("tokens") {
        None | Some(Value::Null) => None,
        Some(Value::Array(a)) => Some(
            a.iter()
                .map(|t| t.as_str().filter(|t| !t.is_empty()).map(str::to_string))
                .collect::<Option<Vec<String>>>()
                .ok_or_else(|| {
                    (
                        id_value.clone(),
                        "`tokens` must be a list of non-empty strings".to_string(),
                    )
                })?,
        ),
        Some(_) => return Err((id_value, "`tokens` must be a list of strings".into())),
    };
    if text.is_none() && html.is_none() && tokens.is_none() {
        return Err((id_value, "none of `text`, `html`, `tokens`".into()));
    }
    let date = match string("date")? {
        None => None,
        Some(d) => Some(parse_date(&d).ok_or_else(|| {
            (
                id_value.clone(),
                format!("`date` {d:?} is not an ISO 8601 date"),
            )
        })?),
    };
    let (url, title, outlet) = (string("url")?, string("title")?, string("outlet")?);
    Ok(InputLine {
        id,
        id_value: id_value.unwrap_or(Value::Null),
        text,
        html,
        tokens,
        date,
        url,
        title,
        outlet,
    })
}

/// The date of an ISO 8601 date or timestamp ("2025-11-19", "1998-01-08T18:30:00Z").
fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    s.get(..10)
        .and_then(|d| d.parse().ok())
        .or_else(|| s.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_line() {
        let l = parse_input_line(
            r#"{"id": "d1", "text": "Talks.", "date": "2025-11-19T10:00:00Z", "outlet": "Wire"}"#,
        )
        .unwrap();
        assert_eq!(l.id, "d1");
        assert_eq!(l.date.unwrap().to_string(), "2025-11-19");
        assert_eq!(l.outlet.as_deref(), Some("Wire"));
    }

    #[test]
    fn bad_lines_say_why_and_keep_the_id() {
        assert_eq!(parse_input_line("{not json").unwrap_err().0, None);
        let (id, why) = parse_input_line(r#"{"id": 7}"#).unwrap_err();
        assert_eq!(id, Some(Value::from(7)));
        assert_eq!(why, "none of `text`, `html`, `tokens`");
        assert_eq!(
            parse_input_line(r#"{"text": "x"}"#).unwrap_err().1,
            "no `id`"
        );
        assert!(
            parse_input_line(r#"{"id": "a", "text": "x", "date": "soon"}"#)
                .unwrap_err()
                .1
                .contains("ISO 8601")
        );
    }
}
