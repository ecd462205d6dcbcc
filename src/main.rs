//! The `roxy` command line: parses arguments, loads the config, builds the runtime and
//! dispatches a subcommand. Results go to stdout, logs and progress to stderr.
//! Exit codes: 0 ok, 1 a tool or server reported an error, 2 usage or config error.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use roxy::config::Config;
use roxy::mcp::McpManager;
use roxy::orchestrator::Orchestrator;
use roxy::output;
use roxy::skills::{self, SkillRegistry};
use roxy::tool_arguments::parse_tool_arguments;

/// Roxy: a local-first assistant that supervises MCP servers and keeps your data on your machine.
///
/// Without a subcommand, opens the interactive assistant. The configuration is read from
/// --config DIR, else $ROXY_CONFIG, else ./config, else the defaults built into the binary.
#[derive(Parser)]
#[command(name = "roxy", version, about, long_about)]
struct Cli {
    /// Directory holding mcp_servers.yaml and roxy.yaml.
    #[arg(long, global = true, value_name = "DIR")]
    config: Option<PathBuf>,
    /// Log more (same as RUST_LOG=info).
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Show every configured server: state, uptime, restarts, tools, last error.
    Servers {
        #[command(subcommand)]
        action: Option<ServersAction>,
        /// Print JSON instead of a table (with --watch: one JSON event per line).
        #[arg(long)]
        json: bool,
        /// Keep running: start the auto_start servers, print lifecycle events as they happen,
        /// reload mcp_servers.yaml when it changes; stop everything on Ctrl-C or SIGTERM.
        #[arg(long)]
        watch: bool,
    },
    /// List the tools of all servers, or of one (starting it if needed).
    Tools {
        /// Only this server's tools.
        server: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Call one tool and print its result. Exit code 1 if the tool reports an error.
    Call {
        server: String,
        tool: String,
        /// Arguments as a JSON object, or `-` to read them from stdin. Default `{}`.
        arguments: Option<String>,
        /// Print the whole result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check the configuration.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Print metrics in Prometheus text format (of a running Roxy if `metrics.listen` is set).
    Metrics,
    /// Preview what leaves the machine: print the text with personal data and secrets replaced
    /// by placeholders, and a table of what was found.
    Redact {
        /// A file to read, or `-` (the default) for stdin.
        file: Option<PathBuf>,
    },
    /// Privacy tools.
    Privacy {
        #[command(subcommand)]
        action: PrivacyAction,
    },
    /// Answer one request and exit, e.g. `roxy ask "what time is it in Tokyo"`.
    Ask {
        /// What to ask, in words.
        #[arg(required = true, num_args = 1..)]
        words: Vec<String>,
        /// Print the whole response (skill, intent, parameters, data) as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List or check the skills.
    Skills {
        #[command(subcommand)]
        action: SkillsAction,
    },
}

#[derive(Subcommand)]
enum PrivacyAction {
    /// Score the detectors on a labelled JSONL file: lines `{"text": ..., "spans": [{"start",
    /// "end", "type"}]}` (offsets in code points, end exclusive). Prints precision, recall and F1
    /// per type and overall, the share of spans fully masked, and MB/s.
    Eval {
        file: PathBuf,
        /// Regions whose national phone formats the corpus uses, e.g. `US,GB,DE` (instead of
        /// roxy.yaml's `privacy.phone_regions`).
        #[arg(long, value_delimiter = ',')]
        phone_regions: Option<Vec<String>>,
    },
}

#[derive(Subcommand)]
enum SkillsAction {
    /// Every skill with its description, intents and tools.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Route every skill's example phrases; exit code 1 if any goes to another skill.
    Test {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ServersAction {
    /// Restart a server now, also one that has failed.
    Restart { name: String },
}

#[derive(Subcommand)]
enum ConfigAction {
    /// Validate and print the resolved configuration (secrets masked); exit code 2 on errors.
    Check {
        #[arg(long)]
        json: bool,
    },
}

/// A failure with the exit code it maps to.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
    fn tool(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

impl From<anyhow::Error> for Failure {
    fn from(error: anyhow::Error) -> Self {
        Failure::tool(format!("{error:#}"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    roxy::telemetry::init_tracing(cli.verbose);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("error: {}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}

fn load_config(dir: Option<&std::path::Path>) -> Result<Config, Failure> {
    let config = Config::discover(dir).map_err(|errors| {
        let lines: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
        Failure::usage(lines.join("\nerror: "))
    })?;
    for warning in &config.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(config)
}

async fn run(cli: Cli) -> Result<(), Failure> {
    roxy::telemetry::metrics_handle();
    let config = load_config(cli.config.as_deref())?;
    let data_dir = config.data_dir();
    if let Err(error) = std::fs::create_dir_all(&data_dir) {
        return Err(Failure::usage(format!(
            "cannot create the data directory {}: {error}; set `data_dir:` in roxy.yaml or ROXY_DATA_DIR",
            data_dir.display()
        )));
    }
    let Some(command) = cli.command else {
        serve_metrics_if_configured(&config).await;
        return Ok(roxy::repl::run(Orchestrator::new(config)?).await?);
    };
    match command {
        Command::Ask { words, json } => {
            let orchestrator = Orchestrator::new(config)?;
            let response = orchestrator.handle(&words.join(" ")).await;
            orchestrator.shutdown().await;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&response).unwrap_or_default()
                );
            } else {
                println!("{}", response.text);
            }
            if response.success {
                Ok(())
            } else {
                Err(Failure::tool(""))
            }
        }
        Command::Skills { action } => {
            let registry = SkillRegistry::load(&config)
                .map_err(|errors| Failure::usage(errors.to_string()))?;
            match action {
                SkillsAction::List { json } => {
                    print!("{}", output::skills(&registry, json));
                    Ok(())
                }
                SkillsAction::Test { json } => {
                    let report = skills::check_examples(&registry);
                    if json {
                        println!(
                            "{}",
                            serde_json::to_string_pretty(&report).unwrap_or_default()
                        );
                    } else {
                        println!("{report}");
                    }
                    if report.is_clean() {
                        Ok(())
                    } else {
                        Err(Failure::tool(""))
                    }
                }
            }
        }
        Command::Config {
            action: ConfigAction::Check { json },
        } => {
            print!("{}", output::resolved_config(&config, json));
            Ok(())
        }
        Command::Metrics => metrics(&config).await,
        Command::Redact { file } => {
            let text = read_input(file.as_deref())?;
            let preview = roxy::privacy::cli::redact_preview(&text, &config.roxy.privacy)
                .map_err(|e| Failure::usage(e.to_string()))?;
            print!("{preview}");
            Ok(())
        }
        Command::Privacy {
            action:
                PrivacyAction::Eval {
                    file,
                    phone_regions,
                },
        } => {
            let text = read_input(Some(&file))?;
            let mut privacy = config.roxy.privacy.clone();
            if let Some(regions) = phone_regions {
                privacy.phone_regions = regions;
            }
            let report = roxy::privacy::eval::evaluate(&text, &privacy)
                .map_err(|e| Failure::usage(e.to_string()))?;
            println!("{report}");
            Ok(())
        }
        Command::Servers {
            action: None,
            json,
            watch: true,
        } => watch_servers(config, json).await,
        Command::Servers {
            action,
            json,
            watch: _,
        } => {
            let manager = start_manager(config).await;
            let result = match action {
                Some(ServersAction::Restart { name }) => manager
                    .restart(&name)
                    .await
                    .map_err(|e| Failure::tool(e.to_string()))
                    .map(|()| println!("restarted `{name}`")),
                None => {
                    print!(
                        "{}",
                        output::servers(&manager.status(), &manager.config(), json)
                    );
                    Ok(())
                }
            };
            manager.shutdown().await;
            result
        }
        Command::Tools { server, json } => {
            let manager = start_manager(config).await;
            let tools = match &server {
                Some(name) => manager
                    .server_tools(name)
                    .await
                    .map_err(|e| Failure::tool(e.to_string())),
                None => Ok(manager.list_tools(true).await),
            };
            let failed: Vec<String> = manager
                .status()
                .into_iter()
                .filter_map(|s| s.last_error.map(|e| format!("{}: {e}", s.name)))
                .collect();
            manager.shutdown().await;
            let tools = tools?;
            print!("{}", output::tools(&tools, json));
            for line in failed {
                eprintln!("warning: {line}");
            }
            Ok(())
        }
        Command::Call {
            server,
            tool,
            arguments,
            json,
        } => {
            let arguments = parse_arguments(arguments.as_deref())?;
            let manager = start_manager(config).await;
            let result = manager.call_tool(&server, &tool, arguments).await;
            manager.shutdown().await;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&result).unwrap_or_default()
                );
            } else if result.success {
                println!("{}", output::call_result(&result));
            }
            match (result.success, json) {
                (true, _) => Ok(()),
                (false, true) => Err(Failure::tool("")),
                (false, false) => Err(Failure::tool(
                    result.error.unwrap_or_else(|| "the call failed".into()),
                )),
            }
        }
    }
}

/// Serves Prometheus text on `metrics.listen` while a long-running Roxy runs; a failure to
/// listen is reported and Roxy goes on without the endpoint.
async fn serve_metrics_if_configured(config: &Config) {
    if let Some(address) = &config.roxy.metrics.listen {
        match roxy::telemetry::serve_metrics(address).await {
            Ok(bound) => tracing::info!("metrics on http://{bound}/metrics"),
            Err(error) => eprintln!("warning: {error:#}"),
        }
    }
}

/// `roxy servers --watch`: supervises until SIGINT or SIGTERM, printing every event.
async fn watch_servers(config: Config, json: bool) -> Result<(), Failure> {
    serve_metrics_if_configured(&config).await;
    let manager = McpManager::new(Arc::new(config));
    let mut events = manager.subscribe();
    let printer = tokio::spawn(async move {
        while let Ok(event) = events.recv().await {
            if json {
                println!("{}", serde_json::to_string(&event).unwrap_or_default());
            } else {
                eprintln!("{}", output::event_line(&event));
            }
        }
    });
    let _config_watch = match manager.watch_config() {
        Ok(watch) => Some(watch),
        Err(reason) => {
            eprintln!("note: not watching the config: {reason}");
            None
        }
    };
    let startup = {
        let manager = manager.clone();
        tokio::spawn(async move { manager.start_auto_start().await })
    };
    let signal = shutdown_signal().await;
    startup.abort();
    eprintln!("{signal}: stopping every server");
    manager.shutdown().await;
    printer.abort();
    Ok(())
}

/// Waits for SIGINT or SIGTERM and names it.
async fn shutdown_signal() -> &'static str {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut interrupt), Ok(mut terminate)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        let _ = tokio::signal::ctrl_c().await;
        return "interrupted";
    };
    tokio::select! {
        _ = interrupt.recv() => "interrupted",
        _ = terminate.recv() => "terminated",
    }
}

/// Reads a file, or stdin for `-` or no file.
fn read_input(file: Option<&std::path::Path>) -> Result<String, Failure> {
    match file {
        None => read_stdin(),
        Some(path) if path == std::path::Path::new("-") => read_stdin(),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display()))),
    }
}

