//! The orchestrator with Rust skills written for the test, against the real MCP memory server:
//! scoped MCP (declared tools work, undeclared ones and external servers without `network` are
//! refused with the manifest entry to add), a panicking or stuck skill gives a friendly answer
//! and the next request works, and a tie asks which skill was meant.

mod common;

use std::sync::Arc;
use std::time::Duration;

use roxy::mcp::McpManager;
use roxy::memory::Memory;
use roxy::orchestrator::Orchestrator;
use roxy::skills::router::DEFAULT_MATCH_THRESHOLD;
use roxy::skills::{
    IntentSpec, Skill, SkillContext, SkillManifest, SkillRegistry, SkillResult, ToolRef,
};
use serde_json::json;

/// A skill whose intents exercise one behaviour each.
struct ProbeSkill {
    manifest: SkillManifest,
}

impl ProbeSkill {
    fn shared(name: &str, intents: Vec<IntentSpec>) -> Arc<dyn Skill> {
        Arc::new(ProbeSkill {
            manifest: SkillManifest {
                name: name.into(),
                description: format!("the {name} probe"),
                intents,
                tools: vec![
                    ToolRef::new("memory", "read_graph"),
                    ToolRef::new("outside", "read_graph"),
                ],
                network: false,
            },
        })
    }
}

#[async_trait::async_trait]
impl Skill for ProbeSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let call = |server: &'static str, tool: &'static str| {
            let mcp = context.mcp.clone();
            async move { mcp.call_tool(server, tool, json!({})).await }
        };
        let outcome = match context.intent.as_str() {
            "declared" => call("memory", "read_graph").await,
            "undeclared" => call("memory", "create_entities").await,
            "external" => call("outside", "read_graph").await,
            "explode" => panic!("the probe exploded"),
            "hang" => std::future::pending().await,
            _ => return SkillResult::success(format!("{} answered", self.manifest.name)),
        };
        match outcome {
            Ok(result) if result.success => SkillResult::success(result.text()),
            Ok(result) => SkillResult::failure(result.text()),
            Err(refused) => SkillResult::failure(refused.to_string()),
        }
    }
}

fn intent(name: &str, template: &str) -> IntentSpec {
    IntentSpec::new(name, &[template], &[template])
}

/// The orchestrator and the temporary project directory its servers run in.
fn orchestrator(data: &std::path::Path, timeout: Duration) -> (Orchestrator, tempfile::TempDir) {
    let memory_server = format!(
        "{{ transport: stdio, command: node, args: [\"{}\"], env: {{ MEMORY_FILE_PATH: \"{}\" }} }}",
        common::root()
            .join("tests/peers/node_modules/@modelcontextprotocol/server-memory/dist/index.js")
            .display(),
        data.join("graph.jsonl").display()
    );
    let (project, mut config) = common::config_dir(&format!(
        "servers:\n  memory: {memory_server}\n  outside: {{ transport: stdio, command: node, external: true }}\n"
    ));
    config.roxy.skills.timeout = timeout;
    let skills = vec![
        ProbeSkill::shared(
            "probe",
            vec![
                intent("declared", "probe declared"),
                intent("undeclared", "probe undeclared"),
                intent("external", "probe external"),
                intent("explode", "explode"),
                intent("hang", "hang"),
                intent("status", "status"),
            ],
        ),
        ProbeSkill::shared("other", vec![intent("status", "status")]),
    ];
    let registry = SkillRegistry::new(skills, DEFAULT_MATCH_THRESHOLD).expect("skills compile");
    let config = Arc::new(config);
    let orchestrator = Orchestrator::from_parts(
        config.clone(),
        McpManager::new(config),
        registry,
        Memory::open_in(data).unwrap(),
    );
    (orchestrator, project)
}

#[tokio::test]
async fn scoped_mcp_allows_declared_tools_and_names_the_entry_for_others() {
    let data = tempfile::tempdir().unwrap();
    let (roxy, _project) = orchestrator(data.path(), Duration::from_secs(60));

    let declared = roxy.handle("probe declared").await;
    assert!(declared.success, "{}", declared.text);
    assert!(declared.text.contains("entities"), "{}", declared.text);

    let undeclared = roxy.handle("probe undeclared").await;
    assert!(!undeclared.success);
    assert!(
        undeclared.text.contains(
            r#"add `ToolRef::new("memory", "create_entities")` to the manifest's `tools`"#
        ),
        "{}",
        undeclared.text
    );

    let external = roxy.handle("probe external").await;
    assert!(!external.success);
    assert!(
        external.text.contains("set `network: true`"),
        "{}",
        external.text
    );
    roxy.shutdown().await;
}

