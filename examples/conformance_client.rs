//! The client the official MCP conformance suite (npm `@modelcontextprotocol/conformance`)
//! drives, built on Roxy's library the way an embedder uses it: an `McpManager` with a one-server
//! config (Streamable HTTP to the given URL) and the accept-with-defaults elicitation handler.
//!
//! The suite runs it with the test server's URL as the last argument and the scenario's name
//! in `MCP_CONFORMANCE_SCENARIO`. Every scenario gets the same, ordinary client behaviour:
//! initialize, list the tools, call each with arguments made from its input schema, close.
//! Exit code 0 means the client saw no error; the suite judges the rest.
//!
//! ```text
//! cd tests/peers && PATH="$PWD/node_modules/.bin:$PATH" conformance client \
//!   --command "../../target/debug/examples/conformance_client" --scenario initialize
//! ```

use std::process::ExitCode;
use std::sync::Arc;

use roxy::config::{Config, ConfigSource};
use roxy::mcp::elicitation::AcceptWithDefaults;
use roxy::mcp::{CallOptions, McpManager};
use serde_json::{Map, Value, json};

const SERVER: &str = "conformance";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let Some(url) = std::env::args().skip(1).next_back() else {
        eprintln!(
            "usage: conformance_client SERVER_URL (MCP_CONFORMANCE_SCENARIO names the scenario)"
        );
        return ExitCode::FAILURE;
    };
    let scenario = std::env::var("MCP_CONFORMANCE_SCENARIO").unwrap_or_default();
    match run(&url).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("conformance client ({scenario}): {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    // The suite's server listens on loopback: `external: false` keeps the privacy gateway
    // from rewriting the suite's test values.
    let yaml = format!(
        "servers:\n  {SERVER}:\n    transport: http\n    url: {}\n    external: false\n",
        json!(url)
    );
    let config = Config::from_texts(
        ConfigSource::Embedded,
        std::env::current_dir()?,
        ("<conformance client>", &yaml),
        None,
    )?;
    let manager = McpManager::with_elicitation(Arc::new(config), Arc::new(AcceptWithDefaults));
    let outcome = call_every_tool(&manager).await;
    manager.shutdown().await;
    outcome
}

async fn call_every_tool(manager: &McpManager) -> Result<(), Box<dyn std::error::Error>> {
    for info in manager.server_tools(SERVER).await? {
        let arguments = sample_arguments(&info.tool.input_schema);
        let result = manager
            .call_tool_with(SERVER, &info.tool.name, arguments, CallOptions::default())
            .await?;
        eprintln!("{}: {}", info.tool.name, result.text());
    }
    Ok(())
}

/// A value for every required property of an input schema, by type.
fn sample_arguments(schema: &Value) -> Value {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties = schema.get("properties").and_then(Value::as_object);
    let arguments: Map<String, Value> = required
        .into_iter()
        .map(|name| {
            let kind = properties
                .and_then(|p| p.get(name))
                .and_then(|p| p.get("type"))
                .and_then(Value::as_str);
            let value = match kind {
                Some("number") | Some("integer") => json!(2),
                Some("boolean") => json!(true),
                Some("array") => json!([]),
                Some("object") => json!({}),
                _ => json!("roxy"),
            };
            (name.to_string(), value)
        })
        .collect();
    Value::Object(arguments)
}
