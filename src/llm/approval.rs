//! Whether a tool call the model asks for may run: the rule of the longest `llm.approval.tools`
//! pattern that matches the qualified name, else `llm.approval.default`; `annotations` decides
//! from the tool's MCP hints (`readOnlyHint: true` runs; `destructiveHint: true` or no hints
//! asks). Asking goes to an [`Approver`]: the REPL asks the person, `roxy ask` declines unless
//! `--yes`.

use serde_json::Value;

use crate::config::{ApprovalRule, ApprovalSettings};
use crate::mcp::protocol::ToolAnnotations;

/// What a call needs before it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Run,
    Ask,
    Deny,
}

/// The need of a call of `name` with these annotations.
pub fn need(
    settings: &ApprovalSettings,
    name: &str,
    annotations: Option<&ToolAnnotations>,
) -> Need {
    let rule = settings
        .tools
        .iter()
        .filter(|(pattern, _)| glob::Pattern::new(pattern).is_ok_and(|p| p.matches(name)))
        .max_by_key(|(pattern, _)| pattern.len())
        .map_or(settings.default, |(_, rule)| *rule);
    match rule {
        ApprovalRule::Auto => Need::Run,
        ApprovalRule::Ask => Need::Ask,
        ApprovalRule::Deny => Need::Deny,
        ApprovalRule::Annotations => {
            let read_only = annotations.and_then(|a| a.read_only_hint) == Some(true);
            let destructive = annotations.and_then(|a| a.destructive_hint) == Some(true);
            if read_only && !destructive {
                Need::Run
            } else {
                Need::Ask
            }
        }
    }
}

/// The person's answer to "may Roxy run this?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    Once,
    /// Yes, and do not ask again for this tool in this session.
    Always,
    Declined,
}

/// Asks whether a call may run.
#[async_trait::async_trait]
pub trait Approver: Send + Sync {
    async fn approve(&self, tool: &str, arguments: &Value) -> Approval;
}

/// Approves nothing (`roxy ask` without `--yes`, embedders that cannot ask).
pub struct DeclineAll;

#[async_trait::async_trait]
impl Approver for DeclineAll {
    async fn approve(&self, _: &str, _: &Value) -> Approval {
        Approval::Declined
    }
}

/// Approves everything (`roxy ask --yes`).
pub struct ApproveAll;

#[async_trait::async_trait]
impl Approver for ApproveAll {
    async fn approve(&self, _: &str, _: &Value) -> Approval {
        Approval::Once
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotations(read_only: Option<bool>, destructive: Option<bool>) -> ToolAnnotations {
        ToolAnnotations {
            read_only_hint: read_only,
            destructive_hint: destructive,
            ..Default::default()
        }
    }

    #[test]
    fn annotations_decide_unless_a_pattern_says_otherwise() {
        let mut settings = ApprovalSettings::default();
        assert_eq!(
            need(&settings, "t__read", Some(&annotations(Some(true), None))),
            Need::Run
        );
        assert_eq!(
            need(&settings, "t__rm", Some(&annotations(None, Some(true)))),
            Need::Ask
        );
        assert_eq!(need(&settings, "t__x", None), Need::Ask);
        settings
            .tools
            .insert("memory__*".into(), ApprovalRule::Auto);
        settings
            .tools
            .insert("memory__delete_*".into(), ApprovalRule::Deny);
        assert_eq!(need(&settings, "memory__read_graph", None), Need::Run);
        assert_eq!(need(&settings, "memory__delete_entities", None), Need::Deny);
    }
}
