//! Tool arguments a person types, for `roxy call` and the REPL's `/call`: one JSON object, or
//! `NAME=VALUE` words read as the types the tool's schema gives them; an error says what to
//! write instead. [`check_arguments`] holds them against the tool's `inputSchema` before
//! anything is sent, so a misspelt argument is an error with "did you mean", not a silently
//! ignored default.

use serde_json::Value;

use crate::suggest::closest_names;

/// Why typed tool arguments were refused; `example` shows the tool's arguments written right.
#[derive(Debug, thiserror::Error)]
pub enum ToolArgumentsError {
    #[error("the arguments are not valid JSON ({source}); write an object such as '{example}'")]
    NotJson {
        source: serde_json::Error,
        example: String,
    },
    #[error("the arguments must be a JSON object, such as '{example}'")]
    NotAnObject { example: String },
    #[error(
        "`{word}` is not NAME=VALUE; write each argument as NAME=VALUE ({pairs}), or all of them as one JSON object ('{example}')"
    )]
    NotAPair {
        word: String,
        pairs: String,
        example: String,
    },
    #[error("argument `{name}` is given twice")]
    Repeated { name: String },
    #[error("argument `{name}` takes {expected}: `{value}` is not one (as JSON: {example})")]
    NotOfItsType {
        name: String,
        value: String,
        expected: String,
        example: String,
    },
}

/// Parses `text` as the arguments of one call of the tool whose `inputSchema` is `schema`: a
/// JSON object.
pub fn parse_tool_arguments(text: &str, schema: &Value) -> Result<Value, ToolArgumentsError> {
    match serde_json::from_str(text) {
        Ok(object @ Value::Object(_)) => Ok(object),
        Ok(_) => Err(ToolArgumentsError::NotAnObject {
            example: example_arguments(schema),
        }),
        Err(source) => Err(ToolArgumentsError::NotJson {
            source,
            example: example_arguments(schema),
        }),
    }
}

/// The arguments of one call as a person types them (`roxy call`'s words after the tool, the
/// REPL's after `/call server tool`): none (`{}`), one JSON object, or `NAME=VALUE` words. A
/// value is text when the tool's schema says the argument is a string (`city=Oslo`,
/// `zip=01234`), and JSON when it names another type (`days=3`, `metric=true`,
/// `tags=["a","b"]`); an argument the schema gives no type is JSON if it parses as JSON, else
/// text.
pub fn parse_typed_arguments<S: AsRef<str>>(
    words: &[S],
    schema: &Value,
) -> Result<Value, ToolArgumentsError> {
    match words {
        [] => return Ok(Value::Object(serde_json::Map::new())),
        [one] if pair(one.as_ref()).is_none() => return parse_tool_arguments(one.as_ref(), schema),
        _ => {}
    }
    let properties = schema.get("properties").and_then(Value::as_object);
    let mut arguments = serde_json::Map::new();
    for word in words {
        let word = word.as_ref();
        let Some((name, text)) = pair(word) else {
            return Err(ToolArgumentsError::NotAPair {
                word: word.to_string(),
                pairs: example_pairs(schema),
                example: example_arguments(schema),
            });
        };
        let property = properties.and_then(|p| p.get(name));
        let types = property.map(schema_types).unwrap_or_default();
        let value = if types.iter().any(|t| t == "string") {
            Value::from(text)
        } else {
            match serde_json::from_str(text) {
                Ok(value) => value,
                Err(_) if types.is_empty() => Value::from(text),
                Err(_) => {
                    let example = property.map(example_value).unwrap_or(Value::Null);
                    return Err(ToolArgumentsError::NotOfItsType {
                        name: name.to_string(),
                        value: text.to_string(),
                        expected: types.join(" or "),
                        example: format!("{name}={example}"),
                    });
                }
            }
        };
        if arguments.insert(name.to_string(), value).is_some() {
            return Err(ToolArgumentsError::Repeated {
                name: name.to_string(),
            });
        }
    }
    Ok(Value::Object(arguments))
}

