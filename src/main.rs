//! The `roxy` command line: parses arguments, loads the config, builds the runtime and
//! dispatches a subcommand. Results go to stdout, logs and progress to stderr.
//! Exit codes: 0 ok, 1 a tool or server reported an error, 2 usage or config error.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use roxy::config::Config;
use roxy::control::Request;
use roxy::mcp::McpManager;
use roxy::orchestrator::Orchestrator;
use roxy::output;
use roxy::skills::{self, SkillRegistry};
use roxy::tool_arguments::{check_arguments, parse_tool_arguments, parse_typed_arguments};

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
    /// List the tools of all servers, or of one (starting it if needed), or show one tool's
    /// arguments: `roxy tools roxy_system find_files`.
    Tools {
        /// Only this server's tools.
        server: Option<String>,
        /// Show this tool's description and arguments (names, types, defaults, required).
        tool: Option<String>,
        /// Print JSON: each tool's server, name, description and input schema.
        #[arg(long)]
        json: bool,
    },
    /// Call one tool and print its result. The arguments are checked against the tool's
    /// inputSchema first (an unknown or misspelt argument is exit code 2, with "did you mean").
    /// Exit code 1 if the tool reports an error.
    Call {
        /// The server, as named in mcp_servers.yaml (`roxy servers` lists them).
        server: String,
        /// The tool (`roxy tools SERVER` lists them).
        tool: String,
        /// Arguments as NAME=VALUE words (`city=Oslo days=3`: a value is text where the tool's
        /// schema says string, JSON where it names another type), or as one JSON object
        /// (`'{"city": "Oslo", "days": 3}'`), or `-` to read a JSON object from stdin. Default
        /// `{}`.
        arguments: Vec<String>,
        /// Print the whole result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check the configuration, import other MCP clients' servers, export a snippet for them.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Print metrics in Prometheus text format: of the running Roxy (its control socket, then
    /// `metrics.listen`), else of the servers this command starts.
    Metrics {
        /// Print JSON instead: one object per sample with its name, labels and value.
        #[arg(long)]
        json: bool,
    },
    /// Preview what leaves the machine: print the text with personal data and secrets replaced
    /// by placeholders, and a table of what was found.
    Redact {
        /// A file to read, or `-` (the default) for stdin.
        file: Option<PathBuf>,
        /// The text itself, instead of a file: `roxy redact --text "call me at 555-0132"`.
        #[arg(long, conflicts_with = "file")]
        text: Option<String>,
    },
    /// Privacy tools.
    Privacy {
        #[command(subcommand)]
        action: PrivacyAction,
    },
    /// Answer one request and exit, e.g. `roxy ask "what time is it in Tokyo"`.
    Ask {
        /// What to ask, in words (a negative number may come first: `roxy ask -5 plus 3`).
        #[arg(required = true, num_args = 1.., allow_negative_numbers = true)]
        words: Vec<String>,
        /// Print the whole response (skill, intent, parameters, data) as JSON; a language
        /// model's answer adds its tool calls, steps and token usage under `data`.
        #[arg(long)]
        json: bool,
        /// Let the language model run tools that need approval (they are declined otherwise).
        #[arg(long)]
        yes: bool,
    },
    /// Log in to an http/sse server behind OAuth, log out, or show the login state of each.
    Auth {
        #[command(subcommand)]
        action: AuthAction,
    },
    /// List or check the skills.
    Skills {
        #[command(subcommand)]
        action: SkillsAction,
    },
    /// Serve every configured server as one MCP server, for other clients (Claude Desktop,
    /// editors, agents): tools and prompts as `server__name`, resources by URI, calls through
    /// Roxy's supervision and privacy gateway. What is served is printed on stderr.
    Serve {
        /// Speak MCP on stdin/stdout, for clients that launch a command (logs go to stderr).
        #[arg(long, conflicts_with = "http")]
        stdio: bool,
        /// Serve Streamable HTTP at http://ADDRESS/mcp; without ADDRESS, `serve.listen` from
        /// roxy.yaml (default 127.0.0.1:8765). A non-loopback address needs `serve.clients`.
        #[arg(long, value_name = "ADDRESS", num_args = 0..=1, default_missing_value = "")]
        http: Option<String>,
        /// Serve only this server, under its own tool and prompt names (no `server__` prefix).
        #[arg(long, value_name = "NAME")]
        server: Option<String>,
    },
    /// Prepare what the built-in Python servers need: create or update the venv Roxy keeps in
    /// its data directory and install the packages built into this binary with pip (needs
    /// PyPI, or PIP_INDEX_URL / PIP_FIND_LINKS). Otherwise done on first need. Does nothing
    /// when the config names a venv of its own (`python.venv`, a project `.venv`, VIRTUAL_ENV).
    Setup {
        /// Reinstall even when the venv is up to date.
        #[arg(long)]
        force: bool,
        /// Also build the voice engines' venv (`voice-venv` in the data directory: pocketsphinx,
        /// Piper and its voice, faster-whisper and Whisper tiny.en; about 900 MB) for
        /// `roxy voice`. A checkout's `.venv-voice` (scripts/setup.sh) is used first when present.
        #[arg(long)]
        voice: bool,
    },
    /// Talk to Roxy: `roxy voice --input request.wav --output answer.wav` answers one recorded
    /// request (recognized with a grammar built from the skills' templates, routed like
    /// `roxy ask`, spoken with Piper or espeak-ng). Without --input it listens to the
    /// microphone (builds with `--features live-audio`): say "okay roxy" and the request, or
    /// press Enter and talk; a typed line corrects what was heard; Ctrl-D stops.
    Voice {
        #[command(subcommand)]
        action: Option<VoiceAction>,
        /// A WAV file with the spoken request (16-bit PCM, any rate).
        #[arg(long, value_name = "FILE.wav")]
        input: Option<PathBuf>,
        /// Where to write the spoken answer as WAV.
        #[arg(long, value_name = "FILE.wav")]
        output: Option<PathBuf>,
        /// Print what was heard, the response and the timings as JSON.
        #[arg(long)]
        json: bool,
        /// Live: do not listen for the wake word; only Enter starts listening.
        #[arg(long, conflicts_with = "input")]
        push_to_talk: bool,
    },
}

