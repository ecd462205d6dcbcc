//! The language-model loop against a scripted fake model server on loopback (real wire
//! formats, streamed event by event) and the real servers of the default config (`roxy_system`
//! embedded Python, `memory` the official Node server). Every request the fake receives is
//! checked: each tool result answers an earlier call, each call is answered once, and no raw
//! personal value is sent when the conversation is redacted.

mod common;

use std::sync::Arc;

use common::llm::{FakeModel, Format, Reply, anthropic_text, fixture, openai_calls, openai_text};
use roxy::config::{Config, ConfigSource};
use roxy::llm::{Answer, ApproveAll, Approver, DeclineAll, Event, Interaction};
use roxy::orchestrator::Orchestrator;
use serde_json::{Value, json};
use tokio::sync::mpsc;

/// An orchestrator over the shipped servers with `llm:` set to `llm_yaml` (indented lines).
fn orchestrator(llm_yaml: Option<&str>) -> (tempfile::TempDir, Orchestrator) {
    let data = tempfile::tempdir().expect("temp dir");
    let mcp = std::fs::read_to_string(common::shipped_config_dir().join("mcp_servers.yaml"))
        .expect("shipped mcp_servers.yaml");
    let mut roxy = format!("data_dir: {}\n", data.path().display());
    if let Some(llm) = llm_yaml {
        roxy.push_str(&format!("llm:\n{llm}"));
    }
    let config = Config::from_texts(
        ConfigSource::Embedded,
        common::root(),
        ("<test>/mcp_servers.yaml", &mcp),
        Some(("<test>/roxy.yaml".to_string(), &roxy)),
    )
    .unwrap_or_else(|e| panic!("test config does not load: {e}\n{roxy}"));
    (data, Orchestrator::new(config).expect("orchestrator"))
}

fn openai(base_url: &str, extra: &str) -> String {
    format!("  provider: openai_compatible\n  base_url: {base_url}\n  model: test-model\n{extra}")
}

/// Answers `input` with the model at `fake`, collecting the events.
async fn answer_with(
    orchestrator: &Orchestrator,
    input: &str,
    history: &[(String, String)],
    approver: Arc<dyn Approver>,
) -> (Answer, Vec<Event>) {
    let (events, mut received) = mpsc::unbounded_channel();
    let interaction = Interaction {
        events: Some(events),
        approver,
    };
    let llm = orchestrator.llm().expect("the model is configured");
    let answer = llm.answer(input, history, &interaction).await;
    drop(interaction);
    let mut seen = Vec::new();
    while let Some(event) = received.recv().await {
        seen.push(event);
    }
    (answer, seen)
}

async fn answer(orchestrator: &Orchestrator, input: &str) -> (Answer, Vec<Event>) {
    answer_with(orchestrator, input, &[], Arc::new(DeclineAll)).await
}

fn streamed(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn decisions(answer: &Answer) -> Vec<&str> {
    answer.tool_calls.iter().map(|c| c.decision).collect()
}

/// The last message of a recorded request.
fn last_message(request: &Value) -> &Value {
    request["messages"]
        .as_array()
        .and_then(|m| m.last())
        .expect("messages")
}

#[tokio::test]
async fn a_call_in_fragments_runs_and_the_answer_streams() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[(
                "call_1",
                "roxy_system__current_time",
                &["{\"timez", "one\": \"Asia/", "Tokyo\"}"],
            )]),
            openai_text(&["It is ", "late in ", "Tokyo."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, events) = answer(&orchestrator, "what time is it in tokyo").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert!(answer.success, "{answer:?}");
    assert_eq!(answer.text, "It is late in Tokyo.");
    assert_eq!(streamed(&events), answer.text);
    assert_eq!(decisions(&answer), ["ran"]);
    assert_eq!(
        answer.tool_calls[0].arguments,
        json!({ "timezone": "Asia/Tokyo" })
    );
    assert!(events.contains(&Event::ToolCall {
        name: "roxy_system__current_time".into(),
        arguments: "{\"timezone\":\"Asia/Tokyo\"}".into(),
    }));
    assert_eq!((answer.steps, answer.usage.input_tokens), (2, 120));
    let requests = fake.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0]["options"]["num_ctx"], 16384);
    assert!(
        requests[0]["tools"]
            .as_array()
            .expect("tools offered")
            .iter()
            .any(|t| t["function"]["name"] == "roxy_system__current_time")
    );
    let result = last_message(&requests[1]);
    assert_eq!(
        (result["role"].as_str(), result["tool_call_id"].as_str()),
        (Some("tool"), Some("call_1"))
    );
    assert!(
        result["content"]
            .as_str()
            .unwrap_or_default()
            .contains("Asia/Tokyo"),
        "{result}"
    );
}