/// `NAME=VALUE` split at its first `=`, when NAME could be an argument's name (not empty, no
/// space or quote, not the start of a JSON object).
fn pair(word: &str) -> Option<(&str, &str)> {
    let (name, value) = word.split_once('=')?;
    let plausible = !name.is_empty()
        && !name.starts_with('{')
        && !name.contains(|c: char| c.is_whitespace() || c == '"' || c == '\'');
    plausible.then_some((name, value))
}

/// [`example_arguments`] as `NAME=VALUE` words (`timezone=local days=1`).
fn example_pairs(schema: &Value) -> String {
    let words: Vec<String> = example_fields(schema)
        .into_iter()
        .flatten()
        .map(|(name, value)| match value {
            Value::String(text) => format!("{name}={text}"),
            other => format!("{name}={other}"),
        })
        .collect();
    if words.is_empty() {
        "city=Oslo days=3".into()
    } else {
        words.join(" ")
    }
}

/// The arguments of a tool written as JSON, to show how: its required ones (else its first),
/// each with its default, first example or first allowed value, else a value of its type
/// (`{"timezone": "local"}`; `{}` for a tool that takes none, `{"name": "value"}` without a
/// schema).
pub fn example_arguments(schema: &Value) -> String {
    let Some(fields) = example_fields(schema) else {
        // No schema at all (a tool not listed): the shape alone.
        let shape = if schema.is_object() {
            "{}"
        } else {
            r#"{"name": "value"}"#
        };
        return shape.into();
    };
    let pairs: Vec<String> = fields
        .into_iter()
        .map(|(name, value)| format!("{}: {value}", Value::from(name)))
        .collect();
    format!("{{{}}}", pairs.join(", "))
}

/// The arguments [`example_arguments`] shows, each with its example value; `None` when the
/// schema has no `properties`.
fn example_fields(schema: &Value) -> Option<Vec<(&str, Value)>> {
    let properties = schema.get("properties").and_then(Value::as_object)?;
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let shown: Vec<&String> = match properties
        .keys()
        .find(|name| required.contains(&name.as_str()))
    {
        Some(_) => properties
            .keys()
            .filter(|name| required.contains(&name.as_str()))
            .collect(),
        None => properties.keys().take(1).collect(),
    };
    Some(
        shown
            .into_iter()
            .map(|name| (name.as_str(), example_value(&properties[name])))
            .collect(),
    )
}

/// A value an argument could take, from its schema.
fn example_value(schema: &Value) -> Value {
    if let Some(value) = schema
        .get("default")
        .filter(|value| !value.is_null() && *value != "")
        .or_else(|| schema.get("examples").and_then(|e| e.get(0)))
        .or_else(|| schema.get("enum").and_then(|e| e.get(0)))
    {
        return value.clone();
    }
    let kind = schema
        .get("type")
        .and_then(|kind| {
            kind.as_str()
                .or_else(|| kind.get(0).and_then(Value::as_str))
        })
        .or_else(|| {
            schema
                .get("anyOf")
                .and_then(|options| options.get(0))
                .and_then(|option| option.get("type"))
                .and_then(Value::as_str)
        });
    match kind {
        Some("integer" | "number") => Value::from(1),
        Some("boolean") => Value::Bool(true),
        Some("array") => Value::Array(Vec::new()),
        Some("object") => Value::Object(serde_json::Map::new()),
        _ => Value::from("text"),
    }
}