#[derive(Subcommand)]
enum VoiceAction {
    /// Print the JSGF grammar the recognizer listens with (built from the skills' templates).
    Grammar,
    /// List the audio devices (microphones and speakers) the live loop can use; their ids go in
    /// roxy.yaml's `voice.input_device` / `voice.output_device`.
    Devices {
        /// Print the devices as JSON (id, name, input/output, default) instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum PrivacyAction {
    /// Score the detectors on a labelled JSONL file: lines `{"text": ..., "spans": [{"start",
    /// "end", "type"}]}` (offsets in code points, end exclusive). Prints precision, recall and F1
    /// per type and overall, the share of spans fully masked, and MB/s.
    Eval {
        /// The labelled corpus (JSONL), e.g. tests/privacy/corpus.jsonl in a checkout.
        file: PathBuf,
        /// Regions whose national phone formats the corpus uses, e.g. `US,GB,DE` (instead of
        /// roxy.yaml's `privacy.phone_regions`).
        #[arg(long, value_delimiter = ',')]
        phone_regions: Option<Vec<String>>,
        /// Print JSON: per type and overall counts, precision, recall and F1, and MB/s.
        #[arg(long)]
        json: bool,
        /// Also list every gold span missed or not fully masked and every wrong finding, with
        /// its record number, the rule that made a wrong finding and the text around it, then
        /// how many wrong findings each rule made (in JSON: `misses` and `wrong_by_rule`).
        #[arg(long)]
        misses: bool,
    },
}

#[derive(Subcommand)]
enum SkillsAction {
    /// Every skill with its description, intents and tools.
    List {
        /// Print JSON: each skill's manifest (intents, templates, tools, network).
        #[arg(long)]
        json: bool,
    },
    /// Route every skill's example phrases (exit code 1 if any goes to another skill), check
    /// the tools the skills call against their servers (started for it: a tool that does not
    /// exist, an argument it does not take or of another type, a required one missing, an
    /// external server without `network: true`; exit code 1), then score the tuning part of the
    /// phrasebook (tests/phrasebooks/phrases.tsv in a checkout): the share routed right and the
    /// share of out-of-scope phrases a skill took anyway.
    Test(SkillsTestArgs),
}

#[derive(clap::Args)]
struct SkillsTestArgs {
    /// Print JSON: the example check, the tool check and the phrasebook scores.
    #[arg(long)]
    json: bool,
    /// The phrasebook to score (default: tests/phrasebooks/phrases.tsv under the project root,
    /// when there is one).
    #[arg(long, value_name = "FILE")]
    phrasebook: Option<PathBuf>,
    /// Score the held-out part instead of the tuning part (report it; never tune on it).
    #[arg(long)]
    held_out: bool,
    /// Exit code 1 when less than this share (0..1) of in-scope phrases routes right.
    #[arg(long, value_name = "SHARE")]
    min_routed: Option<f64>,
    /// Exit code 1 when more than this share (0..1) of out-of-scope phrases reaches a skill.
    #[arg(long, value_name = "SHARE")]
    max_false_accepts: Option<f64>,
    /// Do not start the servers: the skills' tools and arguments are not checked.
    #[arg(long)]
    no_servers: bool,
}

#[derive(Subcommand)]
enum AuthAction {
    /// Sign in to SERVER now: opens the browser (the URL is also printed) and waits for the
    /// redirect to a listener on 127.0.0.1; tokens are stored in the data directory.
    Login {
        /// The http/sse server, as named in mcp_servers.yaml.
        server: String,
    },
    /// Delete SERVER's stored tokens and client registration.
    Logout {
        /// The http/sse server, as named in mcp_servers.yaml.
        server: String,
    },
    /// Each http/sse server: logged_in, expired or needs_login, scopes, expiry (never a token).
    Status {
        /// Print JSON: one object per server.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ServersAction {
    /// Restart a server now, also one that has failed: in the running Roxy (the REPL or
    /// `roxy servers --watch` with this config) if one runs; else only checks that it starts.
    Restart {
        /// The server, as named in mcp_servers.yaml.
        name: String,
    },
}

#[derive(Subcommand)]
enum ConfigAction {
    /// Validate and print the resolved configuration (secrets masked); exit code 2 on errors.
    Check {
        /// Print the resolved configuration as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Read another MCP client's servers (Claude Desktop, Claude Code, Cursor, VS Code,
    /// Windsurf, goose, Codex, Zed) and show them as mcp_servers.yaml entries, as a diff;
    /// --write merges them in.
    Import(roxy::import::ImportArgs),
    /// Print the snippet that points a client at `roxy serve`, in that client's format.
    Export(roxy::import::ExportArgs),
}

/// A failure with the exit code it maps to.
struct Failure {
    code: u8,
    message: String,
    /// The command's own output is on stdout already (a `--json` list, then the failure):
    /// the failure goes to stderr alone.
    after_output: bool,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
            after_output: false,
        }
    }
    fn tool(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
            after_output: false,
        }
    }
    /// A tool or server failure reported after the command printed its output.
    fn after_output(message: impl Into<String>) -> Self {
        Failure {
            after_output: true,
            ..Failure::tool(message)
        }
    }
}