#[tokio::test]
async fn parallel_calls_are_all_answered_in_order() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            fixture("openai_parallel_calls.sse"),
            openai_text(&["Done."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer(&orchestrator, "time in tokyo and my bike").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    let tools: Vec<&str> = answer.tool_calls.iter().map(|c| c.tool.as_str()).collect();
    assert_eq!(tools, ["roxy_system__current_time", "memory__search_nodes"]);
    assert_eq!(decisions(&answer), ["ran", "ran"]);
    let messages = fake.requests()[1]["messages"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let ids: Vec<&str> = messages
        .iter()
        .filter(|m| m["role"] == "tool")
        .filter_map(|m| m["tool_call_id"].as_str())
        .collect();
    assert_eq!(ids, ["call_time_tokyo", "call_memory_bike"]);
}

#[tokio::test]
async fn a_model_that_keeps_calling_is_stopped_at_max_steps() {
    let call = |id: &'static str, zone: &'static str| {
        openai_calls(&[(id, "roxy_system__current_time", &[zone])])
    };
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            call("a", "{\"timezone\": \"UTC\"}"),
            call("b", "{\"timezone\": \"Europe/Paris\"}"),
            call("c", "{\"timezone\": \"Asia/Tokyo\"}"),
            openai_text(&["never asked for"]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "  max_steps: 3\n")));
    let (answer, _) = answer(&orchestrator, "time everywhere").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(fake.requests().len(), 3);
    assert!(!answer.success);
    assert!(
        answer.text.contains("stopped after 3 model requests"),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn invalid_arguments_and_unknown_tools_go_back_to_the_model() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[
                ("c1", "roxy_system__current_time", &["{not json"]),
                ("c2", "roxy_system__current_tme", &["{}"]),
            ]),
            openai_text(&["Sorry."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, events) = answer(&orchestrator, "time").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(decisions(&answer), ["invalid_arguments", "unknown_tool"]);
    assert!(
        !events.iter().any(|e| matches!(e, Event::ToolCall { .. })),
        "nothing ran"
    );
    let messages = fake.requests()[1]["messages"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let results: Vec<&str> = messages
        .iter()
        .filter(|m| m["role"] == "tool")
        .filter_map(|m| m["content"].as_str())
        .collect();
    assert!(results[0].contains("not valid JSON"), "{results:?}");
    assert!(
        results[1].contains("did you mean `roxy_system__current_time`"),
        "{results:?}"
    );
    assert_eq!(answer.text, "Sorry.");
}

#[tokio::test]
async fn the_third_identical_call_in_a_row_is_not_run() {
    let same = |id: &'static str| {
        openai_calls(&[(
            id,
            "roxy_system__current_time",
            &["{\"timezone\": \"UTC\"}"],
        )])
    };
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            same("c1"),
            same("c2"),
            same("c3"),
            openai_text(&["It is some time."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer(&orchestrator, "time in utc").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(decisions(&answer), ["ran", "ran", "repeated"]);
    let requests = fake.requests();
    let result = last_message(&requests[3]);
    assert!(
        result["content"]
            .as_str()
            .unwrap_or_default()
            .contains("you already did this"),
        "{result}"
    );
    assert!(answer.success);
}

#[tokio::test]
async fn calls_that_need_approval_are_declined_and_the_model_is_told() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[
                (
                    "d1",
                    "memory__delete_entities",
                    &["{\"entityNames\": [\"bike\"]}"],
                ),
                ("d2", "roxy_system__current_time", &["{}"]),
            ]),
            openai_text(&["I did not delete anything."]),
        ],
        &[],
    )
    .await;
    // current_time is read-only, so only the pattern makes it ask.
    let (_data, orchestrator) = orchestrator(Some(&openai(
        &fake.base_url,
        "  approval: { tools: { \"roxy_system__current_*\": ask } }\n",
    )));
    let (answer, events) = answer(&orchestrator, "forget my bike").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(decisions(&answer), ["declined", "declined"]);
    assert!(!events.iter().any(|e| matches!(e, Event::ToolCall { .. })));
    let messages = fake.requests()[1]["messages"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for result in messages.iter().filter(|m| m["role"] == "tool") {
        let text = result["content"].as_str().unwrap_or_default();
        assert!(
            text.contains("declined") && text.contains("Do not call it again"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn approved_calls_run() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[(
                "m1",
                "memory__create_entities",
                &["{\"entities\": [{\"name\": \"bike\", \"entityType\": \"thing\", \"observations\": [\"code 4242\"]}]}"],
            )]),
            openai_text(&["Saved."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer_with(
        &orchestrator,
        "note my bike code",
        &[],
        Arc::new(ApproveAll),
    )
    .await;
    let graph = orchestrator
        .manager()
        .call_tool("memory", "read_graph", json!({}))
        .await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(decisions(&answer), ["ran"]);
    assert!(graph.text().contains("code 4242"), "{}", graph.text());
}

#[tokio::test]
async fn a_redacted_conversation_sends_placeholders_and_shows_the_values() {
    let email = "ada.lovelace@example.org";
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[(
                "p1",
                "roxy_system__current_time",
                &["{\"timezone\": \"<EMAIL_", "ADDRESS_1>\"}"],
            )]),
            openai_text(&["I noted <EMAIL_", "ADDRESS_1> for you."]),
        ],
        &[email],
    )
    .await;
    let (data, orchestrator) = orchestrator(Some(&openai(
        &fake.base_url,
        "  privacy: { redact: always }\n",
    )));
    let (answer, events) = answer(&orchestrator, &format!("what time is it for {email}")).await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(answer.text, format!("I noted {email} for you."));
    assert_eq!(streamed(&events), answer.text);
    assert_eq!(
        answer.tool_calls[0].arguments["timezone"], email,
        "restored before the tool ran"
    );
    let requests = fake.requests();
    assert!(requests[0].to_string().contains("<EMAIL_ADDRESS_1>"));
    // The system message is Roxy's own words, sent as written: its example tokens were taken
    // for look-alikes and rewritten as `<PLACEHOLDER_1>`.
    let system = requests[0]["messages"][0]["content"]
        .as_str()
        .unwrap_or_default();
    assert!(system.contains("Copy such tokens exactly"), "{system}");
    assert!(
        system.contains("tokens such as <EMAIL_ADDRESS_1> or <PERSON_2>."),
        "{system}"
    );
    let audit =
        std::fs::read_to_string(data.path().join("privacy/audit.jsonl")).expect("audit log");
    assert!(
        audit.contains("127.0.0.1") && audit.contains("EMAIL_ADDRESS"),
        "{audit}"
    );
}

#[tokio::test]
async fn rate_limits_are_retried() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            Reply::Status {
                status: 429,
                body: "{\"error\": {\"message\": \"slow down\"}}".into(),
                retry_after: Some(0),
            },
            openai_text(&["Fine."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer(&orchestrator, "hello").await;
    orchestrator.shutdown().await;
    assert_eq!((answer.text.as_str(), fake.requests().len()), ("Fine.", 2));
}

#[tokio::test]
async fn a_stream_cut_mid_call_runs_nothing() {
    let Reply::Events(mut events) = openai_calls(&[(
        "x1",
        "memory__create_entities",
        &["{\"entities\": [", "{\"name\": \"x\"}]}"],
    )]) else {
        unreachable!()
    };
    events.truncate(2);
    let fake = FakeModel::start(Format::OpenAi, vec![Reply::Events(events)], &[]).await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer_with(&orchestrator, "save x", &[], Arc::new(ApproveAll)).await;
    orchestrator.shutdown().await;
    assert!(!answer.success);
    assert!(answer.text.contains("broke off"), "{}", answer.text);
    assert!(answer.tool_calls.is_empty());
    assert_eq!(fake.requests().len(), 1);
}

#[tokio::test]
async fn server_errors_are_shown_verbatim_with_a_hint() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![Reply::Status {
            status: 500,
            body: "{\"error\":{\"code\":500,\"message\":\"tools param requires --jinja flag\",\"type\":\"server_error\"}}".into(),
            retry_after: None,
        }],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, _) = answer(&orchestrator, "hello").await;
    orchestrator.shutdown().await;
    assert!(!answer.success);
    assert!(
        answer.text.contains("tools param requires --jinja flag"),
        "{}",
        answer.text
    );
    assert!(
        answer
            .text
            .contains("hint: start llama-server with --jinja"),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn the_context_is_trimmed_by_whole_turns() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_calls(&[("t1", "roxy_system__current_time", &["{}"])]),
            openai_text(&["Now."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(
        &fake.base_url,
        "  context_window: 1500\n  max_tokens: 100\n  max_tools: 1\n",
    )));
    let history: Vec<(String, String)> = (0..4)
        .map(|n| {
            (
                format!("question {n} {}", "q".repeat(1000)),
                format!("answer {n} {}", "a".repeat(1000)),
            )
        })
        .collect();
    let (answer, _) = answer_with(
        &orchestrator,
        "what time is it",
        &history,
        Arc::new(DeclineAll),
    )
    .await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert!(answer.success, "{answer:?}");
    for request in fake.requests() {
        let messages = request["messages"].as_array().cloned().unwrap_or_default();
        let roles: Vec<&str> = messages.iter().filter_map(|m| m["role"].as_str()).collect();
        assert!(messages.len() < 10, "nothing was dropped: {roles:?}");
        assert_eq!(roles[1], "user", "{roles:?}");
        let text = request.to_string();
        assert!(!text.contains("question 0"), "the oldest turn stays");
        assert!(text.contains("what time is it"));
        // Every past question kept still has its answer.
        for n in 0..4 {
            assert_eq!(
                text.contains(&format!("question {n}")),
                text.contains(&format!("answer {n}"))
            );
        }
    }
}

#[tokio::test]
async fn recorded_ollama_and_llama_cpp_shapes_are_understood() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            fixture("ollama_tool_call.json"),
            fixture("llamacpp_think_text.sse"),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let (answer, events) = answer(&orchestrator, "time in paris").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(
        answer.tool_calls[0].arguments,
        json!({ "timezone": "Europe/Paris" })
    );
    assert_eq!(decisions(&answer), ["ran"]);
    assert_eq!(answer.text, "Hello there!");
    assert_eq!(streamed(&events), "Hello there!");
}

