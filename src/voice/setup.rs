//! The voice engines' venv for a Roxy installed without a checkout (`cargo install`):
//! `roxy setup --voice` builds `<data dir>/voice-venv` from the requirements built into the
//! binary (python_servers/voice-requirements.txt) exactly like the runtime venv
//! (`crate::mcp::transport::python::managed`: a stamp, a lock, pip's progress on stderr);
//! python_servers/roxy_voice.py finds it there through `ROXY_DATA_DIR`.

use std::path::PathBuf;

use crate::config::Config;
use crate::mcp::PythonSetup;
use crate::mcp::transport::python::{embedded_version, managed};

/// What the voice engines need, as built into this binary.
pub const VOICE_REQUIREMENTS: &str = include_str!("../../python_servers/voice-requirements.txt");

/// Where `roxy setup --voice` builds the voice venv: `voice-venv` in the data directory.
pub fn voice_venv_dir(config: &Config) -> PathBuf {
    config.data_dir().join("voice-venv")
}

/// Builds or updates the voice venv when it is missing, stale or `force` is set. Progress goes
/// to stderr.
pub async fn prepare(config: &Config, force: bool) -> Result<PythonSetup, String> {
    let dir = voice_venv_dir(config);
    tokio::task::spawn_blocking(move || {
        managed::ensure_requirements(
            &dir,
            embedded_version(),
            VOICE_REQUIREMENTS,
            force,
            &mut |line| eprintln!("roxy: {line}"),
        )
    })
    .await
    .map_err(|e| format!("setting up the voice venv stopped: {e}"))?
}
