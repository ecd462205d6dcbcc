//! The installed binary works anywhere: run from an empty directory, with a fresh home and data
//! directory and no config, `roxy` builds the venv of its built-in Python servers itself (from
//! the requirements built into it), then answers with the built-in servers and skills alone.
//!
//! The README's examples are run the same way (`the_readme_examples_are_true`): every `roxy`
//! line in its code blocks is listed here with how it is checked, so an example cannot be added
//! or changed without this test seeing it.
//!
//! pip installs from a wheelhouse made out of the repository's `.venv`
//! (tests/fixtures/wheelhouse.py) through pip's own `PIP_NO_INDEX` / `PIP_FIND_LINKS`, so the
//! test needs no network.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh machine as far as Roxy can tell: empty working directory, home and data directory.
struct Fresh {
    _dir: tempfile::TempDir,
    cwd: PathBuf,
    home: PathBuf,
    data: PathBuf,
    wheels: PathBuf,
    bin: PathBuf,
}

impl Fresh {
    fn new() -> Fresh {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = |name: &str| {
            let path = dir.path().join(name);
            std::fs::create_dir_all(&path).expect("mkdir");
            path
        };
        Fresh {
            cwd: path("empty"),
            home: path("home"),
            data: path("data"),
            wheels: path("wheels"),
            bin: path("bin"),
            _dir: dir,
        }
    }

    /// Fills the wheelhouse and puts the embedded Python's version on PATH.
    fn with_python(self) -> Fresh {
        let made = Command::new(common::python())
            .arg(common::fixture("wheelhouse.py"))
            .arg(&self.wheels)
            .arg(common::root().join("python_servers/requirements.txt"))
            .output()
            .expect("run wheelhouse.py");
        assert!(made.status.success(), "{}", text(&made.stderr));
        common::link_embedded_python(&self.bin);
        self
    }

    fn roxy(&self, args: &[&str]) -> Output {
        let path = std::env::join_paths(std::iter::once(self.bin.clone()).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("PATH");
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args(args)
            .current_dir(&self.cwd)
            .env_clear()
            .env("PATH", path)
            .env("HOME", &self.home)
            .env("ROXY_DATA_DIR", &self.data)
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &self.wheels)
            .env("PIP_NO_CACHE_DIR", "1")
            .output()
            .expect("run roxy")
    }
}

impl Fresh {
    /// Runs one README line with `sh -c` in `cwd`, `roxy` on PATH, as [`Fresh::roxy`] does.
    fn shell(&self, line: &str, cwd: &Path) -> Output {
        let roxy = self.bin.join("roxy");
        if !roxy.exists() {
            std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_roxy"), &roxy).expect("symlink roxy");
        }
        let path = std::env::join_paths(std::iter::once(self.bin.clone()).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("PATH");
        Command::new("sh")
            .args(["-c", line])
            .current_dir(cwd)
            .env_clear()
            .env("PATH", path)
            .env("HOME", &self.home)
            .env("ROXY_DATA_DIR", &self.data)
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &self.wheels)
            .env("PIP_NO_CACHE_DIR", "1")
            .env("COLUMNS", "200")
            .output()
            .expect("run sh")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn assert_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\nstdout: {}\nstderr: {}",
        output.status,
        text(&output.stdout),
        text(&output.stderr)
    );
}

fn venv_python(data: &Path) -> PathBuf {
    data.join("venv/bin/python")
}

