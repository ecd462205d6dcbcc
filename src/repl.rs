//! The interactive shell (`roxy` with no arguments): line editing and persistent history
//! (rustyline), tab completion of slash commands, servers and tools, server lifecycle events
//! printed as they happen, a spinner while a request runs, Ctrl-C to cancel the running request
//! and Ctrl-D or `/quit` to shut every server down and leave. A language model's answer streams
//! in as it is written, its tool calls are shown as they run (`→ server__tool {json}`), and a
//! call that needs approval is asked about (yes / no / always this session).

use std::collections::BTreeMap;
use std::future::Future;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Context, Editor, ExternalPrinter, Helper, Highlighter, Hinter, Validator};
use serde_json::Value;

use crate::llm::{Approval, Approver, Event, Interaction};
use crate::mcp::{ManagerEvent, McpManager};
use crate::orchestrator::Orchestrator;
use crate::output;
use crate::skills::builtin::timers::Alarms;
use crate::skills::declarative::in_plain_words;
use crate::sync::lock;
use crate::tool_arguments::{check_arguments, parse_typed_arguments};

/// What the shell shows when it waits for input.
pub const PROMPT: &str = "roxy> ";

/// The file under the data directory that keeps the line history.
pub const HISTORY_FILE: &str = "repl_history.txt";

/// How many turns `/history` shows.
const LISTING_LIMIT: usize = 20;

/// Slash commands: (usage, what it does).
const COMMANDS: [(&str, &str); 13] = [
    ("/help", "this list"),
    ("/servers", "the servers Roxy supervises and their state"),
    ("/tools [server]", "the tools of every server, or of one"),
    (
        "/call server tool name=value ...",
        "call a tool directly (or with one JSON object: {\"name\": value})",
    ),
    ("/restart server", "restart a server"),
    (
        "/login server",
        "log in to a server behind OAuth (opens the browser)",
    ),
    (
        "/memory [query]",
        "what Roxy remembers (matching the query)",
    ),
    (
        "/history [N]",
        "the last N turns of the conversation (default 20)",
    ),
    ("/metrics", "Roxy's metrics in Prometheus text format"),
    ("/model", "the language model: provider, model, context use"),
    (
        "/reload",
        "re-read mcp_servers.yaml now (it is also watched for edits); skill files are read at start only",
    ),
    (
        "/voice on|off",
        "talk instead of typing: Enter on an empty line listens, answers are spoken",
    ),
    ("/quit", "stop every server and leave (or Ctrl-D)"),
];

/// Server and tool names for tab completion, refreshed when servers start or change tools.
#[derive(Debug, Default)]
struct CompletionIndex {
    tools_by_server: BTreeMap<String, Vec<String>>,
}

#[derive(Helper, Hinter, Highlighter, Validator)]
struct ReplHelper {
    index: Arc<Mutex<CompletionIndex>>,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _context: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let words: Vec<&str> = before.split(' ').collect();
        let start = pos - words.last().map_or(0, |w| w.len());
        let partial = words.last().copied().unwrap_or_default();
        let index = lock(&self.index);
        let names: Vec<String> = match words.as_slice() {
            [_] if partial.starts_with('/') => COMMANDS
                .iter()
                .map(|(usage, _)| usage.split(' ').next().unwrap_or(usage).to_string())
                .collect(),
            ["/tools" | "/restart" | "/call" | "/login", _] => {
                index.tools_by_server.keys().cloned().collect()
            }
            ["/call", server, _] => index
                .tools_by_server
                .get(*server)
                .cloned()
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let candidates = names
            .into_iter()
            .filter(|name| name.starts_with(partial))
            .map(|name| Pair {
                display: name.clone(),
                replacement: name,
            })
            .collect();
        Ok((start, candidates))
    }
}

async fn refresh_completions(manager: &McpManager, index: &Mutex<CompletionIndex>) {
    let mut tools_by_server: BTreeMap<String, Vec<String>> = manager
        .server_names()
        .into_iter()
        .map(|name| (name, Vec::new()))
        .collect();
    for tool in manager.list_tools(false).await {
        tools_by_server
            .entry(tool.server)
            .or_default()
            .push(tool.tool.name);
    }
    lock(index).tools_by_server = tools_by_server;
}