#[tokio::test]
async fn anthropic_messages_stream_tool_use_and_results() {
    let fake = FakeModel::start(
        Format::Anthropic,
        vec![
            fixture("anthropic_tool_use.sse"),
            anthropic_text(&["It is morning in ", "San Francisco."]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&format!(
        "  provider: anthropic\n  base_url: {}\n  model: claude-test\n  api_key: test-key\n",
        fake.base_url
    )));
    let (answer, events) = answer(&orchestrator, "what's the time in san francisco").await;
    orchestrator.shutdown().await;
    fake.assert_invariants();
    assert_eq!(decisions(&answer), ["ran"]);
    assert_eq!(
        answer.tool_calls[0].arguments,
        json!({ "timezone": "America/Los_Angeles" })
    );
    assert_eq!(answer.text, "It is morning in San Francisco.");
    assert!(streamed(&events).contains("Let me check the time."));
    let requests = fake.requests();
    assert!(
        requests[0]["system"]
            .as_str()
            .unwrap_or_default()
            .starts_with("You are Roxy")
    );
    assert_eq!(requests[0]["max_tokens"], 1024);
    assert!(requests[0]["tools"][0]["input_schema"].is_object());
    let result = last_message(&requests[1]);
    assert_eq!(result["role"], "user");
    assert_eq!(
        result["content"][0]["tool_use_id"],
        "toolu_01T1x1fJ34qAmk2tNTrN7Up6"
    );
}

#[tokio::test]
async fn json_tool_calls_for_models_without_native_ones() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            openai_text(&[
                "{\"tool\": \"roxy_system__current_time\", ",
                "\"arguments\": {\"timezone\": \"UTC\"}}",
            ]),
            openai_text(&["{\"tool\": \"none\", \"answer\": \"It is noon in UTC.\"}"]),
        ],
        &[],
    )
    .await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "  tool_calls: json\n")));
    let (answer, events) = answer(&orchestrator, "time in utc").await;
    orchestrator.shutdown().await;
    assert_eq!(decisions(&answer), ["ran"]);
    assert_eq!(answer.text, "It is noon in UTC.");
    assert_eq!(streamed(&events), "It is noon in UTC.");
    let requests = fake.requests();
    assert!(requests[0].get("tools").is_none());
    assert_eq!(requests[0]["response_format"]["type"], "json_schema");
    assert!(
        requests[1]
            .to_string()
            .contains("Result of the tool roxy_system__current_time")
    );
}

