//! `roxy config import` and `roxy config export`: other MCP clients' server configs read into
//! `mcp_servers.yaml` entries, and the snippet that points a client at `roxy serve`.
//!
//! What is where:
//! - this file: the clients ([`Client`]), where each keeps its config, telling the format of a
//!   file, and [`import`] (read, translate, name) — the pipeline up to the entries;
//! - one reader per format: `mcp_json.rs` (Claude Desktop, Claude Code, Cursor, Windsurf),
//!   `vscode.rs`, `zed.rs`, `goose.rs` (YAML), `codex.rs` (TOML); `json.rs` is what the JSON
//!   ones share (JSONC, one entry);
//! - `translate.rs`: a client's entry to Roxy's (variables, secrets, warnings);
//!   `remote.rs`: `mcp-remote` wrappers to native http entries;
//! - `entry.rs`: the imported entry and its YAML text;
//! - `merge.rs`: the entries inserted under `servers:` of the current file, checked like
//!   `roxy config check`, and the diff;
//! - `export.rs`: the snippets for each client;
//! - `cli.rs`: the two commands' arguments, output and exit codes.

mod cli;
mod codex;
mod entry;
mod export;
mod goose;
mod json;
mod mcp_json;
mod merge;
mod remote;
mod translate;
mod vscode;
mod zed;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use cli::{CommandError, ExportArgs, ImportArgs, run_export, run_import};
pub use entry::Entry;
pub use translate::Export;
use translate::{Dialect, RawServer, Translator};

/// An MCP client whose config Roxy reads and writes snippets for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Client {
    ClaudeDesktop,
    ClaudeCode,
    Cursor,
    Vscode,
    Windsurf,
    Goose,
    Codex,
    Zed,
}

impl Client {
    pub const ALL: [Client; 8] = [
        Client::ClaudeDesktop,
        Client::ClaudeCode,
        Client::Cursor,
        Client::Vscode,
        Client::Windsurf,
        Client::Goose,
        Client::Codex,
        Client::Zed,
    ];

    /// Where the client keeps its MCP servers, most specific first: the project's file in the
    /// working directory `cwd`, then the user's.
    pub fn default_paths(self, cwd: &Path) -> Vec<PathBuf> {
        let home = dirs::home_dir().unwrap_or_else(|| cwd.to_path_buf());
        // Linux and macOS tools that follow XDG use ~/.config even on macOS.
        let xdg_config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".config"));
        let platform_config = dirs::config_dir().unwrap_or_else(|| xdg_config.clone());
        match self {
            Client::ClaudeDesktop => {
                vec![platform_config.join("Claude/claude_desktop_config.json")]
            }
            Client::ClaudeCode => {
                let user_dir = std::env::var_os("CLAUDE_CONFIG_DIR")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| home.clone());
                vec![cwd.join(".mcp.json"), user_dir.join(".claude.json")]
            }
            Client::Cursor => vec![cwd.join(".cursor/mcp.json"), home.join(".cursor/mcp.json")],
            Client::Vscode => vec![
                cwd.join(".vscode/mcp.json"),
                platform_config.join("Code/User/mcp.json"),
            ],
            Client::Windsurf => vec![home.join(".codeium/windsurf/mcp_config.json")],
            Client::Goose => vec![if cfg!(windows) {
                platform_config.join("Block/goose/config/config.yaml")
            } else {
                xdg_config.join("goose/config.yaml")
            }],
            Client::Codex => {
                let codex_home = std::env::var_os("CODEX_HOME")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| home.join(".codex"));
                vec![
                    cwd.join(".codex/config.toml"),
                    codex_home.join("config.toml"),
                ]
            }
            Client::Zed => vec![
                cwd.join(".zed/settings.json"),
                if cfg!(windows) {
                    platform_config.join("Zed/settings.json")
                } else {
                    xdg_config.join("zed/settings.json")
                },
            ],
        }
    }

    fn dialect(self) -> Dialect {
        match self {
            Client::ClaudeCode => Dialect::Shell,
            Client::Cursor | Client::Vscode | Client::Windsurf => Dialect::Editor,
            Client::ClaudeDesktop | Client::Goose | Client::Codex | Client::Zed => Dialect::Literal,
        }
    }

    /// Reads the client's file format.
    fn parse(self, text: &str, cwd: &Path) -> Result<Parsed, String> {
        match self {
            Client::ClaudeDesktop | Client::Cursor => mcp_json::read(text, &["url"]),
            Client::Windsurf => mcp_json::read(text, &["serverUrl", "url"]),
            Client::ClaudeCode => mcp_json::read_claude_code(text, cwd),
            Client::Vscode => vscode::read(text),
            Client::Zed => zed::read(text),
            Client::Goose => goose::read(text),
            Client::Codex => codex::read(text),
        }
    }
}

impl fmt::Display for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Client::ClaudeDesktop => "claude-desktop",
            Client::ClaudeCode => "claude-code",
            Client::Cursor => "cursor",
            Client::Vscode => "vscode",
            Client::Windsurf => "windsurf",
            Client::Goose => "goose",
            Client::Codex => "codex",
            Client::Zed => "zed",
        })
    }
}

/// What a format's reader found in a file.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub servers: Vec<RawServer>,
    /// VS Code `inputs`: id -> description.
    pub inputs: BTreeMap<String, String>,
    pub warnings: Vec<String>,
}

