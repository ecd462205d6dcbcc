//! Answering servers' `elicitation/create` requests: the [`ElicitationHandler`] a session asks,
//! the default that declines ([`DeclineElicitation`], for where no person can answer), and
//! [`AcceptWithDefaults`], which accepts with the defaults the server's schema declares, for
//! unattended clients that must say yes (the conformance client, scripted tests).

use async_trait::async_trait;
use serde_json::{Map, Value, json};

/// Answers `elicitation/create` requests from a server.
#[async_trait]
pub trait ElicitationHandler: Send + Sync {
    /// Returns an `ElicitResult` (`{"action": "accept" | "decline" | "cancel", "content": {...}}`).
    async fn elicit(&self, server: &str, params: &Value) -> Value;

    /// A notification from `server` that a person or client may want (`notifications/message`
    /// log lines, `notifications/resources/updated`), its params as sent; `roxy serve` forwards
    /// them to its clients. The session handles them as before either way; the default does
    /// nothing more.
    fn server_notification(&self, _server: &str, _method: &str, _params: &Value) {}
}

/// Declines every elicitation with a reason: used where no person can answer (`roxy call`,
/// skills, scripts).
pub struct DeclineElicitation;

#[async_trait]
impl ElicitationHandler for DeclineElicitation {
    async fn elicit(&self, server: &str, params: &Value) -> Value {
        let message = params.get("message").and_then(Value::as_str).unwrap_or("");
        tracing::info!(
            server,
            message,
            "declined an elicitation request: no one can answer it here"
        );
        json!({ "action": "decline" })
    }
}

/// Accepts every form elicitation, answering each field of `requestedSchema` that declares a
/// `default` of its type (string, integer, number, enum, boolean) with that default. Fields
/// without a usable default are left out.
pub struct AcceptWithDefaults;

#[async_trait]
impl ElicitationHandler for AcceptWithDefaults {
    async fn elicit(&self, server: &str, params: &Value) -> Value {
        let content = schema_defaults(params.get("requestedSchema").unwrap_or(&Value::Null));
        tracing::info!(
            server,
            fields = content.len(),
            "accepted an elicitation request with the schema's defaults"
        );
        json!({ "action": "accept", "content": content })
    }
}

/// The declared defaults of a flat object schema's properties, where they match their type.
pub fn schema_defaults(schema: &Value) -> Map<String, Value> {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Map::new();
    };
    properties
        .iter()
        .filter_map(|(name, property)| {
            let default = property.get("default")?;
            fits(property, default).then(|| (name.clone(), default.clone()))
        })
        .collect()
}

/// Whether `default` is a valid value of the primitive `property`.
fn fits(property: &Value, default: &Value) -> bool {
    if let Some(choices) = property.get("enum").and_then(Value::as_array) {
        return choices.contains(default);
    }
    match property.get("type").and_then(Value::as_str) {
        Some("string") => default.is_string(),
        Some("integer") => default.is_i64() || default.is_u64(),
        Some("number") => default.is_number(),
        Some("boolean") => default.is_boolean(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn accepts_with_every_primitive_default() {
        let params = json!({
            "message": "please accept",
            "requestedSchema": {
                "type": "object",
                "properties": {
                    "name": { "type": "string", "default": "John Doe" },
                    "age": { "type": "integer", "default": 30 },
                    "score": { "type": "number", "default": 95.5 },
                    "status": { "type": "string", "enum": ["active", "inactive"], "default": "active" },
                    "verified": { "type": "boolean", "default": true },
                    "nickname": { "type": "string" }
                }
            }
        });
        let answer = AcceptWithDefaults.elicit("test", &params).await;
        assert_eq!(
            answer,
            json!({
                "action": "accept",
                "content": { "name": "John Doe", "age": 30, "score": 95.5, "status": "active", "verified": true }
            })
        );
    }

    #[test]
    fn leaves_out_defaults_that_do_not_fit_their_type() {
        let schema = json!({
            "properties": {
                "age": { "type": "integer", "default": 2.5 },
                "status": { "type": "string", "enum": ["a", "b"], "default": "c" },
                "flag": { "type": "boolean", "default": "yes" }
            }
        });
        assert!(schema_defaults(&schema).is_empty());
        assert!(schema_defaults(&json!("not a schema")).is_empty());
    }
}