impl From<anyhow::Error> for Failure {
    /// A skill file that does not load is a configuration error (exit code 2), as a config
    /// file's is; anything else is a failure (1).
    fn from(error: anyhow::Error) -> Self {
        if error.downcast_ref::<roxy::skills::SkillErrors>().is_some() {
            return Failure::usage(format!("{error:#}"));
        }
        Failure::tool(format!("{error:#}"))
    }
}

fn main() -> ExitCode {
    roxy::output::end_cleanly_when_output_fails();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    roxy::telemetry::init_tracing(cli.verbose);
    // On a worker, not in `block_on`: see `roxy::runtime`.
    match roxy::runtime::run_on_worker(run(cli)) {
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            ExitCode::from(1)
        }
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(failure)) => {
            if !failure.message.is_empty() {
                eprintln!("error: {}", failure.message);
                // A script that asked for JSON reads JSON on stdout, also when the command
                // failed (a failed tool call has already printed its result there).
                if json_requested() && !failure.after_output {
                    let error =
                        serde_json::json!({ "error": failure.message, "exit_code": failure.code });
                    println!("{error}");
                }
            }
            ExitCode::from(failure.code)
        }
    }
}

/// Whether the command line asks for `--json` (before a `--`, after which words are a
/// request's).
fn json_requested() -> bool {
    std::env::args()
        .skip(1)
        .take_while(|arg| arg != "--")
        .any(|arg| arg == "--json")
}

