//! The MCP client against real peers over stdio: the official TypeScript "everything" and
//! "filesystem" servers, and a Python SDK (mcp 2.x) server.

mod common;

use std::time::Duration;

use common::*;
use roxy::mcp::CallOptions;
use roxy::mcp::ServerState;
use serde_json::json;

fn everything_config() -> String {
    format!(
        "servers:\n  everything: {{ transport: stdio, command: \"{}\" }}\nstartup: {{ auto_start: [everything] }}\n",
        peer_bin("mcp-server-everything")
    )
}

#[tokio::test]
async fn everything_server_tools_resources_prompts() {
    let (_dir, config) = config_dir(&everything_config());
    let manager = manager(config);
    let started = manager.start_auto_start().await;
    assert!(
        started.iter().all(|(_, r)| r.is_ok()),
        "{:?}",
        started
            .iter()
            .map(|(n, r)| (n, r.as_ref().err().map(|e| e.to_string())))
            .collect::<Vec<_>>()
    );

    let tools = manager.list_tools(false).await;
    let names: Vec<&str> = tools.iter().map(|t| t.tool.name.as_str()).collect();
    assert!(
        names.contains(&"echo") && names.contains(&"get-sum"),
        "{names:?}"
    );
    assert!(
        tools
            .iter()
            .all(|t| t.qualified_name.starts_with("everything__"))
    );

    let echo = manager
        .call_tool("everything", "echo", json!({ "message": "hi there" }))
        .await;
    assert!(echo.success, "{:?}", echo.error);
    assert!(echo.text().contains("hi there"), "{}", echo.text());

    let sum = manager
        .call_tool("everything", "get-sum", json!({ "a": 2, "b": 40 }))
        .await;
    assert!(sum.text().contains("42"), "{}", sum.text());

    let structured = manager
        .call_tool(
            "everything",
            "get-structured-content",
            json!({ "location": "Chicago" }),
        )
        .await;
    assert!(structured.structured_content.is_some(), "{structured:?}");

    read_a_resource_and_get_a_prompt(&manager, "everything").await;
    let templates = manager
        .list_resource_templates("everything")
        .await
        .expect("templates");
    assert!(!templates.is_empty());

    let pid = manager
        .status()
        .into_iter()
        .find(|s| s.name == "everything")
        .and_then(|s| s.pid)
        .expect("pid");
    manager.shutdown().await;
    assert_group_gone(pid).await;
}

#[tokio::test]
async fn progress_notifications_reach_the_caller_and_roots_are_answered() {
    let (_dir, config) = config_dir(&everything_config());
    let manager = manager(config);
    let (progress_tx, mut progress_rx) = tokio::sync::mpsc::unbounded_channel();
    let options = CallOptions {
        progress: Some(progress_tx),
        ..Default::default()
    };
    let result = manager
        .call_tool_with(
            "everything",
            "trigger-long-running-operation",
            json!({ "duration": 1, "steps": 3 }),
            options,
        )
        .await
        .expect("long-running operation");
    assert!(!result.is_error);
    let mut updates = Vec::new();
    while let Ok(progress) = progress_rx.try_recv() {
        updates.push(progress.progress);
    }
    assert_eq!(updates.len(), 3, "progress updates: {updates:?}");

    let roots = manager
        .call_tool("everything", "get-roots-list", json!({}))
        .await;
    // Without `roots:` in roxy.yaml the root is the person's home directory.
    let home = std::env::var("HOME").expect("HOME is set");
    assert!(
        roots.text().contains(&format!("file://{home}")),
        "roots answer: {}",
        roots.text()
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn elicitation_is_declined_where_no_one_can_answer() {
    let (_dir, config) = config_dir(&everything_config());
    let manager = manager(config);
    let result = manager
        .call_tool("everything", "trigger-elicitation-request", json!({}))
        .await;
    assert!(
        result.text().to_lowercase().contains("decline"),
        "{}",
        result.text()
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn filesystem_server_lists_and_reads_a_real_directory() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("notes.txt"), "remember the milk").unwrap();
    let yaml = format!(
        // server-filesystem replaces its directory arguments with the client's roots once it
        // has asked for them, so the roots name the same directory.
        "servers:\n  fs: {{ transport: stdio, command: \"{}\", args: [\"{dir}\"] }}\nroots: [\"{dir}\"]\nstartup: {{ on_demand: [fs] }}\n",
        peer_bin("mcp-server-filesystem"),
        dir = data.path().display()
    );
    let (_dir, config) = config_dir(&yaml);
    let manager = manager(config);
    assert_eq!(
        manager.status()[0].state,
        ServerState::Stopped,
        "on_demand servers wait for their first use"
    );
    let path = data.path().join("notes.txt").display().to_string();
    // Concurrent first calls share one start.
    let (read, listing) = tokio::join!(
        manager.call_tool("fs", "read_text_file", json!({ "path": path })),
        manager.call_tool(
            "fs",
            "list_directory",
            json!({ "path": data.path().display().to_string() })
        ),
    );
    assert!(read.text().contains("remember the milk"), "{read:?}");
    assert!(listing.text().contains("notes.txt"), "{listing:?}");
    assert_eq!(manager.status()[0].restarts, 0);
    let outside = manager
        .call_tool("fs", "read_text_file", json!({ "path": "/etc/passwd" }))
        .await;
    assert!(
        !outside.success,
        "the filesystem server must refuse paths outside its roots"
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn python_sdk_server_over_stdio() {
    let yaml = format!(
        "servers:\n  py: {{ transport: stdio, command: \"{}\", args: [\"{}\"] }}\n",
        python(),
        fixture("python_sdk_server.py")
    );
    let (_dir, config) = config_dir(&yaml);
    let manager = manager(config);
    let sum = manager
        .call_tool("py", "add", json!({ "a": 20, "b": 22 }))
        .await;
    assert!(sum.success, "{sum:?}");
    assert_eq!(sum.structured_content, Some(json!({ "result": 42 })));
    let failing = manager
        .call_tool("py", "fail", json!({ "message": "no such invoice" }))
        .await;
    assert!(!failing.success);
    // mcp 2.x reports the failure without the exception text.
    assert!(
        failing.error.as_deref().unwrap_or("").contains("fail"),
        "{failing:?}"
    );
    let greeting = manager
        .read_resource("py", "fixture://greeting")
        .await
        .unwrap();
    assert_eq!(greeting.contents[0]["text"], "hello from the fixture");
    let prompt = manager
        .get_prompt("py", "review", json!({ "code": "fn main() {}" }))
        .await
        .unwrap();
    assert!(prompt.messages[0].to_string().contains("fn main() {}"));
    assert!(manager.ping("py", Duration::from_secs(5)).await.is_ok());
    manager.shutdown().await;
}