/// One server read from the source, as Roxy will hold it.
#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    /// The name under `servers:` (the source's name made fit for Roxy).
    pub name: String,
    pub original_name: String,
    pub entry: Entry,
}

/// Everything read from one source file.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub servers: Vec<Imported>,
    pub warnings: Vec<String>,
    pub exports: Vec<Export>,
}

/// Finds the file to read: `file` if given (its format from `from`, else told from the file),
/// else the first existing default location of `from` (else of the one client that has one).
pub fn locate(
    from: Option<Client>,
    file: Option<&Path>,
    cwd: &Path,
) -> Result<(Client, PathBuf), String> {
    match (from, file) {
        (Some(client), Some(file)) => Ok((client, file.to_path_buf())),
        (None, Some(file)) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            detect(file, &text).map(|client| (client, file.to_path_buf()))
        }
        (Some(client), None) => {
            let tried = client.default_paths(cwd);
            match tried.iter().find(|p| p.is_file()) {
                Some(path) => Ok((client, path.clone())),
                None => Err(format!(
                    "no {client} config found; tried {}; pass the file: roxy config import --from {client} FILE",
                    list(&tried)
                )),
            }
        }
        (None, None) => {
            let found: Vec<(Client, PathBuf)> = Client::ALL
                .iter()
                .filter_map(|&c| {
                    c.default_paths(cwd)
                        .into_iter()
                        .find(|p| p.is_file())
                        .map(|p| (c, p))
                })
                .collect();
            match found.as_slice() {
                [one] => Ok(one.clone()),
                [] => Err(
                    "no client config found in the default locations; pass --from CLIENT and/or FILE"
                        .into(),
                ),
                several => Err(format!(
                    "configs of several clients found: {}; pass --from CLIENT to choose one",
                    several
                        .iter()
                        .map(|(c, p)| format!("{c} ({})", p.display()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
    }
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Tells the client from a file's name and content, when only one client fits.
fn detect(path: &Path, text: &str) -> Result<Client, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let full = path.display().to_string().to_ascii_lowercase();
    let ambiguous = |candidates: &str| {
        Err(format!(
            "cannot tell which client {} is for ({candidates}); pass --from CLIENT",
            path.display()
        ))
    };
    if name.ends_with(".toml") {
        return Ok(Client::Codex);
    }
    if name.ends_with(".yaml") || name.ends_with(".yml") {
        return Ok(Client::Goose);
    }
    let Ok(root) = json::parse(text) else {
        return ambiguous("it is neither JSON, YAML (.yaml) nor TOML (.toml)");
    };
    if root.get("context_servers").is_some() {
        return Ok(Client::Zed);
    }
    if root.get("servers").is_some() || root.pointer("/mcp/servers").is_some() {
        return Ok(Client::Vscode);
    }
    if root.get("mcpServers").is_none() && root.get("projects").is_none() {
        return ambiguous("it has no `mcpServers`, `servers` or `context_servers`");
    }
    if name == "claude_desktop_config.json" {
        return Ok(Client::ClaudeDesktop);
    }
    if name == ".mcp.json" || name == ".claude.json" {
        return Ok(Client::ClaudeCode);
    }
    if name.contains("mcp_config") || full.contains("windsurf") || text.contains("\"serverUrl\"") {
        return Ok(Client::Windsurf);
    }
    if full.contains(".cursor") {
        return Ok(Client::Cursor);
    }
    ambiguous(
        "an `mcpServers` file could be Claude Desktop's, Claude Code's, Cursor's or Windsurf's",
    )
}

/// Reads `path` as `client`'s config and translates every server into a Roxy entry, with names
/// fit for Roxy and unique. `cwd` is the working directory (the workspace of user-level files).
pub fn import(client: Client, path: &Path, cwd: &Path) -> Result<Source, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let parsed = client
        .parse(&text, cwd)
        .map_err(|e| format!("{} is not a {client} config: {e}", path.display()))?;
    let home = dirs::home_dir().unwrap_or_else(|| cwd.to_path_buf());
    let mut translator =
        Translator::new(client.dialect(), workspace(path, cwd), home).with_inputs(parsed.inputs);
    translator.warnings = parsed.warnings;
    let mut servers: Vec<Imported> = Vec::new();
    for raw in parsed.servers {
        let original_name = raw.name.clone();
        let Some(entry) = translator.server(raw) else {
            continue;
        };
        let mut name = crate::config::server_name(&original_name);
        let base = name.clone();
        let mut n = 1;
        while servers.iter().any(|s| s.name == name) {
            n += 1;
            name = format!("{base}_{n}");
        }
        if name != original_name {
            let why = if base != name {
                format!("`{base}` is taken")
            } else if original_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                "a server name does not start or end with `_`".to_string()
            } else {
                "server names are letters, digits, `_` and `-`".to_string()
            };
            translator
                .warnings
                .push(format!("`{original_name}` is named `{name}` ({why})"));
        }
        servers.push(Imported {
            name,
            original_name,
            entry,
        });
    }
    Ok(Source {
        servers,
        warnings: translator.warnings,
        exports: translator.exports,
    })
}

/// The folder `${workspaceFolder}` names: the project of a `.vscode/`, `.cursor/` or `.zed/`
/// file, else the working directory.
fn workspace(path: &Path, cwd: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parent = absolute.parent();
    match parent.and_then(Path::file_name).and_then(|n| n.to_str()) {
        Some(".vscode" | ".cursor" | ".zed") => parent
            .and_then(Path::parent)
            .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf),
        _ => cwd.to_path_buf(),
    }
}