/// Prints clap's error (or help, or version) and exits with its code; `roxy what time is it`
/// also says how to ask: the words are a request, not a subcommand.
fn usage_error(error: &clap::Error) -> ExitCode {
    let code = u8::try_from(error.exit_code()).unwrap_or(2);
    let _ = error.print();
    // `--json` promises one JSON document on stdout, also for a command line that is wrong.
    if code != 0 && json_requested() {
        // Clap's first paragraph, without its usage and hints.
        let rendered = error.render().to_string();
        let paragraph: Vec<&str> = rendered
            .lines()
            .take_while(|line| !line.trim().is_empty())
            .map(str::trim)
            .collect();
        let message = paragraph.join(" ");
        let message = message.trim_start_matches("error: ");
        println!(
            "{}",
            serde_json::json!({ "error": message, "exit_code": code })
        );
    }
    if error.kind() == clap::error::ErrorKind::InvalidSubcommand
        && let Some(clap::error::ContextValue::String(word)) =
            error.get(clap::error::ContextKind::InvalidSubcommand)
    {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if let Some(at) = args.iter().position(|arg| arg == word)
            && args.len() - at > 1
        {
            eprintln!(
                "\nTo ask Roxy, put `ask` first: roxy ask \"{}\"",
                args[at..].join(" ")
            );
        }
    }
    ExitCode::from(code)
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
    // Import and export run before the config loads: an import may start a new config dir.
    let config_dir = cli.config.as_deref();
    let interop = match &cli.command {
        Some(Command::Config {
            action: ConfigAction::Import(args),
        }) => Some(roxy::import::run_import(args, config_dir)),
        Some(Command::Config {
            action: ConfigAction::Export(args),
        }) => Some(roxy::import::run_export(args, config_dir)),
        _ => None,
    };
    if let Some(result) = interop {
        return result.map_err(|e| Failure {
            code: e.code,
            message: e.message,
            after_output: false,
        });
    }
    let config = load_config(cli.config.as_deref())?;
    let data_dir = config.data_dir();
    if let Err(error) = roxy::private_files::create_dir(&data_dir) {
        return Err(Failure::usage(format!(
            "cannot create the data directory {}: {error}; set `data_dir:` in roxy.yaml or ROXY_DATA_DIR",
            data_dir.display()
        )));
    }
    if starts_all_servers(cli.command.as_ref()) {
        prepare_python(&config).await?;
    }
    if ends_at_a_signal(cli.command.as_ref()) {
        exit_on_signal();
    }
    let Some(command) = cli.command else {
        serve_metrics_if_configured(&config).await;
        let orchestrator = Orchestrator::new(config)?;
        let _control = roxy::control::serve(orchestrator.manager().clone());
        return Ok(roxy::repl::run(orchestrator).await?);
    };
    match command {
        Command::Setup { force, voice } => {
            match roxy::mcp::prepare_python(&config, force)
                .await
                .map_err(Failure::tool)?
            {
                None => println!("nothing to do: the config uses its own venv"),
                Some(outcome) => {
                    let dir = config.data_dir().join("venv");
                    match outcome {
                        roxy::mcp::PythonSetup::UpToDate => {
                            println!("{} is up to date", dir.display())
                        }
                        roxy::mcp::PythonSetup::Built => println!("{} is ready", dir.display()),
                    }
                }
            }
            if voice {
                let dir = roxy::voice::setup::voice_venv_dir(&config);
                match roxy::voice::setup::prepare(&config, force)
                    .await
                    .map_err(Failure::tool)?
                {
                    roxy::mcp::PythonSetup::UpToDate => println!("{} is up to date", dir.display()),
                    roxy::mcp::PythonSetup::Built => println!("{} is ready", dir.display()),
                }
            }
            Ok(())
        }
        Command::Ask { words, json, yes } => {
            if words.iter().all(|word| word.trim().is_empty()) {
                return Err(Failure::usage(
                    "nothing to ask: say it in words, e.g. `roxy ask \"what can you do\"`",
                ));
            }
            let orchestrator = Orchestrator::new(config)?;
            let approver: std::sync::Arc<dyn roxy::llm::Approver> = if yes {
                std::sync::Arc::new(roxy::llm::ApproveAll)
            } else {
                std::sync::Arc::new(roxy::llm::DeclineAll)
            };
            let interaction = roxy::llm::Interaction {
                events: None,
                approver,
            };
            let response = orchestrator
                .handle_with(&words.join(" "), &interaction)
                .await;
            orchestrator.shutdown().await;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&response).unwrap_or_default()
                );
            } else {
                println!("{}", response.text);
                ring_due_alarms(&data_dir);
            }
            if response.success {
                Ok(())
            } else {
                Err(Failure::tool(""))
            }
        }
        Command::Voice {
            action: Some(VoiceAction::Grammar),
            ..
        } => {
            let registry = SkillRegistry::load(&config)
                .map_err(|errors| Failure::usage(errors.to_string()))?;
            let grammar = roxy::voice::grammar::build(
                registry.skills().iter().map(|skill| skill.manifest()),
                &config.roxy.voice.slots,
            );
            print!("{}", grammar.text);
            Ok(())
        }
        Command::Voice {
            action: Some(VoiceAction::Devices { json }),
            ..
        } => {
            let devices = roxy::voice::audio::devices().map_err(Failure::usage)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&devices).unwrap_or_default()
                );
            } else if devices.is_empty() {
                return Err(Failure::usage(
                    "no audio devices found; record the request to a WAV file and run \
                     `roxy voice --input FILE.wav [--output ANSWER.wav]`",
                ));
            } else {
                for device in &devices {
                    let mut can = Vec::new();
                    for (yes, what) in [
                        (device.input, "input"),
                        (device.output, "output"),
                        (device.default_input, "default input"),
                        (device.default_output, "default output"),
                    ] {
                        if yes {
                            can.push(what);
                        }
                    }
                    println!("{}  {} ({})", device.id, device.name, can.join(", "));
                }
            }
            Ok(())
        }
        Command::Voice {
            action: None,
            input: None,
            push_to_talk,
            ..
        } => {
            let orchestrator = Orchestrator::new(config)?;
            let live = match roxy::voice::live::Live::open(&orchestrator).await {
                Ok(live) => live,
                Err(error) => {
                    orchestrator.shutdown().await;
                    return Err(Failure::usage(error));
                }
            };
            let options = roxy::voice::live::LiveOptions {
                wake_word: !push_to_talk,
            };
            let outcome = roxy::voice::live::run(&orchestrator, live, options).await;
            orchestrator.shutdown().await;
            outcome.map_err(Failure::tool)
        }
        Command::Voice {
            action: None,
            input: Some(input),
            output,
            json,
            ..
        } => {
            // A file that cannot be read or written is the command's mistake (exit 2), found
            // before anything is heard or done.
            let wav = roxy::voice::read_request(&input).map_err(Failure::usage)?;
            if let Some(output) = &output {
                roxy::voice::check_writable(output).map_err(Failure::usage)?;
            }
            let data_dir = config.data_dir();
            let orchestrator = Orchestrator::new(config)?;
            let exchange = roxy::voice::answer_file(&orchestrator, &wav, output.as_deref()).await;
            orchestrator.shutdown().await;
            let exchange = exchange.map_err(Failure::tool)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&exchange).unwrap_or_default()
                );
            } else {
                println!("heard: {}", exchange.heard.text);
                println!("{}", exchange.response.text);
                ring_due_alarms(&data_dir);
                eprintln!("{}", exchange.latency_line());
            }
            if exchange.understood && exchange.response.success {
                Ok(())
            } else {
                Err(Failure::tool(""))
            }
        }
        Command::Auth { action } => {
            use roxy::mcp::auth::commands;
            let output = match action {
                AuthAction::Login { server } => commands::login(&config, &server).await,
                AuthAction::Logout { server } => commands::logout(&config, &server),
                AuthAction::Status { json } => {
                    print!(
                        "{}",
                        commands::status(&config, json).map_err(Failure::usage)?
                    );
                    return Ok(());
                }
            };
            println!("{}", output.map_err(Failure::tool)?);
            Ok(())
        }
        Command::Skills { action } => {
            let registry = SkillRegistry::load(&config)
                .map_err(|errors| Failure::usage(errors.to_string()))?;
            match action {
                SkillsAction::List { json } => {
                    print!("{}", output::skills(&registry, &config, json));
                    Ok(())
                }
                SkillsAction::Test(args) => skills_test(config, &registry, args).await,
            }
        }
        Command::Config {
            action: ConfigAction::Check { json },
        } => {
            // The skills are configuration too: a skill file that does not load stops Roxy.
            SkillRegistry::load(&config).map_err(|errors| Failure::usage(errors.to_string()))?;
            print!("{}", output::resolved_config(&config, json));
            Ok(())
        }
        Command::Config {
            action: ConfigAction::Import(_) | ConfigAction::Export(_),
        } => Ok(()),
        Command::Metrics { json } => metrics(&config, json).await,
        Command::Redact { file, text } => {
            let text = match text {
                Some(text) => text,
                None => read_input(file.as_deref()).map_err(|failure| match &file {
                    // Words, not a file name: say how to redact them.
                    Some(said) if !said.exists() && said.to_string_lossy().contains(' ') => {
                        Failure::usage(format!(
                            "{}\nTo redact that text itself: roxy redact --text \"{}\" (or pipe it: echo ... | roxy redact)",
                            failure.message,
                            said.display()
                        ))
                    }
                    _ => failure,
                })?,
            };
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
                    json,
                    misses,
                },
        } => {
            let text = read_input(Some(&file))?;
            let mut privacy = config.roxy.privacy.clone();
            if let Some(regions) = phone_regions {
                privacy.phone_regions = regions;
            }
            let report = roxy::privacy::eval::evaluate(&text, &privacy)
                .map_err(|e| Failure::usage(e.to_string()))?;
            if json {
                println!("{}", output::eval_json(&report, misses));
            } else {
                if misses {
                    report.misses.iter().for_each(|miss| println!("{miss}"));
                    let by_rule: Vec<String> = report
                        .wrong_by_rule()
                        .into_iter()
                        .map(|(rule, count)| format!("{rule} {count}"))
                        .collect();
                    if !by_rule.is_empty() {
                        println!("wrong findings by rule: {}", by_rule.join(", "));
                    }
                }
                println!("{report}");
            }
            Ok(())
        }
        Command::Servers {
            action: None,
            json,
            watch: true,
        } => watch_servers(config, json).await,
        Command::Serve {
            stdio,
            http,
            server,
        } => serve(config, stdio, http, server).await,
        Command::Servers {
            action,
            json,
            watch: _,
        } => {
            let request = match &action {
                Some(ServersAction::Restart { name }) => {
                    known_server(&config, name)?;
                    Request::Restart {
                        server: name.clone(),
                    }
                }
                None => Request::Servers {
                    json,
                    width: output::terminal_width(),
                },
            };
            if let Some(answer) = ask_running(&config, request).await {
                return answer;
            }
            let manager = start_manager(config, None).await;
            let result = match action {
                // No Roxy runs to restart it in: what can be done is to check that it starts.
                Some(ServersAction::Restart { name }) => manager
                    .restart(&name)
                    .await
                    .map_err(|e| Failure::tool(e.to_string()))
                    .map(|()| {
                        println!(
                            "`{name}` starts cleanly; no Roxy is running with this config, so no running server was restarted"
                        )
                    }),
                None => {
                    let statuses = manager.status();
                    print!("{}", output::servers(&statuses, &manager.config(), json));
                    output::servers_failure(&statuses).map_or(Ok(()), |e| Err(Failure::after_output(e)))
                }
            };
            manager.shutdown().await;
            result
        }
        Command::Tools {
            server,
            tool: Some(tool),
            json,
        } => {
            let server = server.unwrap_or_default();
            known_server(&config, &server)?;
            let manager = start_manager(config, Some(&server)).await;
            let found = find_tool(&manager, &server, &tool).await;
            manager.shutdown().await;
            print!("{}", output::tool_detail(&found?, json));
            Ok(())
        }
        Command::Tools {
            server,
            tool: None,
            json,
        } => {
            if let Some(name) = &server {
                known_server(&config, name)?;
            }
            let width = output::terminal_width();
            let request = Request::Tools {
                server: server.clone(),
                json,
                width,
            };
            if let Some(answer) = ask_running(&config, request).await {
                return answer;
            }
            let manager = start_manager(config, server.as_deref()).await;
            let tools = match &server {
                Some(name) => manager
                    .server_tools(name)
                    .await
                    .map_err(|e| Failure::tool(e.to_string())),
                None => Ok(manager.list_tools(true).await),
            };
            let statuses = manager.status();
            manager.shutdown().await;
            let tools = tools?;
            print!("{}", output::tools(&tools, json));
            for status in &statuses {
                if let Some(error) = &status.last_error {
                    eprintln!("warning: {}: {error}", status.name);
                }
            }
            // As `roxy servers`: no server running because they all failed is a failure.
            output::servers_failure(&statuses).map_or(Ok(()), |e| Err(Failure::after_output(e)))
        }
        Command::Call {
            server,
            tool,
            arguments,
            json,
        } => {
            known_server(&config, &server)?;
            let manager = start_manager(config, Some(&server)).await;
            // The tool's schema first: a mistake in the arguments is shown written right.
            let checked = find_tool(&manager, &server, &tool).await.and_then(|info| {
                let schema = &info.tool.input_schema;
                let arguments = parse_arguments(&arguments, schema)?;
                check_arguments(&tool, schema, &arguments).map_err(Failure::usage)?;
                Ok(arguments)
            });
            let arguments = match checked {
                Ok(arguments) => arguments,
                Err(failure) => {
                    manager.shutdown().await;
                    return Err(failure);
                }
            };
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
                (false, false) => Err(Failure::tool(match result.error {
                    Some(error) => roxy::skills::declarative::in_plain_words(&error, &tool)
                        .unwrap_or_else(|| {
                            format!(
                                "`{tool}` failed without saying why (its answer: {error}); \
                                 run with -v to see the server's log"
                            )
                        }),
                    None => "the call failed".into(),
                })),
            }
        }
    }
}

