//! Which virtual environment the embedded interpreter imports packages from: `roxy.yaml`'s
//! `python.venv`, else `.venv` at the project root, else `VIRTUAL_ENV`, else the one Roxy
//! manages in its data directory (`managed.rs`); and whether it was made from the same Python
//! minor version as the libpython Roxy embeds.

use std::path::{Path, PathBuf};

use crate::config::Config;

/// A venv's root and the site-packages directory to add to `sys.path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venv {
    pub root: PathBuf,
    pub site_packages: PathBuf,
    /// `include-system-site-packages = true`: the interpreter's own site-packages stay visible.
    pub include_system_site_packages: bool,
}

/// The venv the config asks for: `python.venv`, else `<project>/.venv` if it exists, else
/// `VIRTUAL_ENV`, else the venv Roxy manages in its data directory.
pub fn configured_venv(config: &Config) -> PathBuf {
    if let Some(venv) = &config.roxy.python.venv {
        return config.resolve_path(venv);
    }
    let project_venv = config.base_dir.join(".venv");
    if project_venv.join("pyvenv.cfg").is_file() {
        return project_venv;
    }
    std::env::var_os("VIRTUAL_ENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::managed::managed_dir(config))
}

/// Checks that `root` is a venv of Python `embedded` (major, minor) and finds its site-packages.
pub fn inspect(root: &Path, embedded: (u8, u8)) -> Result<Venv, String> {
    let config_file = root.join("pyvenv.cfg");
    let text = std::fs::read_to_string(&config_file).map_err(|e| {
        format!(
            "{} is not a Python venv (cannot read {}: {e}); create it with `python3 -m venv {}` \
             and `{}/bin/pip install -r python_servers/requirements.txt`",
            root.display(),
            config_file.display(),
            root.display(),
            root.display()
        )
    })?;
    let version = venv_python_version(&text).ok_or_else(|| {
        format!(
            "{} has no `version` line; recreate the venv with `python3 -m venv`",
            config_file.display()
        )
    })?;
    if version != embedded {
        return Err(format!(
            "the venv {} was made with Python {}.{} but Roxy embeds Python {}.{}; recreate it \
             with `python{}.{} -m venv {}` or point `python.venv` in roxy.yaml at a {}.{} venv",
            root.display(),
            version.0,
            version.1,
            embedded.0,
            embedded.1,
            embedded.0,
            embedded.1,
            root.display(),
            embedded.0,
            embedded.1
        ));
    }
    let site_packages = root
        .join("lib")
        .join(format!("python{}.{}", version.0, version.1))
        .join("site-packages");
    if !site_packages.is_dir() {
        return Err(format!(
            "the venv {} has no {}; recreate it with `python3 -m venv`",
            root.display(),
            site_packages.display()
        ));
    }
    Ok(Venv {
        root: root.to_path_buf(),
        site_packages,
        include_system_site_packages: config_value(&text, "include-system-site-packages")
            .is_some_and(|value| value.eq_ignore_ascii_case("true")),
    })
}

/// The value of `key` in a `pyvenv.cfg`.
fn config_value<'a>(pyvenv_cfg: &'a str, key: &str) -> Option<&'a str> {
    pyvenv_cfg.lines().find_map(|line| {
        let (name, value) = line.split_once('=')?;
        (name.trim() == key).then(|| value.trim())
    })
}

/// The (major, minor) Python version a `pyvenv.cfg` records (`version = 3.11.7`, or
/// `version_info = 3.11.7.final.0` as uv writes it).
fn venv_python_version(pyvenv_cfg: &str) -> Option<(u8, u8)> {
    let value =
        config_value(pyvenv_cfg, "version").or_else(|| config_value(pyvenv_cfg, "version_info"))?;
    let mut parts = value.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_pip_and_uv_write() {
        assert_eq!(
            venv_python_version("home = /usr/bin\nversion = 3.11.7\n"),
            Some((3, 11))
        );
        assert_eq!(
            venv_python_version("version_info = 3.12.1.final.0\n"),
            Some((3, 12))
        );
        assert_eq!(venv_python_version("home = /usr/bin\n"), None);
        assert_eq!(venv_python_version("version = three\n"), None);
    }

    #[test]
    fn refuses_a_venv_of_another_python_naming_both_versions() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("pyvenv.cfg"), "version = 3.9.18\n").expect("write");
        let message = inspect(dir.path(), (3, 11)).expect_err("accepted a 3.9 venv");
        assert!(message.contains("Python 3.9"), "{message}");
        assert!(message.contains("Python 3.11"), "{message}");
    }

    #[test]
    fn prefers_the_configured_venv_then_the_project_venv() {
        let project = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(project.path().join(".venv")).expect("mkdir");
        std::fs::write(
            project.path().join(".venv/pyvenv.cfg"),
            "version = 3.11.2\n",
        )
        .expect("write");
        let load = |roxy_yaml: &str| {
            Config::from_texts(
                crate::config::ConfigSource::Embedded,
                project.path().to_path_buf(),
                ("mcp_servers.yaml", ""),
                Some(("roxy.yaml".to_string(), roxy_yaml)),
            )
            .expect("config")
        };
        assert_eq!(
            configured_venv(&load("python: { venv: envs/tools }\n")),
            project.path().join("envs/tools")
        );
        assert_eq!(
            configured_venv(&load("python: {}\n")),
            project.path().join(".venv")
        );
    }

    #[test]
    fn finds_site_packages_of_a_matching_venv() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("pyvenv.cfg"),
            "include-system-site-packages = false\nversion = 3.11.2\n",
        )
        .expect("write");
        let site = dir.path().join("lib/python3.11/site-packages");
        std::fs::create_dir_all(&site).expect("mkdir");
        assert_eq!(
            inspect(dir.path(), (3, 11)),
            Ok(Venv {
                root: dir.path().to_path_buf(),
                site_packages: site,
                include_system_site_packages: false,
            })
        );
    }
}