/// Prints above the prompt while the editor waits for input, plainly otherwise.
#[derive(Clone)]
struct Printer {
    external: Option<Arc<Mutex<dyn ExternalPrinter + Send>>>,
    reading: Arc<AtomicBool>,
}

impl Printer {
    fn print(&self, message: String) {
        if let (Some(external), true) = (&self.external, self.reading.load(Ordering::SeqCst)) {
            let mut external = lock(external);
            if external.print(format!("{message}\n")).is_ok() {
                return;
            }
        }
        println!("{message}");
    }
}

/// Prints timers and reminders as they come due (those that came due while Roxy was not
/// running at once), checking the store every second.
async fn ring_alarms(data_dir: std::path::PathBuf, printer: Printer) {
    let alarms = match Alarms::open_in(&data_dir) {
        Ok(alarms) => alarms,
        Err(error) => {
            tracing::warn!("timers and reminders will not ring: {error}");
            return;
        }
    };
    let mut ticks = tokio::time::interval(Duration::from_secs(1));
    loop {
        ticks.tick().await;
        let store = alarms.clone();
        match tokio::task::spawn_blocking(move || store.take_due_announcements()).await {
            Ok(Ok(announcements)) => {
                for announcement in announcements {
                    printer.print(announcement);
                }
            }
            Ok(Err(error)) => tracing::warn!("could not read timers and reminders: {error}"),
            Err(_) => return,
        }
    }
}

/// The terminal line a spinner draws on while a request runs, until output or a question takes
/// it. Drawing a frame and taking the line exclude each other, so no frame lands in the middle
/// of an answer however late the spinner's task runs.
#[derive(Debug, Default)]
struct SpinnerLine {
    state: Mutex<SpinnerState>,
}

#[derive(Debug, Default)]
struct SpinnerState {
    /// Output or a question has the line: the spinner draws no more.
    taken: bool,
    /// A frame is on the line.
    drawn: bool,
}

impl SpinnerLine {
    /// A line the spinner may draw on.
    fn free() -> Arc<SpinnerLine> {
        Arc::default()
    }

    /// A line already taken: no spinner draws.
    fn taken() -> Arc<SpinnerLine> {
        Arc::new(SpinnerLine {
            state: Mutex::new(SpinnerState {
                taken: true,
                drawn: false,
            }),
        })
    }

    /// Draws `frame` unless the line has been taken.
    fn draw(&self, frame: char) {
        let mut state = lock(&self.state);
        if !state.taken {
            eprint!("\r{frame} working...");
            let _ = std::io::stderr().flush();
            state.drawn = true;
        }
    }

    /// Takes the line for output or a question: the spinner's frame, if one is there, is
    /// erased, and none is drawn after.
    fn take(&self) {
        let mut state = lock(&self.state);
        if state.drawn && !state.taken {
            eprint!("\r\x1b[K");
            let _ = std::io::stderr().flush();
        }
        state.taken = true;
    }
}

/// Runs `future` with a spinner (on a terminal) on `line` until it finishes or Ctrl-C cancels
/// it.
async fn interruptible<F: Future>(future: F, line: Arc<SpinnerLine>) -> Option<F::Output> {
    let spinner = std::io::stdout().is_terminal().then(|| {
        let line = line.clone();
        tokio::spawn(async move {
            let frames = ['|', '/', '-', '\\'];
            let mut ticks = tokio::time::interval(Duration::from_millis(100));
            for frame in frames.iter().cycle() {
                ticks.tick().await;
                line.draw(*frame);
            }
        })
    });
    let outcome = tokio::select! {
        output = future => Some(output),
        _ = tokio::signal::ctrl_c() => None,
    };
    if let Some(spinner) = spinner {
        spinner.abort();
    }
    line.take();
    outcome
}