/// After a one-shot answer in words, the timers and reminders that came due while no REPL was
/// running to ring them (`--json` output stays the answer alone; the REPL rings those later).
fn ring_due_alarms(data_dir: &std::path::Path) {
    let announcements = roxy::skills::builtin::timers::Alarms::open_in(data_dir)
        .and_then(|alarms| alarms.take_due_announcements());
    match announcements {
        Ok(announcements) => {
            for announcement in announcements {
                println!("{announcement}");
            }
        }
        Err(error) => tracing::warn!("could not read timers and reminders: {error}"),
    }
}

/// Asks the Roxy that is running with this data directory (control socket) and prints its
/// answer; `None` (after saying so on stderr) when none is running, so the command starts the
/// servers itself.
async fn ask_running(config: &Config, request: Request) -> Option<Result<(), Failure>> {
    match roxy::control::ask(config, &request).await {
        Some(Ok(answer)) => {
            eprintln!("note: from the running Roxy (pid {})", answer.pid);
            print!("{}", answer.output);
            let printed = !answer.output.is_empty();
            Some(answer.error.map_or(Ok(()), |e| {
                Err(if printed {
                    Failure::after_output(e)
                } else {
                    Failure::tool(e)
                })
            }))
        }
        Some(Err(error)) => Some(Err(Failure::tool(error))),
        None => {
            say_none_is_running(config);
            None
        }
    }
}

