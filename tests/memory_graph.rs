//! The built-in knowledge-graph memory (`python_servers/roxy_memory.py`, embedded) against the
//! official MCP memory server (npm `@modelcontextprotocol/server-memory`) it replaces in the
//! default config: the same tools with the same arguments, the same answers to the same calls,
//! and one file format that either server reads.

mod common;

use std::collections::BTreeMap;

use common::python::Project;
use roxy::mcp::{McpManager, ToolCallResult};
use serde_json::{Value, json};

/// The official server over stdio with its graph in `file`.
fn official(file: &std::path::Path) -> String {
    format!(
        "{{ transport: stdio, command: node, args: [\"{}\"], env: {{ MEMORY_FILE_PATH: \"{}\" }} }}",
        common::root()
            .join("tests/peers/node_modules/@modelcontextprotocol/server-memory/dist/index.js")
            .display(),
        file.display()
    )
}

/// What a caller sees of a result: whether it worked and its structured answer (or, for an
/// error, that it names the entity).
fn seen(result: &ToolCallResult) -> Value {
    json!({ "success": result.success, "structured": result.structured_content })
}

#[tokio::test]
async fn answers_like_the_official_memory_server() {
    let project = Project::new(".venv");
    let official_file = project.path("data/official.jsonl");
    let config = project.config(&[
        ("official", official(&official_file)),
        (
            "embedded",
            "{ transport: python, module: roxy_memory }".into(),
        ),
    ]);
    let manager = McpManager::new(std::sync::Arc::new(config.clone()));

    let schemas = |server: &'static str| {
        let manager = manager.clone();
        async move {
            manager
                .server_tools(server)
                .await
                .unwrap_or_else(|e| panic!("{server} lists no tools: {e}"))
                .into_iter()
                .map(|info| {
                    let schema = &info.tool.input_schema;
                    let mut properties: Vec<String> = schema["properties"]
                        .as_object()
                        .map(|p| p.keys().cloned().collect())
                        .unwrap_or_default();
                    properties.sort();
                    (
                        info.tool.name.clone(),
                        (properties, schema["required"].clone()),
                    )
                })
                .collect::<BTreeMap<_, _>>()
        }
    };
    let official_tools = schemas("official").await;
    assert_eq!(official_tools.len(), 9, "{official_tools:?}");
    assert_eq!(schemas("embedded").await, official_tools);

    let calls = [
        (
            "create_entities",
            json!({"entities": [
                {"name": "Ada", "entityType": "person", "observations": ["likes tea", "writes programs"]},
                {"name": "Grace", "entityType": "person", "observations": ["found a moth"]},
                {"name": "Zürich", "entityType": "city", "observations": []}
            ]}),
        ),
        (
            "create_entities",
            json!({"entities": [{"name": "Ada", "entityType": "robot", "observations": []}]}),
        ),
        (
            "create_relations",
            json!({"relations": [
                {"from": "Ada", "to": "Grace", "relationType": "knows"},
                {"from": "Grace", "to": "Zürich", "relationType": "lives in"}
            ]}),
        ),
        (
            "create_relations",
            json!({"relations": [{"from": "Ada", "to": "Grace", "relationType": "knows"}]}),
        ),
        (
            "add_observations",
            json!({"observations": [{"entityName": "Ada", "contents": ["likes tea", "rides a bike"]}]}),
        ),
        (
            "add_observations",
            json!({"observations": [{"entityName": "Nobody", "contents": ["x"]}]}),
        ),
        ("search_nodes", json!({"query": "TEA"})),
        ("search_nodes", json!({"query": "city"})),
        ("search_nodes", json!({"query": "nothing like this"})),
        ("open_nodes", json!({"names": ["Grace", "Unknown"]})),
        (
            "delete_observations",
            json!({"deletions": [{"entityName": "Ada", "observations": ["writes programs"]}]}),
        ),
        (
            "delete_relations",
            json!({"relations": [{"from": "Ada", "to": "Grace", "relationType": "knows"}]}),
        ),
        ("read_graph", json!({})),
        ("delete_entities", json!({"entityNames": ["Grace"]})),
        ("read_graph", json!({})),
    ];
    for (tool, arguments) in calls {
        let expected = manager.call_tool("official", tool, arguments.clone()).await;
        let actual = manager.call_tool("embedded", tool, arguments.clone()).await;
        assert_eq!(
            seen(&actual),
            seen(&expected),
            "{tool} {arguments}: embedded said {}, official said {}",
            actual.text(),
            expected.text()
        );
        if !expected.success {
            assert!(actual.text().contains("Nobody"), "{}", actual.text());
        }
    }

    // The official server reads the graph the embedded one wrote.
    let reader = project.config(&[("reader", official(&project.path("data/memory-graph.jsonl")))]);
    let reader = McpManager::new(std::sync::Arc::new(reader));
    let read_back = reader.call_tool("reader", "read_graph", json!({})).await;
    let embedded_graph = manager.call_tool("embedded", "read_graph", json!({})).await;
    reader.shutdown().await;
    manager.shutdown().await;
    assert!(read_back.success, "{}", read_back.text());
    assert_eq!(
        read_back.structured_content,
        embedded_graph.structured_content
    );
    assert_eq!(
        embedded_graph
            .structured_content
            .as_ref()
            .map(|g| g["entities"].as_array().map(Vec::len)),
        Some(Some(2))
    );
}

/// Changes from processes that share the graph file all land: six one-shot `roxy call`s
/// started together each add an entity (without the lock around a change, each wrote the graph
/// it had read plus its own entity over the others' changes, and some were lost although
/// every call had answered that it worked).
#[test]
fn changes_from_processes_sharing_the_graph_all_land() {
    let project = Project::new(".venv");
    let config_dir = project.config_dir(
        &[("graph", "{ transport: python, module: roxy_memory }".into())],
        &[],
    );
    let expected: Vec<String> = (1..=6).map(|n| format!("Person{n}")).collect();
    let calls: Vec<std::process::Child> = expected
        .iter()
        .map(|name| {
            let entities = json!({"entities": [
                {"name": name, "entityType": "person", "observations": [format!("{name} exists")]}
            ]});
            std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
                .arg("--config")
                .arg(&config_dir)
                .args(["call", "graph", "create_entities", &entities.to_string()])
                .env("ROXY_DATA_DIR", project.path("data"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("run roxy call")
        })
        .collect();
    for call in calls {
        let output = call.wait_with_output().expect("wait for roxy call");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let graph = std::fs::read_to_string(project.path("data/memory-graph.jsonl")).expect("graph");
    let mut names: Vec<String> = graph
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|item| item["name"].as_str().map(String::from))
        .collect();
    names.sort();
    assert_eq!(names, expected, "{graph}");
}