#[test]
fn an_empty_directory_is_enough() {
    let fresh = Fresh::new().with_python();

    // First need: `roxy ask` builds the venv, showing what it does, and answers.
    let ask = fresh.roxy(&["ask", "what time is it"]);
    assert_ok(&ask, "roxy ask");
    assert!(text(&ask.stdout).contains("It's"), "{}", text(&ask.stdout));
    let progress = text(&ask.stderr);
    assert!(progress.contains("creating"), "{progress}");
    assert!(progress.contains("installing mcp"), "{progress}");
    assert!(venv_python(&fresh.data).exists());

    // Built once: the stamp says it is up to date.
    let setup = fresh.roxy(&["setup"]);
    assert_ok(&setup, "roxy setup");
    assert!(
        text(&setup.stdout).contains("is up to date"),
        "{}",
        text(&setup.stdout)
    );
    assert!(
        !text(&setup.stderr).contains("installing"),
        "{}",
        text(&setup.stderr)
    );

    // The knowledge-graph memory needs nothing from a checkout.
    let create = fresh.roxy(&[
        "call",
        "memory",
        "create_entities",
        r#"{"entities":[{"name":"Ada","entityType":"person","observations":["likes tea"]}]}"#,
    ]);
    assert_ok(&create, "roxy call memory create_entities");
    let graph = std::fs::read_to_string(fresh.data.join("memory-graph.jsonl")).expect("graph file");
    assert!(graph.contains("likes tea"), "{graph}");

    // File search looks in the home directory, not the working directory, skips hidden
    // directories and lists ten matches and how many more there are.
    for n in 0..12 {
        std::fs::write(fresh.home.join(format!("plan-{n:02}.txt")), "x").expect("write");
    }
    std::fs::create_dir_all(fresh.home.join(".config")).expect("mkdir");
    std::fs::write(fresh.home.join(".config/plan.txt"), "x").expect("write");
    let found = fresh.roxy(&["ask", "find files named plan"]);
    assert_ok(&found, "roxy ask find files");
    let answer = text(&found.stdout);
    assert!(answer.contains("plan-09.txt"), "{answer}");
    assert!(!answer.contains("plan-10.txt"), "{answer}");
    assert!(answer.contains("…and 2 more"), "{answer}");
    assert!(!answer.contains(".config"), "{answer}");

    let servers = fresh.roxy(&["servers", "--json"]);
    assert_ok(&servers, "roxy servers");
    let status: serde_json::Value = serde_json::from_slice(&servers.stdout).expect("json");
    let states: Vec<(&str, &str)> = status
        .as_array()
        .expect("array")
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap_or(""),
                s["state"].as_str().unwrap_or(""),
            )
        })
        .collect();
    // The auto_start servers run; the on_demand one (roxy_voice) has not been needed yet.
    for (name, state) in &states {
        let expected = if *name == "roxy_voice" {
            "stopped"
        } else {
            "running"
        };
        assert_eq!(*state, expected, "{states:?}");
    }
    assert!(
        states.iter().any(|(name, _)| *name == "memory"),
        "{states:?}"
    );
    assert!(
        std::fs::read_dir(&fresh.cwd).expect("cwd").next().is_none(),
        "roxy wrote into the working directory"
    );
}

#[test]
fn a_question_no_python_server_answers_builds_no_venv() {
    let fresh = Fresh::new();
    let hello = fresh.roxy(&["ask", "hi"]);
    assert_ok(&hello, "roxy ask hi");
    assert!(!text(&hello.stdout).trim().is_empty(), "{hello:?}");
    assert!(
        !fresh.data.join("venv").exists(),
        "a greeting built the venv: {}",
        text(&hello.stderr)
    );
}

#[test]
fn a_missing_python_is_a_clear_error() {
    let fresh = Fresh::new();
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("setup")
        .current_dir(&fresh.cwd)
        .env_clear()
        .env("PATH", &fresh.cwd)
        .env("HOME", &fresh.home)
        .env("ROXY_DATA_DIR", &fresh.data)
        .output()
        .expect("run roxy");
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let error = text(&output.stderr);
    assert!(error.contains("on PATH"), "{error}");
    assert!(
        error.contains("apt install python3 python3-venv"),
        "{error}"
    );
}

