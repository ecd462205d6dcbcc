//! Every message Roxy sends validates against the MCP JSON schema of the negotiated version
//! (../shared/mcp-schema). A tee between Roxy and a real server records the wire.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::*;
use roxy::mcp::CallOptions;
use serde_json::{Value, json};

/// Validates recorded client messages against one protocol version's schema.
struct WireChecker {
    schema: Value,
    defs_key: &'static str,
    request_defs: HashMap<String, String>,
    notification_defs: HashMap<String, String>,
}

impl WireChecker {
    fn new(version: &str) -> Self {
        let schema = mcp_schema(version);
        let defs_key = if schema.get("$defs").is_some() {
            "$defs"
        } else {
            "definitions"
        };
        let mut request_defs = HashMap::new();
        let mut notification_defs = HashMap::new();
        for (name, def) in schema[defs_key].as_object().unwrap() {
            if let Some(method) = def
                .pointer("/properties/method/const")
                .and_then(Value::as_str)
            {
                if name.ends_with("Request") {
                    request_defs.insert(method.to_string(), name.clone());
                } else if name.ends_with("Notification") {
                    notification_defs.insert(method.to_string(), name.clone());
                }
            }
        }
        WireChecker {
            schema,
            defs_key,
            request_defs,
            notification_defs,
        }
    }

    fn check(&self, definition: &str, instance: &Value) -> Result<(), String> {
        let mut schema = self.schema.clone();
        schema["$ref"] = json!(format!("#/{}/{definition}", self.defs_key));
        let validator = jsonschema::validator_for(&schema)
            .map_err(|e| format!("schema does not compile: {e}"))?;
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!("{definition}: {}", errors.join("; ")))
        }
    }

    /// Checks every line; `answered` maps ids of server requests to their method.
    fn check_wire(&self, wire: &str, answered: &HashMap<Value, String>) -> Vec<String> {
        let mut problems = Vec::new();
        for line in wire.lines().filter(|l| !l.trim().is_empty()) {
            let message: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("Roxy sent invalid JSON ({e}): {line}"));
            let method = message.get("method").and_then(Value::as_str);
            let verdict = match (method, message.get("id")) {
                (Some(method), Some(_)) => match self.request_defs.get(method) {
                    Some(def) => self.check(def, &message),
                    None => Err(format!(
                        "Roxy sent request `{method}`, which this version does not define"
                    )),
                },
                (Some(method), None) => match self.notification_defs.get(method) {
                    Some(def) => self.check(def, &message),
                    None => Err(format!(
                        "Roxy sent notification `{method}`, which this version does not define"
                    )),
                },
                (None, Some(id)) if message.get("error").is_some() => {
                    let def = if self.schema[self.defs_key]
                        .get("JSONRPCErrorResponse")
                        .is_some()
                    {
                        "JSONRPCErrorResponse"
                    } else {
                        "JSONRPCError"
                    };
                    let _ = answered.get(id);
                    self.check(def, &message)
                }
                (None, Some(id)) => {
                    let result_def = match answered.get(id).map(String::as_str) {
                        Some("roots/list") => "ListRootsResult",
                        Some("elicitation/create") => "ElicitResult",
                        _ => "Result",
                    };
                    self.check("JSONRPCResponse", &message)
                        .and_then(|()| self.check(result_def, &message["result"]))
                }
                (None, None) => Err("neither a request, a notification nor a response".into()),
            };
            if let Err(problem) = verdict {
                problems.push(format!("{problem}\n    message: {line}"));
            }
        }
        problems
    }
}

fn server_request_ids(methods: &[(i64, &str)]) -> HashMap<Value, String> {
    methods
        .iter()
        .map(|(id, m)| (json!(id), m.to_string()))
        .collect()
}