/// Says that this command starts its own servers, and from which config: run from another
/// directory, Roxy uses the built-in config, and the servers listed are not the project's.
fn say_none_is_running(config: &Config) {
    let which = match &config.source {
        roxy::config::ConfigSource::Dir(dir) => format!("the config in {}", dir.display()),
        roxy::config::ConfigSource::Embedded => {
            "the built-in config (no ./config/mcp_servers.yaml here; --config DIR names one)"
                .to_string()
        }
    };
    eprintln!("note: no Roxy is running; starting the servers for this command, from {which}");
}

/// A usage error (exit code 2) with "did you mean" unless `name` is a configured server; a
/// disabled one is a configuration matter too (2).
fn known_server(config: &Config, name: &str) -> Result<(), Failure> {
    if let Some(server) = config.mcp.servers.get(name) {
        if !server.enabled {
            return Err(Failure::usage(
                roxy::mcp::McpError::Disabled {
                    server: name.to_string(),
                }
                .to_string(),
            ));
        }
        return Ok(());
    }
    Err(Failure::usage(
        roxy::mcp::McpError::UnknownServer {
            server: name.to_string(),
            known: config.mcp.servers.keys().cloned().collect(),
        }
        .to_string(),
    ))
}

/// One tool of a server (started if needed): a usage error (2) with "did you mean" for an
/// unknown name, exit code 1 when the server cannot start.
async fn find_tool(
    manager: &McpManager,
    server: &str,
    tool: &str,
) -> Result<roxy::mcp::ToolInfo, Failure> {
    let tools = manager
        .server_tools(server)
        .await
        .map_err(|e| Failure::tool(e.to_string()))?;
    let known: Vec<String> = tools.iter().map(|t| t.tool.name.clone()).collect();
    tools
        .into_iter()
        .find(|t| t.tool.name == tool)
        .ok_or_else(|| {
            Failure::usage(
                roxy::mcp::McpError::UnknownTool {
                    server: server.to_string(),
                    tool: tool.to_string(),
                    known,
                }
                .to_string(),
            )
        })
}

/// Whether `command` starts every auto-start server at once, so that the managed Python venv
/// is built first, its progress shown before anything else. `roxy ask` and `roxy call` start
/// only the server they need, and a python server builds the venv itself when it first starts
/// (`roxy ask "hi"` on a fresh machine answers at once instead of waiting for pip).
fn starts_all_servers(command: Option<&Command>) -> bool {
    matches!(
        command,
        None | Some(Command::Servers { .. } | Command::Tools { .. } | Command::Metrics { .. })
    )
}