/// How one README example is checked.
#[derive(Debug, Clone, Copy)]
enum Check {
    /// Run from an empty directory with a fresh home after the install step; its exit code.
    Fresh(i32),
    /// Run from the checkout, which has the test files it reads; its exit code.
    Checkout(i32),
    /// Not run here, and why.
    Not(&'static str),
}

/// Every `roxy` line in the README's code blocks (after `$ `, comments included, spaces
/// collapsed), in the order they run.
const README_EXAMPLES: &[(&str, Check)] = &[
    (
        "roxy setup # optional: prepares the built-in Python servers now (else on first use)",
        Check::Fresh(0),
    ),
    (
        "roxy ask \"what time is it\" # works from any directory, with the defaults built into the binary",
        Check::Fresh(0),
    ),
    (
        "roxy call memory create_entities '{\"entities\":[{\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[\"likes tea\"]}]}'",
        Check::Fresh(0),
    ),
    ("roxy call roxy_system current_tme '{}'", Check::Fresh(2)),
    (
        "roxy call roxy_system current_time timezone=Asia/Tokyo",
        Check::Fresh(0),
    ),
    (
        "roxy call roxy_system current_time '{\"tz\": \"Asia/Tokyo\"}'",
        Check::Fresh(2),
    ),
    (
        "roxy config import --from cursor # show what would be added, as a diff",
        Check::Fresh(0),
    ),
    (
        "roxy config import ~/.codex/config.toml # the client is told from the file when only one fits",
        Check::Fresh(0),
    ),
    (
        "roxy config export --for claude-desktop # the snippet that points Claude Desktop at Roxy",
        Check::Fresh(0),
    ),
    (
        "roxy config export --for cursor --http http://127.0.0.1:8765/mcp --token-env ROXY_TOKEN_CURSOR",
        Check::Fresh(0),
    ),
    (
        "roxy voice grammar # the JSGF the recognizer listens with",
        Check::Fresh(0),
    ),
    (
        "roxy auth status --json # per server: logged_in | expired | needs_login, scopes, expiry",
        Check::Fresh(0),
    ),
    (
        "roxy --config config config import --from cursor --write # merge it into config/mcp_servers.yaml",
        Check::Fresh(0),
    ),
    (
        "roxy skills test # examples + the tuning part",
        Check::Checkout(0),
    ),
    (
        "roxy skills test --held-out # the held-out part (report it; do not tune on it)",
        Check::Checkout(0),
    ),
    (
        "echo 'Mail jane.doe@example.com or call +44 20 7946 0958.' | roxy redact",
        Check::Checkout(0),
    ),
    (
        "roxy privacy eval --phone-regions US,GB,DE,FR tests/privacy/corpus.jsonl",
        Check::Checkout(0),
    ),
    (
        "roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG tests/privacy/unseen_heldout.jsonl",
        Check::Checkout(0),
    ),
    (
        "roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG tests/privacy/decoys_tune.jsonl",
        Check::Checkout(0),
    ),
    (
        "roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG tests/privacy/real_decoys_tune.jsonl",
        Check::Checkout(0),
    ),
    (
        "roxy skills test # after breaking a bracket on purpose",
        Check::Not(
            "needs the tutorial's broken skill file; tests/skills_declarative.rs checks the message",
        ),
    ),
    (
        "roxy ask --json \"who is Ada\"",
        Check::Not("needs the tutorial's skills/people.yaml; tests/skills_guide.rs runs it"),
    ),
    (
        "roxy auth login corp # opens the browser (the URL is printed too) and waits up to 5 min",
        Check::Not("needs an OAuth server and a browser; tests/oauth.rs"),
    ),
    (
        "roxy auth logout corp # deletes the server's tokens and registration",
        Check::Not("needs a configured http server `corp`; tests/oauth.rs"),
    ),
    (
        "roxy serve --stdio # for clients that launch a command; stdout is protocol only",
        Check::Not("serves until stopped; tests/serve.rs"),
    ),
    (
        "roxy serve --http # Streamable HTTP at http://127.0.0.1:8765/mcp (serve.listen)",
        Check::Not("serves until stopped; tests/serve.rs"),
    ),
    (
        "roxy serve --http 127.0.0.1:9000 # another address",
        Check::Not("serves until stopped; tests/serve.rs"),
    ),
    (
        "roxy serve --stdio --server everything # one server, under its own names (no `server__` prefix)",
        Check::Not("needs the `everything` peer configured; tests/serve.rs"),
    ),
    (
        "roxy voice --input request.wav --output answer.wav",
        Check::Not("needs a recording and the voice venv; tests/voice.rs"),
    ),
    (
        "roxy setup --voice # once, after cargo install: <data dir>/voice-venv (needs PyPI or PIP_FIND_LINKS)",
        Check::Not("installs about 900 MB; tests/voice_setup.rs with ROXY_VOICE_SETUP=1"),
    ),
    (
        "roxy voice devices # microphones and speakers; ids for voice.input_device / output_device",
        Check::Not("needs a build with --features live-audio; tests/live_audio.rs"),
    ),
    (
        "roxy voice # say \"okay roxy, what time is it in tokyo\"",
        Check::Not("listens until stopped, needs --features live-audio; tests/live_audio.rs"),
    ),
    (
        "roxy voice --push-to-talk # no wake word: press Enter, then talk",
        Check::Not("listens until stopped, needs --features live-audio; tests/live_audio.rs"),
    ),
];

/// Whitespace runs as one space.
fn collapse(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The README's code blocks: each line with the lines of its block after it.
fn code_lines(readme: &str) -> Vec<Vec<String>> {
    let mut blocks = Vec::new();
    let mut block: Option<Vec<String>> = None;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            match block.take() {
                Some(done) => blocks.push(done),
                None => block = Some(Vec::new()),
            }
        } else if let Some(block) = block.as_mut() {
            block.push(line.trim().to_string());
        }
    }
    blocks
}

