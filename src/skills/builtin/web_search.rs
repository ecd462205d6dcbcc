//! Web search through the search server named in `skills.web_search` (an external server, so
//! the query passes the privacy gateway). Without one, the answer says how to configure it.

use serde_json::json;

use crate::config::{Config, ToolRef};
use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

pub struct WebSearchSkill {
    manifest: SkillManifest,
    tool: Option<ToolRef>,
}

/// What to do when no search tool is configured.
pub const HOW_TO_CONFIGURE: &str = "Web search isn't set up. Add a search server to \
mcp_servers.yaml (e.g. `search: { transport: http, url: \"https://...\", external: true }`), \
then name its tool in roxy.yaml: `skills: { web_search: { server: search, tool: web_search } }`.";

impl WebSearchSkill {
    pub fn new(config: &Config) -> WebSearchSkill {
        let tool = config.roxy.skills.web_search.clone();
        WebSearchSkill {
            manifest: SkillManifest {
                name: "web_search".into(),
                description: match &tool {
                    Some(tool) => format!("searches the web with `{tool}`"),
                    None => "searches the web, once a search server is set up \
                             (`skills.web_search` in roxy.yaml)"
                        .into(),
                },
                intents: vec![IntentSpec::new(
                    "search",
                    &[
                        "search the (web|internet) for {query}",
                        "(google|web search|look up online) {query}",
                    ],
                    &["search the web for rust async traits"],
                )],
                tools: tool.iter().cloned().collect(),
                network: true,
            },
            tool,
        }
    }
}

#[async_trait::async_trait]
impl Skill for WebSearchSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let Some(tool) = &self.tool else {
            return SkillResult::failure(HOW_TO_CONFIGURE);
        };
        let query = context.parameter("query").unwrap_or_default();
        match context
            .mcp
            .call_tool(&tool.server, &tool.tool, json!({ "query": query }))
            .await
        {
            Ok(result) if result.success => SkillResult::success(result.text()),
            Ok(result) => SkillResult::failure(format!(
                "The search failed: {}",
                result.error.clone().unwrap_or_else(|| result.text())
            )),
            Err(refused) => SkillResult::failure(refused.to_string()),
        }
    }
}