#[tokio::test]
async fn unmatched_requests_go_to_the_model_or_say_how_to_add_one() {
    let (_data, plain) = orchestrator(None);
    let response = plain.handle("frobnicate the quux zorp").await;
    assert_eq!(response.skill, None);
    assert!(
        response.text.contains("add an `llm:` section to roxy.yaml"),
        "{}",
        response.text
    );

    let fake = FakeModel::start(Format::OpenAi, vec![openai_text(&["Frobnicated."])], &[]).await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "")));
    let response = orchestrator.handle("frobnicate the quux zorp").await;
    orchestrator.shutdown().await;
    assert_eq!(
        (response.skill.as_deref(), response.text.as_str()),
        (Some("llm"), "Frobnicated.")
    );
    assert_eq!(
        response.details.data.as_ref().map(|d| d["steps"].clone()),
        Some(json!(1))
    );
}

/// A config directory with the shipped servers (paths made absolute) and `llm:` at `base_url`.
fn config_on_disk(base_url: &str, data: &std::path::Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = common::root();
    let mcp = std::fs::read_to_string(common::shipped_config_dir().join("mcp_servers.yaml"))
        .expect("shipped mcp_servers.yaml")
        .replace("tests/peers/", &format!("{}/tests/peers/", root.display()));
    std::fs::write(dir.path().join("mcp_servers.yaml"), mcp).expect("write");
    std::fs::write(
        dir.path().join("roxy.yaml"),
        format!(
            "data_dir: {}\npython: {{ venv: {}/.venv }}\nllm:\n{}",
            data.display(),
            root.display(),
            openai(base_url, "")
        ),
    )
    .expect("write");
    dir
}