/// Checks `arguments` against a tool's `inputSchema`. First the top level, with errors that
/// list what is allowed: every argument must be one of its `properties` (unless
/// `additionalProperties` allows others; the closest name is offered for a misspelt one), every
/// `required` one must be there, and each must have the JSON type the schema names. Then the
/// rest of the schema (`enum`, ranges, lengths, patterns, nested objects and items) with a JSON
/// Schema validator, naming the argument's path; a schema the validator cannot compile is left
/// to the server.
pub fn check_arguments(tool: &str, schema: &Value, arguments: &Value) -> Result<(), String> {
    let Some(given) = arguments.as_object() else {
        return Err("the arguments must be a JSON object".into());
    };
    let properties = schema.get("properties").and_then(Value::as_object);
    let known: Vec<String> = properties
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let listed = if known.is_empty() {
        format!("`{tool}` takes no arguments")
    } else {
        format!("arguments of `{tool}`: {}", known.join(", "))
    };
    let others_allowed = schema
        .get("additionalProperties")
        .is_some_and(|extra| extra != &Value::Bool(false));
    for name in given.keys() {
        if known.contains(name) || others_allowed {
            continue;
        }
        let hint = match closest_names(name, known.iter().map(String::as_str), 1).first() {
            Some(close) => format!("; did you mean `{close}`?"),
            None => String::new(),
        };
        return Err(format!("unknown argument `{name}`{hint} ({listed})"));
    }
    let required = schema.get("required").and_then(Value::as_array);
    for name in required.into_iter().flatten().filter_map(Value::as_str) {
        if !given.contains_key(name) {
            return Err(format!("missing required argument `{name}` ({listed})"));
        }
    }
    for (name, value) in given {
        let Some(expected) = properties.and_then(|p| p.get(name)).map(schema_types) else {
            continue;
        };
        if !expected.is_empty() && !expected.iter().any(|t| has_type(value, t)) {
            return Err(format!(
                "argument `{name}` must be {}, not {value}",
                expected.join(" or ")
            ));
        }
    }
    let Ok(validator) = jsonschema::validator_for(schema) else {
        return Ok(());
    };
    match validator.iter_errors(arguments).next() {
        None => Ok(()),
        Some(error) => {
            let path = error.instance_path().to_string();
            let name = path.trim_start_matches('/').replace('/', ".");
            Err(format!("argument `{name}`: {error}"))
        }
    }
}

/// The JSON types a property schema allows: `type` (one or a list), or those of its `anyOf` /
/// `oneOf` branches; empty when it says nothing checkable.
pub(crate) fn schema_types(schema: &Value) -> Vec<String> {
    match schema.get("type") {
        Some(Value::String(one)) => vec![one.clone()],
        Some(Value::Array(many)) => many
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => {
            let branches = schema
                .get("anyOf")
                .or_else(|| schema.get("oneOf"))
                .and_then(Value::as_array);
            let Some(branches) = branches else {
                return Vec::new();
            };
            let types: Vec<Vec<String>> = branches.iter().map(schema_types).collect();
            // A branch without a checkable type accepts anything.
            if types.iter().any(Vec::is_empty) {
                Vec::new()
            } else {
                types.concat()
            }
        }
    }
}

