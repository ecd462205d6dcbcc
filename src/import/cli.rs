//! The two commands as a person runs them: `roxy config import` (arguments, which
//! mcp_servers.yaml it merges into, the diff on stdout, warnings and `export` lines on stderr,
//! `--write`, `--json`) and `roxy config export`. Both run before the config is loaded, so that
//! an import can start a config directory that has no mcp_servers.yaml yet.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::export::{Target, snippet};
use super::{Client, Export, Imported, Source, import, locate, merge};
use crate::config::{EMBEDDED_MCP_SERVERS, MCP_SERVERS_FILE};
use crate::output::count;

/// `roxy config import`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = DEFAULT_LOCATIONS)]
pub struct ImportArgs {
    /// The client whose config FILE is (told from the file when omitted, if only one fits).
    #[arg(long, value_enum, value_name = "CLIENT")]
    pub from: Option<Client>,
    /// The file to read; default: the client's own config file (see below).
    pub file: Option<PathBuf>,
    /// Merge the entries into mcp_servers.yaml (default: only show the diff). Comments and
    /// existing entries are kept; nothing is written if a name is taken or a check fails.
    #[arg(long)]
    pub write: bool,
    /// Leave out servers whose names mcp_servers.yaml already has, and import the rest.
    #[arg(long)]
    pub skip_existing: bool,
    /// Print the result as JSON (entries, warnings, variables to export, diff).
    #[arg(long)]
    pub json: bool,
}

const DEFAULT_LOCATIONS: &str = "\
Default files (the project's in the working directory first, then the user's):
  claude-desktop  ~/Library/Application Support/Claude/claude_desktop_config.json (macOS),
                  %APPDATA%\\Claude\\claude_desktop_config.json, ~/.config/Claude/... (Linux)
  claude-code     ./.mcp.json, ~/.claude.json (user scope and this directory's local scope)
  cursor          ./.cursor/mcp.json, ~/.cursor/mcp.json
  vscode          ./.vscode/mcp.json, the user profile's mcp.json (~/.config/Code/User/mcp.json)
  windsurf        ~/.codeium/windsurf/mcp_config.json
  goose           ~/.config/goose/config.yaml (%APPDATA%\\Block\\goose\\config\\config.yaml)
  codex           ./.codex/config.toml, $CODEX_HOME/config.toml (~/.codex/config.toml)
  zed             ./.zed/settings.json, ~/.config/zed/settings.json

Secrets found in env, headers, arguments or a URL's query are replaced by ${env:NAME} and
printed as `export NAME=...` lines on stderr; they are never written into mcp_servers.yaml.
README: \"Importing configs\".";

/// `roxy config export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The client to write the snippet for.
    #[arg(long = "for", value_enum, value_name = "CLIENT")]
    pub client: Client,
    /// Point the client at `roxy serve --http` at this URL (e.g. http://127.0.0.1:8765/mcp)
    /// instead of launching `roxy serve --stdio`.
    #[arg(long, value_name = "URL")]
    pub http: Option<String>,
    /// With --http: the environment variable holding the client's token (the value of its
    /// `serve.clients.NAME.token`), sent as `Authorization: Bearer ...`.
    #[arg(long, value_name = "NAME", requires = "http")]
    pub token_env: Option<String>,
    /// The server name the client shows.
    #[arg(long, default_value = "roxy")]
    pub name: String,
}

/// A failed command: the exit code (2: usage or config) and what to print after `error: `.
#[derive(Debug)]
pub struct CommandError {
    pub code: u8,
    pub message: String,
}

fn usage(message: impl Into<String>) -> CommandError {
    CommandError {
        code: 2,
        message: message.into(),
    }
}

/// The config directory in use: `--config`, else `ROXY_CONFIG`, else `./config` when it holds
/// mcp_servers.yaml (as `Config::discover` chooses), made absolute; `None`: built-in defaults.
fn config_dir(config: Option<&Path>) -> Option<PathBuf> {
    let dir = config
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("ROXY_CONFIG").map(PathBuf::from))
        .or_else(|| {
            let local = Path::new("config");
            local
                .join(MCP_SERVERS_FILE)
                .is_file()
                .then(|| local.to_path_buf())
        })?;
    Some(std::path::absolute(&dir).unwrap_or(dir))
}

