//! Reading and bounding what a request asks: ids, query strings, page size,
//! dates. Anything out of bounds is a 400 with a message naming the
//! parameter; nothing here reaches SQL except as a bound parameter.

use crate::WebError;
use serde::de::DeserializeOwned;

/// The largest page a listing gives.
pub const MAX_LIMIT: usize = 100;
/// The default page size.
pub const DEFAULT_LIMIT: usize = 20;
/// The furthest a listing pages.
pub const MAX_OFFSET: usize = 10_000;
/// The longest search query, in characters.
pub const MAX_QUERY: usize = 200;
/// The longest other text parameter, in characters.
pub const MAX_TEXT: usize = 100;
/// The longest query string, in bytes.
pub const MAX_QUERY_STRING: usize = 2048;

/// A query string read into `T` (whose fields say which parameters are known).
pub fn query<T: DeserializeOwned + Default>(raw: Option<&str>) -> Result<T, WebError> {
    let raw = raw.unwrap_or_default();
    if raw.len() > MAX_QUERY_STRING {
        return Err(WebError::BadRequest(format!(
            "query string longer than {MAX_QUERY_STRING} bytes"
        )));
    }
    serde_urlencoded::from_str(raw).map_err(|e| WebError::BadRequest(format!("bad parameter: {e}")))
}

/// A store id from a path segment.
pub fn id(raw: &str, what: &str) -> Result<i64, WebError> {
    raw.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
        WebError::BadRequest(format!("{what} id must be a positive integer, not {raw:?}"))
    })
}

/// The page size: default 20, at most 100.
pub fn limit(raw: Option<usize>) -> Result<usize, WebError> {
    match raw {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(n) => Err(WebError::BadRequest(format!(
            "limit must be between 1 and {MAX_LIMIT}, not {n}"
        ))),
    }
}

/// The offset: at most 10,000.
pub fn offset(raw: Option<usize>) -> Result<usize, WebError> {
    match raw.unwrap_or(0) {
        n if n <= MAX_OFFSET => Ok(n),
        n => Err(WebError::BadRequest(format!(
            "offset must be at most {MAX_OFFSET}, not {n}"
        ))),
    }
}

/// A text parameter, as given: empty is absent; longer than `max`
/// characters is refused.
pub fn text(name: &str, raw: Option<String>, max: usize) -> Result<Option<String>, WebError> {
    let value = raw.filter(|s| !s.is_empty());
    match value {
        Some(s) if s.chars().count() > max => Err(WebError::BadRequest(format!(
            "{name} is longer than {max} characters"
        ))),
        v => Ok(v),
    }
}

/// An ISO day (`YYYY-MM-DD`): empty is absent.
pub fn day(name: &str, raw: Option<String>) -> Result<Option<String>, WebError> {
    let Some(s) = text(name, raw, 10)? else {
        return Ok(None);
    };
    let b = s.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if ok {
        Ok(Some(s))
    } else {
        Err(WebError::BadRequest(format!(
            "{name} must be a day as YYYY-MM-DD, not {s:?}"
        )))
    }
}

/// One of a fixed list of values, exactly: empty is absent.
pub fn one_of(
    name: &str,
    raw: Option<String>,
    allowed: &[&str],
) -> Result<Option<String>, WebError> {
    let Some(s) = text(name, raw, MAX_TEXT)? else {
        return Ok(None);
    };
    if allowed.contains(&s.as_str()) {
        Ok(Some(s))
    } else {
        Err(WebError::BadRequest(format!(
            "{name} must be one of {}, not {s:?}",
            allowed.join(", ")
        )))
    }
}

/// The sourcings a quote may have.
pub const SOURCINGS: &[&str] = &["named", "anonymous", "outlet", "document", "unattributed"];

/// A PLOVER event type (letters and underscores), upper-cased.
pub fn event_type(raw: Option<String>) -> Result<Option<String>, WebError> {
    let Some(s) = text("type", raw, 40)? else {
        return Ok(None);
    };
    if s.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
        Ok(Some(s.to_ascii_uppercase()))
    } else {
        Err(WebError::BadRequest(format!(
            "type must be a PLOVER type such as CONSULT, not {s:?}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_checked() {
        assert!(limit(Some(0)).is_err());
        assert!(limit(Some(101)).is_err());
        assert_eq!(limit(None).unwrap(), 20);
        assert!(offset(Some(10_001)).is_err());
        assert!(id("0", "report").is_err());
        assert!(id("1e3", "report").is_err());
        assert_eq!(id("12", "report").unwrap(), 12);
        assert!(day("since", Some("2026-13".into())).is_err());
        assert_eq!(day("since", Some(String::new())).unwrap(), None);
        assert!(day("since", Some(" 2026-01-01".into())).is_err());
        assert!(one_of("kind", Some("Report".into()), &["report"]).is_err());
        assert!(event_type(Some("CONSULT' OR 1=1".into())).is_err());
        assert!(text("q", Some("x".repeat(201)), MAX_QUERY).is_err());
        assert!(one_of("sourcing", Some("named".into()), SOURCINGS)
            .unwrap()
            .is_some());
    }
}