fn read_stdin() -> Result<String, Failure> {
    let mut buffer = String::new();
    std::io::stdin()
        .read_to_string(&mut buffer)
        .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?;
    Ok(buffer)
}

fn parse_arguments(text: Option<&str>) -> Result<serde_json::Value, Failure> {
    let text = match text {
        None => return Ok(serde_json::json!({})),
        Some("-") => read_stdin()?,
        Some(text) => text.to_string(),
    };
    parse_tool_arguments(&text).map_err(|error| Failure::usage(error.to_string()))
}

/// Builds the manager and starts the auto_start servers, showing progress on a terminal.
async fn start_manager(config: Config) -> McpManager {
    let manager = McpManager::new(Arc::new(config));
    let progress = std::io::stderr().is_terminal().then(|| {
        let mut events = manager.subscribe();
        tokio::spawn(async move {
            while let Ok(event) = events.recv().await {
                eprintln!("{}", output::event_line(&event));
            }
        })
    });
    // Failures are not lost: each server's last error shows in `roxy servers` and in results.
    manager.start_auto_start().await;
    if let Some(progress) = progress {
        progress.abort();
    }
    manager
}

async fn metrics(config: &Config) -> Result<(), Failure> {
    if let Some(address) = &config.roxy.metrics.listen {
        let url = format!("http://{address}/metrics");
        match reqwest::get(&url).await {
            Ok(response) if response.status().is_success() => {
                print!(
                    "{}",
                    response
                        .text()
                        .await
                        .map_err(|e| Failure::tool(e.to_string()))?
                );
                return Ok(());
            }
            Ok(response) => eprintln!(
                "note: {url} answered {}; showing this process's metrics",
                response.status()
            ),
            Err(_) => eprintln!(
                "note: no Roxy is serving metrics on {address}; showing this process's metrics"
            ),
        }
    }
    let manager = start_manager(config.clone()).await;
    print!("{}", roxy::telemetry::render_metrics());
    manager.shutdown().await;
    Ok(())
}
