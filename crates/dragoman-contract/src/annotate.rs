//! One input line in, one answer out: what `dragoman annotate` does to each
//! line, shared with the Python package so both answer alike.
//!
//! The answer is the annotated document, rendered by the caller from its
//! [`Output`] (a JSON string for the CLI, a Python dict for the package), or
//! the error line of a rejected input ([`error_line`]).

use crate::{error_line, output, with_syntax, OffsetsOf, Output};
use dragoman_ingest::{parse_input_line, parse_input_value, InputLine};
use dragoman_pipeline::{Pipeline, Processed};
use serde_json::Value;

/// Annotates one input line (`number` counts from 1): the rendered output,
/// or the error line of a rejected one.
pub fn annotate_line<R>(
    pipeline: &Pipeline,
    line: &[u8],
    number: usize,
    render: impl FnOnce(&Output<'_>) -> R,
) -> Result<R, Value> {
    let reject = |id, why: &str| Err(error_line(id, number, why));
    let Ok(text) = std::str::from_utf8(line) else {
        return reject(None, "line is not valid UTF-8");
    };
    match parse_input_line(text) {
        Ok(input) => annotate_input(pipeline, input, number, render),
        Err((id, why)) => reject(id.or_else(|| salvage_id(text)), &why),
    }
}

/// Annotates one input object already parsed as JSON, as [`annotate_line`].
pub fn annotate_value<R>(
    pipeline: &Pipeline,
    value: Value,
    number: usize,
    render: impl FnOnce(&Output<'_>) -> R,
) -> Result<R, Value> {
    match parse_input_value(value) {
        Ok(input) => annotate_input(pipeline, input, number, render),
        Err((id, why)) => Err(error_line(id, number, &why)),
    }
}

/// Annotates one read input: text, HTML or tokens.
pub fn annotate_input<R>(
    pipeline: &Pipeline,
    input: InputLine,
    number: usize,
    render: impl FnOnce(&Output<'_>) -> R,
) -> Result<R, Value> {
    let meta = input.meta();
    // Text input: offsets index the input text. HTML input: the extracted
    // text, which the output carries.
    let id = input.id.clone();
    let tokens = input.tokens;
    let has_tokens = tokens.is_some();
    let result = guarded(|| match (input.text, input.html, tokens) {
        (Some(text), _, _) => Ok((pipeline.process_text(&id, text, meta), OffsetsOf::Raw)),
        // Offsets index the tokens joined by spaces: the text, uncleaned.
        (None, None, Some(tokens)) => {
            Ok((pipeline.process_tokens(&id, &tokens, meta), OffsetsOf::Raw))
        }
        (None, Some(html), _) => pipeline
            .process_html(&id, html.as_bytes(), Some("utf-8"), meta)
            .map(|p| (p, OffsetsOf::Clean))
            .map_err(|e| e.to_string()),
        (None, None, None) => Err("none of `text`, `html`, `tokens`".to_string()),
    });
    let (processed, offsets): (Processed, OffsetsOf) = match result.and_then(|r| r) {
        Ok(done) => done,
        Err(why) => return Err(error_line(Some(input.id_value), number, &why)),
    };
    let mut out = output(input.id_value, &processed.doc, offsets);
    if has_tokens {
        with_syntax(&mut out, &processed.doc);
    }
    Ok(render(&out))
}

/// Runs `f`, turning a panic (a bug in some stage) into an error for this
/// one report, so that the rest of the batch goes on.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!("internal error while processing (please report it): {what}")
    })
}

/// The `"id"` of a line that is not valid JSON, when it can still be read
/// (a string or a number right after `"id":`), so the error names the record.
pub fn salvage_id(text: &str) -> Option<Value> {
    let after = text
        .split_once("\"id\"")?
        .1
        .trim_start()
        .strip_prefix(':')?;
    let after = after.trim_start();
    if let Some(rest) = after.strip_prefix('"') {
        let end = rest.find('"')?;
        return Some(rest[..end].into());
    }
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse::<u64>().ok().map(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_and_its_parsed_object_answer_alike() {
        let p = Pipeline::up_to(&["tokenize"]).unwrap();
        let line = br#"{"id": "a", "text": "Envoys met in Geneva."}"#;
        let as_string = |o: &Output<'_>| serde_json::to_string(o).unwrap();
        let from_line = annotate_line(&p, line, 1, as_string).unwrap();
        let value = serde_json::from_slice(line).unwrap();
        assert_eq!(annotate_value(&p, value, 1, as_string).unwrap(), from_line);
    }

    #[test]
    fn rejected_lines_name_their_id_and_line() {
        let p = Pipeline::up_to(&["tokenize"]).unwrap();
        let err = annotate_line(&p, br#"{"id": 7, "text": 3"#, 4, |_| ()).unwrap_err();
        assert_eq!(err["id"], 7);
        assert!(err["error"]
            .as_str()
            .unwrap()
            .starts_with("line 4: not JSON"));
        let err = annotate_value(&p, serde_json::json!({"id": "x"}), 2, |_| ()).unwrap_err();
        assert_eq!(err["error"], "line 2: none of `text`, `html`, `tokens`");
        assert_eq!(guarded(|| 7), Ok(7));
    }
}