/// Builds or updates the managed venv when a python server will need it (`roxy setup`).
async fn prepare_python(config: &Config) -> Result<(), Failure> {
    let python = roxy::config::TransportKind::Python;
    if config.mcp.servers.values().any(|s| s.transport == python) {
        roxy::mcp::prepare_python(config, false)
            .await
            .map_err(Failure::tool)?;
    }
    Ok(())
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
    let _control = roxy::control::serve(manager.clone());
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

/// `roxy serve`: starts the servers, prints what is served on stderr, serves on stdio until
/// stdin ends or on HTTP until SIGINT/SIGTERM, reloading mcp_servers.yaml when it changes.
async fn serve(
    config: Config,
    stdio: bool,
    http: Option<String>,
    only: Option<String>,
) -> Result<(), Failure> {
    if !stdio && http.is_none() {
        return Err(Failure::usage(
            "say how to serve: `roxy serve --stdio` (for clients that launch a command) or `roxy serve --http [ADDRESS]`",
        ));
    }
    serve_metrics_if_configured(&config).await;
    let listen = match http.as_deref() {
        None | Some("") => config.roxy.serve.listen.clone(),
        Some(address) => address.to_string(),
    };
    let hub = roxy::serve::Hub::new(config, only).map_err(Failure::usage)?;
    // The operator's log: which servers started, failed, crashed or restarted (a hung backend
    // kept clients waiting and said nothing).
    let mut events = hub.manager().subscribe();
    let event_log = tokio::spawn(async move {
        while let Ok(event) = events.recv().await {
            eprintln!("{}", output::event_line(&event));
        }
    });
    let _config_watch = hub
        .manager()
        .watch_config()
        .inspect_err(|reason| eprintln!("note: not watching the config: {reason}"));
    hub.start().await;
    let summary = hub.summary().await;
    let result = if stdio {
        eprintln!("roxy serve: {summary}; speaking MCP on stdio");
        tokio::select! {
            served = roxy::serve::serve_stdio(&hub) => served.map_err(|e| Failure::tool(format!("stdio: {e}"))),
            signal = shutdown_signal() => { eprintln!("{signal}: stopping every server"); Ok(()) }
        }
    } else {
        let server = roxy::serve::serve_http(hub.clone(), &listen)
            .await
            .map_err(Failure::usage)?;
        let clients: Vec<String> = hub
            .manager()
            .config()
            .roxy
            .serve
            .clients
            .keys()
            .cloned()
            .collect();
        let access = if clients.is_empty() {
            "no token needed, loopback only".to_string()
        } else {
            format!("clients: {}", clients.join(", "))
        };
        eprintln!("roxy serve: {summary}; MCP at {} ({access})", server.url());
        let signal = shutdown_signal().await;
        eprintln!("{signal}: stopping every server");
        server.stop();
        Ok(())
    };
    hub.manager().shutdown().await;
    event_log.abort();
    result
}

/// Whether `command` is one-shot work that Ctrl-C or SIGTERM simply ends: not the REPL,
/// `servers --watch` or `serve`, which stop their servers themselves at a signal.
fn ends_at_a_signal(command: Option<&Command>) -> bool {
    !matches!(
        command,
        None | Some(Command::Serve { .. } | Command::Servers { watch: true, .. })
    )
}

/// Makes SIGINT (Ctrl-C) and SIGTERM end this process at once, with the shell's code (130,
/// 143). Taken before any embedded Python starts: Python's `signal` module, which the SDKs
/// import, takes SIGINT over when nobody else has, and its handler only sets a flag that
/// Python checks now and then on its own main thread, so Ctrl-C did nothing while a tool ran.
/// Stdio servers go with their keepers (see `transport::stdio`), embedded ones with the process.
/// A signal the process was started ignoring (`nohup`, a background job of a script) stays
/// ignored.
fn exit_on_signal() {
    if ignored(libc::SIGINT) || ignored(libc::SIGTERM) {
        return;
    }
    let Some(mut signals) = ShutdownSignals::take() else {
        return;
    };
    tokio::spawn(async move {
        let (name, code) = signals.next().await;
        eprintln!("{name}");
        std::process::exit(code);
    });
}

/// Whether `signal` is ignored by this process.
fn ignored(signal: libc::c_int) -> bool {
    // SAFETY: an all-zero `sigaction` is a valid value to be written over; a null new action
    // only reads the current one.
    let mut current: libc::sigaction = unsafe { std::mem::zeroed() };
    let read = unsafe { libc::sigaction(signal, std::ptr::null(), &mut current) };
    read == 0 && current.sa_sigaction == libc::SIG_IGN
}

/// Waits for SIGINT or SIGTERM and names it.
async fn shutdown_signal() -> &'static str {
    match ShutdownSignals::take() {
        Some(mut signals) => signals.next().await.0,
        None => {
            let _ = tokio::signal::ctrl_c().await;
            "interrupted"
        }
    }
}

/// SIGINT and SIGTERM, taken over from their default action when made.
struct ShutdownSignals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

impl ShutdownSignals {
    fn take() -> Option<ShutdownSignals> {
        use tokio::signal::unix::{SignalKind, signal};
        Some(ShutdownSignals {
            interrupt: signal(SignalKind::interrupt()).ok()?,
            terminate: signal(SignalKind::terminate()).ok()?,
        })
    }