/// The two-tool request of the issue, as the fake model answers it, once per conversation.
fn two_tool_script(conversations: usize) -> Vec<Reply> {
    let calls = || {
        openai_calls(&[
            (
                "t1",
                "roxy_system__current_time",
                &["{\"timezone\": ", "\"America/Los_Angeles\"}"],
            ),
            ("m1", "memory__search_nodes", &["{\"query\": \"bike\"}"]),
        ])
    };
    let answer = || {
        openai_text(&[
            "It is morning in San Francisco; ",
            "I have no bike code stored.",
        ])
    };
    (0..conversations)
        .flat_map(|_| [calls(), answer()])
        .collect()
}

const TWO_TOOL_REQUEST: &str = "check the clock for san francisco plus the bike code i stored";

/// `roxy ask --json REQUEST` on the config at the fake model: the model answered it, calling
/// the clock and then the memory, with the scripted answer. Returns the JSON response.
async fn ask_json_answered_with_two_tools(
    config: &std::path::Path,
    data: &std::path::Path,
    request: &str,
) -> Value {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(config)
        .args(["ask", "--json", request])
        .env("ROXY_DATA_DIR", data)
        .current_dir(common::root())
        .output()
        .await
        .expect("roxy ask runs");
    let response: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(response["skill"], "llm", "{response:#}");
    let tools: Vec<&str> = response["data"]["tool_calls"]
        .as_array()
        .expect("tool calls")
        .iter()
        .filter_map(|c| c["tool"].as_str())
        .collect();
    assert_eq!(tools, ["roxy_system__current_time", "memory__search_nodes"]);
    assert_eq!(
        response["text"],
        "It is morning in San Francisco; I have no bike code stored."
    );
    response
}

