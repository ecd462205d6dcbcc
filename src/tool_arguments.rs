//! Tool arguments a person types as JSON, for `roxy call` and the REPL's `/call`: the text must
//! be one JSON object, and the error says what to write instead.

use serde_json::Value;

/// Why typed tool arguments were refused.
#[derive(Debug, thiserror::Error)]
pub enum ToolArgumentsError {
    #[error(
        "the arguments are not valid JSON ({0}); write an object such as '{{\"path\": \"/tmp\"}}'"
    )]
    NotJson(serde_json::Error),
    #[error("the arguments must be a JSON object, such as '{{\"path\": \"/tmp\"}}'")]
    NotAnObject,
}

/// Parses `text` as the arguments of one tool call: a JSON object.
pub fn parse_tool_arguments(text: &str) -> Result<Value, ToolArgumentsError> {
    match serde_json::from_str(text).map_err(ToolArgumentsError::NotJson)? {
        object @ Value::Object(_) => Ok(object),
        _ => Err(ToolArgumentsError::NotAnObject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_an_object_and_says_what_to_write_otherwise() {
        assert_eq!(
            parse_tool_arguments(r#"{"path": "/tmp"}"#).unwrap(),
            serde_json::json!({ "path": "/tmp" })
        );
        let not_json = parse_tool_arguments("{not json").unwrap_err().to_string();
        assert!(
            not_json.starts_with("the arguments are not valid JSON (key must be a string")
                && not_json.ends_with(r#"; write an object such as '{"path": "/tmp"}'"#),
            "{not_json}"
        );
        assert_eq!(
            parse_tool_arguments("[1]").unwrap_err().to_string(),
            r#"the arguments must be a JSON object, such as '{"path": "/tmp"}'"#
        );
    }
}
