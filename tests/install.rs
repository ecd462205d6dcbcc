//! The installed binary works anywhere: run from an empty directory, with a fresh home and data
//! directory and no config, `roxy` builds the venv of its built-in Python servers itself (from
//! the requirements built into it), then answers with the built-in servers and skills alone.
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
        // The interpreter the venv was made from, as `python3.X` on PATH: the real one, not a
        // version manager's shim that depends on $HOME.
        let base = Command::new(common::python())
            .args([
                "-c",
                "import sys; print(sys._base_executable); print('%d.%d' % sys.version_info[:2])",
            ])
            .output()
            .expect("ask the venv's python");
        let answer = text(&base.stdout);
        let mut lines = answer.lines();
        let (executable, version) = (lines.next().expect("path"), lines.next().expect("version"));
        std::os::unix::fs::symlink(executable, self.bin.join(format!("python{version}")))
            .expect("symlink python");
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