/// Runs the shell until `/quit` or Ctrl-D, then shuts every server down.
pub async fn run(orchestrator: Orchestrator) -> anyhow::Result<()> {
    let orchestrator = Arc::new(orchestrator);
    let manager = orchestrator.manager().clone();
    let index = Arc::new(Mutex::new(CompletionIndex::default()));
    let mut events = manager.subscribe();
    let starter = orchestrator.clone();
    tokio::spawn(async move { starter.start_servers().await });
    let preparer = orchestrator.clone();
    tokio::task::spawn_blocking(move || preparer.prepare_model());
    // Edits to mcp_servers.yaml apply while the REPL runs (not for the built-in config).
    let _config_watch = manager.watch_config().ok();

    let config = rustyline::Config::builder()
        .auto_add_history(true)
        .max_history_size(1000)?
        .build();
    let mut editor: Editor<ReplHelper, FileHistory> = Editor::with_config(config)?;
    editor.set_helper(Some(ReplHelper {
        index: index.clone(),
    }));
    let history_path = orchestrator.config().data_dir().join(HISTORY_FILE);
    if history_path.exists()
        && let Err(error) = editor.load_history(&history_path)
    {
        eprintln!(
            "could not read the line history {}: {error}",
            history_path.display()
        );
    }
    let printer = Printer {
        external: editor
            .create_external_printer()
            .ok()
            .map(|p| Arc::new(Mutex::new(p)) as Arc<Mutex<dyn ExternalPrinter + Send>>),
        reading: Arc::new(AtomicBool::new(false)),
    };

    let event_printer = printer.clone();
    let event_index = index.clone();
    let event_manager = manager.clone();
    let event_task = tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(event) => {
                    event_printer.print(output::event_line(&event));
                    if matches!(
                        event,
                        ManagerEvent::Started { .. } | ManagerEvent::ToolsChanged { .. }
                    ) {
                        refresh_completions(&event_manager, &event_index).await;
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(missed)) => {
                    event_printer.print(format!("[{missed} server events not shown]"));
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });

    let alarm_task = tokio::spawn(ring_alarms(
        orchestrator.config().data_dir(),
        printer.clone(),
    ));

    println!("Roxy is ready. Ask something, or type /help. Ctrl-D or /quit leaves.");
    // The microphone and speaker while `/voice on`.
    let mut voice: Option<crate::voice::live::Live> = None;
    let outcome = loop {
        printer.reading.store(true, Ordering::SeqCst);
        let (returned, line) = tokio::task::spawn_blocking(move || {
            let line = editor.readline(PROMPT);
            (editor, line)
        })
        .await?;
        editor = returned;
        printer.reading.store(false, Ordering::SeqCst);
        let line = match line {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break Ok(()),
            Err(error) => break Err(error.into()),
        };
        // The memory database already lives in the data directory, so it exists.
        if let Err(error) = editor.save_history(&history_path) {
            tracing::warn!("could not save the line history: {error}");
        }
        let line = line.trim();
        if let Some(live) = voice.as_mut().filter(|_| line.is_empty()) {
            talk(&orchestrator, live).await;
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if let Some(switch) = line.strip_prefix("/voice") {
            voice = switch_voice(&orchestrator, switch.trim(), voice.take()).await;
            continue;
        }
        if line.starts_with('/') {
            match command(&orchestrator, &index, line).await {
                CommandOutcome::Continue => {}
                CommandOutcome::Quit => break Ok(()),
            }
            continue;
        }
        let response = ask(&orchestrator, line).await;
        if let (Some(live), Some(response)) = (&voice, response)
            && let Err(error) = live.speak(&orchestrator, &response).await
        {
            println!("{error}");
        }
    };
    println!("Stopping the servers...");
    // The shutdown's own events are printed here, every one before "bye": the event task
    // printed them when it got to them, and the last ones were lost when it was stopped.
    let mut stopping = manager.subscribe();
    event_task.abort();
    orchestrator.shutdown().await;
    while let Ok(event) = stopping.try_recv() {
        println!("{}", output::event_line(&event));
    }
    alarm_task.abort();
    println!("bye");
    outcome
}

/// `/voice on` opens the microphone and speaker, `/voice off` closes them.
async fn switch_voice(
    orchestrator: &Orchestrator,
    switch: &str,
    voice: Option<crate::voice::live::Live>,
) -> Option<crate::voice::live::Live> {
    match switch {
        "on" if voice.is_some() => {
            println!("Voice is already on.");
            voice
        }
        "on" => match crate::voice::live::Live::open(orchestrator).await {
            Ok(live) => {
                println!(
                    "Voice on: press Enter on an empty line and talk; answers are spoken. \
                     /voice off stops."
                );
                Some(live)
            }
            Err(error) => {
                println!("{error}");
                None
            }
        },
        "off" => {
            println!("Voice off.");
            None
        }
        _ => {
            println!(
                "Usage: /voice on|off (voice is {})",
                if voice.is_some() { "on" } else { "off" }
            );
            voice
        }
    }
}

/// Push-to-talk: listens for one request, shows what was heard, answers and speaks.
async fn talk(orchestrator: &Orchestrator, live: &mut crate::voice::live::Live) {
    println!("listening…");
    let heard = match live.listen_once(orchestrator).await {
        Ok(heard) if !heard.text.is_empty() => heard,
        Ok(_) => {
            println!("Sorry, I did not hear a request. Press Enter and try again, or type it.");
            return;
        }
        Err(error) => {
            println!("{error}");
            return;
        }
    };
    println!(
        "heard: {}   (not what you said? type it instead)",
        heard.text
    );
    if let Some(response) = ask(orchestrator, &heard.text).await
        && let Err(error) = live.speak(orchestrator, &response).await
    {
        println!("{error}");
    }
}

/// Answers one request: the model's text streams in, its tool calls are shown as they run.
/// `None` when it was cancelled.
async fn ask(orchestrator: &Orchestrator, line: &str) -> Option<crate::orchestrator::Response> {
    let spinner_line = SpinnerLine::free();
    let (events, mut received) = tokio::sync::mpsc::unbounded_channel();
    let interaction = Interaction {
        events: Some(events),
        approver: Arc::new(AskInTerminal {
            spinner_line: spinner_line.clone(),
        }),
    };
    let shown_on = spinner_line.clone();
    let shower = tokio::spawn(async move {
        let mut streamed = String::new();
        while let Some(event) = received.recv().await {
            shown_on.take();
            match event {
                Event::Text(text) => {
                    print!("{text}");
                    streamed.push_str(&text);
                }
                Event::ToolCall { name, arguments } => {
                    if !streamed.is_empty() && !streamed.ends_with('\n') {
                        println!();
                    }
                    streamed.clear();
                    println!("→ {name} {arguments}");
                }
            }
            let _ = std::io::stdout().flush();
        }
        streamed
    });
    let outcome = interruptible(orchestrator.handle_with(line, &interaction), spinner_line).await;
    drop(interaction);
    let streamed = shower.await.unwrap_or_default();
    match &outcome {
        Some(response) if !streamed.is_empty() && response.text.trim() == streamed.trim() => {
            println!()
        }
        Some(response) if !streamed.is_empty() => println!("\n{}", response.text),
        Some(response) => println!("{}", response.text),
        None if !streamed.is_empty() => println!("\ncancelled"),
        None => println!("cancelled"),
    }
    outcome
}

/// Asks the person in the terminal whether a tool call may run.
struct AskInTerminal {
    /// Taken while asking, so the spinner does not draw over the question.
    spinner_line: Arc<SpinnerLine>,
}

#[async_trait::async_trait]
impl Approver for AskInTerminal {
    async fn approve(&self, tool: &str, arguments: &Value) -> Approval {
        self.spinner_line.take();
        print!(
            "Roxy wants to run {tool} {arguments} — allow? [y]es / [n]o / [a]lways this session: "
        );
        let _ = std::io::stdout().flush();
        let answer = tokio::task::spawn_blocking(|| {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).map(|_| line)
        })
        .await;
        match answer {
            Ok(Ok(line)) => match line.trim().to_lowercase().as_str() {
                "y" | "yes" => Approval::Once,
                "a" | "always" => Approval::Always,
                _ => Approval::Declined,
            },
            _ => Approval::Declined,
        }
    }
}