/// The `roxy` command lines of the README's code blocks, as listed in [`README_EXAMPLES`].
fn readme_commands(readme: &str) -> Vec<String> {
    code_lines(readme)
        .iter()
        .flatten()
        .map(|line| collapse(line.strip_prefix("$ ").unwrap_or(line)))
        .filter(|line| line.starts_with("roxy ") || line.contains("| roxy "))
        .collect()
}

/// The lines the README shows after `$ COMMAND` in its block, up to the next `$ ` line.
fn shown_output(readme: &str, command: &str) -> Vec<String> {
    for block in code_lines(readme) {
        let mut lines = block.iter();
        while let Some(line) = lines.next() {
            if line.strip_prefix("$ ").map(collapse).as_deref() == Some(command) {
                return lines
                    .take_while(|l| !l.starts_with("$ "))
                    .cloned()
                    .collect();
            }
        }
    }
    Vec::new()
}

/// Times, dates and counts vary from run to run: digits, weekdays and months become
/// placeholders, whitespace runs one space, and a date's "will be" reads "is" (the time skill
/// says "is" for today and tomorrow: "Next Friday is ..." shown on a Thursday is "Next Friday
/// will be ..." on a Friday).
fn normalized(text: &str) -> String {
    const NAMES: [&str; 19] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut out = collapse(text).replace(" will be ", " is ");
    for name in NAMES {
        out = out.replace(name, "NAME");
    }
    let mut result = String::new();
    for c in out.chars() {
        if c.is_ascii_digit() {
            if !result.ends_with('#') {
                result.push('#');
            }
        } else {
            result.push(c);
        }
    }
    result
}

/// Whether `actual` has a line matching `shown`, where `...` in `shown` stands for anything.
fn has_line(actual: &str, shown: &str) -> bool {
    let parts: Vec<&str> = shown.split("...").collect();
    actual.lines().any(|line| {
        let mut rest = line;
        for (i, part) in parts.iter().enumerate() {
            match rest.find(part) {
                Some(at) if i > 0 || at == 0 => rest = &rest[at + part.len()..],
                _ => return false,
            }
        }
        parts.len() > 1 || rest.is_empty()
    })
}

#[test]
fn every_readme_example_is_listed() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README.md");
    let shown = readme_commands(&readme);
    let listed: Vec<String> = README_EXAMPLES.iter().map(|(l, _)| collapse(l)).collect();
    let unlisted: Vec<&String> = shown.iter().filter(|l| !listed.contains(l)).collect();
    let stale: Vec<&String> = listed.iter().filter(|l| !shown.contains(l)).collect();
    assert!(
        unlisted.is_empty() && stale.is_empty(),
        "README examples not in README_EXAMPLES: {unlisted:#?}\nlisted but not in the README: {stale:#?}"
    );
}

