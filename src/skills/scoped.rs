//! [`ScopedMcp`]: the MCP manager as one skill sees it. Only the tools in the skill's manifest
//! can be called, and servers marked `external` only by skills that declare `network`.

use std::sync::Arc;

use serde_json::Value;

use crate::config::ToolRef;
use crate::mcp::{McpManager, ToolCallResult};
use crate::skills::SkillManifest;

/// Why a skill may not make a call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScopeError {
    #[error(
        "skill `{skill}` called `{tool}`, which its manifest does not declare; add `ToolRef::new(\"{}\", \"{}\")` to the manifest's `tools`",
        tool.server,
        tool.tool
    )]
    Undeclared { skill: String, tool: ToolRef },
    #[error(
        "skill `{skill}` called `{tool}` on an external server, but its manifest does not allow network access; set `network: true` in the manifest"
    )]
    NetworkNotAllowed { skill: String, tool: ToolRef },
}

/// The manager restricted to one skill's declared tools.
#[derive(Clone)]
pub struct ScopedMcp {
    manager: McpManager,
    skill: String,
    allowed: Arc<[ToolRef]>,
    network: bool,
}

impl std::fmt::Debug for ScopedMcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScopedMcp")
            .field("skill", &self.skill)
            .field("allowed", &self.allowed)
            .field("network", &self.network)
            .finish()
    }
}

impl ScopedMcp {
    pub fn new(manager: McpManager, manifest: &SkillManifest) -> ScopedMcp {
        ScopedMcp {
            manager,
            skill: manifest.name.clone(),
            allowed: manifest.tools.clone().into(),
            network: manifest.network,
        }
    }

    /// The `inputSchema` of `server`'s `tool`, if the manifest declared it and the server (started
    /// here if it is not running) lists it.
    pub async fn input_schema(&self, server: &str, tool: &str) -> Option<Value> {
        if !self.allowed.contains(&ToolRef::new(server, tool)) {
            return None;
        }
        self.manager
            .server_tools(server)
            .await
            .ok()?
            .into_iter()
            .find(|info| info.tool.name == tool)
            .map(|info| info.tool.input_schema)
    }

    /// Calls `server`'s `tool` if the manifest declared it. A refused call is an `Err`; a call
    /// that was made and failed is an `Ok` whose `success` is false.
    pub async fn call_tool(
        &self,
        server: &str,
        tool: &str,
        arguments: Value,
    ) -> Result<ToolCallResult, ScopeError> {
        let wanted = ToolRef::new(server, tool);
        if !self.allowed.contains(&wanted) {
            return Err(ScopeError::Undeclared {
                skill: self.skill.clone(),
                tool: wanted,
            });
        }
        // The manager's config, not a copy: it changes when mcp_servers.yaml is reloaded.
        let external = self
            .manager
            .config()
            .mcp
            .servers
            .get(server)
            .is_some_and(|s| s.is_external());
        if external && !self.network {
            return Err(ScopeError::NetworkNotAllowed {
                skill: self.skill.clone(),
                tool: wanted,
            });
        }
        Ok(self.manager.call_tool(server, tool, arguments).await)
    }
}