#[tokio::test]
async fn messages_sent_to_the_everything_server_validate_against_2025_11_25() {
    let wire = tempfile::NamedTempFile::new().unwrap();
    let yaml = format!(
        "servers:\n  everything: {{ transport: stdio, command: \"{}\", args: [\"{}\", \"{}\", \"{}\"] }}\n",
        python(),
        fixture("tee_stdio.py"),
        wire.path().display(),
        peer_bin("mcp-server-everything")
    );
    let (_dir, config) = config_dir(&yaml);
    let manager = manager(config);
    manager.start("everything").await.expect("started");
    let handshake = manager.initialize_result("everything").expect("running");
    assert_eq!(handshake.protocol_version, "2025-11-25");
    manager
        .call_tool("everything", "echo", json!({ "message": "x" }))
        .await;
    manager
        .call_tool("everything", "get-roots-list", json!({}))
        .await;
    manager
        .call_tool("everything", "trigger-elicitation-request", json!({}))
        .await;
    let (progress, _rx) = tokio::sync::mpsc::unbounded_channel();
    let _ = manager
        .call_tool_with(
            "everything",
            "trigger-long-running-operation",
            json!({ "duration": 1, "steps": 2 }),
            CallOptions {
                progress: Some(progress),
                ..Default::default()
            },
        )
        .await;
    // A timed-out request makes Roxy send notifications/cancelled.
    let _ = manager
        .call_tool_with(
            "everything",
            "trigger-long-running-operation",
            json!({ "duration": 2, "steps": 1 }),
            CallOptions {
                timeout: Some(Duration::from_millis(50)),
                ..Default::default()
            },
        )
        .await;
    let resources = manager.list_resources("everything").await.unwrap();
    manager
        .read_resource("everything", &resources[0].uri)
        .await
        .unwrap();
    manager.list_resource_templates("everything").await.unwrap();
    manager.list_prompts("everything").await.unwrap();
    manager
        .ping("everything", Duration::from_secs(5))
        .await
        .unwrap();
    manager.shutdown().await;

    let recorded = std::fs::read_to_string(wire.path()).unwrap();
    for method in [
        "initialize",
        "notifications/initialized",
        "tools/call",
        "notifications/cancelled",
        "resources/read",
        "prompts/list",
        "ping",
    ] {
        assert!(
            recorded.contains(&format!("\"{method}\"")),
            "`{method}` was never sent; wire:\n{recorded}"
        );
    }
    assert!(
        recorded.contains("\"progressToken\""),
        "no progress token was sent"
    );
    // The everything server's own request ids for roots/list and elicitation are not known
    // up front: responses are checked against the generic Result there.
    let problems = WireChecker::new("2025-11-25").check_wire(&recorded, &HashMap::new());
    assert!(
        problems.is_empty(),
        "{} invalid message(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn messages_validate_for_every_version_roxy_accepts() {
    for version in roxy::mcp::protocol::SUPPORTED_PROTOCOL_VERSIONS {
        let wire = tempfile::NamedTempFile::new().unwrap();
        let yaml = format!(
            "servers:\n  asker: {{ transport: stdio, command: \"{}\", args: [\"{}\", \"{}\", \"{}\", \"{}\", server-request], env: {{ FIXTURE_VERSION: \"{version}\" }} }}\nroots: [/tmp]\n",
            python(),
            fixture("tee_stdio.py"),
            wire.path().display(),
            python(),
            fixture("misbehaving_server.py"),
        );
        let (_dir, config) = config_dir(&yaml);
        let manager = manager(config);
        manager.start("asker").await.expect("started");
        let handshake = manager.initialize_result("asker").expect("running");
        assert_eq!(handshake.protocol_version, version);
        let result = manager.call_tool("asker", "echo", json!({})).await;
        assert!(result.success, "{result:?}");
        manager.ping("asker", Duration::from_secs(5)).await.unwrap();
        manager.shutdown().await;

        let recorded = std::fs::read_to_string(wire.path()).unwrap();
        // The fixture numbers its requests 1001 (sampling), 1002 (ping), 1003 (roots/list).
        let answered = server_request_ids(&[
            (1001, "sampling/createMessage"),
            (1002, "ping"),
            (1003, "roots/list"),
        ]);
        let problems = WireChecker::new(version).check_wire(&recorded, &answered);
        assert!(
            problems.is_empty(),
            "version {version}: {} invalid message(s):\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn the_checker_rejects_what_the_schema_forbids() {
    let checker = WireChecker::new("2025-11-25");
    let no_client_info = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{}}}"#;
    let string_progress = r#"{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":"half"}}"#;
    let unknown = r#"{"jsonrpc":"2.0","id":2,"method":"tools/explode"}"#;
    for line in [no_client_info, string_progress, unknown] {
        assert_eq!(
            checker.check_wire(line, &HashMap::new()).len(),
            1,
            "accepted: {line}"
        );
    }
}