/// The issue's own sentence routes to the time skill, which cannot use the place "San Francisco
/// and remind me what my bike code is"; with a model configured the model answers it instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_a_skill_cannot_answer_goes_to_the_model() {
    const REQUEST: &str = "what's the time in San Francisco and remind me what my bike code is";
    let fake = FakeModel::start(Format::OpenAi, two_tool_script(1), &[]).await;
    let data = tempfile::tempdir().expect("temp dir");
    let config = config_on_disk(&fake.base_url, data.path());
    ask_json_answered_with_two_tools(config.path(), data.path(), REQUEST).await;
    fake.assert_invariants();
    assert_eq!(fake.requests().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn end_to_end_in_the_repl_and_roxy_ask_json() {
    use expectrl::Session;
    let fake = FakeModel::start(Format::OpenAi, two_tool_script(2), &[]).await;
    let data = tempfile::tempdir().expect("temp dir");
    let config = config_on_disk(&fake.base_url, data.path());
    let (config_dir, data_dir) = (config.path().to_path_buf(), data.path().to_path_buf());
    tokio::task::spawn_blocking(move || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"));
        command
            .arg("--config")
            .arg(&config_dir)
            .env("ROXY_DATA_DIR", &data_dir)
            .env("NO_COLOR", "1")
            .current_dir(common::root());
        let mut session = Session::spawn(command).expect("spawn roxy in a pseudo-terminal");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
        session.expect("roxy> ").expect("first prompt");
        session.send_line(TWO_TOOL_REQUEST).expect("send");
        session
            .expect("→ roxy_system__current_time {\"timezone\":\"America/Los_Angeles\"}")
            .expect("the first call is shown");
        session
            .expect("→ memory__search_nodes {\"query\":\"bike\"}")
            .expect("the second call is shown");
        session
            .expect("It is morning in San Francisco; I have no bike code stored.")
            .expect("the streamed answer");
        session.expect("roxy> ").expect("prompt after the answer");
        session.send_line("/model").expect("send");
        session
            .expect("openai_compatible model `test-model`")
            .expect("/model names the model");
        session.expect("roxy> ").expect("prompt");
        session.send_line("/metrics").expect("send");
        session
            .expect(r#"roxy_llm_tool_calls_total{tool="memory__search_nodes",decision="ran"} 1"#)
            .expect("tool calls are counted");
        session.expect("roxy> ").expect("prompt");
        session.send_line("/quit").expect("send /quit");
        session.expect("bye").expect("goodbye");
    })
    .await
    .expect("the REPL session");

    let response =
        ask_json_answered_with_two_tools(config.path(), data.path(), TWO_TOOL_REQUEST).await;
    fake.assert_invariants();
    assert_eq!(response["data"]["steps"], 2);
    assert_eq!(response["data"]["usage"]["input_tokens"], 120);
    assert_eq!(fake.requests().len(), 4);
}

/// An orchestrator over the shipped servers and the official "everything" server, with `llm:` at the fake.
fn everything_with_model(base_url: &str, extra: &str) -> (tempfile::TempDir, Orchestrator) {
    let data = tempfile::tempdir().expect("temp dir");
    // The shipped servers stay (the shipped skills name them); they are not started here.
    let mcp = std::fs::read_to_string(common::shipped_config_dir().join("mcp_servers.yaml"))
        .expect("shipped mcp_servers.yaml")
        .replacen(
            "\nservers:\n",
            &format!(
                "\nservers:\n  everything: {{ transport: stdio, command: \"{}\" }}\n",
                common::peer_bin("mcp-server-everything")
            ),
            1,
        );
    let roxy = format!(
        "data_dir: {}\nllm:\n{}",
        data.path().display(),
        openai(base_url, extra)
    );
    let config = Config::from_texts(
        ConfigSource::Embedded,
        common::root(),
        ("<test>/mcp_servers.yaml", &mcp),
        Some(("<test>/roxy.yaml".to_string(), &roxy)),
    )
    .unwrap_or_else(|e| panic!("test config does not load: {e}"));
    (data, Orchestrator::new(config).expect("orchestrator"))
}

#[tokio::test]
async fn servers_sampling_requests_are_answered_by_the_model_when_allowed() {
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![openai_text(&["Sampled ", "answer."])],
        &[],
    )
    .await;
    let (_data, orchestrator) = everything_with_model(
        &fake.base_url,
        "  approval: { tools: { \"everything__sampling\": auto } }\n",
    );
    let manager = orchestrator.manager();
    let result = manager
        .call_tool(
            "everything",
            "trigger-sampling-request",
            json!({ "prompt": "say hi" }),
        )
        .await;
    assert!(result.success, "{result:?}");
    assert!(
        result.text().contains("Sampled answer."),
        "{}",
        result.text()
    );
    let requests = fake.requests();
    assert_eq!(
        requests[0]["messages"][0]["content"],
        "You are a helpful test server."
    );
    assert!(requests[0].get("tools").is_none());
    orchestrator.shutdown().await;

    // Without the pattern a sampling request would need approval, and no one can give it.
    let fake = FakeModel::start(Format::OpenAi, vec![openai_text(&["never"])], &[]).await;
    let (_data, orchestrator) = everything_with_model(&fake.base_url, "");
    let result = orchestrator
        .manager()
        .call_tool(
            "everything",
            "trigger-sampling-request",
            json!({ "prompt": "say hi" }),
        )
        .await;
    orchestrator.shutdown().await;
    assert!(!result.success);
    assert!(
        result.text().contains("declined")
            || result
                .error
                .as_deref()
                .unwrap_or_default()
                .contains("declined"),
        "{result:?}"
    );
    assert!(fake.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_cancels_the_model_request() {
    use expectrl::{ControlCode, Session};
    let Reply::Events(first) = openai_text(&["Thinking about it"]) else {
        unreachable!()
    };
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            Reply::Stall(first[..1].to_vec()),
            openai_text(&["Still here."]),
        ],
        &[],
    )
    .await;
    let data = tempfile::tempdir().expect("temp dir");
    let config = config_on_disk(&fake.base_url, data.path());
    let (config_dir, data_dir) = (config.path().to_path_buf(), data.path().to_path_buf());
    let session = tokio::task::spawn_blocking(move || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"));
        command
            .arg("--config")
            .arg(&config_dir)
            .env("ROXY_DATA_DIR", &data_dir)
            .env("NO_COLOR", "1")
            .current_dir(common::root());
        let mut session = Session::spawn(command).expect("spawn roxy in a pseudo-terminal");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
        session.expect("roxy> ").expect("first prompt");
        session.send_line("frobnicate the quux zorp").expect("send");
        session
            .expect("Thinking about it")
            .expect("the first words stream in");
        session.send(ControlCode::EndOfText).expect("Ctrl-C");
        session
            .expect("cancelled")
            .expect("the request is cancelled");
        session.expect("roxy> ").expect("prompt after cancelling");
        session
    })
    .await
    .expect("the REPL session");
    fake.wait_for_hang_up().await;
    tokio::task::spawn_blocking(move || {
        let mut session = session;
        session.send_line("frobnicate the quux zorp").expect("send");
        session
            .expect("Still here.")
            .expect("the next request works");
        session.expect("roxy> ").expect("prompt");
        session.send_line("/quit").expect("send /quit");
        session.expect("bye").expect("goodbye");
    })
    .await
    .expect("the REPL session");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_repl_asks_before_a_call_that_needs_approval() {
    use expectrl::Session;
    let entity = |id: &'static str, name: &'static str| {
        openai_calls(&[(
            id,
            "memory__create_entities",
            &[if name == "bike" {
                "{\"entities\": [{\"name\": \"bike\", \"entityType\": \"thing\", \"observations\": [\"code 4242\"]}]}"
            } else {
                "{\"entities\": [{\"name\": \"lock\", \"entityType\": \"thing\", \"observations\": [\"blue\"]}]}"
            }],
        )])
    };
    let fake = FakeModel::start(
        Format::OpenAi,
        vec![
            entity("a1", "bike"),
            entity("a2", "lock"),
            openai_text(&["Saved both."]),
            openai_calls(&[(
                "d1",
                "memory__delete_entities",
                &["{\"entityNames\": [\"bike\"]}"],
            )]),
            openai_text(&["I left it."]),
        ],
        &[],
    )
    .await;
    let data = tempfile::tempdir().expect("temp dir");
    let config = config_on_disk(&fake.base_url, data.path());
    let (config_dir, data_dir) = (config.path().to_path_buf(), data.path().to_path_buf());
    tokio::task::spawn_blocking(move || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"));
        command
            .arg("--config")
            .arg(&config_dir)
            .env("ROXY_DATA_DIR", &data_dir)
            .env("NO_COLOR", "1")
            .current_dir(common::root());
        let mut session = Session::spawn(command).expect("spawn roxy in a pseudo-terminal");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
        session.expect("roxy> ").expect("first prompt");
        session
            .send_line("frobnicate my bike and lock")
            .expect("send");
        session
            .expect("Roxy wants to run memory__create_entities")
            .expect("asked before the first call");
        session
            .expect("allow? [y]es / [n]o / [a]lways this session: ")
            .expect("the choices");
        session.send_line("a").expect("always");
        let rest = session.expect("Saved both.").expect("the answer");
        let shown = String::from_utf8_lossy(rest.before()).to_string();
        assert_eq!(
            shown.matches("→ memory__create_entities").count(),
            2,
            "{shown}"
        );
        assert!(
            !shown.contains("allow?"),
            "asked again after `always`: {shown}"
        );
        session.expect("roxy> ").expect("prompt");
        session.send_line("frobnicate away my bike").expect("send");
        session
            .expect("Roxy wants to run memory__delete_entities")
            .expect("a different tool asks again");
        session.send_line("n").expect("no");
        session
            .expect("I left it.")
            .expect("the answer after declining");
        session.expect("roxy> ").expect("prompt");
        session.send_line("/quit").expect("send /quit");
        session.expect("bye").expect("goodbye");
    })
    .await
    .expect("the REPL session");
    fake.assert_invariants();
    let requests = fake.requests();
    let declined = last_message(&requests[4]);
    assert!(
        declined["content"]
            .as_str()
            .unwrap_or_default()
            .contains("declined"),
        "{declined}"
    );
}

