//! Configuration reload: applying a new `mcp_servers.yaml` to the running registry (added
//! servers start, removed ones stop, changed ones restart, the rest keep their sessions), reading
//! it again from disk, and watching the config directory to do so when the file changes.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use crate::config::{Config, ConfigError, ConfigErrors, ConfigSource};
use crate::mcp::manager::{McpManager, ServerHandle};
use crate::mcp::state::{ManagerEvent, ServerState};
use crate::mcp::supervisor::Command;
use crate::sync::{read, write};

/// Quiet time after the last change to mcp_servers.yaml before it is reloaded.
const CONFIG_DEBOUNCE: Duration = Duration::from_millis(300);

/// Keeps a config watch alive; dropping it stops watching.
pub struct ConfigWatch {
    _watcher: notify::RecommendedWatcher,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ConfigWatch {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl McpManager {
    /// Applies a new configuration: added servers start (if auto_start), removed ones stop,
    /// changed ones restart, untouched ones keep running with their sessions.
    pub async fn reload(&self, new_config: Config) -> ManagerEvent {
        let new_config = Arc::new(new_config);
        let old: BTreeMap<String, Arc<ServerHandle>> = read(&self.shared.servers).clone();
        let (mut added, mut removed, mut changed) = (Vec::new(), Vec::new(), Vec::new());
        for name in old
            .keys()
            .filter(|n| !new_config.mcp.servers.contains_key(*n))
        {
            removed.push(name.clone());
        }
        for (name, server) in &new_config.mcp.servers {
            match old.get(name) {
                None => added.push(name.clone()),
                Some(handle) if handle.config != *server => changed.push(name.clone()),
                Some(_) => {}
            }
        }
        for name in removed.iter().chain(&changed) {
            if let Some(commands) = old.get(name).and_then(|h| h.commands.as_ref()) {
                let (ack, done) = oneshot::channel();
                if commands.send(Command::Shutdown(ack)).is_ok() {
                    let _ = tokio::time::timeout(Duration::from_secs(10), done).await;
                }
            }
        }
        *write(&self.shared.config) = Arc::clone(&new_config);
        let mut to_start = Vec::new();
        {
            let mut servers = write(&self.shared.servers);
            for name in &removed {
                servers.remove(name);
            }
            for name in added.iter().chain(&changed) {
                let was_running = old.get(name).is_some_and(|h| {
                    !matches!(
                        h.snapshot.borrow().state,
                        ServerState::Stopped
                            | ServerState::Failed
                            | ServerState::NeedsLogin
                            | ServerState::Disabled
                    )
                });
                let server = &new_config.mcp.servers[name];
                servers.insert(name.clone(), self.new_handle(name, server));
                if was_running || new_config.mcp.startup.auto_start.contains(name) {
                    to_start.push(name.clone());
                }
            }
        }
        for name in to_start {
            if let Ok((_, commands)) = self.enabled(&name) {
                let _ = commands.send(Command::Start);
            }
        }
        let event = ManagerEvent::ConfigReloaded {
            added,
            removed,
            changed,
        };
        let _ = self.shared.events.send(event.clone());
        event
    }

    /// Re-reads `mcp_servers.yaml` from the config directory and applies it (`/reload`). An
    /// invalid file changes nothing and returns its errors.
    pub async fn reload_from_disk(&self) -> Result<ManagerEvent, ConfigErrors> {
        let ConfigSource::Dir(dir) = self.config().source.clone() else {
            return Err(ConfigErrors(vec![ConfigError {
                file: "<embedded>".into(),
                position: None,
                key: String::new(),
                message: "Roxy runs on its built-in configuration; there is no file to reload"
                    .into(),
                hint: Some(
                    "start Roxy with --config DIR (or ROXY_CONFIG) to use editable files".into(),
                ),
            }]));
        };
        match Config::load_dir(&dir) {
            Ok(config) => Ok(self.reload(config).await),
            Err(errors) => {
                self.report_reload_failure(errors.to_string());
                Err(errors)
            }
        }
    }

    /// Watches the config directory and reloads `mcp_servers.yaml` shortly after it changes
    /// (edits are debounced). The watch lasts as long as the returned guard.
    pub fn watch_config(&self) -> Result<ConfigWatch, String> {
        let ConfigSource::Dir(dir) = self.config().source.clone() else {
            return Err(
                "Roxy runs on its built-in configuration; there is no file to watch".into(),
            );
        };
        let (changed_tx, mut changed_rx) = mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event {
                    let touches_config = event.paths.iter().any(|p| {
                        p.file_name()
                            .is_some_and(|n| n == crate::config::MCP_SERVERS_FILE)
                    });
                    if touches_config && !matches!(event.kind, notify::EventKind::Access(_)) {
                        let _ = changed_tx.send(());
                    }
                }
            })
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        notify::Watcher::watch(&mut watcher, &dir, notify::RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        let manager = self.clone();
        let task = tokio::spawn(async move {
            while changed_rx.recv().await.is_some() {
                // Debounce: editors write a file in several steps.
                while let Ok(Some(())) =
                    tokio::time::timeout(CONFIG_DEBOUNCE, changed_rx.recv()).await
                {}
                let _ = manager.reload_from_disk().await;
            }
        });
        Ok(ConfigWatch {
            _watcher: watcher,
            task,
        })
    }

    /// Reports a configuration that could not be applied (the running one stays).
    pub fn report_reload_failure(&self, errors: String) {
        tracing::error!("config not reloaded, the running configuration stays:\n{errors}");
        let _ = self
            .shared
            .events
            .send(ManagerEvent::ConfigReloadFailed { errors });
    }
}