fn has_type(value: &Value, json_type: &str) -> bool {
    match json_type {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn current_time_schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "timezone": { "type": "string" },
                "limit": { "anyOf": [{ "type": "integer" }, { "type": "null" }] }
            },
            "required": []
        })
    }

    fn forecast_schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "city": { "type": "string" },
                "zip": { "type": ["string", "null"] },
                "days": { "type": "integer" },
                "metric": { "type": "boolean" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "extra": {}
            },
            "required": ["city"]
        })
    }

    #[test]
    fn name_value_words_take_the_types_the_schema_gives_them() {
        let words = [
            "city=New York",
            "zip=01234",
            "days=3",
            "metric=false",
            r#"tags=["a", "b=c"]"#,
            "extra=plain words",
        ];
        assert_eq!(
            parse_typed_arguments(&words, &forecast_schema()).unwrap(),
            json!({
                "city": "New York",
                "zip": "01234",
                "days": 3,
                "metric": false,
                "tags": ["a", "b=c"],
                "extra": "plain words"
            })
        );
        // Untyped, a value that parses as JSON is JSON; a string keeps its `=` and quotes.
        assert_eq!(
            parse_typed_arguments(&["extra=7", r#"city="a=b""#], &forecast_schema()).unwrap(),
            json!({ "extra": 7, "city": "\"a=b\"" })
        );
        // One word that is no pair is JSON, as before; none is `{}`.
        assert_eq!(
            parse_typed_arguments(&[r#"{"city": "x=y"}"#], &forecast_schema()).unwrap(),
            json!({ "city": "x=y" })
        );
        assert_eq!(
            parse_typed_arguments::<&str>(&[], &forecast_schema()).unwrap(),
            json!({})
        );
    }

    #[test]
    fn name_value_words_that_cannot_be_read_say_how_to_write_them() {
        let error = |words: &[&str]| {
            parse_typed_arguments(words, &forecast_schema())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            error(&["days=three"]),
            "argument `days` takes integer: `three` is not one (as JSON: days=1)"
        );
        assert_eq!(
            error(&["city=Oslo", "Bergen"]),
            "`Bergen` is not NAME=VALUE; write each argument as NAME=VALUE (city=text), or all of them as one JSON object ('{\"city\": \"text\"}')"
        );
        assert_eq!(
            error(&["city=Oslo", "city=Bergen"]),
            "argument `city` is given twice"
        );
    }

    #[test]
    fn a_misspelt_argument_is_refused_with_the_closest_name() {
        let error = check_arguments(
            "current_time",
            &current_time_schema(),
            &json!({ "timezon": "Asia/Tokyo" }),
        )
        .unwrap_err();
        assert_eq!(
            error,
            "unknown argument `timezon`; did you mean `timezone`? (arguments of `current_time`: timezone, limit)"
        );
    }

    #[test]
    fn checks_required_arguments_and_types() {
        let schema = json!({
            "type": "object",
            "properties": { "query": { "type": "string" } },
            "required": ["query"]
        });
        assert!(
            check_arguments("search", &schema, &json!({}))
                .unwrap_err()
                .starts_with("missing required argument `query`")
        );
        assert_eq!(
            check_arguments("search", &schema, &json!({ "query": 3 })).unwrap_err(),
            "argument `query` must be string, not 3"
        );
        assert!(check_arguments("search", &schema, &json!({ "query": "x" })).is_ok());
        assert!(check_arguments("t", &current_time_schema(), &json!({ "limit": null })).is_ok());
        assert!(check_arguments("t", &current_time_schema(), &json!({ "limit": "ten" })).is_err());
    }

    #[test]
    fn additional_properties_let_other_names_through() {
        let open = json!({ "type": "object", "additionalProperties": true });
        assert!(check_arguments("echo", &open, &json!({ "anything": 1 })).is_ok());
        let closed = json!({ "type": "object" });
        assert_eq!(
            check_arguments("ping", &closed, &json!({ "x": 1 })).unwrap_err(),
            "unknown argument `x` (`ping` takes no arguments)"
        );
    }

    #[test]
    fn takes_an_object_and_says_what_to_write_otherwise() {
        // `current_time` of roxy_system as the Python SDK describes it.
        let current_time = json!({
            "type": "object",
            "properties": {
                "timezone": { "type": "string", "default": "local" },
                "after": { "type": "string", "default": "" }
            }
        });
        assert_eq!(
            parse_tool_arguments(r#"{"timezone": "Tokyo"}"#, &current_time).unwrap(),
            json!({ "timezone": "Tokyo" })
        );
        let not_json = parse_tool_arguments("{timezone: Tokyo}", &current_time)
            .unwrap_err()
            .to_string();
        assert!(
            not_json.starts_with("the arguments are not valid JSON (key must be a string")
                && not_json.ends_with(r#"; write an object such as '{"timezone": "local"}'"#),
            "{not_json}"
        );
        // Required arguments are shown, with a value of their type; enums with an allowed one.
        let add_note = json!({
            "type": "object",
            "properties": {
                "text": { "type": "string" },
                "tags": { "type": "array" },
                "pinned": { "type": "boolean" },
                "colour": { "enum": ["red", "blue"] }
            },
            "required": ["text", "colour"]
        });
        assert_eq!(
            parse_tool_arguments("[1]", &add_note)
                .unwrap_err()
                .to_string(),
            r#"the arguments must be a JSON object, such as '{"text": "text", "colour": "red"}'"#
        );
        assert_eq!(example_arguments(&json!({ "type": "object" })), "{}");
    }
}
