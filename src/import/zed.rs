//! Zed: `settings.json` (JSON with comments), servers under `context_servers`: `command`,
//! `args`, `env` (older files nest them as `"command": {path, args, env}` and add
//! `"source": "custom"`), or `url` and `headers`. Servers a Zed extension provides
//! (`"source": "extension"`) have no command in the file and are reported, not imported.

use super::Parsed;
use super::json;

pub(crate) fn read(text: &str) -> Result<Parsed, String> {
    let (root, warnings) = json::parse_with_warnings(text)?;
    let mut parsed = Parsed {
        warnings,
        ..Parsed::default()
    };
    for (name, value) in json::section(&root, "context_servers")? {
        let source = value.get("source").and_then(|s| s.as_str());
        if source == Some("extension") {
            parsed.warnings.push(format!(
                "`{name}`: provided by a Zed extension (no command in the file); not imported"
            ));
            continue;
        }
        if let Some(server) = json::server(
            name,
            value,
            &["url"],
            &["source", "settings"],
            &mut parsed.warnings,
        ) {
            parsed.servers.push(server);
        }
    }
    Ok(parsed)
}
