//! The venv Roxy makes and keeps for its embedded Python servers when the config names none:
//! `<data dir>/venv`, built with the machine's `python3 -m venv` and filled with pip from the
//! requirements built into the binary (`python_servers/requirements.txt`). A stamp of those
//! requirements (and of the embedded Python version) means it is rebuilt only when they change;
//! a lock file keeps two Roxy processes from building it at once. `roxy setup` runs the same
//! steps ahead of time; otherwise the first python server to start does, with progress on stderr.

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use sha2::{Digest, Sha256};

use super::venv;
use crate::config::Config;

/// What the embedded servers need, as built into this binary.
pub const REQUIREMENTS: &str = include_str!("../../../../python_servers/requirements.txt");

/// The stamp file inside the venv: the hash of what it was built from.
const STAMP_FILE: &str = ".roxy-requirements.sha256";

/// The venv Roxy manages for `config`: `venv` in the data directory.
pub fn managed_dir(config: &Config) -> PathBuf {
    config.data_dir().join("venv")
}

/// What [`ensure`] found or did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The venv was already built from these requirements.
    UpToDate,
    /// It was created or updated now.
    Built,
}

/// Makes sure `dir` is a venv of Python `embedded` with [`REQUIREMENTS`] installed; builds or
/// updates it when the stamp says otherwise (or `force`). Blocking: runs `python3` and pip.
/// Progress goes to stderr through `progress`.
pub fn ensure(
    dir: &Path,
    embedded: (u8, u8),
    force: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Outcome, String> {
    ensure_requirements(dir, embedded, REQUIREMENTS, force, progress)
}

/// [`ensure`] with other pinned `requirements` (pip requirements-file text), e.g. the voice
/// engines' venv (`roxy setup --voice`).
pub fn ensure_requirements(
    dir: &Path,
    embedded: (u8, u8),
    requirements_text: &str,
    force: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Outcome, String> {
    let parent = dir.parent().unwrap_or(dir);
    std::fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let _lock = lock(&dir.with_extension("lock"))?;
    let want = stamp(embedded, requirements_text);
    let stamp_path = dir.join(STAMP_FILE);
    let current = std::fs::read_to_string(&stamp_path).unwrap_or_default();
    let usable = venv::inspect(dir, embedded).is_ok();
    if !force && usable && current.trim() == want {
        return Ok(Outcome::UpToDate);
    }
    let started = Instant::now();
    if !usable {
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .map_err(|e| format!("cannot remove the unusable venv {}: {e}", dir.display()))?;
        }
        let python = find_python(embedded)?;
        progress(&format!(
            "setting up Python for Roxy: creating {} with {python}",
            dir.display()
        ));
        run(
            Command::new(&python).args(["-m", "venv"]).arg(dir),
            &format!("`{python} -m venv {}`", dir.display()),
            "on Debian or Ubuntu install the venv module with `apt install python3-venv`",
        )?;
    }
    let requirements = dir.join("roxy-requirements.txt");
    std::fs::write(&requirements, requirements_text)
        .map_err(|e| format!("cannot write {}: {e}", requirements.display()))?;
    progress(&format!(
        "installing {} into {} with pip (needs PyPI, or PIP_INDEX_URL / PIP_FIND_LINKS)",
        requirement_names(requirements_text).join(", "),
        dir.display()
    ));
    let python = dir.join("bin").join("python");
    run(
        Command::new(&python)
            .args(["-m", "pip", "install", "--disable-pip-version-check", "-r"])
            .arg(&requirements),
        "pip install",
        "check the network connection to PyPI (or set PIP_INDEX_URL), then run `roxy setup`",
    )?;
    std::fs::write(&stamp_path, &want)
        .map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))?;
    progress(&format!(
        "Python packages ready in {:.0} s",
        started.elapsed().as_secs_f64()
    ));
    Ok(Outcome::Built)
}

/// The names pinned in `requirements`, for the progress line.
fn requirement_names(requirements: &str) -> Vec<&str> {
    requirements
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The hash of the requirements and the Python version the venv is for.
fn stamp(embedded: (u8, u8), requirements: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(format!("python {}.{}\n", embedded.0, embedded.1));
    hash.update(requirements);
    hash.finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// `pythonX.Y` of the embedded version if it is on PATH, else `python3` if it is that version.
fn find_python(embedded: (u8, u8)) -> Result<String, String> {
    let wanted = format!("{}.{}", embedded.0, embedded.1);
    for candidate in [format!("python{wanted}"), "python3".to_string()] {
        let output = Command::new(&candidate)
            .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output();
        if let Ok(output) = output
            && output.status.success()
            && String::from_utf8_lossy(&output.stdout).trim() == wanted
        {
            return Ok(candidate);
        }
    }
    Err(format!(
        "Roxy embeds Python {wanted} and needs `python{wanted}` (or a `python3` of that version) \
         on PATH to create the venv for its built-in servers; install Python {wanted} \
         (on Debian or Ubuntu: `apt install python3 python3-venv`), or point `python.venv` in \
         roxy.yaml at a venv of Python {wanted}"
    ))
}

/// Runs `command` with its stdout and stderr on Roxy's stderr (Roxy's stdout stays its own).
fn run(command: &mut Command, what: &str, hint: &str) -> Result<(), String> {
    let output = std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .map_err(|e| format!("cannot pass stderr on to {what}: {e}"))?;
    let status = command
        .stdin(Stdio::null())
        .stdout(Stdio::from(output))
        .status()
        .map_err(|e| format!("cannot run {what}: {e}; {hint}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status}); {hint}"))
    }
}

/// An exclusive lock on `path`, held until the file is dropped.
fn lock(path: &Path) -> Result<File, String> {
    let file = File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    // SAFETY: flock(2) on a descriptor this function owns.
    if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
        return Err(format!(
            "cannot lock {}: {}",
            path.display(),
            std::io::Error::last_os_error()
        ));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_changes_with_the_python_version() {
        assert_ne!(stamp((3, 11), REQUIREMENTS), stamp((3, 12), REQUIREMENTS));
        assert_eq!(stamp((3, 11), REQUIREMENTS), stamp((3, 11), REQUIREMENTS));
        assert_ne!(
            stamp((3, 11), REQUIREMENTS),
            stamp((3, 11), "pocketsphinx==5.1.1")
        );
    }

    #[test]
    fn names_the_pinned_requirements() {
        assert!(
            requirement_names(REQUIREMENTS)
                .iter()
                .any(|r| r.starts_with("mcp")),
            "{:?}",
            requirement_names(REQUIREMENTS)
        );
    }
}
