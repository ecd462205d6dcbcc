//! VS Code: `.vscode/mcp.json` or the profile's `mcp.json` (`servers` and `inputs`), and older
//! `settings.json` files with the same under `"mcp"`. JSON with comments. `inputs` are the
//! values VS Code prompts for (`${input:id}`); each becomes an environment variable to export.

use std::collections::BTreeMap;

use super::Parsed;
use super::json;

pub(crate) fn read(text: &str) -> Result<Parsed, String> {
    let (root, warnings) = json::parse_with_warnings(text)?;
    let root = match root.get("mcp") {
        Some(nested) if root.get("servers").is_none() => nested.clone(),
        _ => root,
    };
    let mut parsed = Parsed {
        warnings,
        ..Parsed::default()
    };
    for (name, value) in json::section(&root, "servers")? {
        if let Some(server) = json::server(name, value, &["url"], &[], &mut parsed.warnings) {
            parsed.servers.push(server);
        }
    }
    let mut inputs = BTreeMap::new();
    for input in root
        .get("inputs")
        .and_then(|i| i.as_array())
        .into_iter()
        .flatten()
    {
        if let Some(id) = input.get("id").and_then(json::string) {
            let description = input
                .get("description")
                .and_then(json::string)
                .unwrap_or_default();
            inputs.insert(id, description);
        }
    }
    parsed.inputs = inputs;
    Ok(parsed)
}
