//! The Rust skill of README.md, "Writing skills", verbatim, routed and run against the real MCP memory
//! server, so the guide stays true.

mod common;

use std::sync::Arc;

use roxy::mcp::McpManager;
use roxy::memory::Memory;
use roxy::orchestrator::Orchestrator;
use roxy::skills::{
    IntentSpec, Route, Skill, SkillContext, SkillManifest, SkillRegistry, SkillResult, ToolRef,
};
use serde_json::{Value, json};

// --- from README.md, "Writing skills", "A Rust skill, end to end" ---

struct GraphSizeSkill {
    manifest: SkillManifest,
}

impl GraphSizeSkill {
    fn new() -> GraphSizeSkill {
        GraphSizeSkill {
            manifest: SkillManifest {
                name: "graph_size".into(),
                description: "says how big the knowledge graph is".into(),
                intents: vec![IntentSpec::new(
                    "count",
                    &["how (big|large) is [the] knowledge graph"],
                    &["how big is the knowledge graph"],
                )],
                tools: vec![ToolRef::new("memory", "read_graph")],
                network: false,
            },
        }
    }
}

#[async_trait::async_trait]
impl Skill for GraphSizeSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let result = match context
            .mcp
            .call_tool("memory", "read_graph", json!({}))
            .await
        {
            Ok(result) if result.success => result,
            Ok(failed) => {
                return SkillResult::failure(format!(
                    "The graph is unavailable: {}",
                    failed.text()
                ));
            }
            Err(refused) => return SkillResult::failure(refused.to_string()),
        };
        let graph: Value = result
            .structured_content
            .clone()
            .or_else(|| serde_json::from_str(&result.text()).ok())
            .unwrap_or_default();
        let count = graph["entities"].as_array().map_or(0, Vec::len);
        SkillResult::success(format!("The knowledge graph holds {count} entities."))
            .with_data(json!({ "entities": count }))
    }
}

// --- end of the guide's code ---

#[tokio::test]
async fn the_guide_skill_routes_and_answers() {
    let data = tempfile::tempdir().unwrap();
    let graph = data.path().join("graph.jsonl");
    std::fs::write(
        &graph,
        "{\"type\":\"entity\",\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[]}\n\
         {\"type\":\"entity\",\"name\":\"Grace\",\"entityType\":\"person\",\"observations\":[]}\n",
    )
    .unwrap();
    let (_project, config) = common::config_dir(&format!(
        "servers:\n  memory: {{ transport: stdio, command: node, args: [\"{}\"], env: {{ MEMORY_FILE_PATH: \"{}\" }} }}\n",
        common::root()
            .join("tests/peers/node_modules/@modelcontextprotocol/server-memory/dist/index.js")
            .display(),
        graph.display()
    ));
    let registry = SkillRegistry::new(
        vec![Arc::new(GraphSizeSkill::new())],
        config.roxy.skills.match_threshold,
    )
    .unwrap();
    assert!(
        matches!(registry.route("how large is the knowledge graph?"), Route::Matched(m) if m.skill == "graph_size")
    );
    let config = Arc::new(config);
    let roxy = Orchestrator::from_parts(
        config.clone(),
        McpManager::new(config),
        registry,
        Memory::open_in(data.path()).unwrap(),
    );
    let answer = roxy.handle("how big is the knowledge graph").await;
    assert_eq!(answer.text, "The knowledge graph holds 2 entities.");
    assert_eq!(answer.details.data, Some(json!({ "entities": 2 })));
    roxy.shutdown().await;
}