#[test]
fn the_readme_examples_are_true() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README.md");
    let fresh = Fresh::new().with_python();
    // The client configs `roxy config import` reads by default.
    for (dir, file, fixture) in [
        (".cursor", "mcp.json", "cursor.mcp.json"),
        (".codex", "config.toml", "codex.config.toml"),
    ] {
        std::fs::create_dir_all(fresh.home.join(dir)).expect("mkdir");
        std::fs::copy(
            common::fixture(&format!("import/{fixture}")),
            fresh.home.join(dir).join(file),
        )
        .expect("copy fixture");
    }
    let mut wrong = Vec::new();
    // The REPL session first (the import with --write at the end leaves a config that needs
    // variables set): each request answered as shown (times, dates and counts aside).
    let session = code_lines(&readme)
        .into_iter()
        .find(|block| block.iter().any(|l| l.starts_with("roxy> ")))
        .expect("a REPL example");
    let mut lines = session.iter().peekable();
    while let Some(line) = lines.next() {
        let Some(request) = line.strip_prefix("roxy> ") else {
            continue;
        };
        let mut shown = Vec::new();
        while let Some(next) = lines.next_if(|l| !l.starts_with("roxy> ")) {
            shown.push(next.clone());
        }
        let output = match request.strip_prefix('/') {
            Some(command) => fresh.roxy(&[command]),
            None => fresh.roxy(&["ask", request]),
        };
        let answer = normalized(&text(&output.stdout));
        let shown = normalized(&shown.join("\n"));
        if !output.status.success() || answer != shown {
            wrong.push(format!(
                "`roxy> {request}`: README shows\n{shown}\ngot ({})\n{answer}\n{}",
                output.status,
                text(&output.stderr)
            ));
        }
    }

    // `roxy metrics` starts the servers itself when none runs: each auto_start server is up.
    let metrics = fresh.roxy(&["metrics", "--json"]);
    assert_ok(&metrics, "roxy metrics --json");
    let samples: serde_json::Value = serde_json::from_slice(&metrics.stdout).expect("json");
    for server in ["memory", "roxy_system"] {
        let up = samples
            .as_array()
            .expect("array")
            .iter()
            .find(|s| s["name"] == "roxy_server_up" && s["labels"]["server"] == server);
        assert_eq!(
            up.map(|s| &s["value"]),
            Some(&serde_json::json!(1.0)),
            "{samples:#}"
        );
    }
    for (line, check) in README_EXAMPLES {
        let command = collapse(line.split(" # ").next().unwrap_or(line));
        let (cwd, expected) = match *check {
            Check::Fresh(code) => (fresh.cwd.clone(), code),
            Check::Checkout(code) => (common::root(), code),
            Check::Not(why) => {
                assert!(!why.is_empty(), "say why `{command}` is not run");
                continue;
            }
        };
        let output = fresh.shell(&command, &cwd);
        let all = format!("{}{}", text(&output.stdout), text(&output.stderr));
        if output.status.code() != Some(expected) {
            wrong.push(format!(
                "`{command}` exited {} (README: {expected}):\n{all}",
                output.status
            ));
        }
        for bad in ["Traceback", "No module named"] {
            if all.contains(bad) {
                wrong.push(format!("`{command}` printed {bad}:\n{all}"));
            }
        }
        for shown in shown_output(&readme, &collapse(line)) {
            if !has_line(&all, &shown) {
                wrong.push(format!("`{command}` did not print `{shown}`:\n{all}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn a_python_without_the_venv_module_is_a_clear_error() {
    let fresh = Fresh::new().with_python();
    // Debian's python3 without python3-venv: `-m venv` fails with this message; anything else
    // goes to the real interpreter.
    let real = fresh.bin.join("python-real");
    let version = std::fs::read_dir(&fresh.bin)
        .expect("bin")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("python3."))
        .expect("python3.X in bin");
    std::fs::rename(fresh.bin.join(&version), &real).expect("move python");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = -m ] && [ \"$2\" = venv ]; then\n  echo 'The virtual environment was not created successfully because ensurepip is not available.' >&2\n  exit 1\nfi\nexec {} \"$@\"\n",
        real.display()
    );
    let fake = fresh.bin.join(&version);
    std::fs::write(&fake, script).expect("write fake python");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");

    // The venv is built when the time skill's server first starts: the answer says what failed
    // and how to fix it, the exit code says it failed.
    let ask = fresh.roxy(&["ask", "what time is it"]);
    assert_eq!(ask.status.code(), Some(1), "{}", text(&ask.stderr));
    let error = format!("{}{}", text(&ask.stdout), text(&ask.stderr));
    assert!(error.contains("apt install python3-venv"), "{error}");
    assert!(!error.contains("Traceback"), "{error}");
}

#[test]
fn a_data_directory_that_cannot_be_made_names_the_settings() {
    let fresh = Fresh::new();
    let file = fresh.home.join("a-file");
    std::fs::write(&file, "x").expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["ask", "hi"])
        .current_dir(&fresh.cwd)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &fresh.home)
        .env("ROXY_DATA_DIR", file.join("roxy"))
        .output()
        .expect("run roxy");
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let error = text(&output.stderr);
    assert!(
        error.contains("cannot create the data directory"),
        "{error}"
    );
    assert!(error.contains("ROXY_DATA_DIR"), "{error}");
}