    /// The next of them to come: its name and the shell's exit code for it.
    async fn next(&mut self) -> (&'static str, i32) {
        tokio::select! {
            _ = self.interrupt.recv() => ("interrupted", 130),
            _ = self.terminate.recv() => ("terminated", 143),
        }
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

/// The arguments of `roxy call` (`-`: a JSON object from stdin) for the tool whose
/// `inputSchema` is `schema`; none is `{}`.
fn parse_arguments(
    words: &[String],
    schema: &serde_json::Value,
) -> Result<serde_json::Value, Failure> {
    let parsed = match words {
        [dash] if dash == "-" => parse_tool_arguments(&read_stdin()?, schema),
        words => parse_typed_arguments(words, schema),
    };
    parsed.map_err(|error| Failure::usage(error.to_string()))
}

/// The servers' manager for one command, with the `auto_start` servers started; with `only`,
/// that one server alone (`roxy call`, `roxy tools SERVER`), so that a slow or broken server
/// the command does not use keeps it waiting for nothing. Start-up is shown on a terminal.
async fn start_manager(config: Config, only: Option<&str>) -> McpManager {
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
    match only {
        None => drop(manager.start_auto_start().await),
        // Its failure is the command's to report, when it asks for the server's tools again.
        Some(server) => drop(manager.server_tools(server).await),
    }
    if let Some(progress) = progress {
        progress.abort();
    }
    manager
}

async fn metrics(config: &Config, json: bool) -> Result<(), Failure> {
    let text = metrics_text(config).await?;
    if json {
        println!("{}", output::metrics_json(&text));
    } else {
        print!("{text}");
    }
    Ok(())
}

/// The Prometheus text of the running Roxy (control socket, then `metrics.listen`), else of
/// this process after starting the servers.
async fn metrics_text(config: &Config) -> Result<String, Failure> {
    match roxy::control::ask(config, &Request::Metrics).await {
        Some(Ok(answer)) => {
            eprintln!("note: from the running Roxy (pid {})", answer.pid);
            return match answer.error {
                Some(error) => Err(Failure::tool(error)),
                None => Ok(answer.output),
            };
        }
        Some(Err(error)) => return Err(Failure::tool(error)),
        None => say_none_is_running(config),
    }
    if let Some(address) = &config.roxy.metrics.listen {
        let url = format!("http://{address}/metrics");
        match reqwest::get(&url).await {
            Ok(response) if response.status().is_success() => {
                return response
                    .text()
                    .await
                    .map_err(|e| Failure::tool(e.to_string()));
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
    let manager = start_manager(config.clone(), None).await;
    let text = roxy::telemetry::render_metrics();
    manager.shutdown().await;
    Ok(text)
}

/// `roxy skills test`: every skill's examples, then one part of the phrasebook when there is
/// one. Exit code 1 when an example routes elsewhere or a given `--min-routed` /
/// `--max-false-accepts` is not met.
async fn skills_test(
    config: Config,
    registry: &SkillRegistry,
    args: SkillsTestArgs,
) -> Result<(), Failure> {
    use skills::phrasebook::{self, Part};
    let SkillsTestArgs {
        json,
        phrasebook,
        held_out,
        min_routed,
        max_false_accepts,
        no_servers,
    } = args;
    let examples = skills::check_examples(registry);
    let default = config.base_dir.join(phrasebook::DEFAULT_PHRASEBOOK);
    let file = match phrasebook {
        Some(file) => Some(file),
        None => default.is_file().then_some(default),
    };
    let part = if held_out {
        Part::HeldOut
    } else {
        Part::Tuning
    };
    let scored = match &file {
        Some(file) => {
            let phrases = phrasebook::load(file).map_err(Failure::usage)?;
            Some(phrasebook::score(registry, file, &phrases, part))
        }
        None if held_out || min_routed.is_some() || max_false_accepts.is_some() => {
            return Err(Failure::usage(format!(
                "no phrasebook at {}; pass one with `--phrasebook FILE`",
                config
                    .base_dir
                    .join(phrasebook::DEFAULT_PHRASEBOOK)
                    .display()
            )));
        }
        None => None,
    };
    let tool_problems = if no_servers {
        Vec::new()
    } else {
        let manager = McpManager::new(Arc::new(config));
        let problems = skills::tool_check::check_tool_calls(registry, &manager).await;
        manager.shutdown().await;
        problems
    };
    if json {
        let mut value = serde_json::to_value(&examples).unwrap_or_default();
        value["tool_problems"] = serde_json::to_value(&tool_problems).unwrap_or_default();
        value["tools_checked"] = serde_json::Value::Bool(!no_servers);
        value["phrasebook"] = serde_json::to_value(&scored).unwrap_or_default();
        println!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        if let Some(report) = &scored {
            println!("{report}");
        }
        println!("{examples}");
        for problem in &tool_problems {
            println!("{problem}");
        }
        if no_servers {
            println!("tools and arguments not checked (--no-servers)");
        } else {
            println!(
                "tools checked against their servers: {}",
                output::count(tool_problems.len(), "problem")
            );
        }
    }
    let mut problems = Vec::new();
    if !examples.failures.is_empty() {
        problems.push(format!(
            "{} routed elsewhere",
            output::count(examples.failures.len(), "example phrase")
        ));
    }
    if !examples.intents_without_examples.is_empty() {
        problems.push(format!(
            "{} without example phrases",
            output::count(examples.intents_without_examples.len(), "intent")
        ));
    }
    if !tool_problems.is_empty() {
        problems.push(format!(
            "{} in what the skills call",
            output::count(tool_problems.len(), "problem")
        ));
    }
    if let Some(report) = &scored {
        if let Some(min) = min_routed.filter(|min| report.routed_right_share < *min) {
            problems.push(format!(
                "{:.1}% of the phrasebook routed right, below --min-routed {min}",
                100.0 * report.routed_right_share
            ));
        }
        if let Some(max) = max_false_accepts.filter(|max| report.false_accept_rate > *max) {
            problems.push(format!(
                "{:.1}% of out-of-scope phrases reached a skill, above --max-false-accepts {max}",
                100.0 * report.false_accept_rate
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::after_output(problems.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    /// Every subcommand, with its path (`skills test`).
    fn commands() -> Vec<(String, clap::Command)> {
        let mut found = Vec::new();
        let mut pending = vec![(String::new(), Cli::command())];
        while let Some((path, command)) = pending.pop() {
            for sub in command.get_subcommands() {
                let name = format!("{path} {}", sub.get_name()).trim().to_string();
                pending.push((name, sub.clone()));
            }
            found.push((path, command));
        }
        found
    }

    #[test]
    fn every_command_and_argument_says_what_it_is_for() {
        let mut silent = Vec::new();
        for (path, command) in commands() {
            if command.get_about().is_none() && !path.is_empty() {
                silent.push(format!("`roxy {path}`"));
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.get_help().is_none() && !["help", "version"].contains(&id) {
                    silent.push(format!("`roxy {path}` argument `{id}`"));
                }
            }
        }
        assert!(silent.is_empty(), "no help text: {silent:#?}");
    }

    #[test]
    fn output_that_may_be_scripted_has_json() {
        let scripted = [
            "servers",
            "tools",
            "call",
            "ask",
            "metrics",
            "skills list",
            "skills test",
            "privacy eval",
            "voice",
            "config check",
            "auth status",
        ];
        let commands = commands();
        for name in scripted {
            let (_, command) = commands
                .iter()
                .find(|(path, _)| path == name)
                .unwrap_or_else(|| panic!("no command `roxy {name}`"));
            assert!(
                command
                    .get_arguments()
                    .any(|arg| arg.get_long() == Some("json")),
                "`roxy {name}` has no --json"
            );
        }
    }
}
