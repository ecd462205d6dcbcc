//! `roxy setup --voice` on a machine with the binary alone (`cargo install`): an empty working
//! directory, a fresh home and data directory, no config. Roxy builds its runtime venv and the
//! voice venv (`<data dir>/voice-venv`) from the requirements built into it, and then answers a
//! spoken request with the engines from there.
//!
//! pip installs offline from a wheelhouse repacked out of the repository's `.venv` and
//! `.venv-voice` (tests/fixtures/wheelhouse.py; about 900 MB of packages), so this runs only
//! with `ROXY_VOICE_SETUP=1` (README, "Voice", has its measured time).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Repacks what `requirements` needs from `venv` into `wheels`.
fn wheelhouse(venv: &Path, requirements: &str, wheels: &Path) {
    let made = Command::new(venv.join("bin/python"))
        .arg(common::fixture("wheelhouse.py"))
        .arg(wheels)
        .arg(common::root().join(requirements))
        .output()
        .expect("run wheelhouse.py");
    assert!(made.status.success(), "{}", text(&made.stderr));
}

#[test]
fn setup_voice_builds_the_voice_venv_offline_and_voice_answers_from_it() {
    if std::env::var_os("ROXY_VOICE_SETUP").is_none() {
        eprintln!("skipped: set ROXY_VOICE_SETUP=1 to build the voice venv from a wheelhouse");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| -> PathBuf {
        let path = dir.path().join(name);
        std::fs::create_dir_all(&path).expect("mkdir");
        path
    };
    let (cwd, home, data, wheels, bin) = (
        path("empty"),
        path("home"),
        path("data"),
        path("wheels"),
        path("bin"),
    );
    wheelhouse(
        &common::root().join(".venv"),
        "python_servers/requirements.txt",
        &wheels,
    );
    wheelhouse(
        &common::root().join(".venv-voice"),
        "python_servers/voice-requirements.txt",
        &wheels,
    );
    common::link_embedded_python(&bin);
    let roxy = |args: &[&str]| -> Output {
        let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        )))
        .expect("PATH");
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args(args)
            .current_dir(&cwd)
            .env_clear()
            .env("PATH", path)
            .env("HOME", &home)
            .env("ROXY_DATA_DIR", &data)
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", &wheels)
            .env("PIP_NO_CACHE_DIR", "1")
            .output()
            .expect("run roxy")
    };

    let output = roxy(&["setup", "--voice"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    let voice_venv = data.join("voice-venv");
    assert!(
        stdout.contains(&format!("{} is ready", voice_venv.display())),
        "{stdout}"
    );
    // Progress: what is installed where.
    assert!(
        stderr.contains("pocketsphinx==5.1.1") && stderr.contains("voice-venv"),
        "{stderr}"
    );
    let output = roxy(&["setup", "--voice"]);
    assert!(
        text(&output.stdout).contains(&format!("{} is up to date", voice_venv.display())),
        "{}",
        text(&output.stdout)
    );

    let request = dir.path().join("request.wav");
    let status = Command::new("espeak-ng")
        .args(["-v", "en-us", "-s", "150", "-w"])
        .arg(&request)
        .arg("what time is it in tokyo")
        .status()
        .expect("espeak-ng runs");
    assert!(status.success());
    let output = roxy(&["voice", "--input", request.to_str().unwrap(), "--json"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    let exchange: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(exchange["response"]["skill"], "time", "{stdout}");
}