/// The first ```yaml block after the README heading `heading`.
fn yaml_after(readme: &str, heading: &str) -> String {
    let start = readme.find(heading).expect("heading in README");
    let block = &readme[start..];
    let body = &block[block.find("```yaml\n").expect("yaml block") + "```yaml\n".len()..];
    body[..body.find("```").expect("block end")].to_string()
}

#[test]
fn the_readme_config_files_pass_the_check_as_written() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).expect("README.md");
    let fresh = Fresh::new();
    let config = fresh.cwd.join("config");
    std::fs::create_dir_all(&config).expect("mkdir");
    // The roxy.yaml names `skills.dir: skills`; a skills directory named and missing is an
    // error (`config check` loads the skills, as a start does).
    std::fs::create_dir_all(fresh.cwd.join("skills")).expect("mkdir");
    for (heading, file) in [
        ("### `mcp_servers.yaml`", "mcp_servers.yaml"),
        ("### `roxy.yaml`", "roxy.yaml"),
    ] {
        std::fs::write(config.join(file), yaml_after(&readme, heading)).expect("write");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["config", "check", "--json"])
        .current_dir(&fresh.cwd)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &fresh.home)
        .env("SEARCH_API_KEY", "a-key")
        .output()
        .expect("run roxy");
    assert_ok(&output, "roxy config check");
    let checked: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    // `~/...` is the home directory, as in a shell.
    let home = fresh.home.display().to_string();
    assert_eq!(
        checked["roxy"]["data_dir"],
        format!("{home}/.local/share/roxy"),
        "{checked:#}"
    );
    assert_eq!(
        checked["mcp_servers"]["roots"][0],
        format!("{home}/Documents"),
        "{checked:#}"
    );
}

/// `sys.base_prefix` of a Python, or `None` when it does not run.
fn base_prefix(python: &str) -> Option<String> {
    let output = Command::new(python)
        .args(["-c", "import sys; print(sys.base_prefix)"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| text(&output.stdout).trim().to_string())
}

/// The first `python3` on PATH may be another installation than the libpython Roxy links
/// (Debian's `/usr/bin/python3` beside pyenv's, as on this project's machines): the embedded
/// interpreter must still find its own standard library. Without a second installation on
/// the machine the case cannot arise, and the test says so.
#[test]
fn another_python3_first_on_path_does_not_break_the_embedded_python() {
    let linked = base_prefix(&common::python()).expect("the test python runs");
    let Some(other) = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .into_iter()
        .find(|candidate| base_prefix(candidate).is_some_and(|prefix| prefix != linked))
    else {
        eprintln!("skipped: no second Python installation beside {linked}");
        return;
    };
    let fresh = Fresh::new();
    std::os::unix::fs::symlink(other, fresh.bin.join("python3")).expect("symlink python3");
    let path = format!(
        "{}:{}",
        fresh.bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .current_dir(common::root())
        .env("PATH", path)
        .env("HOME", &fresh.home)
        .env("ROXY_DATA_DIR", &fresh.data)
        .args(["ask", "what time is it"])
        .output()
        .expect("run roxy");
    assert_ok(&output, &format!("roxy ask with {other} first on PATH"));
    assert!(
        text(&output.stdout).contains("It's"),
        "{}",
        text(&output.stdout)
    );
}