/// What `--json` prints.
#[derive(Serialize)]
struct Report<'a> {
    client: Client,
    source: &'a Path,
    target: String,
    servers: &'a [Imported],
    /// Names left out because mcp_servers.yaml has them (with --skip-existing).
    skipped: &'a [String],
    warnings: &'a [String],
    exports: &'a [Export],
    diff: &'a str,
    written: bool,
}

/// `roxy config import`.
pub fn run_import(args: &ImportArgs, config: Option<&Path>) -> Result<(), CommandError> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (client, path) = locate(args.from, args.file.as_deref(), &cwd).map_err(usage)?;
    let Source {
        servers,
        mut warnings,
        exports,
    } = import(client, &path, &cwd).map_err(usage)?;
    let dir = config_dir(config);
    let target = dir.as_ref().map(|d| d.join(MCP_SERVERS_FILE));
    let label = target.as_ref().map_or_else(
        || "<built-in>/mcp_servers.yaml".to_string(),
        |t| t.display().to_string(),
    );
    let current = match &target {
        Some(file) if file.is_file() => std::fs::read_to_string(file)
            .map_err(|e| usage(format!("cannot read {}: {e}", file.display())))?,
        // A new file starts from the built-in servers, which the shipped skills use.
        Some(_) | None => EMBEDDED_MCP_SERVERS.to_string(),
    };
    let existing = merge::server_names(&label, &current).map_err(|errors| {
        usage(format!(
            "{label} has errors; fix them first (roxy config check shows them):\n{}",
            lines(&errors)
        ))
    })?;
    let (clashing, new): (Vec<&Imported>, Vec<&Imported>) =
        servers.iter().partition(|s| existing.contains(&s.name));
    let skipped: Vec<String> = clashing.iter().map(|s| s.name.clone()).collect();
    if !clashing.is_empty() {
        let message = clash_message(&skipped, &label);
        if args.write && !args.skip_existing {
            return Err(usage(message));
        }
        warnings.push(message);
    }
    let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    let heading = format!("# imported from {client}: {}", shown.display());
    let merged = if new.is_empty() {
        current.clone()
    } else {
        merge::insert(&current, &heading, |indent| {
            new.iter()
                .map(|s| s.entry.to_yaml(&s.name, indent))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .map_err(|e| usage(format!("{label}: {e}")))?
    };
    if let Err(errors) = merge::check(&label, &merged) {
        return Err(usage(format!(
            "the imported entries do not pass the config check; nothing was written (lines are those of {label} after the import):\n{}",
            lines(&errors)
        )));
    }
    let diff = merge::diff(&current, &merged, &label);
    let mut written = false;
    let mut created = false;
    if args.write && !new.is_empty() {
        let Some(file) = &target else {
            return Err(usage(
                "Roxy is using its built-in config, which cannot be written; pass --config DIR (DIR/mcp_servers.yaml is created if missing) or set ROXY_CONFIG",
            ));
        };
        created = !file.is_file();
        write(file, &merged)?;
        written = true;
    }
    let imported = servers.len() - skipped.len();
    if args.json {
        let report = Report {
            client,
            source: &path,
            target: label.clone(),
            servers: &servers,
            skipped: &skipped,
            warnings: &warnings,
            exports: &exports,
            diff: &diff,
            written,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        print!("{diff}");
    }
    eprintln!(
        "read {} from {} ({client})",
        count(servers.len(), "server"),
        path.display()
    );
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    print_exports(&exports, &path);
    for name in unset_variables(&new, &exports) {
        eprintln!("note: `{name}` is not set here; export it where Roxy runs");
    }
    if written {
        eprintln!("wrote {} to {label}", count(imported, "server"));
        if created {
            eprintln!("note: {label} is new: it starts with the built-in servers");
        }
    } else if new.is_empty() {
        eprintln!("nothing to import");
    } else if !args.json {
        match target {
            Some(_) => eprintln!("(preview: add --write to merge this into {label})"),
            // The built-in config cannot take it: say where it can go.
            None => eprintln!(
                "(preview: Roxy runs on its built-in config; to keep these servers, add --write with --config DIR: DIR/mcp_servers.yaml is created with the built-in servers and these)"
            ),
        }
    }
    Ok(())
}

/// "a server of this name is already in FILE: `x`; ..." with what to do about it.
fn clash_message(names: &[String], label: &str) -> String {
    let (subject, entries) = match names.len() {
        1 => ("a server of this name is", "entry"),
        _ => ("servers of these names are", "entries"),
    };
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    format!(
        "{subject} already in {label}: {}; rename or remove the existing {entries}, or pass --skip-existing to import only the others",
        names.join(", ")
    )
}

fn lines(errors: &[crate::config::ConfigError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `export NAME=...` lines, on stderr: the secrets leave the YAML but the person needs them.
fn print_exports(exports: &[Export], path: &Path) {
    if exports.is_empty() {
        return;
    }
    eprintln!(
        "# secrets of {} are not written to mcp_servers.yaml; set them where Roxy runs:",
        path.display()
    );
    for export in exports {
        match &export.value {
            Some(value) => eprintln!("export {}={}", export.name, shell_quote(value)),
            None => eprintln!("export {}=...   # {}", export.name, export.from),
        }
    }
}

/// `value` in single quotes for a POSIX shell.
fn shell_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// Variables the new entries need (`${env:NAME}` without a default) that are neither exported
/// above nor set in this environment.
fn unset_variables(new: &[&Imported], exports: &[Export]) -> Vec<String> {
    let mut names = Vec::new();
    for server in new {
        let yaml = server.entry.to_yaml(&server.name, 2);
        let mut rest = yaml.as_str();
        while let Some(start) = rest.find("${env:") {
            let after = &rest[start + 6..];
            let end = after.find('}').unwrap_or(after.len());
            let spec = &after[..end];
            if !spec.contains(":-")
                && !exports.iter().any(|e| e.name == spec)
                && std::env::var_os(spec).is_none()
                && !names.iter().any(|n| n == spec)
            {
                names.push(spec.to_string());
            }
            rest = &after[end..];
        }
    }
    names
}

/// Writes `text` to `file` through a temporary file in the same directory, so a failure leaves
/// the old file whole.
fn write(file: &Path, text: &str) -> Result<(), CommandError> {
    let fail = |e: std::io::Error| usage(format!("cannot write {}: {e}", file.display()));
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let temporary = file.with_extension("yaml.importing");
    std::fs::write(&temporary, text).map_err(fail)?;
    std::fs::rename(&temporary, file).map_err(fail)
}

/// `roxy config export`.
pub fn run_export(args: &ExportArgs, config: Option<&Path>) -> Result<(), CommandError> {
    if crate::config::server_name(&args.name) != args.name {
        return Err(usage(format!(
            "--name `{}` is not a server name; use letters, digits, `_` and `-` (e.g. `{}`)",
            args.name,
            crate::config::server_name(&args.name)
        )));
    }
    let binary = std::env::current_exe()
        .map_err(|e| usage(format!("cannot find the path of this roxy binary: {e}")))?;
    let dir = config_dir(config);
    let target = match &args.http {
        Some(url) => {
            let parsed = url::Url::parse(url).map_err(|e| {
                usage(format!(
                    "--http `{url}` is not a URL ({e}); write e.g. http://127.0.0.1:8765/mcp"
                ))
            })?;
            // "localhost:8765" parses, with `localhost` as its scheme.
            if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
                return Err(usage(format!(
                    "--http `{url}` is not an http(s) URL; write e.g. http://127.0.0.1:8765/mcp"
                )));
            }
            Target::Http {
                url,
                token_env: args.token_env.as_deref(),
            }
        }
        None => Target::Stdio {
            binary: &binary,
            config_dir: dir.as_deref(),
        },
    };
    let (text, mut notes) = snippet(args.client, &args.name, &target);
    // The client starts Roxy with its own environment, not this shell's.
    if let (Target::Stdio { .. }, Some(data)) = (&target, std::env::var_os("ROXY_DATA_DIR")) {
        notes.push(format!(
            "ROXY_DATA_DIR is set here ({}) but the client starts Roxy without it, so that Roxy keeps its memory in the default data directory; set `data_dir:` in roxy.yaml, or add ROXY_DATA_DIR to the entry's environment",
            std::path::Path::new(&data).display()
        ));
    }
    print!("{text}");
    for note in notes {
        eprintln!("note: {note}");
    }
    Ok(())
}