#[tokio::test]
async fn a_stream_that_goes_quiet_ends_at_the_idle_timeout() {
    let Reply::Events(first) = openai_text(&["Let me"]) else {
        unreachable!()
    };
    let fake = FakeModel::start(Format::OpenAi, vec![Reply::Stall(first[..1].to_vec())], &[]).await;
    let (_data, orchestrator) = orchestrator(Some(&openai(&fake.base_url, "  idle_timeout: 1s\n")));
    let (answer, events) = answer(&orchestrator, "hello").await;
    orchestrator.shutdown().await;
    fake.wait_for_hang_up().await;
    assert_eq!(streamed(&events), "Let me");
    assert!(!answer.success);
    assert!(
        answer.text.contains("sent nothing for 1s"),
        "{}",
        answer.text
    );
    assert!(answer.text.contains("llm.idle_timeout"), "{}", answer.text);
}

/// A model on this machine gets the conversation unredacted (`redact: auto`), so it must be
/// reached directly: with `HTTP_PROXY` set, the request went to the proxy, personal data and
/// all, and on from there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_model_on_this_machine_is_reached_past_the_proxy() {
    let model = FakeModel::start(Format::OpenAi, vec![openai_text(&["Noted."])], &[]).await;
    let proxy = FakeModel::start(Format::OpenAi, vec![openai_text(&["Proxied."])], &[]).await;
    let proxy_url = proxy.base_url.trim_end_matches("/v1").to_string();
    let data = tempfile::tempdir().expect("temp dir");
    let config = config_on_disk(&model.base_url, data.path());
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(config.path())
        .args(["ask", "frobnicate the quux zorp for priya@acme.io"])
        .env("ROXY_DATA_DIR", data.path())
        .env("HTTP_PROXY", &proxy_url)
        .env("http_proxy", &proxy_url)
        .env("ALL_PROXY", &proxy_url)
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .current_dir(common::root())
        .output()
        .await
        .expect("roxy ask runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        (proxy.requests().len(), model.requests().len()),
        (0, 1),
        "{said}"
    );
    assert!(said.contains("Noted."), "{said}");
}

/// A model server that is not running is said in a person's words, with the hint: not the
/// HTTP client's layers ("error sending request for url (...)").
#[tokio::test]
async fn a_model_server_that_is_not_running_is_named_plainly() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = closed.local_addr().expect("local addr").port();
    drop(closed);
    let base_url = format!("http://127.0.0.1:{port}/v1");
    let (_data, orchestrator) = orchestrator(Some(&openai(&base_url, "")));
    let (answer, _) = answer(&orchestrator, "hello").await;
    orchestrator.shutdown().await;
    assert!(!answer.success);
    assert!(
        answer.text.contains("127.0.0.1: Connection refused"),
        "{}",
        answer.text
    );
    assert!(
        !answer.text.contains("error sending request"),
        "{}",
        answer.text
    );
    assert!(
        answer.text.contains("is the model server running"),
        "{}",
        answer.text
    );
}