enum CommandOutcome {
    Continue,
    Quit,
}

async fn command(
    orchestrator: &Orchestrator,
    index: &Mutex<CompletionIndex>,
    line: &str,
) -> CommandOutcome {
    let manager = orchestrator.manager();
    let (name, rest) = line.split_once(' ').unwrap_or((line, ""));
    let rest = rest.trim();
    // "/QUIT" is "/quit": the commands are words, not case-sensitive names.
    let name = name.to_lowercase();
    match name.as_str() {
        "/help" => {
            for (usage, what) in COMMANDS {
                println!("  {usage:<26} {what}");
            }
            println!("Anything else is a request, e.g. \"what can you do?\"");
        }
        "/servers" => print!(
            "{}",
            output::servers(&manager.status(), &manager.config(), false)
        ),
        "/tools" if rest.is_empty() => {
            print!("{}", output::tools(&manager.list_tools(false).await, false))
        }
        "/tools" => match manager.server_tools(rest).await {
            Ok(tools) => print!("{}", output::tools(&tools, false)),
            Err(error) => println!("{error}"),
        },
        "/call" => call(manager, rest).await,
        "/restart" if rest.is_empty() => println!("Usage: /restart server (see /servers)"),
        "/restart" => match manager.restart(rest).await {
            Ok(()) => {
                println!("Restarted {rest}.");
                refresh_completions(manager, index).await;
            }
            Err(error) => println!("{error}"),
        },
        "/login" if rest.is_empty() => println!("Usage: /login server (see /servers)"),
        // The browser flow of `roxy auth login`; Ctrl-C gives up waiting for the browser.
        "/login" => {
            let config = manager.config();
            let login = crate::mcp::auth::commands::login(&config, rest);
            // No spinner: the flow prints the URL to open for machines without a browser.
            match interruptible(login, SpinnerLine::taken()).await {
                Some(Ok(done)) => println!("{done}; the next call to {rest} uses it."),
                Some(Err(error)) => println!("{error}"),
                None => println!("Login cancelled."),
            }
        }
        // The one memory (facts, notes, the knowledge graph), as the memory skill answers.
        "/memory" => {
            let question = if rest.is_empty() {
                "what do you remember".to_string()
            } else {
                format!("what do you know about {rest}")
            };
            println!("{}", orchestrator.handle(&question).await.text);
        }
        "/history" if !rest.is_empty() && rest.parse::<usize>().is_err() => {
            println!("Usage: /history [N], e.g. /history 5");
        }
        "/history" => match orchestrator
            .memory()
            .recent_turns(rest.parse().unwrap_or(LISTING_LIMIT))
        {
            Ok(turns) => {
                let width = output::terminal_width();
                for turn in turns {
                    let skill = turn.skill.as_deref().unwrap_or("-");
                    let you = format!("  {} [{skill}] you: ", turn.at);
                    print!("{}", output::hanging(&you, &turn.input, width));
                    let indent = you.chars().count().saturating_sub("roxy: ".len());
                    let roxy = format!("{}roxy: ", " ".repeat(indent));
                    print!("{}", output::hanging(&roxy, &turn.response, width));
                }
            }
            Err(error) => println!("{error}"),
        },
        "/metrics" => print!("{}", crate::telemetry::render_metrics()),
        "/model" => match orchestrator.llm() {
            Some(llm) => println!("{}", llm.describe()),
            None => println!(
                "No language model is configured: add an `llm:` section to roxy.yaml (README, \"Language models\")."
            ),
        },
        // The outcome (or the errors, with file:line:col) arrives as a lifecycle event; on the
        // built-in config there is no file, which only the answer says.
        "/reload" => {
            if let Err(errors) = manager.reload_from_disk().await
                && !matches!(manager.config().source, crate::config::ConfigSource::Dir(_))
            {
                println!("{errors}");
            }
            // It read the servers; a person editing a skill file expects that too.
            println!(
                "Skill files are read at start: to load edited ones, leave (/quit) and start Roxy again."
            );
        }
        "/quit" | "/exit" => return CommandOutcome::Quit,
        _ => println!("Unknown command `{line}`. Commands:\n{}", command_usages()),
    }
    CommandOutcome::Continue
}

