//! Roxy against a real small model, offline: llama.cpp's `llama-server` serving
//! SmolLM2-135M-Instruct, both installed by `scripts/real-model.sh` into a cache (about 40
//! minutes of compiling the first time). Opt-in: runs only with `ROXY_REAL_MODEL=1` (cache:
//! `ROXY_MODEL_CACHE`, default `~/.cache/roxy/real-model`); otherwise each test says so and
//! returns. The assertions are about shapes — a parseable call to an offered tool or a text
//! answer, token usage reported — never about the small model's judgement.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use roxy::config::{Config, ConfigSource};
use roxy::llm::{DeclineAll, Interaction};
use roxy::orchestrator::Orchestrator;

/// The cache `scripts/real-model.sh` filled, when the test is asked for.
fn cache() -> Option<PathBuf> {
    if std::env::var("ROXY_REAL_MODEL").as_deref() != Ok("1") {
        eprintln!(
            "skipped: set ROXY_REAL_MODEL=1 after scripts/real-model.sh to run the real-model test"
        );
        return None;
    }
    let cache = std::env::var_os("ROXY_MODEL_CACHE")
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|home| home.join(".cache/roxy/real-model")))
        .expect("a cache directory");
    assert!(
        cache.join("bin/llama-server").exists() && cache.join("model.gguf").exists(),
        "run scripts/real-model.sh first (cache {})",
        cache.display()
    );
    Some(cache)
}

/// `llama-server` on a free loopback port, answering /health.
async fn serve(cache: &std::path::Path) -> (common::http::Peer, String) {
    let port = common::free_port();
    let peer = common::http::Peer::spawn(
        Command::new(cache.join("bin/llama-server"))
            .arg("-m")
            .arg(cache.join("model.gguf"))
            .args([
                "--jinja",
                "-c",
                "4096",
                "-n",
                "128",
                "-t",
                "2",
                "--host",
                "127.0.0.1",
            ])
            .args(["--port", &port.to_string()]),
    );
    let health = format!("http://127.0.0.1:{port}/health");
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if client
            .get(&health)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return (peer, format!("http://127.0.0.1:{port}/v1"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("llama-server did not become healthy within 60 s");
}

fn with_model(base_url: &str, tool_calls: &str) -> (tempfile::TempDir, Orchestrator) {
    let data = tempfile::tempdir().expect("temp dir");
    let mcp = std::fs::read_to_string(common::shipped_config_dir().join("mcp_servers.yaml"))
        .expect("shipped mcp_servers.yaml");
    let roxy = format!(
        "data_dir: {}\nllm:\n  provider: openai_compatible\n  base_url: {base_url}\n  model: smollm2\n  context_window: 4096\n  max_tokens: 128\n  max_steps: 2\n  max_tools: 4\n  tool_calls: {tool_calls}\n  timeout: 300s\n",
        data.path().display()
    );
    let config = Config::from_texts(
        ConfigSource::Embedded,
        common::root(),
        ("<test>/mcp_servers.yaml", &mcp),
        Some(("<test>/roxy.yaml".to_string(), &roxy)),
    )
    .expect("config loads");
    (data, Orchestrator::new(config).expect("orchestrator"))
}

#[tokio::test]
async fn a_real_small_model_answers_with_json_tool_calls_and_streams_natively() {
    let Some(cache) = cache() else { return };
    let (_server, base_url) = serve(&cache).await;
    let interaction = Interaction {
        events: None,
        approver: Arc::new(DeclineAll),
    };

    let (_data, orchestrator) = with_model(&base_url, "json");
    let llm = orchestrator.llm().expect("model configured");
    let answer = llm
        .answer("What time is it in Tokyo? Use a tool.", &[], &interaction)
        .await;
    eprintln!("json mode: {answer:#?}");
    assert!(
        answer.steps >= 1 && answer.usage.input_tokens > 0,
        "{answer:?}"
    );
    for call in &answer.tool_calls {
        // The schema limits `tool` to the offered names, so the call names a real tool.
        assert_ne!(call.decision, "unknown_tool", "{call:?}");
    }
    assert!(
        !answer.tool_calls.is_empty() || !answer.text.trim().is_empty(),
        "neither a call nor a text answer: {answer:?}"
    );
    orchestrator.shutdown().await;

    let (_data, orchestrator) = with_model(&base_url, "native");
    let llm = orchestrator.llm().expect("model configured");
    let answer = llm.answer("Say hello.", &[], &interaction).await;
    eprintln!("native mode: {answer:#?}");
    assert!(answer.usage.input_tokens > 0, "{answer:?}");
    assert!(
        answer.success || !answer.tool_calls.is_empty(),
        "the request failed: {}",
        answer.text
    );
    orchestrator.shutdown().await;
}