#[tokio::test]
async fn a_failing_skill_answers_kindly_and_the_next_request_works() {
    let data = tempfile::tempdir().unwrap();
    let (roxy, _project) = orchestrator(data.path(), Duration::from_secs(60));

    let exploded = roxy.handle("explode").await;
    assert!(!exploded.success);
    assert_eq!(
        exploded.text,
        "Sorry, the probe skill failed. The reason is in Roxy's log."
    );

    let after = roxy.handle("probe declared").await;
    assert!(after.success, "{}", after.text);

    let turns = roxy.memory().recent_turns(10).unwrap();
    let inputs: Vec<&str> = turns.iter().map(|t| t.input.as_str()).collect();
    assert_eq!(inputs, ["explode", "probe declared"]);
    roxy.shutdown().await;
}

#[tokio::test]
async fn a_skill_that_never_answers_is_stopped_at_the_timeout() {
    let data = tempfile::tempdir().unwrap();
    let (roxy, _project) = orchestrator(data.path(), Duration::from_millis(50));

    let stuck = roxy.handle("hang").await;
    assert!(!stuck.success);
    assert_eq!(
        stuck.text,
        "Sorry, the probe skill took longer than 50ms. Raise `skills.timeout` in roxy.yaml if it needs longer."
    );
    // The orchestrator goes on after the timeout.
    assert!(roxy.handle("status").await.details.follow_up.is_some());
}

#[tokio::test]
async fn a_tie_asks_which_skill_was_meant() {
    let data = tempfile::tempdir().unwrap();
    let (roxy, _project) = orchestrator(data.path(), Duration::from_secs(60));

    let question = roxy.handle("status").await;
    assert_eq!(question.skill, None);
    assert!(question.details.follow_up.is_some());
    assert!(
        question.text.contains("1. probe") && question.text.contains("2. other"),
        "{}",
        question.text
    );
    let chosen = roxy.handle("2").await;
    assert_eq!(chosen.skill.as_deref(), Some("other"));
    assert_eq!(chosen.text, "other answered");

    // Any other answer drops the question and is routed as usual.
    roxy.handle("status").await;
    let unrelated = roxy.handle("paint the fence").await;
    assert_eq!(unrelated.skill, None);
    assert!(unrelated.text.contains("I can:"), "{}", unrelated.text);
    assert_eq!(roxy.handle("2").await.skill, None);
}

/// "what do you remember" with 28 facts says how many there are and lists them all; a topic with
/// more matches than one answer shows says how many more there are.
#[tokio::test]
async fn recall_says_how_many_facts_there_are() {
    let data = tempfile::tempdir().unwrap();
    let config = Arc::new(common::embedded_config("servers: {}\n"));
    let registry = SkillRegistry::new(
        vec![Arc::new(roxy::skills::builtin::memory::MemorySkill::new())],
        DEFAULT_MATCH_THRESHOLD,
    )
    .expect("skills compile");
    let roxy = Orchestrator::from_parts(
        config.clone(),
        McpManager::new(config),
        registry,
        Memory::open_in(data.path()).unwrap(),
    );
    for k in 1..=28 {
        let stored = roxy
            .handle(&format!("remember that plant {k} needs water"))
            .await;
        assert!(stored.success, "{}", stored.text);
    }

    let all = roxy.handle("what do you remember").await;
    assert!(all.success, "{}", all.text);
    assert!(all.text.contains("28 things"), "{}", all.text);
    for k in 1..=28 {
        let fact = format!("- plant {k} needs water\n");
        assert!(
            format!("{}\n", all.text).contains(&fact),
            "{fact} missing:\n{}",
            all.text
        );
    }

    let topic = roxy.handle("what do you know about the plant").await;
    assert!(topic.success, "{}", topic.text);
    assert_eq!(topic.text.matches("\n- ").count(), 5, "{}", topic.text);
    assert!(topic.text.contains("and 23 more"), "{}", topic.text);
    roxy.shutdown().await;
}