fn command_usages() -> String {
    COMMANDS
        .iter()
        .map(|(usage, _)| format!("  {usage}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `/call server tool {json}` or `/call server tool name=value ...` (words split as a shell
/// splits them: `city="New York"`).
async fn call(manager: &McpManager, arguments: &str) {
    let mut parts = arguments.splitn(3, ' ');
    let (Some(server), Some(tool)) = (parts.next().filter(|s| !s.is_empty()), parts.next()) else {
        println!("Usage: /call server tool {{\"argument\": \"value\"}}, or name=value ...");
        return;
    };
    let rest = parts.next().map(str::trim).unwrap_or_default();
    let words = if rest.starts_with('{') {
        Some(vec![rest.to_string()])
    } else {
        shlex::split(rest)
    };
    let Some(words) = words else {
        println!("error: a quote is not closed: {rest}");
        return;
    };
    // Started first if it is not yet (a server that cannot start is the call's error below).
    let known = manager.server_tools(server).await.unwrap_or_default();
    let schema = known
        .iter()
        .find(|t| t.tool.name == tool)
        .map(|info| &info.tool.input_schema);
    let arguments = match parse_typed_arguments(&words, schema.unwrap_or(&Value::Null)) {
        Ok(arguments) => arguments,
        Err(error) => {
            println!("error: {error}");
            return;
        }
    };
    if let Some(schema) = schema
        && let Err(error) = check_arguments(tool, schema, &arguments)
    {
        println!("error: {error}");
        return;
    }
    match interruptible(
        manager.call_tool(server, tool, arguments),
        SpinnerLine::free(),
    )
    .await
    {
        Some(result) if result.success => println!("{}", output::call_result(&result)),
        Some(result) => println!(
            "error: {}",
            match result.error.as_deref() {
                Some(error) => in_plain_words(error, tool).unwrap_or_else(|| error.to_string()),
                None => result.text(),
            }
        ),
        None => println!("cancelled"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Once output or a question has the line, the spinner draws nothing more, and a line
    /// taken before any frame has none to erase.
    #[test]
    fn the_spinner_never_draws_on_a_taken_line() {
        let line = SpinnerLine::free();
        line.draw('|');
        assert!(lock(&line.state).drawn, "a free line is drawn on");
        line.take();
        let after = SpinnerLine::free();
        after.take();
        after.draw('/');
        let state = lock(&after.state);
        assert!(state.taken && !state.drawn, "a taken line is not drawn on");
        assert!(!lock(&SpinnerLine::taken().state).drawn);
    }

    fn helper(servers: &[(&str, &[&str])]) -> ReplHelper {
        let tools_by_server = servers
            .iter()
            .map(|(s, tools)| (s.to_string(), tools.iter().map(|t| t.to_string()).collect()))
            .collect();
        ReplHelper {
            index: Arc::new(Mutex::new(CompletionIndex { tools_by_server })),
        }
    }

    fn complete(helper: &ReplHelper, line: &str) -> (usize, Vec<String>) {
        let history = rustyline::history::DefaultHistory::new();
        let context = Context::new(&history);
        let (start, pairs) = helper.complete(line, line.len(), &context).unwrap();
        (start, pairs.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn completes_commands_servers_and_tools() {
        let helper = helper(&[
            ("roxy_system", &["notes_add", "notes_list"]),
            ("memory", &["read_graph"]),
        ]);
        assert_eq!(complete(&helper, "/res"), (0, vec!["/restart".to_string()]));
        assert_eq!(complete(&helper, "/rel"), (0, vec!["/reload".to_string()]));
        assert_eq!(
            complete(&helper, "/tools ro"),
            (7, vec!["roxy_system".to_string()])
        );
        assert_eq!(
            complete(&helper, "/call roxy_system notes_"),
            (18, vec!["notes_add".to_string(), "notes_list".to_string()])
        );
        assert_eq!(complete(&helper, "what time").1, Vec::<String>::new());
    }

    #[test]
    fn describes_lifecycle_events() {
        let event = ManagerEvent::Restarting {
            server: "fs".into(),
            attempt: 2,
            delay: Duration::from_secs(2),
        };
        let line = output::event_line(&event);
        assert!(line.contains("fs restarting in 2.0s (attempt 2)"), "{line}");
    }
}
