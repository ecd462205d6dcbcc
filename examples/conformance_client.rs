//! The client the official MCP conformance suite (npm `@modelcontextprotocol/conformance`)
//! drives, built on Roxy's library the way an embedder uses it: an `McpManager` with a one-server
//! config (Streamable HTTP to the given URL) and the accept-with-defaults elicitation handler.
//!
//! The suite runs it with the test server's URL as the last argument and the scenario's name
//! in `MCP_CONFORMANCE_SCENARIO`. Every scenario gets the same, ordinary client behaviour:
//! initialize, list the tools, call each with arguments made from its input schema, close.
//! Exit code 0 means the client saw no error; the suite judges the rest.
//!
//! Auth scenarios: the client may open a browser (`roxy::mcp::auth::allow_browser`), and its
//! "browser" is this program run as `conformance_client --browse URL` (through
//! `ROXY_OAUTH_BROWSER`): it GETs the authorization URL and follows the suite's redirect into
//! Roxy's loopback listener, as a person's browser would. `MCP_CONFORMANCE_CONTEXT` (client
//! ids, secrets, keys) becomes the server's `oauth:` block; tokens go to a temporary data
//! directory.
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
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, url] = arguments.as_slice()
        && flag == "--browse"
    {
        return browse(url).await;
    }
    let Some(url) = arguments.last() else {
        eprintln!(
            "usage: conformance_client SERVER_URL (MCP_CONFORMANCE_SCENARIO names the scenario)"
        );
        return ExitCode::FAILURE;
    };
    let scenario = std::env::var("MCP_CONFORMANCE_SCENARIO").unwrap_or_default();
    match run(url, &scenario).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("conformance client ({scenario}): {error}");
            ExitCode::FAILURE
        }
    }
}

/// The test browser: follows the authorization server's redirects (to the loopback listener).
async fn browse(url: &str) -> ExitCode {
    match reqwest::get(url).await {
        Ok(response) if response.status().is_success() => ExitCode::SUCCESS,
        Ok(response) => {
            eprintln!("browser: {url} ended at {}", response.status());
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("browser: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(url: &str, scenario: &str) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = tempfile::tempdir()?;
    roxy::mcp::auth::allow_browser(true);
    let browser = format!("{} --browse", std::env::current_exe()?.display());
    // SAFETY: set before any thread of this program reads the environment.
    unsafe { std::env::set_var(roxy::mcp::auth::BROWSER_VARIABLE, browser) };
    // The suite's server listens on loopback: `external: false` keeps the privacy gateway
    // from rewriting the suite's test values.
    let server = json!({
        "transport": "http",
        "url": url,
        "external": false,
        // One attempt: a scenario that refuses the client (auth/scope-retry-limit) must see
        // it give up, not restart the server until the suite's timeout.
        "restart": { "max_retries": 0 },
        "oauth": oauth_block(scenario),
    });
    let yaml = json!({ "servers": { SERVER: server } }).to_string();
    let roxy_yaml = json!({ "data_dir": data_dir.path() }).to_string();
    let config = Config::from_texts(
        ConfigSource::Embedded,
        std::env::current_dir()?,
        ("<conformance client>", &yaml),
        Some(("<conformance roxy.yaml>".to_string(), &roxy_yaml)),
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

/// The `oauth:` block for a scenario, from `MCP_CONFORMANCE_CONTEXT`. The suite fixes the
/// client ID metadata document URL.
fn oauth_block(scenario: &str) -> Value {
    let context: Value = std::env::var("MCP_CONFORMANCE_CONTEXT")
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let text = |key: &str| context.get(key).cloned().unwrap_or(Value::Null);
    let mut oauth = json!({
        "client_metadata_url": "https://conformance-test.local/client-metadata.json",
    });
    let fields = [
        ("client_id", "client_id"),
        ("client_secret", "client_secret"),
        ("private_key", "private_key_pem"),
        ("signing_algorithm", "signing_algorithm"),
        ("idp_token_endpoint", "idp_token_endpoint"),
        ("idp_client_id", "idp_client_id"),
        ("idp_id_token", "idp_id_token"),
    ];
    for (key, from) in fields {
        if !text(from).is_null() {
            oauth[key] = text(from);
        }
    }
    if !text("idp_id_token").is_null() {
        oauth["grant"] = json!("id_jag");
    } else if scenario.starts_with("auth/client-credentials") {
        oauth["grant"] = json!("client_credentials");
    }
    oauth
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
